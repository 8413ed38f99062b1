"""The Progress tab: "are we moving?" at a glance, and "why not?" on a second look.

Nothing here runs matplotlib on the GUI thread. A redraw asks the chart worker
(`render.py`) for the progress view, then for each chart in sight; when those are shown
it draws the other ranges ahead, so picking one shows it at once. The first show of a
run paints the charts remembered from the last run when nothing they depend on has
changed (`remembered.py`), and the live drawing replaces them a moment later.
"""

from __future__ import annotations

import logging
from concurrent.futures import CancelledError
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QHideEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipInfo
from mentorjournal.core.progress import RANGE_PRESETS, ProgressView, progress_view
from mentorjournal.core.progress_data import data_version
from mentorjournal.ui.progress.remembered import RememberedCharts, stamp_of
from mentorjournal.ui.progress.render import AHEAD, NOW, ChartWorker, Drawing, WorkerJournal
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mentorjournal.ui.progress.charts_panel import ChartCard, ChartsPanel

log = logging.getLogger(__name__)
REDRAW_DELAY_MS = 0  # changes made in one go (range, then scope) cost one redraw
RESUME_AHEAD_MS = 300
TRIM_DELAY_MS = 500  # after scrolling stops, charts out of sight let go of old drawings
ALL = "all"
THIS = "this"


