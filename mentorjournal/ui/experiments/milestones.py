"""The milestones of one goal: a table, a small editor, and the moment one is reached."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import goals as gl
from mentorjournal.core.goals import GoalError, GoalInfo, MilestoneInfo
from mentorjournal.core.schema import JournalError
from mentorjournal.ui.experiments import forms
from mentorjournal.ui.experiments.forms import AutosaveEditor, day_text
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.tables import make_row_picker

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MilestonesPanel(AutosaveEditor):
    """Lists a goal's milestones and edits the selected one (title, date, celebration)."""

    #: A milestone was reached: (milestone title, goal title).
    milestone_reached = Signal(str, str)
    changed = Signal()

    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(journal, tasks, parent)
        self.goal: GoalInfo | None = None
        self.milestone: MilestoneInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [
                self.tr("Milestone"),
                self.tr("Target"),
                self.tr("Reached"),
                self.tr("How we marked it"),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Milestones"))
        self.table.setToolTip(
            self.tr("The steps towards this goal; pick one to edit or mark it reached")
        )
        make_row_picker(self.table)
        for column in (0, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._pick(cur.row()))
        add_row = QHBoxLayout()
        self.new_edit = forms.line_edit(
            self.tr("New milestone"),
            self.tr("Title of a new milestone; press Enter to add it"),
            self.tr("A step on the way…"),
        )
        self.add_button = QPushButton(self.tr("&Add milestone"))
        self.add_button.setAccessibleName(self.tr("Add milestone"))
        self.add_button.setToolTip(self.tr("Add this milestone to the goal"))
        self.add_button.clicked.connect(self.add)
        self.new_edit.returnPressed.connect(self.add)
        add_row.addWidget(self.new_edit, 1)
        add_row.addWidget(self.add_button)
        self.add_error = forms.error_label()

        self.editor = QWidget()
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.title_edit = forms.line_edit(self.tr("Milestone title"), self.tr("What this step is"))
        self.target_edit = forms.OptionalDateEdit(
            self.tr("Milestone target date"), self.tr("When you aim to reach it")
        )
        self.celebration_edit = forms.text_edit(
            self.tr("Celebration note"),
            self.tr("What you did to mark it"),
            self.tr("Coffee with the team, a note to my mentor…"),
            height=48,
        )
        self.error = forms.error_label()
        buttons = QHBoxLayout()
        self.achieve_button = QPushButton(self.tr("Mark &reached"))
        self.achieve_button.setAccessibleName(self.tr("Mark reached"))
        self.achieve_button.setToolTip(self.tr("Record that this milestone was reached today"))
        self.achieve_button.clicked.connect(self.achieve)
        self.unachieve_button = QPushButton(self.tr("Not reached yet"))
        self.unachieve_button.setAccessibleName(self.tr("Not reached yet"))
        self.unachieve_button.setToolTip(self.tr("Take back a milestone marked by mistake"))
        self.unachieve_button.clicked.connect(self.unachieve)
        self.delete_button = forms.delete_button(self.tr("Delete this milestone"))
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.achieve_button)
        buttons.addWidget(self.unachieve_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form.addRow(self.tr("Milestone:"), self.title_edit)
        form.addRow(self.tr("Target date:"), self.target_edit)
        form.addRow(self.tr("What did we do to mark it?"), self.celebration_edit)
        form.addRow("", self.error)
        form.addRow("", buttons)
        layout.addWidget(self.table)
        layout.addLayout(add_row)
        layout.addWidget(self.add_error)
        layout.addWidget(self.editor)
        self.title_edit.textEdited.connect(self.edited)
        self.target_edit.dateChanged.connect(self.edited)
        self.celebration_edit.textChanged.connect(self.edited)
        self.saved.connect(self._saved)
        self.editor.setEnabled(False)

    def set_goal(self, goal: GoalInfo | None) -> None:
        """Show a goal's milestones, keeping the selected one when it is still there."""
        keep = self.milestone.id if self.milestone else None
        self.flush()
        self.goal = goal
        self.setEnabled(goal is not None)
        self.model.removeRows(0, self.model.rowCount())
        for stone in goal.milestones if goal else ():
            reached = day_text(stone.achieved_on, "not yet")
            cells = [QStandardItem(stone.title), QStandardItem(day_text(stone.target_on)),
                     QStandardItem(("✓ " if stone.achieved else "") + reached),
                     QStandardItem(stone.celebration.replace("\n", " "))]
            cells[0].setData(stone.id, ID_ROLE)
            self.model.appendRow(cells)
        stones = goal.milestones if goal else ()
        row = next((i for i, s in enumerate(stones) if s.id == keep), -1)
        if row < 0:  # the next milestone to reach is the one worth showing
            row = next((i for i, s in enumerate(stones) if not s.achieved), -1)
        if row >= 0:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
        self._pick(row)

    def _pick(self, row: int) -> None:
        self.flush()
        stones = self.goal.milestones if self.goal else ()
        self.milestone = stones[row] if 0 <= row < len(stones) else None
        self._loading = True
        try:
            self.editor.setEnabled(self.milestone is not None)
            self.error.hide()
            stone = self.milestone
            if self.title_edit.text() != (stone.title if stone else ""):
                self.title_edit.setText(stone.title if stone else "")
            self.target_edit.set_value(stone.target_on if stone else None)
            if self.celebration_edit.toPlainText() != (stone.celebration if stone else ""):
                self.celebration_edit.setPlainText(stone.celebration if stone else "")
            self.achieve_button.setVisible(stone is None or not stone.achieved)
            self.unachieve_button.setVisible(stone is not None and stone.achieved)
        finally:
            self._loading = False

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # ----- autosave ------------------------------------------------------------------
    def snapshot(self) -> tuple[str, str, Any, str]:
        assert self.milestone is not None
        return (self.milestone.id, self.title_edit.text(), self.target_edit.value(),
                self.celebration_edit.toPlainText())

    @staticmethod
    def write(journal: Any, data: tuple[str, str, Any, str]) -> None:
        milestone_id, title, target_on, celebration = data
        gl.update_milestone(journal, milestone_id, title=title, target_on=target_on,
                            celebration=celebration)

    def validate(self) -> None:
        gl.clean_title(self.title_edit.text(), "milestone")

    def show_problem(self, exc: ValueError) -> None:
        forms.show_error(self.error, str(exc))

    def clear_problems(self) -> None:
        self.error.hide()

    def _saved(self) -> None:
        if not self.pending:
            self.changed.emit()

    # ----- actions -------------------------------------------------------------------
    def add(self) -> None:
        if self.goal is None:
            return
        try:
            stone = gl.add_milestone(self.journal, self.goal.id, self.new_edit.text())
        except (GoalError, JournalError) as exc:
            forms.show_error(self.add_error, str(exc))
            return
        self.add_error.hide()
        self.new_edit.clear()
        self.milestone = stone
        self.changed.emit()
        self.status_message.emit(self.tr("Added the milestone “%s”.") % stone.title)

    def achieve(self) -> None:
        if self.milestone is None or self.goal is None:
            return
        self.flush(wait=True)
        try:
            stone = gl.achieve_milestone(self.journal, self.milestone.id,
                                         celebration=self.celebration_edit.toPlainText())
        except (GoalError, JournalError) as exc:
            forms.show_error(self.error, str(exc))
            return
        self.milestone = stone
        self.changed.emit()
        self.milestone_reached.emit(stone.title, self.goal.title)

    def delete(self) -> None:
        stone = self.milestone
        if stone is None or not forms.confirm_delete(
                self, self.tr("the milestone “%s”") % stone.title):
            return
        self.flush(wait=True)
        gl.delete_milestone(self.journal, stone.id)
        self.milestone = None
        self.changed.emit()
        self.status_message.emit(self.tr("Deleted the milestone “%s”.") % stone.title)

    def unachieve(self) -> None:
        if self.milestone is None:
            return
        self.flush(wait=True)
        try:
            self.milestone = gl.unachieve_milestone(self.journal, self.milestone.id)
        except (GoalError, JournalError) as exc:
            forms.show_error(self.error, str(exc))
            return
        self.changed.emit()
