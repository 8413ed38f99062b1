"""A damaged journal is never written to: set aside, and the newest good backup offered."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest

from mentorjournal.core import clock
from mentorjournal.core.backup import list_backups, take_backup
from mentorjournal.core.clock import FixedClock
from mentorjournal.core.demo import fill_demo
from mentorjournal.core.integrity import check_summary, quick_check
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import list_mentorships
from mentorjournal.core.schema import JournalCorruptError
from mentorjournal.paths import DataPaths
from tests.reliability.helpers import damage_middle, fill, truncate_half


@pytest.mark.parametrize("damage", [damage_middle, truncate_half])
def test_damaged_journal_is_set_aside_untouched_and_newest_good_backup_offered(
        journal: Journal, private_locations: Path, damage) -> None:  # type: ignore[no-untyped-def]
    fill(journal)
    with clock.use_clock(FixedClock(datetime(2026, 11, 1, 9, 0))):
        good = take_backup(journal.paths, "auto")
    with clock.use_clock(FixedClock(datetime(2026, 11, 2, 9, 0))):
        newer = take_backup(journal.paths, "auto")
    damage_middle(newer.path)  # the newest backup is bad too: the older one is offered
    damage(journal.path)
    damaged_bytes = journal.path.read_bytes()
    with pytest.raises(JournalCorruptError) as err:
        Journal(DataPaths(private_locations)).prepare()
    assert err.value.set_aside.read_bytes() == damaged_bytes  # kept, never written to
    assert err.value.set_aside.parent == private_locations / "corrupt"
    assert not journal.path.exists()
    assert err.value.backup is not None and err.value.backup.path == good.path
    assert "1 Nov 2026" in str(err.value) and "mentorjournal restore" in str(err.value)


def test_cli_start_on_a_damaged_journal_says_so_and_fails_then_restore_works(
        journal: Journal, private_locations: Path) -> None:
    fill(journal, prefix="Kept")
    good = take_backup(journal.paths, "manual")
    damage_middle(journal.path)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mentorjournal", "--data-dir",
                               str(private_locations), *args],
                              capture_output=True, text=True, timeout=60)

    checked = run("check")
    assert checked.returncode != 0
    assert "cannot be read as a MentorJournal journal" in checked.stderr
    assert "Traceback" not in checked.stderr
    restored = run("restore", str(good.path))
    assert restored.returncode == 0, restored.stderr
    assert run("check").returncode == 0
    reopened = Journal(DataPaths(private_locations))
    reopened.prepare()
    assert len(list_mentorships(reopened)) == 150
    reopened.close()


def test_full_check_reports_in_one_sentence(journal: Journal) -> None:
    assert check_summary(journal.path).startswith("The journal passed")
    fill(journal)
    damage_middle(journal.path)
    sentence = check_summary(journal.path)
    assert sentence.startswith("The journal failed") and sentence.count(". ") == 0


def test_quick_check_at_start_is_cheap_on_the_demo_journal(journal: Journal) -> None:
    fill_demo(journal)
    journal.close()
    started = time.perf_counter()
    for _ in range(10):
        assert quick_check(journal.path) == []
    per_start = (time.perf_counter() - started) / 10
    assert per_start < 0.05  # measured about 2 ms; the start budget is 1 s in total


def test_a_clean_journal_is_never_moved(journal: Journal, private_locations: Path) -> None:
    journal.close()
    Journal(DataPaths(private_locations)).prepare()
    assert journal.path.exists() and not (private_locations / "corrupt").exists()
    assert list_backups(journal.paths) == []


def test_a_broken_foreign_key_is_reported_but_never_sets_the_journal_aside(
        journal: Journal, private_locations: Path) -> None:
    journal.close()
    conn = sqlite3.connect(journal.path)
    with conn:
        conn.execute(
            "INSERT INTO sessions(id, created_at, updated_at, mentorship_id, held_at, format, "
            "private, agenda, what_happened, wins, challenges, questions, insights, "
            "scenarios, notes, source) VALUES('s1', '2026-01-01', '2026-01-01', 'gone', "
            "'2026-01-01', 'video', 0, '', '', '', '', '', '', '', '', '')")
    conn.close()
    assert quick_check(journal.path) == []
    Journal(DataPaths(private_locations)).prepare()  # opens: nothing is set aside
    assert journal.path.exists()
    assert "foreign key broken in sessions" in check_summary(journal.path)


def test_the_check_started_while_qt_loads_gives_the_same_verdict(
        journal: Journal, private_locations: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`mentorjournal` starts the quick check on its own thread before importing Qt;
    opening the journal then reads that verdict instead of checking a second time, and
    a damaged file is still set aside before anything is shown or written."""
    from mentorjournal.core import integrity

    fill(journal)
    journal.close()
    healthy = integrity.start_quick_check(journal.path)
    assert healthy is not None and healthy.result(timeout=10) == []
    calls: list[Path] = []
    monkeypatch.setattr(integrity, "quick_check", lambda path: calls.append(path) or [])
    reopened = Journal(DataPaths(private_locations))
    reopened.early_check = healthy
    reopened.prepare()
    assert calls == []  # the early verdict was used, not a second check
    reopened.close()
    monkeypatch.undo()

    damage_middle(journal.path)
    damaged = integrity.start_quick_check(journal.path)
    assert damaged is not None
    opened = Journal(DataPaths(private_locations))
    opened.early_check = damaged
    with pytest.raises(JournalCorruptError):
        opened.prepare()
    assert not journal.path.exists()  # moved aside, untouched
    assert integrity.start_quick_check(private_locations / "missing.sqlite3") is None
