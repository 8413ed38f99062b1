"""The migrated schema equals the models, and start-up migrates only when it must."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from mentorjournal import __version__
from mentorjournal.core.journal import Journal
from mentorjournal.core.migrate import script_revisions
from mentorjournal.core.models import Base
from mentorjournal.core.schema import KNOWN_REVISIONS, SCHEMA_REVISION, NewerJournalError
from mentorjournal.core.search_schema import is_index_table
from mentorjournal.paths import DataPaths


def test_known_revisions_match_the_scripts() -> None:
    assert tuple(script_revisions()) == KNOWN_REVISIONS


def test_migrated_schema_equals_models(journal: Journal) -> None:
    engine = create_engine(f"sqlite:///{journal.path}")
    with engine.connect() as conn:
        # The FTS5 search index (a virtual table plus the shadow tables SQLite keeps for
        # it) is built by raw SQL in migration 0003 and has no ORM model, so it is left
        # out of the comparison; everything else must match the models exactly.
        opts = {"compare_type": True,
                "include_name": lambda name, type_, _parent: not (
                    type_ == "table" and is_index_table(name))}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    engine.dispose()
    assert diff == []


def test_fresh_journal_is_stamped_with_head(journal: Journal) -> None:
    stored = journal.reader().execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert stored == SCHEMA_REVISION
    written_by = journal.reader().execute(
        "SELECT value FROM journal_info WHERE key='written_by_version'").fetchone()[0]
    assert written_by == __version__


def test_newer_journal_is_refused_naming_both_versions(journal: Journal,
                                                       private_locations: Path) -> None:
    journal.close()
    conn = sqlite3.connect(private_locations / "journal.sqlite3")
    with conn:
        conn.execute("UPDATE alembic_version SET version_num='9999'")
        conn.execute("UPDATE journal_info SET value='7.0.0' WHERE key='written_by_version'")
    conn.close()
    before = (private_locations / "journal.sqlite3").read_bytes()
    with pytest.raises(NewerJournalError) as err:
        Journal(DataPaths(private_locations)).prepare()
    message = str(err.value)
    assert "MentorJournal 7.0.0" in message and f"MentorJournal {__version__}" in message
    assert (private_locations / "journal.sqlite3").read_bytes() == before


def test_not_a_database_is_refused_with_one_sentence(private_locations: Path) -> None:
    private_locations.mkdir(parents=True)
    (private_locations / "journal.sqlite3").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Exception, match="cannot be read as a MentorJournal journal"):
        Journal(DataPaths(private_locations)).prepare()


def test_reopening_a_current_journal_does_not_import_alembic(journal: Journal,
                                                             private_locations: Path) -> None:
    code = (
        "import sys\n"
        "from mentorjournal.core.journal import Journal\n"
        f"j = Journal.open({str(private_locations)!r})\n"
        "from mentorjournal.core.mentorships import list_mentorships\n"
        "list_mentorships(j)\n"
        "print(sorted(m for m in ('alembic', 'sqlalchemy', 'PySide6', 'matplotlib')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "[]"
