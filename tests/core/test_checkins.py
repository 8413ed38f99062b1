"""Check-ins: template, topics, filters, and text that comes back exactly as written."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from mentorjournal.core import checkins as ci
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship

# Everything a person can type round-trips byte for byte. NUL and other control bytes
# are not typeable: the store repairs them (dropped, CRLF → LF; tests/core/test_text.py).
NASTY = ("<script>alert('x')</script> & &amp; \u202eRTL\u202c שלום עליכם مرحبا "
         "漢字かなカナ 한국어 👩🏽‍💻🎉 zero\ttab\nLF\n")


def _ms(journal: Journal, name: str = "Priya") -> str:
    return create_mentorship(journal, name, started_on=date(2025, 1, 1)).id


def test_template_sections_come_from_the_shipped_file() -> None:
    keys = [s.key for s in ci.load_template()]
    assert keys == ["agenda", "what_happened", "wins", "challenges", "questions", "insights",
                    "scenarios"]
    assert ci.load_template()[4].heading == "Questions I brought"


def test_users_own_template_copy_wins(private_locations: Path, tmp_path: Path) -> None:
    own = tmp_path / "config" / "templates" / "checkin.md"
    own.parent.mkdir(parents=True)
    own.write_text("## wins: What I am proud of\nBig or small.\n## bogus: Ignored\nx\n",
                   encoding="utf-8")
    assert ci.load_template() == [ci.TemplateSection("wins", "What I am proud of",
                                                     "Big or small.")]
    own.write_text("no sections at all", encoding="utf-8")
    assert len(ci.load_template()) == 7  # an emptied copy falls back to the shipped one


def test_create_update_and_topics_reuse_regardless_of_case(journal: Journal) -> None:
    mid = _ms(journal)
    first = ci.create_checkin(journal, mid, held_at=datetime(2025, 3, 1, 17, 30),
                              topics=["Career growth", "career GROWTH", " feedback "])
    assert first.topics == ("Career growth", "feedback")
    second = ci.create_checkin(journal, mid, held_at=datetime(2025, 3, 15, 17, 30),
                               topics=["CAREER growth"])
    assert second.topics == ("Career growth",)
    assert ci.list_topics(journal) == ["Career growth", "feedback"]
    ci.update_checkin(journal, second.id, sections={"wins": "Shipped it"}, duration_minutes=45,
                      format="in_person", private=True, topics=["Writing", "feedback"])
    got = ci.get_checkin(journal, second.id)
    assert got is not None and got.sections["wins"] == "Shipped it"
    assert (got.duration_minutes, got.format, got.private) == (45, "in_person", True)
    assert got.topics == ("feedback", "Writing")


def test_bad_input_is_refused_in_one_sentence(journal: Journal) -> None:
    mid = _ms(journal)
    c = ci.create_checkin(journal, mid)
    with pytest.raises(ci.CheckInError, match="format"):
        ci.update_checkin(journal, c.id, format="carrier pigeon")
    with pytest.raises(ci.CheckInError, match="between 0 minutes and one day"):
        ci.update_checkin(journal, c.id, duration_minutes=-5)
    with pytest.raises(ci.CheckInError, match="no longer exists"):
        ci.update_checkin(journal, "missing", private=True)


def test_list_is_newest_first_and_filters_by_topic_and_dates(journal: Journal) -> None:
    mid = _ms(journal)
    other = _ms(journal, "Jonah")
    for day, topics in ((1, ["hiring"]), (10, ["Hiring", "writing"]), (20, ["writing"])):
        ci.create_checkin(journal, mid, held_at=datetime(2025, 4, day, 12), topics=topics,
                          sections={"what_happened": f"# Day {day}\n\nmore"})
    ci.create_checkin(journal, other, held_at=datetime(2025, 4, 5, 12))
    rows = ci.list_checkins(journal, mid)
    assert [r.held_at.day for r in rows] == [20, 10, 1]
    assert rows[0].first_line == "Day 20"
    assert [r.held_at.day for r in ci.list_checkins(journal, mid, topic="HIRING")] == [10, 1]
    assert [r.held_at.day for r in ci.list_checkins(
        journal, mid, since=date(2025, 4, 10), until=date(2025, 4, 20))] == [20, 10]
    assert ci.list_checkins(journal, mid, until=date(2025, 3, 31)) == []
    ci.update_checkin(journal, rows[0].id, private=True)
    assert [r.held_at.day for r in ci.list_checkins(journal, mid, include_private=False)] == [
        10, 1]
    assert ci.list_checkins(journal, mid)[0].private


def test_nasty_and_huge_text_round_trips_byte_for_byte(journal: Journal, reopen) -> None:  # type: ignore[no-untyped-def]
    mid = _ms(journal)
    huge = ("A line of a long note with ünïcödé and 🎉.\n" * 30_000)[:1_048_576]
    c = ci.create_checkin(journal, mid, sections={"notes": huge, "wins": NASTY},
                          topics=["<b>bold</b>", "日本語"])
    journal.close()
    again = reopen()
    got = ci.get_checkin(again, c.id)
    assert got is not None
    assert got.sections["notes"].encode() == huge.encode()
    assert got.sections["wins"].encode() == NASTY.encode()
    assert set(got.topics) == {"<b>bold</b>", "日本語"}
