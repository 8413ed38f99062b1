"""`mentorjournal search` prints one tab-separated hit per line for scripts."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorjournal.cli import main
from mentorjournal.core.checkins import create_checkin
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship


def test_search_command_prints_date_mentorship_and_plain_snippet(
        journal: Journal, capsys: pytest.CaptureFixture[str]) -> None:
    mid = create_mentorship(journal, "Priya", started_on=date(2025, 1, 1)).id
    create_checkin(journal, mid, held_at=datetime(2025, 6, 2, 17),
                   sections={"wins": "Presented the <b>roadmap</b>"})
    journal.close()
    assert main(["search", "roadmap"]) == 0
    out = capsys.readouterr().out
    assert out == "2025-06-02\tPriya\tCheck-in\tPresented the <b>roadmap</b>\n"
    assert main(["search", "nothing-like-this"]) == 1
    assert "No entries match" in capsys.readouterr().err
    assert main(["search", "roadmap", "--mentorship", "Nobody"]) == 1
    assert "no mentorship called" in capsys.readouterr().err
