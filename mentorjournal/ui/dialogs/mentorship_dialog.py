"""Create a mentorship: who it is with, and which side I am on."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.ui.date_prefs import dated
from mentorjournal.ui.widgets.inline_error import inline_error_label

ROLE_CHOICES = (("mentee", "I am the mentee (they mentor me)"),
                ("mentor", "I am the mentor (I mentor them)"))


class NewMentorshipDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start a mentorship"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Who is this mentorship with? You can rename it or change "
                               "your role later."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Priya"))
        self.name_edit.setAccessibleName(self.tr("Mentorship name"))
        self.name_edit.setToolTip(self.tr("A short name for the switcher, usually their name"))
        self.name_edit.setMaxLength(200)
        self.counterpart_edit = QLineEdit()
        self.counterpart_edit.setPlaceholderText(self.tr("e.g. Priya Raman, staff engineer"))
        self.counterpart_edit.setAccessibleName(self.tr("Counterpart"))
        self.counterpart_edit.setToolTip(self.tr("Who the other person is (optional)"))
        self.role_combo = QComboBox()
        for key, label in ROLE_CHOICES:
            self.role_combo.addItem(self.tr(label), key)
        self.role_combo.setAccessibleName(self.tr("My role"))
        self.role_combo.setToolTip(self.tr("Which side of the mentorship you are on"))
        self.started_edit = QDateEdit(QDate.currentDate())
        self.started_edit.setCalendarPopup(True)
        dated(self.started_edit)
        self.started_edit.setAccessibleName(self.tr("Started on"))
        self.started_edit.setToolTip(self.tr("When the mentorship began"))
        form.addRow(self.tr("Who is it with?"), self.name_edit)
        form.addRow(self.tr("Who are they?"), self.counterpart_edit)
        form.addRow(self.tr("My role"), self.role_combo)
        form.addRow(self.tr("Started on"), self.started_edit)
        layout.addLayout(form)
        self.error_label = inline_error_label()  # plain text: errors quote user text
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start"))
        ok.setAccessibleName(self.tr("Start the mentorship"))
        self.buttons.accepted.connect(self._validate)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def _validate(self) -> None:
        if not self.name_edit.text().strip():
            self.show_error(self.tr("Give the mentorship a name, such as the other "
                                    "person's name."))
            return
        self.accept()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def values(self) -> tuple[str, str, str, date]:
        started = self.started_edit.date()
        return (self.name_edit.text().strip(), self.counterpart_edit.text().strip(),
                str(self.role_combo.currentData()),
                date(started.year(), started.month(), started.day()))
