"""What the Charter adds to the main window, in the window's one call.

`install_charter(window)` adds a permanent status-bar label with the next review date,
and offers the guided charter right after a mentorship is created (never forced at
start-up: an existing mentorship without a charter offers it in its empty state).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mentorjournal.core import charter as ch
from mentorjournal.core.mentorships import MentorshipInfo
from mentorjournal.ui.charter.review_status import ReviewStatusLabel, install_review_status

if TYPE_CHECKING:
    from mentorjournal.ui.main_window import MainWindow


def install_charter(window: MainWindow) -> ReviewStatusLabel:
    label = install_review_status(window, window.journal)

    def _offer_wizard(info: MentorshipInfo) -> None:
        if ch.latest_revision(window.journal, info.id) or ch.get_draft(window.journal, info.id):
            return
        window.show_tab(0)
        tab = window.tab("charter")
        start = getattr(tab, "start_wizard", None)
        if start is not None:
            start()

    window.mentorship_created.connect(_offer_wizard)
    return label
