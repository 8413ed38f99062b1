"""The benchmark journal generator: sizes, planted words, determinism."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentorjournal.core.demo_large import RARE_WORD, fill_large
from mentorjournal.core.journal import Journal
from mentorjournal.core.schema import JournalError


def _generate(folder: Path, **kw: int) -> tuple[Journal, object]:
    journal = Journal.open(folder)
    summary = fill_large(journal, years=1, sessions_per_year=40, mentorships=2, **kw)
    return journal, summary


def test_sizes_follow_the_recipe(tmp_path: Path) -> None:
    journal, _ = _generate(tmp_path / "a")
    conn = journal.reader()

    def count(table: str) -> int:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    assert count("mentorships") == 2 and count("sessions") == 40
    assert count("action_items") == 4 * 40
    assert count("charter_revisions") == 24
    assert count("experiments") == 240 and count("goals") == 40 and count("milestones") == 80
    words = [len(" ".join(r).split()) for r in conn.execute(
        "SELECT agenda, what_happened, wins, challenges, questions, insights, scenarios "
        "FROM sessions")]
    assert min(words) >= 290 and max(words) <= 1600
    assert conn.execute("SELECT count(*) FROM sessions WHERE insights LIKE ?",
                        (f"%{RARE_WORD}%",)).fetchone()[0] >= 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    journal.close()


def test_same_seed_same_journal(tmp_path: Path) -> None:
    dumps = []
    for name in ("a", "b"):
        journal, _ = _generate(tmp_path / name, seed=5)
        dumps.append(journal.reader().execute(
            "SELECT id, held_at, wins FROM sessions ORDER BY id").fetchall())
        journal.close()
    assert [tuple(r) for r in dumps[0]] == [tuple(r) for r in dumps[1]]
    other, _ = _generate(tmp_path / "c", seed=6)
    assert [tuple(r) for r in other.reader().execute(
        "SELECT id, held_at, wins FROM sessions ORDER BY id")] != [tuple(r) for r in dumps[0]]
    other.close()


def test_refuses_a_journal_with_entries(tmp_path: Path) -> None:
    journal, _ = _generate(tmp_path / "a")
    with pytest.raises(JournalError, match="already holds entries"):
        fill_large(journal, years=1)
    journal.close()


def test_large_journal_passes_integrity(tmp_path: Path) -> None:
    journal, _ = _generate(tmp_path / "a")
    journal.close()
    conn = sqlite3.connect(tmp_path / "a" / "journal.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
