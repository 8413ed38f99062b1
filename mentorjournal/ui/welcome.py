"""The first-run page, shown while the journal holds no mentorship."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mentorjournal.ui.icons import icon
from mentorjournal.ui.widgets.empty_state import EmptyState


def welcome_page(journal_path: str, on_start: Callable[[], None],
                 on_demo: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> EmptyState:
    body = QCoreApplication.translate(
        "Welcome",
        "MentorJournal helps you run a mentorship on purpose. Agree a charter with the "
        "other person, write a short note after every check-in, and turn advice into "
        "small experiments. The app then shows whether you are moving, and makes a report "
        "you can hand over.\n\n"
        "Your journal is the single file %s. It stays on this computer: the "
        "app has no account and never goes online.") % journal_path
    page = EmptyState(QCoreApplication.translate("Welcome", "Welcome to MentorJournal"), body,
                      icon=icon("mentorjournal"),
                      action_text=QCoreApplication.translate("Welcome", "Start a mentorship"),
                      on_action=on_start,
                      secondary_text=QCoreApplication.translate(
                          "Welcome", "Explore a demo journal") if on_demo else None,
                      on_secondary=on_demo, parent=parent)
    page.setObjectName("welcomePage")
    return page
