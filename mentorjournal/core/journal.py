"""Opening a journal file: permissions, schema check, migration, and two ways in.

Start-up must be designed, not hoped for: importing SQLAlchemy's ORM costs about
0.3–0.4 s, as much as the whole start budget allows. So a journal offers a cheap
sqlite3 `reader()` for the first screenful, and builds the ORM `store` only when it is
first needed (the GUI warms it up in the background once the window is painted).
Alembic is imported only when the stored schema differs from this code's.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from mentorjournal import __version__
from mentorjournal.core.schema import (
    JournalError,
    classify_revision,
    read_stored_revision,
    read_written_by,
)
from mentorjournal.paths import DataPaths, ensure_private_dir, ensure_private_file

if TYPE_CHECKING:
    from mentorjournal.core.store import Store

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)


def connect_sqlite(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection with the journal's pragmas (used before the ORM loads)."""
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    for pragma in SQLITE_PRAGMAS:
        conn.execute(pragma)
    return conn


class Journal:
    """One journal file and the folder it lives in."""

    def __init__(self, paths: DataPaths) -> None:
        self.paths = paths
        self._store: Store | None = None
        self._store_lock = threading.Lock()
        self._reader: sqlite3.Connection | None = None

    @property
    def path(self) -> Path:
        return self.paths.journal

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> Journal:
        journal = cls(DataPaths.resolve(data_dir))
        journal.prepare()
        return journal

    def prepare(self) -> None:
        """Make the file exist privately, refuse a newer schema, migrate an older one."""
        ensure_private_dir(self.paths.data_dir)
        try:
            ensure_private_file(self.path)
        except OSError as exc:
            raise JournalError(f"Cannot create the journal {self.path}: {exc.strerror}.") from exc
        try:
            conn = connect_sqlite(self.path)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                stored = read_stored_revision(conn)
                written_by = read_written_by(conn)
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise JournalError(
                f"The journal {self.path} cannot be read as a MentorJournal journal ({exc})."
            ) from exc
        state = classify_revision(stored, self.path, written_by)
        if state != "current":
            log.info("journal schema is %s (%s); migrating", state, stored)
            store = self.store
            from mentorjournal.core.migrate import upgrade_to_head

            upgrade_to_head(store.engine)
        if written_by != __version__:
            self._record_version()
        for leftover in (self.path.with_name(self.path.name + s) for s in ("-wal", "-shm")):
            if leftover.exists():
                ensure_private_file(leftover)

    def _record_version(self) -> None:
        conn = connect_sqlite(self.path)
        try:
            with conn:
                conn.execute(
                    "INSERT INTO journal_info(key, value) VALUES('written_by_version', ?) "
                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value", (__version__,))
        finally:
            conn.close()

    def reader(self) -> sqlite3.Connection:
        """A shared sqlite3 connection for fast reads on the GUI thread."""
        if self._reader is None:
            self._reader = connect_sqlite(self.path)
            self._reader.row_factory = sqlite3.Row
        return self._reader

    @property
    def store(self) -> Store:
        """The ORM store, created on first use (thread-safe; may run in a warm-up thread)."""
        with self._store_lock:
            if self._store is None:
                from mentorjournal.core.store import Store

                self._store = Store(self.path)
            return self._store

    @property
    def store_ready(self) -> bool:
        return self._store is not None

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None
