"""The first-run page, shown while the journal holds no mentorship."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mentorjournal.ui.icons import icon
from mentorjournal.ui.widgets.empty_state import EmptyState


def welcome_page(journal_path: str, on_start: Callable[[], None],
                 parent: QWidget | None = None) -> EmptyState:
    body = (
        "MentorJournal keeps one mentorship on purpose: the charter you agree on, a note "
        "after every check-in, the experiments you run and the progress you make. "
        "Start by naming the person you meet with; everything else can come later.\n\n"
        f"Your journal is the single file {journal_path}. It stays on this computer and "
        "never goes online."
    )
    page = EmptyState("Welcome to MentorJournal", body, icon=icon("mentorjournal"),
                      action_text="Start a mentorship", on_action=on_start, parent=parent)
    page.setObjectName("welcomePage")
    return page
