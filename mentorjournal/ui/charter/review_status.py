"""When the charter is next due for review, in the tab and in the window's status bar.

The status-bar label is permanent and follows the current mentorship. It learns about
new revisions and reviews through `charter_signals()`, so the main window needs one
line to install it and no knowledge of charters.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from mentorjournal.core import charter as ch
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipInfo

OVERDUE_COLOUR = QColor("#c0392b")


class CharterSignals(QObject):
    #: The charter or reviews of this mentorship id changed.
    changed = Signal(str)


@cache
def charter_signals() -> CharterSignals:
    return CharterSignals()


def _mark(label: QLabel, overdue: bool) -> None:
    """Red and bold when overdue, through palette and font rather than a per-widget style
    sheet: swapping style sheets at run time re-polishes widgets and crashed Qt here."""
    palette = label.palette()
    if overdue:
        palette.setColor(QPalette.ColorRole.WindowText, OVERDUE_COLOUR)
    else:
        palette = QApplication.palette(label)
    label.setPalette(palette)
    font = label.font()
    font.setBold(overdue)
    label.setFont(font)
    label.setProperty("overdue", overdue)


def style_review_label(label: QLabel, status: ch.ReviewStatus | None) -> None:
    """Say when the review is due; overdue is marked in red with a warning sign."""
    if status is None:
        label.setText(label.tr("No charter saved yet."))
        _mark(label, False)
        return
    text = status.summary()
    label.setText(("⚠ " + text) if status.overdue else text)
    _mark(label, status.overdue)


class ReviewStatusLabel(QLabel):
    """The permanent status-bar label: next charter review, overdue marked."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charterReviewStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Charter review"))
        self.setToolTip(self.tr("When the charter of this mentorship is next due for review"))
        self._journal = journal
        self._mentorship_id: str | None = None
        charter_signals().changed.connect(self._on_changed)

    def show_mentorship(self, info: MentorshipInfo | None) -> None:
        self._mentorship_id = info.id if info else None
        self.refresh()

    def refresh(self) -> None:
        if self._mentorship_id is None:
            self.clear()
            self.hide()
            return
        style_review_label(self, ch.review_status(self._journal, self._mentorship_id))
        self.show()

    def _on_changed(self, mentorship_id: str) -> None:
        if mentorship_id == self._mentorship_id:
            self.refresh()


def install_review_status(window: QMainWindow, journal: Journal) -> ReviewStatusLabel:
    """Add the label to the window's status bar and follow its current mentorship."""
    label = ReviewStatusLabel(journal)
    label.hide()
    window.statusBar().addPermanentWidget(label)
    window.mentorship_changed.connect(label.show_mentorship)  # type: ignore[attr-defined]
    return label
