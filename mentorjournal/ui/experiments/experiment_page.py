"""Experiments as a board or a sortable, filterable list, with the editor beside them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import experiments as ex
from mentorjournal.core import goals as gl
from mentorjournal.core.schema import JournalError
from mentorjournal.ui.experiments import forms
from mentorjournal.ui.experiments.board import ExperimentBoard
from mentorjournal.ui.experiments.experiment_editor import ExperimentEditor
from mentorjournal.ui.experiments.item_models import (
    ID_ROLE,
    ExperimentFilterProxy,
    ExperimentTableModel,
)
from mentorjournal.ui.icons import icon
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.empty_state import EmptyState
from mentorjournal.ui.widgets.tables import make_row_picker


class ExperimentsPage(QWidget):
    status_message = Signal(str)

    def __init__(self, journal: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.mentorship_id: str | None = None
        self.selected_id: str | None = None
        self.model = ExperimentTableModel(self)

        self.new_button = QPushButton(icon("new"), self.tr("&New experiment"))
        self.new_button.setAccessibleName(self.tr("New experiment"))
        self.new_button.setToolTip(self.tr("Design a new experiment (Ctrl+Shift+E)"))
        self.new_button.clicked.connect(self.new_experiment)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+E"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.new_experiment)
        self.board_button = QPushButton(self.tr("&Board"))
        self.list_button = QPushButton(self.tr("&List"))
        group = QButtonGroup(self)
        for button, tip in (
                (self.board_button, self.tr("Show experiments as a board by status")),
                (self.list_button, self.tr("Show experiments as a sortable list"))):
            button.setCheckable(True)
            button.setToolTip(tip)
            button.setAccessibleName(button.text().replace("&", "") + self.tr(" view"))
            group.addButton(button)
        self.board_button.setChecked(True)
        self.search_edit = forms.line_edit(
            self.tr("Filter experiments"),
            self.tr("Show experiments whose text contains these words"),
            self.tr("Filter by words…"),
        )
        self.search_edit.setClearButtonEnabled(True)
        self.status_filter = forms.combo(
            self.tr("Status filter"),
            self.tr("Show one status only (list view)"),
            [(self.tr("Any status"), None)] + [(v, k) for k, v in ex.STATUS_LABELS.items()],
        )
        self.goal_filter = forms.combo(
            self.tr("Goal filter"), self.tr("Show experiments of one goal"), []
        )
        self.overdue_check = QCheckBox(self.tr("Only &overdue"))
        self.overdue_check.setAccessibleName(self.tr("Only overdue"))
        self.overdue_check.setToolTip(
            self.tr("Show only experiments still running past their end date")
        )
        top = QHBoxLayout()
        for button in (self.new_button, self.board_button, self.list_button):
            top.addWidget(button)
        top.addSpacing(12)
        top.addWidget(self.search_edit, 1)
        for widget in (self.status_filter, self.goal_filter, self.overdue_check):
            top.addWidget(widget)

        self.board = ExperimentBoard(self.model)
        self.list_proxy = ExperimentFilterProxy(self)
        self.list_proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.list_proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        make_row_picker(self.table)
        header = self.table.horizontalHeader()
        for section in range(self.model.columnCount()):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch
                                        if section in (0, 2)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Experiments list"))
        self.table.setToolTip(self.tr("Click a column header to sort; pick a row to edit it"))
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self.select(str(cur.data(ID_ROLE)), from_view=True)
            if cur.isValid() else None)
        self.board.experiment_selected.connect(lambda eid: self.select(eid, from_view=True))
        self.views = QStackedWidget()
        self.views.addWidget(self.board)
        self.views.addWidget(self.table)
        self.board_button.toggled.connect(self._show_view)

        self.editor = ExperimentEditor(journal, tasks)
        self.editor.status_message.connect(self.status_message)
        self.editor.saved.connect(self.refresh)
        self.editor.status_changed.connect(lambda _id: self.refresh())
        self.editor.deleted.connect(lambda _id: self.refresh())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(420)
        splitter = QSplitter()
        splitter.addWidget(self.views)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 480])
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(splitter, 1)
        self.empty = EmptyState(
            self.tr("No experiments yet"),
            self.tr("An experiment turns advice into something you try: a hypothesis (“if I …, "
            "then …”), a plan, how you will know, and in the end what you learned, "
            "whether it worked or not."), icon=icon("experiments"),
            action_text=self.tr("New experiment"), on_action=self.new_experiment)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        QVBoxLayout(self).addWidget(self.stack)

        self.search_edit.textChanged.connect(self._apply_filters)
        self.status_filter.currentIndexChanged.connect(self._apply_filters)
        self.goal_filter.currentIndexChanged.connect(self._apply_filters)
        self.overdue_check.toggled.connect(self._apply_filters)
        self.status_filter.setEnabled(False)

    def _show_view(self, board: bool) -> None:
        self.views.setCurrentWidget(self.board if board else self.table)
        self.status_filter.setEnabled(not board)  # the board's columns are the statuses
        self._apply_filters()

    def _apply_filters(self) -> None:
        values = dict(goal_id=self.goal_filter.currentData(), words=self.search_edit.text(),
                      overdue_only=self.overdue_check.isChecked())
        self.list_proxy.set_filters(status=self.status_filter.currentData(), **values)
        for proxy in self.board.proxies.values():
            proxy.set_filters(keep_status=True, **values)
        self._highlight()

    # ----- data ---------------------------------------------------------------------
    def set_mentorship(self, mentorship_id: str | None) -> None:
        self.editor.flush()
        self.mentorship_id = mentorship_id
        self.selected_id = None
        self.refresh()

    def refresh(self) -> None:
        """Re-read the list (after an autosave or a status move), keeping the selection."""
        items = ex.list_experiments(self.journal, self.mentorship_id) \
            if self.mentorship_id else []
        self.goals = gl.list_goals(self.journal, self.mentorship_id) \
            if self.mentorship_id else []
        self.model.set_experiments(items)
        current_goal = self.goal_filter.currentData()
        self.goal_filter.blockSignals(True)
        self.goal_filter.clear()
        self.goal_filter.addItem(self.tr("Any goal"), None)
        for goal in self.goals:
            self.goal_filter.addItem(goal.title, goal.id)
        self.goal_filter.setCurrentIndex(max(0, self.goal_filter.findData(current_goal)))
        self.goal_filter.blockSignals(False)
        self.stack.setCurrentIndex(1 if items else 0)
        if self.selected_id not in {i.id for i in items}:
            self.selected_id = items[0].id if items else None  # running ones come first
        if self.selected_id is None:
            self.editor.load(None, self.goals)
        elif (self.editor.info is None or self.editor.info.id != self.selected_id
              or not self.editor.pending):  # never overwrite what is being typed
            self.editor.load(next(i for i in items if i.id == self.selected_id), self.goals)
        self._highlight()

    def select(self, experiment_id: str, *, from_view: bool = False) -> None:
        if experiment_id == self.selected_id and self.editor.info is not None:
            return
        info = next((i for i in self.model.experiments() if i.id == experiment_id), None)
        self.selected_id = experiment_id if info else None
        self.editor.load(info, self.goals)
        if not from_view:
            self._highlight()
        else:
            self.board.select(self.selected_id)

    def _highlight(self) -> None:
        self.board.select(self.selected_id)
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.clearSelection()
        row = self.model.row_of(self.selected_id)
        if row >= 0:
            index = self.list_proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
        selection.blockSignals(False)

    def new_experiment(self) -> None:
        if self.mentorship_id is None:
            return
        self.editor.flush()
        goal_id = self.goal_filter.currentData()
        try:
            info = ex.create_experiment(self.journal, self.mentorship_id, "New experiment",
                                        goal_id=goal_id)
        except (ex.ExperimentError, JournalError) as exc:
            self.status_message.emit(str(exc))
            return
        self.selected_id = info.id
        self.refresh()
        self.editor.title_edit.setFocus()
        self.editor.title_edit.selectAll()
        self.status_message.emit(self.tr("New experiment: give it a title and a hypothesis."))

    def flush(self) -> None:
        self.editor.flush()
