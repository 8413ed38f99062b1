"""Opt-in encryption at rest with SQLCipher, and the one place journals are connected to.

Every connection the app makes to a journal or one of its backups goes through
`connect()`: plain `sqlite3` for an unprotected journal, `sqlcipher3` keyed with the
passphrase for a protected one. The passphrase lives in this process's memory only,
registered per data folder by `unlock()`, so the journal, its backups and its scratch
copies all open with it. It reaches SQLite as a quoted string literal (quotes doubled),
so any passphrase works, quotes included.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from mentorjournal.core.schema import JournalError

SQLITE_HEADER = b"SQLite format 3\x00"
_keys: dict[Path, str] = {}


class PassphraseError(JournalError):
    """The journal is protected and the passphrase is missing or wrong."""


def sqlcipher() -> ModuleType:
    try:
        import sqlcipher3
    except ImportError as exc:  # pragma: no cover - the wheel is a dependency
        raise JournalError("Encryption needs the sqlcipher3-wheels package, which is not "
                           "installed.") from exc
    return sqlcipher3


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes of both drivers (SQLCipher's are not sqlite3's)."""
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover
        return (sqlite3.Error,)
    return (sqlite3.Error, sqlcipher3.Error)


def operational_errors() -> tuple[type[Exception], ...]:
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover
        return (sqlite3.OperationalError,)
    return (sqlite3.OperationalError, sqlcipher3.OperationalError)


def looks_encrypted(path: Path) -> bool:
    """True for a file of whole pages that does not start with SQLite's plain header.

    SQLCipher encrypts from the first byte, so its files have no header; a file that is
    not a whole number of pages is damage, not encryption, and goes to the check.
    """
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return size >= 1024 and size % 1024 == 0 and head != SQLITE_HEADER


def unlock(data_dir: Path, passphrase: str | None) -> None:
    """Remember (or forget, with None) the passphrase of the journal in `data_dir`."""
    data_dir = Path(data_dir).resolve()
    if passphrase is None:
        _keys.pop(data_dir, None)
        return
    if not passphrase or "\x00" in passphrase:
        raise PassphraseError("A passphrase cannot be empty or contain NUL characters.")
    _keys[data_dir] = passphrase


def key_for(path: Path) -> str | None:
    path = Path(path).resolve()
    for folder in (path.parent, path.parent.parent):  # the journal, or backups/corrupt
        if folder in _keys:
            return _keys[folder]
    return None


def quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, *, readonly: bool = False, key: str | None = None,
            plain: bool = False) -> Any:
    """A DB-API connection to `path`, keyed when its folder has a passphrase."""
    key = None if plain else (key if key is not None else key_for(path))
    target = f"file:{path}?mode=ro" if readonly else str(path)
    if key is None:
        return sqlite3.connect(target, uri=readonly, check_same_thread=False)
    conn = sqlcipher().connect(target, uri=readonly, check_same_thread=False)
    conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log
    conn.execute(f"PRAGMA key = {quote(key)}")
    return conn


def row_factory(conn: Any) -> Any:
    """`sqlite3.Row`, or SQLCipher's own Row for a SQLCipher connection."""
    if isinstance(conn, sqlite3.Connection):
        return sqlite3.Row
    return sqlcipher().Row


def verify_passphrase(path: Path, passphrase: str) -> None:
    """Raise PassphraseError unless `passphrase` opens the journal at `path`."""
    conn = connect(path, readonly=True, key=passphrase)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors() as exc:
        raise PassphraseError("That passphrase does not open this journal; check it and "
                              "try again.") from exc
    finally:
        conn.close()


def convert(path: Path, old: str | None, new: str | None) -> None:
    """Rewrite the database at `path` from key `old` to key `new` (None: plain text).

    Uses SQLCipher's `sqlcipher_export` into a private scratch file that replaces the
    original only when complete; the caller holds the journal's lock.
    """
    import os

    from mentorjournal.paths import FILE_MODE

    src = sqlcipher().connect(str(path))
    scratch = path.with_name(path.name + ".converting")
    try:
        if old is not None:
            src.execute(f"PRAGMA key = {quote(old)}")
        src.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = src.execute("PRAGMA user_version").fetchone()[0]
        if scratch.exists():
            scratch.unlink()
        os.close(os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        src.execute(f"ATTACH DATABASE ? AS converted KEY {quote(new or '')}",
                    (str(scratch),))
        src.execute("SELECT sqlcipher_export('converted')")
        src.execute(f"PRAGMA converted.user_version = {int(version)}")
        src.execute("DETACH DATABASE converted")
    except BaseException:
        src.close()
        if scratch.exists():
            scratch.unlink()
        raise
    src.close()
    for suffix in ("-wal", "-shm"):
        leftover = path.with_name(path.name + suffix)
        if leftover.exists():
            leftover.unlink()
    os.replace(scratch, path)


def change_passphrase(data_dir: Path, old: str | None, new: str | None) -> int:
    """Protect (old None), re-key, or unprotect (new None) the journal and its backups.

    The caller holds the journal's lock and has closed every connection. Backups are
    converted first and the journal last, so the journal is never protected with a key
    its newest backups do not share. Returns how many files were rewritten.
    """
    from mentorjournal.core.backup import list_backups
    from mentorjournal.paths import DataPaths

    paths = DataPaths(Path(data_dir).resolve())
    if new is not None and (not new or "\x00" in new):
        raise PassphraseError("A passphrase cannot be empty or contain NUL characters.")
    if old is not None:
        verify_passphrase(paths.journal, old)
    elif looks_encrypted(paths.journal):
        raise PassphraseError("The journal is already protected; change its passphrase "
                              "instead.")
    files = [b.path for b in list_backups(paths) if looks_encrypted(b.path) == (old is not None)]
    for path in [*files, paths.journal]:
        convert(path, old, new)
    if new is not None:  # derived images of the entries would stay readable otherwise
        shutil.rmtree(paths.cache_dir, ignore_errors=True)
    unlock(paths.data_dir, new)
    return len(files) + 1
