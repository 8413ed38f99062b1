"""Opening a journal file: permissions, schema check, migration, and two ways in.

Start-up must be designed, not hoped for: importing SQLAlchemy's ORM costs about
0.3–0.4 s, as much as the whole start budget allows. So a journal offers a cheap
sqlite3 `reader()` for the first screenful, and builds the ORM `store` only when it is
first needed (the GUI warms it up in the background once the window is painted).
Alembic is imported only when the stored schema differs from this code's.

Before anything writes to the file, SQLite's quick check runs (about 2 ms on the demo
journal): a damaged journal is moved aside untouched and the newest good backup is
offered instead. A backup is taken before every migration, and the migration itself is
all or nothing (`core/migrate.py`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from mentorjournal import __version__
from mentorjournal.core.crypto import database_errors
from mentorjournal.core.schema import (
    JournalCorruptError,
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
    """A sqlite3 connection with the journal's pragmas (used before the ORM loads); a
    SQLCipher one, keyed, when the journal is protected (`core/crypto.py`)."""
    from mentorjournal.core.crypto import connect

    conn: sqlite3.Connection = connect(path, readonly=readonly)
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
        #: Counts closes: a connection opened elsewhere (the chart worker's) reopens when
        #: it changed, e.g. after a backup was restored in place.
        self.generation = 0
        #: The quick check already started on another thread (`start_quick_check`);
        #: `prepare` reads its verdict instead of checking again.
        self.early_check: Future[list[str]] | None = None
        #: `progress_data.data_version`'s last answer, reused until SQLite reports a write.
        self.data_version_cache: tuple[sqlite3.Connection, int, tuple] | None = None

    @property
    def path(self) -> Path:
        return self.paths.journal

    @classmethod
    def open(cls, data_dir: str | Path | None = None) -> Journal:
        journal = cls(DataPaths.resolve(data_dir))
        journal.prepare()
        return journal

    def prepare(self) -> None:
        """Check the file, make it exist privately, refuse a newer schema, migrate an older
        one (after a backup)."""
        ensure_private_dir(self.paths.data_dir)
        self._check_passphrase()
        self._check_health()
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
        except database_errors() as exc:
            raise JournalError(
                f"The journal {self.path} cannot be read as a MentorJournal journal ({exc})."
            ) from exc
        state = classify_revision(stored, self.path, written_by)
        if state != "current":
            self._migrate(state, stored)
        if written_by != __version__:
            self._record_version()
        for leftover in (self.path.with_name(self.path.name + s) for s in ("-wal", "-shm")):
            if leftover.exists():
                ensure_private_file(leftover)

    def _check_passphrase(self) -> None:
        """A protected journal needs its passphrase before any check could misjudge it."""
        from mentorjournal.core.crypto import (
            PassphraseError,
            key_for,
            looks_encrypted,
            verify_passphrase,
        )

        if not looks_encrypted(self.path):
            return
        key = key_for(self.path)
        if key is None:
            raise PassphraseError(f"The journal {self.path.name} is protected by a "
                                  "passphrase; enter it to open the journal.")
        verify_passphrase(self.path, key)

    def _check_health(self) -> None:
        """Quick-check an existing journal; a damaged one is moved aside, never written."""
        if not self.path.exists() or self.path.stat().st_size == 0:
            return
        from mentorjournal.core.integrity import JournalBusy, quick_check, set_aside

        early, self.early_check = self.early_check, None
        try:
            problems = early.result() if early is not None else quick_check(self.path)
        except JournalBusy as exc:
            raise JournalError(f"The journal {self.path} cannot be opened ({exc}).") from exc
        if not problems:
            return
        from mentorjournal.core.backup import newest_good_backup

        log.error("journal failed the quick check: %s", problems[:5])
        aside = set_aside(self.paths)
        good = newest_good_backup(self.paths)
        offer = (f" The newest good backup was taken on {good.taken_at:%a %d %b %Y, %H:%M}; "
                 f"restore it with `mentorjournal restore {good.path}`." if good else
                 " There is no backup that passes the check.")
        raise JournalCorruptError(
            f"The journal {self.path.name} cannot be read as a MentorJournal journal "
            f"({problems[0]}); it was moved untouched to {aside}.{offer}", aside, good)

    def _migrate(self, state: str, stored: str | None) -> None:
        """Back up an older journal, then migrate it all or nothing."""
        if state == "older":
            from mentorjournal.core.backup import take_backup

            info = take_backup(self.paths, "before-migration")
            log.info("backup before migrating from %s: %s", stored, info.path.name)
        log.info("journal schema is %s (%s); migrating", state, stored)
        from mentorjournal.core.migrate import upgrade_file

        try:
            upgrade_file(self.path)
        except Exception as exc:
            log.exception("migration failed")
            raise JournalError(
                f"The journal {self.path.name} could not be upgraded to this version's "
                f"format ({exc}); it was left exactly as it was.") from exc

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
            from mentorjournal.core.crypto import row_factory

            self._reader.row_factory = row_factory(self._reader)
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
        self.generation += 1
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None
