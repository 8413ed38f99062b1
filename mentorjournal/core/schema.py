"""What schema this code writes, readable without importing SQLAlchemy or Alembic.

Start-up reads the stored Alembic revision with one plain sqlite3 query and compares it
with `SCHEMA_REVISION`; Alembic (about half a second to import) is loaded only when they
differ. A test keeps these constants equal to the migration scripts.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mentorjournal import __version__

#: Every revision this code knows, oldest first; the last one is what it writes.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0003", "0009")
SCHEMA_REVISION = KNOWN_REVISIONS[-1]


class JournalError(Exception):
    """A journal cannot be opened or written; `str()` is one sentence for the user."""


class NewerJournalError(JournalError):
    pass


class JournalLockedError(JournalError):
    pass


class JournalCorruptError(JournalError):
    """The journal failed its check and was moved aside; carries what to offer instead.

    `set_aside` is where the damaged file now lives; `backup` is the newest backup that
    passes the full check (a `core.backup.BackupInfo`), or None when there is none.
    """

    def __init__(self, message: str, set_aside: Path, backup: object | None) -> None:
        super().__init__(message)
        self.set_aside = set_aside
        self.backup = backup


def read_stored_revision(conn: sqlite3.Connection) -> str | None:
    """The journal's Alembic revision, or None for a journal with no schema yet."""
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
    ).fetchone()
    if row is None:
        return None
    found = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return found[0] if found else None


def read_written_by(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute(
            "SELECT value FROM journal_info WHERE key='written_by_version'").fetchone()
    except sqlite3.DatabaseError:
        return None
    return row[0] if row else None


def classify_revision(stored: str | None, path: Path, written_by: str | None) -> str:
    """'current', 'empty' or 'older'; a revision we do not know raises NewerJournalError."""
    if stored is None:
        return "empty"
    if stored == SCHEMA_REVISION:
        return "current"
    if stored in KNOWN_REVISIONS:
        return "older"
    by = f"MentorJournal {written_by}" if written_by else "a newer MentorJournal"
    raise NewerJournalError(
        f"The journal {path.name} was written by {by} (schema {stored}); this is "
        f"MentorJournal {__version__} (schema {SCHEMA_REVISION}), so please update the app "
        "before opening it."
    )
