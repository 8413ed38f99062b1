"""Actions and contributions panels inside the check-in editor.

Actions agreed earlier and still open are shown first as "carried forward", so every
check-in starts with what was promised last time; closing one records the date.
Contributions record, one line each, what I gave and what I received.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import actions as ac
from mentorjournal.core import network as nw
from mentorjournal.core.actions import OWNER_LABELS, ActionError, ActionInfo
from mentorjournal.core.journal import Journal
from mentorjournal.core.network import (
    DIRECTION_LABELS,
    KIND_LABELS,
    ContributionInfo,
    NetworkError,
)
from mentorjournal.core.schema import JournalError
from mentorjournal.ui.date_prefs import dated
from mentorjournal.ui.sessions.rows_model import RowsModel
from mentorjournal.ui.widgets.inline_error import inline_error_label
from mentorjournal.ui.widgets.tables import make_row_picker

NO_DATE = QDate(2000, 1, 1)


def table(model: RowsModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setToolTip(name)
    make_row_picker(view)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(False)
    view.setMinimumHeight(90)
    view.setMaximumHeight(170)
    return view


def optional_date_edit(name: str, empty_text: str) -> QDateEdit:
    """A date field whose lowest value reads as `empty_text` (no date)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    dated(edit)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(empty_text)
    edit.setDate(NO_DATE)
    edit.setAccessibleName(name)
    edit.setToolTip(f"{name} ({empty_text.lower()} when left at the start)")
    return edit


def date_of(edit: QDateEdit) -> date | None:
    value = edit.date()
    if value == NO_DATE:
        return None
    result = value.toPython()
    assert isinstance(result, date)
    return result


def button(text: str, tip: str) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(text)
    b.setToolTip(tip)
    return b


def error_label() -> QLabel:
    return inline_error_label()


def _due(a: ActionInfo) -> str:
    return a.due_on.isoformat() if a.due_on else "—"


