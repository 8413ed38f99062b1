"""The small question asked when saving a revision: why?"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.ui.widgets.inline_error import inline_error_label


class ReasonDialog(QDialog):
    """Asks for the reason; `attempt(reason)` returns an error sentence or None."""

    def __init__(self, number: int, changed: str, attempt: Callable[[str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.setWindowTitle(self.tr("Save charter revision %d") % number)
        layout = QVBoxLayout(self)
        intro = QLabel(changed)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("e.g. renegotiated scope after promotion"))
        self.reason_edit.setAccessibleName(self.tr("Reason for this revision"))
        self.reason_edit.setToolTip(self.tr("A few words on why the charter changed"))
        self.reason_edit.setMaxLength(300)
        form.addRow(self.tr("Why are we revising it?"), self.reason_edit)
        layout.addLayout(form)
        self.error_label = inline_error_label()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save revision %d") % number)
        save.setAccessibleName(self.tr("Save revision"))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def _save(self) -> None:
        error = self._attempt(self.reason_edit.text())
        if error:
            self.error_label.setText(error)
            self.error_label.show()
            return
        self.accept()
