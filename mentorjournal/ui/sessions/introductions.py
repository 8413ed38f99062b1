"""Introductions: the people met through a mentorship, and a form to log one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import clock
from mentorjournal.core import network as nw
from mentorjournal.core.journal import Journal
from mentorjournal.core.network import OUTCOME_LABELS, IntroductionInfo, NetworkError
from mentorjournal.core.schema import JournalError
from mentorjournal.ui.sessions.panels import (
    NO_DATE,
    button,
    date_of,
    error_label,
    optional_date_edit,
    table,
)
from mentorjournal.ui.sessions.rows_model import RowsModel


def _d(value: date | None) -> str:
    return value.isoformat() if value else "—"


def introductions_model(parent: QWidget) -> RowsModel[IntroductionInfo]:
    return RowsModel([
        ("Person", lambda i: i.person_name),
        ("Organisation", lambda i: i.organisation),
        ("Met", lambda i: _d(i.met_on)),
        ("Thanked", lambda i: _d(i.thanked_on) if i.thanked_on else "not yet"),
        ("Outcome", lambda i: i.outcome_label),
        ("Follow up", lambda i: _d(i.follow_up_on)),
    ], tooltip=lambda i: i.context or i.person_name, parent=parent)


class IntroductionDialog(QDialog):
    """Add or edit one introduction; errors show inline and nothing typed is lost."""

    def __init__(self, journal: Journal, *, session_id: str | None, mentorship_id: str,
                 existing: IntroductionInfo | None = None, default_by: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.session_id = session_id
        self.mentorship_id = mentorship_id
        self.existing = existing
        self.setWindowTitle(self.tr("Edit introduction") if existing
                            else self.tr("Log an introduction"))
        form = QFormLayout()
        self.name = QLineEdit(existing.person_name if existing else "")
        self.organisation = QLineEdit(existing.organisation if existing else "")
        self.introduced_by = QLineEdit(existing.introduced_by if existing else default_by)
        self.introduced_to = QLineEdit(existing.introduced_to if existing else "me")
        self.context = QPlainTextEdit(existing.context if existing else "")
        self.context.setTabChangesFocus(True)
        self.context.setMaximumHeight(90)
        self.met_on = optional_date_edit(self.tr("Met on"), self.tr("Not noted"))
        self.thanked_on = optional_date_edit(self.tr("Thank-you sent"), self.tr("Not yet"))
        self.follow_up_on = optional_date_edit(self.tr("Follow up by"), self.tr("No date"))
        for edit, value in ((self.met_on, existing.met_on if existing else clock.today()),
                            (self.thanked_on, existing.thanked_on if existing else None),
                            (self.follow_up_on, existing.follow_up_on if existing else None)):
            edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)
        self.outcome = QComboBox()
        for key, label in OUTCOME_LABELS.items():
            self.outcome.addItem(self.tr(label), key)
        self.outcome.setCurrentIndex(self.outcome.findData(existing.outcome if existing
                                                           else "none_yet"))
        rows = ((self.tr("Who did you meet?"), self.name),
                (self.tr("Where do they work?"), self.organisation),
                (self.tr("Who introduced you?"), self.introduced_by),
                (self.tr("Introduced to whom?"), self.introduced_to),
                (self.tr("What was the context?"), self.context),
                (self.tr("When did you meet?"), self.met_on),
                (self.tr("Thank-you sent on"), self.thanked_on),
                (self.tr("What came of it?"), self.outcome),
                (self.tr("Follow up by"), self.follow_up_on))
        for label, widget in rows:
            widget.setAccessibleName(label)
            widget.setToolTip(label)
            form.addRow(label, widget)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        return {"person_name": self.name.text(), "organisation": self.organisation.text(),
                "introduced_by": self.introduced_by.text(),
                "introduced_to": self.introduced_to.text(),
                "context": self.context.toPlainText(), "met_on": date_of(self.met_on),
                "thanked_on": date_of(self.thanked_on), "outcome": self.outcome.currentData(),
                "follow_up_on": date_of(self.follow_up_on)}

    def save(self) -> None:
        values = self.values()
        try:
            if self.existing is not None:
                nw.update_introduction(self.journal, self.existing.id, **values)
            else:
                name = str(values.pop("person_name"))
                nw.add_introduction(self.journal, person_name=name, session_id=self.session_id,
                                    mentorship_id=self.mentorship_id, **values)
        except (NetworkError, JournalError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()


class IntroductionsPanel(QGroupBox):
    status_message = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("People met"), parent)
        self.journal = journal
        self.session_id: str | None = None
        self.mentorship_id: str | None = None
        self.setObjectName("introductionsPanel")
        self.model = introductions_model(self)
        self.view = table(self.model, self.tr("Introductions in this check-in"))
        self.view.doubleClicked.connect(lambda index: self.edit(index.row()))
        self.add_button = button(self.tr("Log an introduction…"),
                                 self.tr("Someone you met through this mentorship"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = button(self.tr("Edit…"), self.tr("Edit the selected introduction"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button = button(self.tr("Delete"),
                                    self.tr("Delete the selected introduction"))
        self.delete_button.clicked.connect(self._delete)
        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        hint = QLabel(self.tr("Who you met, who introduced you, and whether you said thanks."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view)
        layout.addLayout(row)

    def load(self, session_id: str, mentorship_id: str) -> None:
        self.session_id, self.mentorship_id = session_id, mentorship_id
        self.model.set_rows(nw.list_introductions(self.journal, session_id=session_id))

    def _counterpart(self) -> str:
        row = self.journal.reader().execute("SELECT name FROM mentorships WHERE id = ?",
                                            (self.mentorship_id,)).fetchone()
        return str(row[0]) if row else ""

    def add(self) -> None:
        if self.session_id is None or self.mentorship_id is None:
            return
        dialog = IntroductionDialog(self.journal, session_id=self.session_id,
                                    mentorship_id=self.mentorship_id,
                                    default_by=self._counterpart(), parent=self)
        if dialog.exec():
            self.load(self.session_id, self.mentorship_id)
            self.status_message.emit(self.tr("Introduction logged"))

    def edit(self, row: int) -> None:
        if self.session_id is None or self.mentorship_id is None:
            return
        dialog = IntroductionDialog(self.journal, session_id=self.session_id,
                                    mentorship_id=self.mentorship_id,
                                    existing=self.model.item(row), parent=self)
        if dialog.exec():
            self.load(self.session_id, self.mentorship_id)
            self.status_message.emit(self.tr("Introduction saved"))

    def _edit_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.edit(rows[0].row())
        else:
            self.status_message.emit(self.tr("Select an introduction first."))

    def _delete(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.session_id is None or self.mentorship_id is None:
            self.status_message.emit(self.tr("Select an introduction first."))
            return
        nw.delete_introduction(self.journal, self.model.item(rows[0].row()).id)
        self.load(self.session_id, self.mentorship_id)
        self.status_message.emit(self.tr("Introduction deleted"))
