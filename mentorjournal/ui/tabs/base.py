"""What every tab offers the main window: a mentorship to show, and status messages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipInfo
from mentorjournal.ui.tasks import TaskRunner


class JournalTab(QWidget):
    """Base of the four tabs. Subclasses fill themselves in `show_mentorship`."""

    status_message = Signal(str)
    #: Ask the main window to show a check-in (e.g. a chart marker or a search hit).
    open_session_requested = Signal(str)

    def __init__(self, journal: Journal, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.journal = journal
        self.tasks = tasks
        self.mentorship: MentorshipInfo | None = None

    def set_mentorship(self, info: MentorshipInfo | None) -> None:
        self.mentorship = info
        self.show_mentorship(info)

    def show_mentorship(self, info: MentorshipInfo | None) -> None:
        """Refill the tab for `info` (None: the journal has no mentorship yet)."""

    def open_session(self, session_id: str) -> None:
        """Show one check-in; only the Sessions tab implements this."""

    def is_filled(self) -> bool:
        """Does the tab show its mentorship's data? Tabs that fill later (Progress draws
        its charts off the GUI thread) say False until they have; start-up counts as
        done only then."""
        return True

    def shutdown(self) -> None:
        """Stop any background work of the tab's own; called when the window closes."""

    def flush(self) -> None:
        """Save anything pending; called before switching mentorship and on close."""
