"""Opt-in encryption: the journal and its backups hold no plain text, and only the right
passphrase (quotes and all) opens them; changing and removing it work."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mentorjournal.core import clock, crypto
from mentorjournal.core.backup import auto_backup, list_backups, restore_backup, take_backup
from mentorjournal.core.clock import FixedClock
from mentorjournal.core.crypto import PassphraseError, change_passphrase, looks_encrypted
from mentorjournal.core.integrity import full_check
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship, list_mentorships
from mentorjournal.core.models import CheckIn
from mentorjournal.paths import DataPaths

SECRET = "Confided that the reorg worries me"
PASSPHRASE = "it's a \"quoted\" passphrase; DROP TABLE x; --"


@pytest.fixture(autouse=True)
def forget_keys() -> Iterator[None]:
    yield
    crypto._keys.clear()


def write_entries(journal: Journal) -> None:
    info = create_mentorship(journal, "Marguerite")
    with journal.store.session() as s:
        s.add(CheckIn(mentorship_id=info.id, held_at=datetime(2026, 11, 25, 9),
                      what_happened=SECRET))


def no_plain_text(path: Path) -> bool:
    data = path.read_bytes()
    return SECRET.encode() not in data and b"Marguerite" not in data


def reopen(private_locations: Path) -> Journal:
    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    return journal


def test_protect_encrypts_journal_and_backups_and_only_the_passphrase_opens_it(
        journal: Journal, private_locations: Path) -> None:
    write_entries(journal)
    take_backup(journal.paths, "manual")
    journal.close()
    assert not no_plain_text(journal.path)  # unprotected, the entries are readable bytes
    remembered = journal.paths.cache_dir / "progress" / "momentum.png"
    remembered.parent.mkdir(parents=True)
    remembered.write_bytes(b"an image of the entries")
    assert change_passphrase(private_locations, None, PASSPHRASE) == 2
    assert not journal.paths.cache_dir.exists()  # no derived picture left in the clear
    for path in [journal.path, *(b.path for b in list_backups(journal.paths))]:
        assert looks_encrypted(path) and no_plain_text(path), path
    crypto._keys.clear()  # a new start: nothing in memory
    with pytest.raises(PassphraseError, match="protected by a passphrase"):
        reopen(private_locations)
    crypto.unlock(private_locations, "wrong")
    with pytest.raises(PassphraseError, match="does not open this journal"):
        reopen(private_locations)
    assert journal.path.exists() and not (private_locations / "corrupt").exists()
    crypto.unlock(private_locations, PASSPHRASE)
    opened = reopen(private_locations)
    assert [m.name for m in list_mentorships(opened)] == ["Marguerite"]
    create_mentorship(opened, "Second")  # writes through the ORM store
    opened.close()
    assert full_check(journal.path) == []
    with clock.use_clock(FixedClock(datetime.now() + timedelta(hours=1))):
        assert auto_backup(journal.paths) is not None  # new backups are encrypted too
    backups = list_backups(journal.paths)
    assert all(no_plain_text(b.path) and looks_encrypted(b.path) for b in backups)
    restore_backup(journal.paths, backups[-1].path)  # the oldest: before "Second"
    assert looks_encrypted(journal.path) and no_plain_text(journal.path)
    assert [m.name for m in list_mentorships(reopen(private_locations))] == ["Marguerite"]


def test_change_and_remove_the_passphrase(journal: Journal, private_locations: Path) -> None:
    write_entries(journal)
    journal.close()
    change_passphrase(private_locations, None, "first")
    with pytest.raises(PassphraseError):
        change_passphrase(private_locations, "not it", "second")
    change_passphrase(private_locations, "first", "second")
    crypto._keys.clear()
    crypto.unlock(private_locations, "first")
    with pytest.raises(PassphraseError):
        reopen(private_locations)
    crypto.unlock(private_locations, "second")
    reopen(private_locations).close()
    change_passphrase(private_locations, "second", None)
    crypto._keys.clear()
    assert not looks_encrypted(journal.path)
    plain = reopen(private_locations)
    assert [m.name for m in list_mentorships(plain)] == ["Marguerite"]
    plain.close()


def test_cli_asks_for_the_passphrase_through_the_environment(journal: Journal,
                                                             private_locations: Path) -> None:
    import os
    import subprocess
    import sys

    write_entries(journal)
    journal.close()
    change_passphrase(private_locations, None, PASSPHRASE)

    def check(**env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mentorjournal", "check"],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, **env}, stdin=subprocess.DEVNULL)

    refused = check()
    assert refused.returncode == 1 and "MENTORJOURNAL_PASSPHRASE" in refused.stderr
    wrong = check(MENTORJOURNAL_PASSPHRASE="nope")
    assert wrong.returncode == 1 and "does not open this journal" in wrong.stderr
    assert "hmac" not in wrong.stderr
    right = check(MENTORJOURNAL_PASSPHRASE=PASSPHRASE)
    assert right.returncode == 0 and "passed" in right.stdout
    assert not (private_locations / "corrupt").exists()
