"""The Sessions tab: the list of check-ins on the left, the open one on the right.

The list is one SQL query into a table model, filtered by a proxy; the editor saves
itself in the background. Toolbar buttons build the next agenda, show every open
action and person met, and search the journal (Ctrl+F here, Ctrl+K anywhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import checkins
from mentorjournal.core.agenda import build_agenda
from mentorjournal.core.checkins import CheckInError
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipInfo
from mentorjournal.core.schema import JournalError
from mentorjournal.core.search import SearchHit
from mentorjournal.ui.icons import icon
from mentorjournal.ui.sessions.editor import SessionEditor
from mentorjournal.ui.sessions.list_model import SUMMARY_ROLE, SessionFilter, SessionListModel
from mentorjournal.ui.sessions.panels import button, date_of, optional_date_edit
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.empty_state import EmptyState
from mentorjournal.ui.widgets.look import primary
from mentorjournal.ui.widgets.tables import make_row_picker

if TYPE_CHECKING:  # the dialogs load when first opened, not at start-up
    from mentorjournal.ui.sessions.agenda_dialog import AgendaDialog
    from mentorjournal.ui.sessions.overview import OverviewDialog
    from mentorjournal.ui.sessions.search_dialog import SearchDialog

ALL_TOPICS = "All topics"


class SessionsTab(JournalTab):
    def __init__(self, journal: Journal, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(journal, tasks, parent)
        self.model = SessionListModel(self)
        self.proxy = SessionFilter(self)
        self.proxy.setSourceModel(self.model)
        self._search: SearchDialog | None = None

        self.new_button = button(self.tr("New check-in"),
                                 self.tr("Start today's check-in from the template (Ctrl+N)"))
        self.new_button.setIcon(icon("new"))
        primary(self.new_button)
        self.new_button.clicked.connect(self.new_checkin)
        self.agenda_button = button(self.tr("Next agenda…"),
                                    self.tr("Build the next check-in's agenda from what is "
                                            "still open"))
        self.agenda_button.clicked.connect(self.show_agenda)
        self.overview_button = button(self.tr("Open actions…"),
                                      self.tr("Every open action, overdue first, and the "
                                              "people met"))
        self.overview_button.clicked.connect(self.show_overview)
        self.search_button = button(self.tr("Search…"),
                                    self.tr("Search the whole journal (Ctrl+F, or Ctrl+K "
                                            "anywhere)"))
        self.search_button.clicked.connect(self.open_search)
        self.delete_button = button(self.tr("Delete…"), self.tr("Delete the open check-in"))
        self.delete_button.clicked.connect(self.delete_current)
        top = QHBoxLayout()
        for b in (self.new_button, self.agenda_button, self.overview_button,
                  self.search_button):
            top.addWidget(b)
        top.addStretch(1)
        top.addWidget(self.delete_button)

        self.topic = QComboBox()
        self.topic.setObjectName("topicFilter")
        self.topic.setAccessibleName(self.tr("Show check-ins about"))
        self.topic.setToolTip(self.tr("Show only check-ins with this topic"))
        self.since = optional_date_edit(self.tr("From"), self.tr("Any date"))
        self.until = optional_date_edit(self.tr("Until"), self.tr("Any date"))
        for w in (self.since, self.until):
            w.dateChanged.connect(self.apply_filter)
        self.topic.currentIndexChanged.connect(self.apply_filter)
        self.clear_filter_button = button(self.tr("Clear"), self.tr("Show every check-in"))
        self.clear_filter_button.clicked.connect(self.clear_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.topic, 1)
        filters.addWidget(QLabel(self.tr("from")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addWidget(self.clear_filter_button)

        self.view = QTableView()
        self.view.setObjectName("sessionList")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Check-ins, newest first"))
        self.view.setToolTip(self.tr("Check-ins of this mentorship, newest first"))
        make_row_picker(self.view)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 128), (1, 60), (2, 72), (3, 120)):
            header.resizeSection(column, width)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(filters)
        left_box.addWidget(self.view, 1)
        left_box.addWidget(self.count_label)

        self.editor = SessionEditor(journal, tasks)
        self.editor.status_message.connect(self.status_message.emit)
        self.editor.saved.connect(self._refresh_row)
        self.empty = EmptyState(
            self.tr("No check-ins yet"),
            self.tr("Right after each meeting, write what happened, your wins and "
                    "challenges, the questions you brought and what you learned. Actions "
                    "you agree on are carried into the next check-in until they are done."),
            icon=icon("sessions"), action_text=self.tr("Write the first check-in"),
            on_action=self._start_first)
        self.pick = EmptyState(self.tr("Pick a check-in"),
                               self.tr("Choose one on the left, or start a new one."))
        self.right = QStackedWidget()
        for page in (self.empty, self.pick, self.editor):
            self.right.addWidget(page)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 640])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_shortcut.activated.connect(self.open_search)

    # ----- filling --------------------------------------------------------------------
    def show_mentorship(self, info: MentorshipInfo | None) -> None:
        self.editor.clear()
        self.reload()

    def reload(self, select_id: str | None = None) -> None:
        rows = [] if self.mentorship is None else checkins.list_checkins(
            self.journal, self.mentorship.id)
        self.view.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.view.selectionModel().blockSignals(False)
        self._fill_topics(rows)
        self._update_count()
        if not rows:
            self.editor.clear()
            self.right.setCurrentWidget(self.empty)
            return
        self.select(select_id or rows[0].id)

    def _fill_topics(self, rows: list[checkins.CheckInSummary]) -> None:
        current = self.topic.currentData()
        names = sorted({t for r in rows for t in r.topics}, key=str.casefold)
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(self.tr(ALL_TOPICS), None)
        for name in names:
            self.topic.addItem(name, name)
        self.topic.setCurrentIndex(max(0, self.topic.findData(current)))
        self.topic.blockSignals(False)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%d of %d check-ins") % (shown, total)
                                 if self.proxy.active else self.tr("%d check-ins") % total)

    def select(self, session_id: str) -> bool:
        row = self.model.row_of(session_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.clear_filter()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        if self.editor.session_id != session_id:  # selecting the same row emits nothing
            self._open(session_id)
        return True

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            summary = self.proxy.data(indexes[0], SUMMARY_ROLE)
            if summary is not None and summary.id != self.editor.session_id:
                self._open(summary.id)

    def _open(self, session_id: str) -> None:
        detail = checkins.get_checkin(self.journal, session_id)
        if detail is None:
            self.status_message.emit(self.tr("That check-in no longer exists."))
            return
        self.editor.load(detail)
        self.right.setCurrentWidget(self.editor)

    def _refresh_row(self, session_id: str) -> None:
        summary = checkins.get_summary(self.journal, session_id)
        if summary is not None:
            self.model.upsert(summary)
            if set(summary.topics) - {self.topic.itemData(i) for i in
                                      range(self.topic.count())}:
                self._fill_topics([self.model.data(self.model.index(r, 0), SUMMARY_ROLE)
                                   for r in range(self.model.rowCount())])

    # ----- filters --------------------------------------------------------------------
    def apply_filter(self) -> None:
        self.proxy.set_filter(self.topic.currentData(), date_of(self.since),
                              date_of(self.until))
        self._update_count()

    def clear_filter(self) -> None:
        for w in (self.topic, self.since, self.until):
            w.blockSignals(True)
        self.topic.setCurrentIndex(0)
        self.since.setDate(self.since.minimumDate())
        self.until.setDate(self.until.minimumDate())
        for w in (self.topic, self.since, self.until):
            w.blockSignals(False)
        self.apply_filter()

    # ----- commands -------------------------------------------------------------------
    def _start_first(self) -> None:
        self.new_checkin()

    def new_checkin(self) -> str | None:
        if self.mentorship is None:
            return None
        self.editor.flush()
        try:
            detail = checkins.create_checkin(self.journal, self.mentorship.id)
        except (CheckInError, JournalError) as exc:
            self.status_message.emit(str(exc))
            return None
        summary = checkins.get_summary(self.journal, detail.id)
        assert summary is not None
        self.model.upsert(summary)
        self._update_count()
        self.select(detail.id)
        first = next(iter(self.editor.sections.values()))
        first.edit.setFocus()
        self.status_message.emit(self.tr("New check-in started; it saves as you type."))
        return detail.id

    def open_session(self, session_id: str) -> None:
        detail = checkins.get_checkin(self.journal, session_id)
        if detail is None:
            self.status_message.emit(self.tr("That check-in no longer exists."))
            return
        if self.mentorship is None or detail.mentorship_id != self.mentorship.id:
            window = self.window()
            select = getattr(window, "select_mentorship", None)
            if select is None:
                return
            select(detail.mentorship_id)
        self.select(session_id)

    def flush(self) -> None:
        self.editor.flush()

    def delete_current(self) -> None:
        session_id = self.editor.session_id
        if session_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete check-in"),
            self.tr("Delete this check-in and its notes? Its actions, contributions and "
                    "introductions are kept."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor.flush(wait=True)
        self.editor.session_id = None
        checkins.delete_checkin(self.journal, session_id)
        self.reload()
        self.status_message.emit(self.tr("Check-in deleted"))

    def show_agenda(self) -> AgendaDialog | None:
        if self.mentorship is None:
            return None
        self.editor.flush(wait=True)
        from mentorjournal.ui.sessions.agenda_dialog import AgendaDialog

        dialog = AgendaDialog(build_agenda(self.journal, self.mentorship.id), self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def show_overview(self) -> OverviewDialog | None:
        if self.mentorship is None:
            return None
        from mentorjournal.ui.sessions.overview import OverviewDialog

        dialog = OverviewDialog(self.journal, self.mentorship.id, self.mentorship.name, self)
        dialog.open_session_requested.connect(self.open_session_requested.emit)
        dialog.finished.connect(lambda _r: self.editor.actions_panel.refresh())
        dialog.show()
        return dialog

    def search_dialog(self) -> SearchDialog:
        if self._search is None:
            from mentorjournal.ui.sessions.search_dialog import SearchDialog

            self._search = SearchDialog(self.journal, self)
            self._search.hit_chosen.connect(self._open_hit)
        return self._search

    def open_search(self) -> SearchDialog:
        self.editor.flush(wait=True)  # so a word typed a moment ago is found
        dialog = self.search_dialog()
        dialog.start(self.mentorship.id if self.mentorship else None)
        return dialog

    def _open_hit(self, hit: SearchHit) -> None:
        if hit.session_id:
            self.open_session_requested.emit(hit.session_id)
            return
        window = self.window()
        if hit.kind == "charter":
            if self.mentorship is None or self.mentorship.id != hit.mentorship_id:
                getattr(window, "select_mentorship", lambda _i: None)(hit.mentorship_id)
            getattr(window, "show_tab", lambda _i: None)(0)
            self.status_message.emit(self.tr("Showing the charter of %s.")
                                     % hit.mentorship_name)
        else:
            self.status_message.emit(self.tr("This %s is not linked to a check-in.")
                                     % hit.kind_label.lower())

    def current_index(self) -> QModelIndex:
        return self.view.currentIndex()
