"""Backups: taken with SQLite's backup API, only when needed, thinned, and restorable."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mentorjournal.core import clock
from mentorjournal.core.backup import (
    BackupError,
    auto_backup,
    choose_keepers,
    list_backups,
    needs_backup,
    restore_backup,
    take_backup,
    thin_backups,
)
from mentorjournal.core.clock import FixedClock
from mentorjournal.core.integrity import full_check
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship, list_mentorships
from mentorjournal.core.schema import NewerJournalError

NOW = datetime(2026, 11, 25, 18, 0)


def names(journal: Journal) -> list[str]:
    return [m.name for m in list_mentorships(journal, include_archived=True)]


def test_backup_holds_uncheckpointed_writes_and_is_private(journal: Journal) -> None:
    create_mentorship(journal, "Priya")
    # The write sits in the -wal file: a plain copy of journal.sqlite3 would miss it.
    assert journal.path.with_name("journal.sqlite3-wal").stat().st_size > 0
    info = take_backup(journal.paths, "manual")
    conn = sqlite3.connect(info.path)
    assert conn.execute("SELECT name FROM mentorships").fetchall() == [("Priya",)]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert full_check(info.path) == []
    assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal.paths.backups_dir.stat().st_mode) == 0o700
    assert [b.path for b in list_backups(journal.paths)] == [info.path]
    assert not list(journal.paths.backups_dir.glob("*.partial"))


def test_auto_backup_only_when_changed_and_older_than_30_minutes(journal: Journal) -> None:
    with clock.use_clock(FixedClock(NOW)) as fake:
        assert auto_backup(journal.paths) is None  # a brand-new journal: nothing to keep
        create_mentorship(journal, "Ada")
        assert auto_backup(journal.paths) is not None  # no backup yet
        fake.advance(minutes=45)
        assert not needs_backup(journal.paths)  # nothing changed since
        create_mentorship(journal, "Priya")
        fake.advance(minutes=-30)  # changed, but the last backup is only 15 minutes old
        assert not needs_backup(journal.paths)
        fake.advance(minutes=31)
        assert needs_backup(journal.paths)
        second = auto_backup(journal.paths)
        assert second is not None and second.kind == "auto"
        assert len(list_backups(journal.paths)) == 2


def generated(start: datetime, end: datetime, every: timedelta) -> list[datetime]:
    times, t = [], start
    while t <= end:
        times.append(t)
        t += every
    return times


def test_thinning_keeps_days_weeks_and_months() -> None:
    times = generated(NOW - timedelta(days=800), NOW, timedelta(hours=5))
    keep = choose_keepers(times, NOW)
    assert max(times) in keep
    for day in range(7):  # one per day for the last week
        d = (NOW - timedelta(days=day)).date()
        assert any(t.date() == d for t in keep), d
    for week in range(8):  # one per ISO week for eight weeks
        w = (NOW - timedelta(weeks=week)).isocalendar()[:2]
        assert any(t.isocalendar()[:2] == w for t in keep), w
    month_keys = {(t.year, t.month) for t in keep}
    assert len([k for k in month_keys if k >= (2025, 12)]) == 12  # twelve months
    assert min(keep) >= datetime(2025, 12, 1)  # nothing older than a year survives
    older_than_a_day = [t for t in keep if NOW - t > timedelta(hours=24)]
    assert len(older_than_a_day) <= 7 + 8 + 12
    assert choose_keepers(keep, NOW) == keep  # thinning twice changes nothing


def test_thinning_keeps_everything_from_the_last_day_and_a_lone_old_backup() -> None:
    recent = generated(NOW - timedelta(hours=20), NOW, timedelta(hours=1))
    assert choose_keepers(recent, NOW) == set(recent)
    ancient = [NOW - timedelta(days=900)]
    assert choose_keepers(ancient, NOW) == set(ancient)  # the only copy is never dropped


def test_thin_backups_deletes_files_on_disk(journal: Journal) -> None:
    fake = FixedClock(NOW - timedelta(days=60))
    with clock.use_clock(fake):
        for _ in range(60):
            take_backup(journal.paths, "auto")
            fake.advance(days=1)
        removed = thin_backups(journal.paths)
    left = list_backups(journal.paths)
    assert len(left) + len(removed) == 60
    assert 7 <= len(left) <= 7 + 8 + 3
    assert all(not p.exists() for p in removed)


def test_restore_backs_up_first_and_brings_entries_back(journal: Journal) -> None:
    create_mentorship(journal, "Priya")
    with clock.use_clock(FixedClock(NOW)):
        old = take_backup(journal.paths, "manual")
    create_mentorship(journal, "Jonah")
    journal.close()
    with clock.use_clock(FixedClock(NOW + timedelta(hours=1))):
        safety = restore_backup(journal.paths, old.path)
    assert safety is not None and safety.kind == "before-restore"
    journal.prepare()
    assert names(journal) == ["Priya"]
    conn = sqlite3.connect(safety.path)
    assert sorted(r[0] for r in conn.execute("SELECT name FROM mentorships")) == ["Jonah",
                                                                                  "Priya"]
    conn.close()


def test_restore_refuses_a_damaged_file_and_changes_nothing(journal: Journal,
                                                            tmp_path: Path) -> None:
    create_mentorship(journal, "Priya")
    info = take_backup(journal.paths, "manual")
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(info.path.read_bytes())
    data[len(data) // 2:] = b"\xff" * (len(data) - len(data) // 2)
    damaged.write_bytes(bytes(data))
    journal.close()
    before = journal.path.read_bytes()
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(journal.paths, damaged)
    assert journal.path.read_bytes() == before
    assert len(list_backups(journal.paths)) == 1  # not even a safety copy was needed


def test_restore_refuses_a_backup_from_a_newer_version(journal: Journal,
                                                       tmp_path: Path) -> None:
    info = take_backup(journal.paths, "manual")
    conn = sqlite3.connect(info.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
        conn.execute("UPDATE journal_info SET value='7.0.0' WHERE key='written_by_version'")
    conn.close()
    journal.close()
    with pytest.raises(NewerJournalError, match=r"MentorJournal 7\.0\.0"):
        restore_backup(journal.paths, info.path)
