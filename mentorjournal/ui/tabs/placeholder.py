"""Honest empty states for tabs whose own issue has not landed yet."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from mentorjournal.core.journal import Journal
from mentorjournal.ui.icons import icon
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.widgets.empty_state import EmptyState


class _Placeholder(JournalTab):
    TITLE = ""
    BODY = ""
    ICON = ""

    def __init__(self, journal: Journal, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(journal, tasks, parent)
        layout = QVBoxLayout(self)
        self.empty_state = EmptyState(self.TITLE, self.BODY, icon=icon(self.ICON))
        layout.addWidget(self.empty_state)


class ChartersPlaceholder(_Placeholder):
    TITLE = "The charter will live here"
    BODY = ("What you and your counterpart agreed: objectives on both sides, what success "
            "looks like, how often you meet, boundaries and how setbacks are framed, kept "
            "as dated revisions. This editor is not built yet in this version.")
    ICON = "charter"


class SessionsPlaceholder(_Placeholder):
    TITLE = "Your check-ins will live here"
    BODY = ("One note per meeting: wins, challenges, questions and insights, with actions "
            "carried forward until done. This editor is not built yet in this version.")
    ICON = "sessions"


class ExperimentsPlaceholder(_Placeholder):
    TITLE = "Goals and experiments will live here"
    BODY = ("Goals with milestones, and small experiments that test a hypothesis and end "
            "with a learning, plus your career plan. Not built yet in this version.")
    ICON = "experiments"


class ProgressPlaceholder(_Placeholder):
    TITLE = "Your momentum will be charted here"
    BODY = ("A momentum score over time, check-ins against the agreed cadence, actions "
            "followed through and experiments concluded. Not built yet in this version.")
    ICON = "progress"