class ActionsPanel(QGroupBox):
    status_message = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Actions"), parent)
        self.journal = journal
        self.session_id: str | None = None
        self.setObjectName("actionsPanel")
        layout = QVBoxLayout(self)
        self.carried_label = QLabel(self.tr("Carried forward from earlier check-ins"))
        self.carried_model: RowsModel[ActionInfo] = RowsModel([
            (self.tr("Action"), lambda a: a.text),
            (self.tr("Owner"), lambda a: OWNER_LABELS[a.owner]),
            (self.tr("Due"), _due),
            (self.tr("Agreed"), lambda a: a.session_held_at.strftime("%Y-%m-%d")
             if a.session_held_at else "—"),
            (self.tr("Status"), lambda a: a.status_label),
        ], tooltip=lambda a: a.text, parent=self)
        self.carried_view = table(self.carried_model, self.tr("Actions carried forward"))
        self.own_label = QLabel(self.tr("Agreed in this check-in"))
        self.own_model: RowsModel[ActionInfo] = RowsModel([
            (self.tr("Action"), lambda a: a.text),
            (self.tr("Owner"), lambda a: OWNER_LABELS[a.owner]),
            (self.tr("Due"), _due),
            (self.tr("Status"), lambda a: a.status_label),
        ], tooltip=lambda a: a.text, parent=self)
        self.own_view = table(self.own_model, self.tr("Actions agreed in this check-in"))

        self.done_button = button(self.tr("Mark done"),
                                  self.tr("Close the selected action as done today"))
        self.drop_button = button(self.tr("Drop"),
                                  self.tr("Close the selected action as dropped today"))
        self.reopen_button = button(self.tr("Reopen"), self.tr("Open the selected action again"))
        self.delete_button = button(self.tr("Delete"),
                                    self.tr("Delete the selected action (a mistake)"))
        self.done_button.clicked.connect(lambda: self._set_status("done"))
        self.drop_button.clicked.connect(lambda: self._set_status("dropped"))
        self.reopen_button.clicked.connect(lambda: self._set_status("open"))
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        for b in (self.done_button, self.drop_button, self.reopen_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)

        self.new_text = QLineEdit()
        self.new_text.setObjectName("newActionText")
        self.new_text.setPlaceholderText(self.tr("What needs doing next?"))
        self.new_text.setAccessibleName(self.tr("New action"))
        self.new_text.setToolTip(self.tr("Type an action and press Enter to add it"))
        self.new_text.returnPressed.connect(self.add)
        self.owner = QComboBox()
        for key, label in OWNER_LABELS.items():
            self.owner.addItem(self.tr(label), key)
        self.owner.setAccessibleName(self.tr("Whose action is it?"))
        self.owner.setToolTip(self.tr("Whose action is it?"))
        self.due = optional_date_edit(self.tr("Due date"), self.tr("No due date"))
        self.add_button = button(self.tr("Add action"), self.tr("Add this action (Enter)"))
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.owner)
        add_row.addWidget(self.due)
        add_row.addWidget(self.add_button)
        self.error = error_label()

        for w in (self.carried_label, self.carried_view, self.own_label, self.own_view):
            layout.addWidget(w)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        self.own_view.doubleClicked.connect(lambda index: self.edit_text(index.row()))
        self.own_view.setToolTip(self.tr("Actions agreed in this check-in; double-click one "
                                         "to reword it"))
        for view in (self.carried_view, self.own_view):
            view.selectionModel().selectionChanged.connect(
                lambda *_a, v=view: self._selected_in(v))

    def load(self, session_id: str) -> None:
        self.session_id = session_id
        self.refresh()

    def refresh(self) -> None:
        if self.session_id is None:
            return
        carried = ac.carried_forward(self.journal, self.session_id)
        self.carried_model.set_rows(carried)
        self.carried_label.setVisible(bool(carried))
        self.carried_view.setVisible(bool(carried))
        self.own_model.set_rows(ac.actions_of_session(self.journal, self.session_id))

    def _selected_in(self, view: QTableView) -> None:
        other = self.own_view if view is self.carried_view else self.carried_view
        if view.selectionModel().hasSelection():
            other.clearSelection()

    def selected(self) -> ActionInfo | None:
        for view, model in ((self.carried_view, self.carried_model),
                            (self.own_view, self.own_model)):
            rows = view.selectionModel().selectedRows()
            if rows:
                return model.item(rows[0].row())
        return None

    def add(self) -> None:
        if self.session_id is None:
            return
        try:
            ac.add_action(self.journal, self.session_id, self.new_text.text(),
                          owner=self.owner.currentData(), due_on=date_of(self.due))
        except (ActionError, JournalError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.new_text.clear()
        self.due.setDate(NO_DATE)
        self.refresh()
        self.status_message.emit(self.tr("Action added"))

    def edit_text(self, row: int) -> None:
        action = self.own_model.item(row)
        text, ok = QInputDialog.getText(self, self.tr("Reword action"), self.tr("Action:"),
                                        QLineEdit.EchoMode.Normal, action.text)
        if not ok:
            return
        try:
            ac.update_action(self.journal, action.id, text=text)
        except (ActionError, JournalError) as exc:
            self.status_message.emit(str(exc))
            return
        self.refresh()

    def _set_status(self, status: str) -> None:
        action = self.selected()
        if action is None:
            self.status_message.emit(self.tr("Select an action first."))
            return
        try:
            info = ac.set_status(self.journal, action.id, status)
        except (ActionError, JournalError) as exc:
            self.status_message.emit(str(exc))
            return
        self.refresh()
        self.status_message.emit(self.tr("“%s” is now %s.") % (info.text,
                                                                info.status_label.lower()))

    def _delete(self) -> None:
        action = self.selected()
        if action is None:
            self.status_message.emit(self.tr("Select an action first."))
            return
        ac.delete_action(self.journal, action.id)
        self.refresh()
        self.status_message.emit(self.tr("Action deleted"))


class ContributionsPanel(QGroupBox):
    status_message = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Given and received"), parent)
        self.journal = journal
        self.session_id: str | None = None
        self.setObjectName("contributionsPanel")
        layout = QVBoxLayout(self)
        self.model: RowsModel[ContributionInfo] = RowsModel([
            (self.tr("What"), lambda c: c.text),
            (self.tr("Direction"), lambda c: DIRECTION_LABELS[c.direction]),
            (self.tr("Kind"), lambda c: KIND_LABELS.get(c.kind, c.kind)),
        ], tooltip=lambda c: c.text, parent=self)
        self.view = table(self.model, self.tr("Contributions in this check-in"))
        self.direction = QComboBox()
        for key, label in DIRECTION_LABELS.items():
            self.direction.addItem(self.tr(label), key)
        self.direction.setAccessibleName(self.tr("Given or received?"))
        self.direction.setToolTip(self.tr("Did I give it or receive it?"))
        self.kind = QComboBox()
        for key, label in KIND_LABELS.items():
            self.kind.addItem(self.tr(label), key)
        self.kind.setAccessibleName(self.tr("Kind of contribution"))
        self.kind.setToolTip(self.tr("Kind of contribution"))
        self.text = QLineEdit()
        self.text.setObjectName("newContributionText")
        self.text.setPlaceholderText(self.tr("In a line: what was it?"))
        self.text.setAccessibleName(self.tr("Contribution"))
        self.text.setToolTip(self.tr("Type a line and press Enter to add it"))
        self.text.returnPressed.connect(self.add)
        self.add_button = button(self.tr("Add"), self.tr("Add this contribution (Enter)"))
        self.add_button.clicked.connect(self.add)
        self.delete_button = button(self.tr("Delete"),
                                    self.tr("Delete the selected contribution"))
        self.delete_button.clicked.connect(self._delete)
        row = QHBoxLayout()
        row.addWidget(self.direction)
        row.addWidget(self.kind)
        row.addWidget(self.text, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        self.error = error_label()
        layout.addWidget(self.view)
        layout.addLayout(row)
        layout.addWidget(self.error)

    def load(self, session_id: str) -> None:
        self.session_id = session_id
        self.model.set_rows(nw.list_contributions(self.journal, session_id=session_id))

    def add(self) -> None:
        if self.session_id is None:
            return
        try:
            nw.add_contribution(self.journal, session_id=self.session_id,
                                direction=self.direction.currentData(),
                                kind=self.kind.currentData(), text=self.text.text())
        except (NetworkError, JournalError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.text.clear()
        self.load(self.session_id)
        self.status_message.emit(self.tr("Contribution added"))

    def _delete(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.session_id is None:
            self.status_message.emit(self.tr("Select a contribution first."))
            return
        nw.delete_contribution(self.journal, self.model.item(rows[0].row()).id)
        self.load(self.session_id)
        self.status_message.emit(self.tr("Contribution deleted"))
