"""All open actions of a mentorship (overdue first) and everyone met through it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import actions as ac
from mentorjournal.core import network as nw
from mentorjournal.core.actions import OWNER_LABELS, ActionInfo
from mentorjournal.core.journal import Journal
from mentorjournal.ui.sessions.introductions import IntroductionDialog, introductions_model
from mentorjournal.ui.sessions.panels import button, table
from mentorjournal.ui.sessions.rows_model import RowsModel


class OverviewDialog(QDialog):
    open_session_requested = Signal(str)

    def __init__(self, journal: Journal, mentorship_id: str, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.mentorship_id = mentorship_id
        self.setWindowTitle(self.tr("Open actions and people met — %s") % name)
        self.resize(760, 460)
        self.actions_model: RowsModel[ActionInfo] = RowsModel([
            (self.tr("Action"), lambda a: a.text),
            (self.tr("Owner"), lambda a: OWNER_LABELS[a.owner]),
            (self.tr("Due"), lambda a: a.due_on.isoformat() if a.due_on else "—"),
            (self.tr("Status"), lambda a: a.status_label),
            (self.tr("Agreed"), lambda a: a.session_held_at.strftime("%Y-%m-%d")
             if a.session_held_at else "—"),
        ], tooltip=lambda a: a.text, parent=self)
        self.actions_view = table(self.actions_model, self.tr("Open actions, overdue first"))
        self.actions_view.setMaximumHeight(16777215)
        self.actions_view.doubleClicked.connect(self._open_action)
        self.done_button = button(self.tr("Mark done"),
                                  self.tr("Close the selected action as done today"))
        self.done_button.clicked.connect(self._mark_done)
        self.people_model = introductions_model(self)
        self.people_view = table(self.people_model, self.tr("People met"))
        self.people_view.setMaximumHeight(16777215)
        self.people_view.doubleClicked.connect(self._open_person)
        self.add_person_button = button(self.tr("Log an introduction…"),
                                        self.tr("Someone met outside a check-in"))
        self.add_person_button.clicked.connect(self.add_person)
        self._name = name
        actions_page = QWidget()
        box = QVBoxLayout(actions_page)
        box.addWidget(QLabel(self.tr("Double-click to open the check-in it came from.")))
        box.addWidget(self.actions_view)
        box.addWidget(self.done_button)
        tabs = QTabWidget()
        tabs.setAccessibleName(self.tr("Open actions and people"))
        tabs.addTab(actions_page, self.tr("Open actions"))
        people_page = QWidget()
        people_box = QVBoxLayout(people_page)
        people_box.addWidget(QLabel(self.tr("Double-click to open the check-in where you "
                                             "met, if there was one.")))
        people_box.addWidget(self.people_view)
        people_box.addWidget(self.add_person_button)
        tabs.addTab(people_page, self.tr("People met"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.actions_model.set_rows(ac.open_actions(self.journal, self.mentorship_id))
        self.people_model.set_rows(nw.list_introductions(self.journal,
                                                         mentorship_id=self.mentorship_id))

    def add_person(self) -> None:
        dialog = IntroductionDialog(self.journal, session_id=None,
                                    mentorship_id=self.mentorship_id, default_by=self._name,
                                    parent=self)
        if dialog.exec():
            self.refresh()

    def _mark_done(self) -> None:
        rows = self.actions_view.selectionModel().selectedRows()
        if rows:
            ac.set_status(self.journal, self.actions_model.item(rows[0].row()).id, "done")
            self.refresh()

    def _open_action(self, index) -> None:
        session_id = self.actions_model.item(index.row()).session_id
        if session_id:
            self.open_session_requested.emit(session_id)

    def _open_person(self, index) -> None:
        session_id = self.people_model.item(index.row()).session_id
        if session_id:
            self.open_session_requested.emit(session_id)
