"""The Progress tab: "are we moving?" at a glance, and "why not?" on a second look.

This module must not import matplotlib: the main window builds tabs by their class, and
matplotlib with its Qt backend costs about 0.65 s. The charts panel (which does import
it) is loaded the first time this tab is actually shown.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette, QShowEvent
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
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from mentorjournal.ui.progress.charts_panel import ChartsPanel

log = logging.getLogger(__name__)
REDRAW_DELAY_MS = 40
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
            # The first show pays for matplotlib; start-up never does.
            from mentorjournal.ui.progress.charts_panel import ChartsPanel

            self.panel = ChartsPanel(self._content)
            self.panel.session_clicked.connect(self.open_session_requested)
            self.panel.exported.connect(self.status_message)
            self._content_layout.addWidget(self.panel)
        if self._dirty:
            self.schedule_redraw()

    def schedule_redraw(self) -> None:
        """Redraw a moment later, once: a burst of changes costs one redraw."""
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def redraw(self) -> None:
        if not self.isVisible() or self.panel is None:
            return  # drawn when next shown
        self._timer.stop()
        self._dirty = False
        view = progress_view(self.journal, self._mentorship_id(),
                             str(self.range_combo.currentData()), clock.today())
        theme = "dark" if self._is_dark() else "light"
        if view is self.view and theme == self._theme:
            return  # nothing changed since the last drawing (the view is cached)
        self.view, self._theme = view, theme
        self.summary_label.setText(view.summary)
        self.panel.show_view(view, theme)
        self.redraw_count += 1

    def _is_dark(self) -> bool:
        return self.palette().color(QPalette.ColorRole.Window).lightness() < 128
