"""Goals of the mentorship: why each matters, which charter criteria it serves, and its
milestones."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import goals as gl
from mentorjournal.core.goals import GoalError, GoalInfo
from mentorjournal.core.schema import JournalError
from mentorjournal.ui.experiments import forms
from mentorjournal.ui.experiments.forms import AutosaveEditor, day_text
from mentorjournal.ui.experiments.milestones import MilestonesPanel
from mentorjournal.ui.icons import icon
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.empty_state import EmptyState

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalEditor(AutosaveEditor):
    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(journal, tasks, parent)
        self.goal: GoalInfo | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = forms.line_edit(
            self.tr("Goal title"), self.tr("What you are working towards")
        )
        self.why_edit = forms.text_edit(
            self.tr("Why it matters"),
            self.tr("Why this goal matters to you"),
            self.tr("What changes for you when it is reached?"),
        )
        self.target_edit = forms.OptionalDateEdit(
            self.tr("Goal target date"), self.tr("When you aim to get there")
        )
        self.status_combo = forms.combo(
            self.tr("Goal status"),
            self.tr("Active, achieved, parked or dropped"),
            [(v, k) for k, v in gl.STATUS_LABELS.items()],
        )
        self.criteria_model = QStandardItemModel(self)
        self.criteria_view = QListView()
        self.criteria_view.setModel(self.criteria_model)
        self.criteria_view.setAccessibleName(self.tr("Linked success criteria"))
        self.criteria_view.setToolTip(
            self.tr("Tick the charter's success criteria this goal serves")
        )
        self.criteria_view.setMaximumHeight(80)
        self.error = forms.error_label()
        form.addRow(self.tr("Goal:"), self.title_edit)
        form.addRow(self.tr("Why does it matter?"), self.why_edit)
        form.addRow(self.tr("By when?"), self.target_edit)
        form.addRow(self.tr("Status:"), self.status_combo)
        form.addRow(self.tr("Which success criteria?"), self.criteria_view)
        form.addRow("", self.error)
        self.title_edit.textEdited.connect(self.edited)
        self.why_edit.textChanged.connect(self.edited)
        self.target_edit.dateChanged.connect(self.edited)
        self.status_combo.currentIndexChanged.connect(self.edited)
        self.criteria_model.itemChanged.connect(lambda _item: self.edited())

    def load(self, goal: GoalInfo | None, criteria: list[gl.Criterion]) -> None:
        self.flush()
        self.goal = goal
        self._loading = True
        try:
            self.setEnabled(goal is not None)
            self.error.hide()
            if goal is None:
                return
            if self.title_edit.text() != goal.title:
                self.title_edit.setText(goal.title)
            if self.why_edit.toPlainText() != goal.why:
                self.why_edit.setPlainText(goal.why)
            self.target_edit.set_value(goal.target_on)
            self.status_combo.setCurrentIndex(self.status_combo.findData(goal.status))
            self.criteria_model.clear()
            known = {c.id for c in criteria}
            shown = list(criteria) + [gl.Criterion(i, f"{i} (no longer in the charter)")
                                      for i in goal.criterion_ids if i not in known]
            for criterion in shown:
                item = QStandardItem(criterion.text)
                item.setCheckable(True)
                item.setEditable(False)
                item.setData(criterion.id, ID_ROLE)
                item.setCheckState(Qt.CheckState.Checked if criterion.id in goal.criterion_ids
                                   else Qt.CheckState.Unchecked)
                self.criteria_model.appendRow(item)
            if not shown:
                item = QStandardItem("The charter has no success criteria yet.")
                item.setEnabled(False)
                self.criteria_model.appendRow(item)
        finally:
            self._loading = False

    def _criterion_ids(self) -> tuple[str, ...]:
        items = (self.criteria_model.item(r) for r in range(self.criteria_model.rowCount()))
        return tuple(str(i.data(ID_ROLE)) for i in items
                     if i.isCheckable() and i.checkState() == Qt.CheckState.Checked)

    def snapshot(self) -> dict[str, Any]:
        assert self.goal is not None
        return dict(goal_id=self.goal.id, title=self.title_edit.text(),
                    why=self.why_edit.toPlainText(), target_on=self.target_edit.value(),
                    status=self.status_combo.currentData(), criterion_ids=self._criterion_ids())

    @staticmethod
    def write(journal: Any, data: dict[str, Any]) -> None:
        gl.update_goal(journal, **data)

    def validate(self) -> None:
        if self.goal is not None:
            gl.check_goal(self.title_edit.text(), self.status_combo.currentData(),
                          self.goal.milestones)

    def show_problem(self, exc: ValueError) -> None:
        forms.show_error(self.error, str(exc))

    def clear_problems(self) -> None:
        self.error.hide()


class GoalsPage(QWidget):
    status_message = Signal(str)
    milestone_reached = Signal(str, str)
    goals_changed = Signal()

    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.mentorship_id: str | None = None
        self.goals: list[GoalInfo] = []
        self.selected_id: str | None = None
        self.list_model = QStandardItemModel(self)
        self.goal_list = QListView()
        self.goal_list.setModel(self.list_model)
        self.goal_list.setAccessibleName(self.tr("Goals"))
        self.goal_list.setToolTip(self.tr("Your goals; pick one to edit it and its milestones"))
        self.goal_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.goal_list.setSpacing(2)
        self.goal_list.setWordWrap(True)
        self.goal_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.goal_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.goal_list.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._pick(cur.row()))
        self.new_button = QPushButton(icon("new"), self.tr("New &goal"))
        self.new_button.setAccessibleName(self.tr("New goal"))
        self.new_button.setToolTip(self.tr("Add a goal to this mentorship"))
        self.new_button.clicked.connect(self.new_goal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.delete_button = forms.delete_button(self.tr("Delete the selected goal"))
        self.delete_button.clicked.connect(self.delete_goal)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.goal_list, 1)
        left_layout.addWidget(self.delete_button)

        self.editor = GoalEditor(journal, tasks)
        self.milestones = MilestonesPanel(journal, tasks)
        for child in (self.editor, self.milestones):
            child.status_message.connect(self.status_message)
        self.editor.saved.connect(self._after_save)
        self.milestones.changed.connect(self.refresh)
        self.milestones.milestone_reached.connect(self.milestone_reached)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.editor)
        box = QGroupBox(self.tr("Milestones"))
        QVBoxLayout(box).addWidget(self.milestones)
        right_layout.addWidget(box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.empty = EmptyState(
            self.tr("No goals yet"),
            self.tr(
                "A goal is what this mentorship works towards, with milestones "
                "on the way and the success criteria of your charter it serves."
            ),
            icon=icon("experiments"),
            action_text=self.tr("New goal"),
            on_action=self.new_goal,
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(splitter)
        QVBoxLayout(self).addWidget(self.stack)

    def set_mentorship(self, mentorship_id: str | None) -> None:
        self.flush()
        self.mentorship_id = mentorship_id
        self.selected_id = None
        self.refresh()

    def _after_save(self) -> None:
        if not self.editor.pending:
            self.refresh()
            self.goals_changed.emit()

    def refresh(self) -> None:
        self.goals = gl.list_goals(self.journal, self.mentorship_id) \
            if self.mentorship_id else []
        criteria = gl.charter_criteria(self.journal, self.mentorship_id) \
            if self.mentorship_id else []
        selection = self.goal_list.selectionModel()
        selection.blockSignals(True)
        self.list_model.clear()
        for goal in self.goals:
            stones = len(goal.milestones)
            line = (f"{goal.title}\n{gl.STATUS_LABELS[goal.status]} · "
                    f"{stones - goal.open_milestones} of {stones} milestones reached")
            if goal.target_on:
                line += f" · by {day_text(goal.target_on)}"
            item = QStandardItem(line)
            item.setData(goal.id, ID_ROLE)
            item.setToolTip(goal.why or goal.title)
            self.list_model.appendRow(item)
        row = next((i for i, g in enumerate(self.goals) if g.id == self.selected_id), -1)
        if row < 0 and self.goals:
            row = 0
        if row >= 0:
            self.goal_list.setCurrentIndex(self.list_model.index(row, 0))
        selection.blockSignals(False)
        self.stack.setCurrentIndex(1 if self.goals else 0)
        shown = self.goals[row] if row >= 0 else None
        self.selected_id = shown.id if shown else None
        if not self.editor.pending:
            self.editor.load(shown, criteria)
        self.milestones.set_goal(shown)

    def _pick(self, row: int) -> None:
        self.flush()
        if 0 <= row < len(self.goals):
            self.selected_id = self.goals[row].id
            self.refresh()

    def new_goal(self) -> None:
        if self.mentorship_id is None:
            return
        self.flush()
        try:
            goal = gl.create_goal(self.journal, self.mentorship_id, "New goal")
        except (GoalError, JournalError) as exc:
            self.status_message.emit(str(exc))
            return
        self.selected_id = goal.id
        self.refresh()
        self.goals_changed.emit()
        self.editor.title_edit.setFocus()
        self.editor.title_edit.selectAll()

    def delete_goal(self) -> None:
        goal = next((g for g in self.goals if g.id == self.selected_id), None)
        if goal is None or not forms.confirm_delete(
                self, self.tr("the goal “%s”") % goal.title,
                self.tr("Its milestones go with it; its experiments stay, no longer under a "
                        "goal.")):
            return
        self.flush()
        self.editor.flush(wait=True)
        self.milestones.flush(wait=True)
        gl.delete_goal(self.journal, goal.id)
        self.selected_id = None
        self.refresh()
        self.goals_changed.emit()
        self.status_message.emit(self.tr("Deleted the goal “%s”.") % goal.title)

    def flush(self) -> None:
        self.editor.flush()
        self.milestones.flush()
