"""Migrations are safe: a backup first, all or nothing, and every earlier schema opens.

Fixtures of earlier schemas are built by the migrations themselves (`upgrade_file(path,
revision)`), so each new revision is covered here without writing a fixture by hand.
A scratch revision "9002" (in a copy of the migrations folder) plays the next version
of the app, to exercise a real upgrade and a failing one today.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mentorjournal.core import migrate, schema
from mentorjournal.core.backup import list_backups
from mentorjournal.core.integrity import full_check
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship, list_mentorships
from mentorjournal.core.migrate import upgrade_file
from mentorjournal.core.schema import KNOWN_REVISIONS, SCHEMA_REVISION, JournalError
from mentorjournal.paths import DataPaths, ensure_private_dir, ensure_private_file

NEXT = """
import sqlalchemy as sa
from alembic import op

revision = "9002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
    op.execute("UPDATE mentorships SET name = name || ' (migrated)'")
    with op.batch_alter_table("mentorships", recreate="always") as batch:
        batch.add_column(sa.Column("mood", sa.Text(), nullable=True))
    {fail}


def downgrade() -> None:
    pass
"""


def stored_revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize("revision", KNOWN_REVISIONS)
def test_a_journal_from_every_known_revision_opens(revision: str,
                                                   private_locations: Path) -> None:
    paths = DataPaths(private_locations)
    ensure_private_dir(paths.data_dir)
    ensure_private_file(paths.journal)
    upgrade_file(paths.journal, revision)  # the fixture, built by the migrations
    assert stored_revision(paths.journal) == revision
    journal = Journal(paths)
    journal.prepare()
    try:
        assert stored_revision(paths.journal) == SCHEMA_REVISION
        assert full_check(paths.journal) == []
        create_mentorship(journal, "After the upgrade")
        assert [m.name for m in list_mentorships(journal)] == ["After the upgrade"]
        backups = list_backups(paths)
        if revision != SCHEMA_REVISION:  # an upgrade is always preceded by a backup
            assert [b.kind for b in backups] == ["before-migration"]
            assert stored_revision(backups[0].path) == revision
        else:
            assert backups == []
    finally:
        journal.close()


@pytest.fixture
def next_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Pretend the app gained revision 9002; returns a function writing its script."""
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts,
                    ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(schema, "KNOWN_REVISIONS", (*KNOWN_REVISIONS, "9002"))
    monkeypatch.setattr(schema, "SCHEMA_REVISION", "9002")

    def _write(fail: bool) -> None:
        body = NEXT.format(head=SCHEMA_REVISION,
                           fail='raise RuntimeError("simulated failure half way")'
                           if fail else "")
        (scripts / "versions" / "9002_scratch.py").write_text(body)

    return _write


def make_current_journal(private_locations: Path) -> Path:
    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    create_mentorship(journal, "Priya")
    create_mentorship(journal, "Jonah")
    journal.close()
    return journal.path


def test_upgrade_takes_a_backup_first_and_keeps_every_entry(next_version,  # type: ignore[no-untyped-def]
                                                            private_locations: Path) -> None:
    path = make_current_journal(private_locations)
    next_version(fail=False)
    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    journal.close()
    assert stored_revision(path) == "9002"
    conn = sqlite3.connect(path)
    assert sorted(r[0] for r in conn.execute("SELECT name FROM mentorships")) == [
        "Jonah (migrated)", "Priya (migrated)"]
    conn.close()
    (backup,) = list_backups(journal.paths)
    assert backup.kind == "before-migration" and stored_revision(backup.path) == SCHEMA_REVISION


def test_a_failed_migration_leaves_the_journal_exactly_as_it_was(next_version,  # type: ignore[no-untyped-def]
                                                                 private_locations: Path) -> None:
    path = make_current_journal(private_locations)
    before = dump(path)
    next_version(fail=True)
    with pytest.raises(JournalError, match="left exactly as it was"):
        Journal(DataPaths(private_locations)).prepare()
    assert dump(path) == before  # no scratch table, no renamed rows, no new column
    assert stored_revision(path) == SCHEMA_REVISION
    assert full_check(path) == []
    assert [b.kind for b in list_backups(DataPaths(private_locations))] == ["before-migration"]


def test_a_protected_journal_upgrades_and_its_backup_stays_encrypted(  # type: ignore[no-untyped-def]
        next_version, private_locations: Path) -> None:
    from mentorjournal.core import crypto

    make_current_journal(private_locations)
    crypto.change_passphrase(private_locations, None, "secret")
    try:
        next_version(fail=False)
        journal = Journal(DataPaths(private_locations))
        journal.prepare()
        assert sorted(m.name for m in list_mentorships(journal)) == [
            "Jonah (migrated)", "Priya (migrated)"]
        journal.close()
        (backup,) = list_backups(DataPaths(private_locations))
        assert crypto.looks_encrypted(backup.path) and crypto.looks_encrypted(journal.path)
    finally:
        crypto._keys.clear()
