"""Passphrase dialogs: unlocking a protected journal at start, and File → Protect with
passphrase… (protect, change or remove).

A passphrase is typed twice when it is set, since a typo would lock the user out of
their own journal; a wrong one at start is explained inline and asked again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core.schema import JournalError
from mentorjournal.ui.widgets.inline_error import inline_error_label


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setToolTip(name)
    return edit


class _Base(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(440)
        self.layout_ = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.layout_.addWidget(text)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error_label = inline_error_label()
        self.layout_.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()


class UnlockDialog(_Base):
    """Asks for the passphrase until `try_unlock(passphrase)` stops raising."""

    def __init__(self, journal_name: str, try_unlock: Callable[[str], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Unlock the journal"), self.tr(
            "The journal %s is protected by a passphrase. Enter it to open the journal.")
            % journal_name, parent)
        self._try = try_unlock
        self.passphrase = _secret(self.tr("Passphrase"))
        self.form.addRow(self.tr("Passphrase:"), self.passphrase)
        self.open_button = self.buttons.addButton(self.tr("Open"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._attempt)
        self.passphrase.setFocus()

    def _attempt(self) -> None:
        try:
            self._try(self.passphrase.text())
        except JournalError as exc:
            self.show_error(str(exc))
            self.passphrase.selectAll()
            return
        self.accept()


class ProtectDialog(_Base):
    """Protect, change or remove; `apply(old, new)` does it (None means plain)."""

    def __init__(self, protected: bool, apply: Callable[[str | None, str | None], str],
                 parent: QWidget | None = None) -> None:
        intro = (self.tr("Change the passphrase that protects the journal and its backups, "
                         "or remove it to store them as plain files again.") if protected
                 else self.tr("Encrypt the journal and its backups with a passphrase. You "
                              "will type it every time the app starts; without it the "
                              "journal cannot be read by anyone, you included."))
        super().__init__(self.tr("Protect with passphrase"), intro, parent)
        self._apply = apply
        self.result_sentence = ""
        self.current = _secret(self.tr("Current passphrase"))
        self.new = _secret(self.tr("New passphrase"))
        self.repeat = _secret(self.tr("Repeat the new passphrase"))
        if protected:
            self.form.addRow(self.tr("Current passphrase:"), self.current)
        self.form.addRow(self.tr("New passphrase:"), self.new)
        self.form.addRow(self.tr("Repeat it:"), self.repeat)
        self.protect_button = self.buttons.addButton(
            self.tr("Change") if protected else self.tr("Protect"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._protect)
        self.remove_button: QPushButton | None = None
        if protected:
            self.remove_button = self.buttons.addButton(
                self.tr("Remove protection"), QDialogButtonBox.ButtonRole.ActionRole)
            self.remove_button.setToolTip(self.tr("Store the journal and its backups "
                                                  "unencrypted again"))
            self.remove_button.clicked.connect(self._remove)
        self._protected = protected

    def _old(self) -> str | None:
        return self.current.text() if self._protected else None

    def _run(self, new: str | None) -> None:
        try:
            self.result_sentence = self._apply(self._old(), new)
        except JournalError as exc:
            self.show_error(str(exc))
            return
        self.accept()

    def _protect(self) -> None:
        if not self.new.text():
            self.show_error(self.tr("Type a passphrase, twice."))
        elif self.new.text() != self.repeat.text():
            self.show_error(self.tr("The two new passphrases differ; type them again."))
        else:
            self._run(self.new.text())

    def _remove(self) -> None:
        self._run(None)