class ProgressTab(JournalTab):
    def __init__(self, journal: Journal, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(journal, tasks, parent)
        self.panel: ChartsPanel | None = None
        self.view: ProgressView | None = None
        self._theme = ""
        self.redraw_count = 0
        self._dirty = True
        self.worker = ChartWorker(self)
        self._worker_journal = WorkerJournal(journal)
        self._remembered = RememberedCharts(journal)
        self._stamp = ""  # what the charts being drawn would be remembered under
        self._generation = 0  # bumped by every redraw; older answers are dropped
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self.redraw)

        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("This mentorship"), THIS)
        self.scope_combo.addItem(self.tr("All mentorships"), ALL)
        self.scope_combo.setAccessibleName(self.tr("Whose progress"))
        self.scope_combo.setToolTip(self.tr("Show this mentorship only, or all of them "
                                            "together"))
        self.range_combo = QComboBox()
        for key, preset_label in RANGE_PRESETS.items():
            self.range_combo.addItem(self.tr(preset_label), key)
        self.range_combo.setCurrentIndex(self.range_combo.findData("1y"))
        self.range_combo.setAccessibleName(self.tr("Date range"))
        self.range_combo.setToolTip(self.tr("How far back the charts reach"))
        for combo in (self.scope_combo, self.range_combo):
            combo.currentIndexChanged.connect(lambda _i: self.schedule_redraw())

        controls = QHBoxLayout()
        for text, combo in ((self.tr("Show:"), self.scope_combo),
                            (self.tr("Range:"), self.range_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            controls.addWidget(label)
            controls.addWidget(combo)
            controls.addSpacing(12)
        controls.addStretch(1)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("progressSummary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What changed"))

        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setWidget(self._content)
        self.scroll_area.setAccessibleName(self.tr("Progress charts"))
        self._trim_timer = QTimer(self)
        self._trim_timer.setSingleShot(True)
        self._trim_timer.setInterval(TRIM_DELAY_MS)
        self._trim_timer.timeout.connect(
            lambda: self.panel.trim_out_of_sight() if self.panel is not None else None)
        scroll_bar = self.scroll_area.verticalScrollBar()
        if scroll_bar is not None:
            scroll_bar.valueChanged.connect(lambda _value: self._trim_timer.start())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 0)
        layout.setSpacing(10)
        layout.addLayout(controls)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.scroll_area, 1)

    # ----- what to show --------------------------------------------------------------
    def show_mentorship(self, info: MentorshipInfo | None) -> None:
        self.schedule_redraw()

    def set_range(self, preset: str) -> None:
        self.range_combo.setCurrentIndex(self.range_combo.findData(preset))

    def set_scope_all(self, all_mentorships: bool) -> None:
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(
            ALL if all_mentorships else THIS))

    def _mentorship_id(self) -> str | None:
        if self.scope_combo.currentData() == ALL or self.mentorship is None:
            return None
        return self.mentorship.id

    # ----- drawing -------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.panel is None:
            from mentorjournal.ui.progress.charts_panel import ChartsPanel

            self.panel = ChartsPanel(self.worker, self._content)
            self.panel.session_clicked.connect(self.open_session_requested)
            self.panel.exported.connect(self.status_message)
            for card in self.panel.cards.values():
                card.on_drawn = self._chart_shown
            self._content_layout.addWidget(self.panel)
            self._show_remembered()
        if self._dirty:
            self.schedule_redraw()
        elif self.view is not None:  # drawing ahead stopped while the tab was hidden
            QTimer.singleShot(RESUME_AHEAD_MS, self._resume_ahead)

    def _resume_ahead(self) -> None:
        """Start drawing ahead again once the user stays on the tab (passing through it
        on the way to another should not start work the next tab would wait behind)."""
        if self.isVisible() and self.view is not None:
            self._draw_ahead(self._generation, self._theme, self._mentorship_id(),
                             self.view.today)

    def hideEvent(self, event: QHideEvent) -> None:
        """Charts are for a user looking at this tab. Drawn while another tab shows, they
        would only compete with the GUI thread: Agg holds Python's lock while it draws,
        which made a tab switch take up to 0.3 s while it ran."""
        super().hideEvent(event)
        self.worker.drop(AHEAD)
        self.worker.drop(NOW)  # what was on its way is asked for again when shown

    def schedule_redraw(self) -> None:
        """Redraw a moment later, once: a burst of changes costs one redraw."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def _wish(self) -> tuple[str | None, str, date, str]:
        """(mentorship, range, today, theme) the charts should show now."""
        theme = "dark" if self._is_dark() else "light"
        return (self._mentorship_id(), str(self.range_combo.currentData()), clock.today(),
                theme)

    def _stamp_now(self, version: tuple) -> str:
        mentorship_id, preset, today, theme = self._wish()
        scope = self.mentorship.id if self.mentorship else None
        return stamp_of(version, scope, mentorship_id, preset, today.isoformat(), theme)

    def _show_remembered(self) -> None:
        """The first show of a run: the charts as last drawn, when nothing changed."""
        if self.panel is None or self.mentorship is None or not self._remembered.enabled:
            return
        remembered = self._remembered.load(self._stamp_now(data_version(self.journal)))
        if remembered is None:
            return
        summary, images = remembered
        self.summary_label.setText(summary)
        for key, image in images.items():
            if key in self.panel.cards:
                self.panel.cards[key].show_remembered(image)

    def redraw(self) -> None:
        if not self.isVisible() or self.panel is None:
            return  # drawn when next shown
        self._timer.stop()
        self._dirty = False
        self._generation += 1
        generation = self._generation
        mentorship_id, preset, today, theme = self._wish()
        scope = self.mentorship.id if self.mentorship else None
        reader = self._worker_journal

        def _view() -> tuple[ProgressView, str]:
            view = progress_view(reader, mentorship_id, preset, today)
            stamp = stamp_of(data_version(reader), scope, mentorship_id, preset,
                             today.isoformat(), theme)
            self._remembered.save_summary(stamp, view.summary)
            return view, stamp

        self.worker.submit(_view, NOW, on_done=lambda result: self._view_ready(
            generation, result[0], result[1], theme, (mentorship_id, today)),
            on_error=lambda error: self._view_failed(generation, error))

    def _view_failed(self, generation: int, error: BaseException) -> None:
        if isinstance(error, CancelledError):
            self._dirty = True  # dropped while hidden: redrawn when shown again
            return
        if generation == self._generation:
            self.summary_label.setText(self.tr(
                "The progress charts could not be read from the journal (%s); nothing "
                "was changed.") % (str(error) or type(error).__name__))

    def _view_ready(self, generation: int, view: ProgressView, stamp: str, theme: str,
                    ahead: tuple[str | None, date]) -> None:
        if generation != self._generation or self.panel is None:
            return  # the user asked for something else meanwhile
        self._stamp = stamp
        if view is self.view and theme == self._theme:
            return  # nothing changed since the last drawing (the view is cached)
        self.view, self._theme = view, theme
        self.summary_label.setText(view.summary)
        self.panel.show_view(view, theme)
        self.redraw_count += 1
        self._draw_ahead(generation, theme, *ahead)

    def _draw_ahead(self, generation: int, theme: str, mentorship_id: str | None,
                    today: date) -> None:
        """Draw the other ranges of this scope in the background, so picking one shows it
        at once; the worker does this only when nothing in sight is waiting."""
        if generation != self._generation or self.panel is None:
            return  # something else was asked for meanwhile
        reader = self._worker_journal
        for preset in RANGE_PRESETS:
            if preset == self.range_combo.currentData():
                continue

            def _view(preset: str = preset) -> ProgressView:
                return progress_view(reader, mentorship_id, preset, today)

            def _ready(view: ProgressView) -> None:
                if generation == self._generation and self.panel is not None:
                    self.panel.draw_ahead(view, theme)

            self.worker.submit(_view, AHEAD, on_done=_ready)

    def _chart_shown(self, card: ChartCard, drawing: Drawing) -> None:
        """Remember a live chart in sight for the next start's first paint."""
        if drawing.view is not self.view or not self._stamp or not card.in_sight():
            return
        stamp, key, image = self._stamp, card.key, drawing.image
        self.worker.submit(lambda: self._remembered.save_chart(stamp, key, image), AHEAD)

    def is_filled(self) -> bool:
        """The summary and every chart in sight are on screen (live or remembered)."""
        if self.panel is None or not self.summary_label.text():
            return False
        cards = self.panel.cards_in_sight()
        return bool(cards) and all(card.is_drawn() for card in cards)

    def shutdown(self) -> None:
        """Stop the chart worker; its last job remembers the live charts in sight for
        the next start (the list is made here, on the GUI thread)."""
        shown = [] if self.panel is None or self.view is None or not self._stamp else [
            (card.key, card.drawing.image) for card in self.panel.cards_in_sight()
            if card.drawing is not None and card.drawing.view is self.view]
        stamp, remembered, reader = self._stamp, self._remembered, self._worker_journal

        def _last() -> None:
            for key, image in shown:
                remembered.save_chart(stamp, key, image)
            reader.close()

        self.worker.shutdown(last=_last)

    def changeEvent(self, event: QEvent) -> None:
        """A theme switched in Preferences repaints the charts in the new colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.panel is not None:
            self.schedule_redraw()

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128
