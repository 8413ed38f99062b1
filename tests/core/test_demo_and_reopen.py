"""The demo journal, and a journal that survives a restart with all its data."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from mentorjournal.core.demo import fill_demo
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import list_mentorships
from mentorjournal.core.schema import JournalError

TABLES = ("mentorships", "charter_revisions", "charter_reviews", "sessions", "action_items",
          "contributions", "introductions", "goals", "milestones", "experiments", "skills",
          "plan_items", "topics", "session_topics")


def _dump(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    return {t: sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}").fetchall())
            for t in TABLES}


def test_demo_is_realistic(journal: Journal) -> None:
    summary = fill_demo(journal, today=date(2026, 11, 1))
    assert summary.mentorships == 2
    assert summary.sessions >= 60 and summary.actions >= summary.sessions
    assert summary.charter_revisions >= 4 and summary.experiments >= 6
    roles = {i.name: i.my_role for i in list_mentorships(journal)}
    assert roles == {"Priya": "mentee", "Jonah": "mentor"}
    conn = journal.reader()
    first, last = conn.execute("SELECT min(held_at), max(held_at) FROM sessions").fetchone()
    assert first < "2024-12-01" and last > "2026-10-01"  # two years of check-ins
    outcomes = {r[0] for r in conn.execute("SELECT DISTINCT outcome FROM experiments")}
    assert {"confirmed", "refuted", "inconclusive"} <= outcomes


def test_demo_refuses_a_journal_with_entries(journal: Journal) -> None:
    fill_demo(journal)
    with pytest.raises(JournalError, match="already holds entries"):
        fill_demo(journal)


def test_demo_is_deterministic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    dumps = []
    for name in ("a", "b"):
        j = Journal.open(tmp_path / name)
        fill_demo(j, today=date(2026, 6, 1), seed=3)
        rows = j.reader().execute(
            "SELECT held_at, wins, duration_minutes FROM sessions ORDER BY held_at").fetchall()
        dumps.append([tuple(r) for r in rows])
        j.close()
    assert dumps[0] == dumps[1]


def test_journal_reopens_with_all_its_data(journal: Journal, reopen) -> None:  # type: ignore[no-untyped-def]
    fill_demo(journal)
    before = _dump(journal.reader())
    journal.close()
    again = reopen()
    assert _dump(again.reader()) == before
    assert all(before[t] for t in TABLES)
