"""Markdown export reads like notes; the .ics is a calendar other apps accept."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship
from mentorjournal.core.models import CharterRevision, CheckIn
from mentorjournal.interop.calendar import (
    CalendarError,
    escape_text,
    fold,
    planned_check_ins,
    write_calendar,
)
from mentorjournal.interop.markdown_export import export_markdown

NOW = clock.FixedClock(datetime(2026, 3, 2, 10, 0))


def _mentorship(journal: Journal, *, cadence: int | None = 2, unit: str = "weeks",
                last: datetime | None = datetime(2026, 2, 23, 17, 30)) -> str:
    info = create_mentorship(journal, "Ana; Bo, \\ Co", counterpart="Ana, the staff engineer")
    with journal.store.session() as s:
        s.add(CharterRevision(mentorship_id=info.id, number=1, state="saved",
                              effective_on=date(2026, 1, 5), cadence_value=cadence,
                              cadence_unit=unit, session_minutes=45,
                              channels="Video; Slack, async\nNo calls after 18:00 ✨",
                              my_objectives="Reach staff scope.",
                              confidential_notes="Team change in spring."))
        if last is not None:
            s.add(CheckIn(mentorship_id=info.id, held_at=last, private=True,
                          what_happened="We mapped the RFC's stakeholders.",
                          insights="Write the decision first."))
    return info.id


def test_markdown_export_has_an_index_the_charter_and_a_file_per_checkin(
        journal: Journal, tmp_path: Path) -> None:
    _mentorship(journal)
    count = export_markdown(journal, tmp_path / "md")
    folder = next(p for p in (tmp_path / "md").iterdir() if p.is_dir())
    assert count == 4
    session = (folder / "sessions" / "2026-02-23-1730.md").read_text(encoding="utf-8")
    assert "We mapped the RFC's stakeholders." in session and "## Insights" in session
    assert "Private: yes" in session
    index = (folder / "index.md").read_text(encoding="utf-8")
    assert "(sessions/2026-02-23-1730.md)" in index and "23 February 2026" in index
    charter = (folder / "charter.md").read_text(encoding="utf-8")
    assert "every 2 weeks, 45 minutes" in charter and "Reach staff scope." in charter
    assert "[Ana; Bo, \\ Co]" in (tmp_path / "md" / "index.md").read_text(encoding="utf-8")


def test_ics_is_parsed_back_by_icalendar_with_escaped_text(
        journal: Journal, tmp_path: Path) -> None:
    mentorship_id = _mentorship(journal)
    out = tmp_path / "plan.ics"
    with clock.use_clock(NOW):
        count = write_calendar(journal, mentorship_id, out, months=2)
    raw = out.read_bytes()
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    parsed = icalendar.Calendar.from_ical(raw)
    events = list(parsed.walk("VEVENT"))
    assert len(events) == count == 4  # 9 Mar … 20 Apr (2 May is two months ahead)
    starts = [e.decoded("DTSTART") for e in events]
    assert starts[0] == datetime(2026, 3, 9, 17, 30)
    assert starts[-1] == datetime(2026, 4, 20, 17, 30)
    assert all(b - a == timedelta(weeks=2) for a, b in itertools.pairwise(starts))
    assert len({str(e["UID"]) for e in events}) == count
    assert all(e.decoded("DURATION") == timedelta(minutes=45) for e in events)
    assert str(events[0]["SUMMARY"]) == "Check-in with Ana, the staff engineer"
    assert "Video; Slack, async\nNo calls after 18:00 ✨" in str(events[0]["DESCRIPTION"])
    assert "DTSTAMP" in events[0]


def test_without_checkins_the_plan_starts_at_the_charter_and_skips_the_past(
        journal: Journal) -> None:
    mentorship_id = _mentorship(journal, cadence=10, unit="days", last=None)
    with clock.use_clock(NOW):
        planned = planned_check_ins(journal, mentorship_id, 1)
    assert planned[0] == datetime(2026, 3, 6, 9, 0)  # 5 Jan + 6 × 10 days
    assert planned[-1].date() <= date(2026, 4, 2)


def test_no_cadence_gives_one_sentence(journal: Journal) -> None:
    mentorship_id = _mentorship(journal, cadence=None)
    with pytest.raises(CalendarError, match="no cadence"):
        planned_check_ins(journal, mentorship_id, 3)


def test_folding_never_splits_a_character_and_escaping_covers_rfc_specials() -> None:
    line = "DESCRIPTION:" + "é" * 100
    folded = fold(line).encode("utf-8")
    pieces = folded.split(b"\r\n ")
    assert all(len(p) <= 75 for p in pieces) and len(pieces) == 3
    assert b"".join(pieces).decode("utf-8") == line
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
