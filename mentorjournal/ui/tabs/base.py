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

    def flush(self) -> None:
        """Save anything pending; called before switching mentorship and on close."""
