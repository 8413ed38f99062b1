"""SQLite's own integrity checks, run through plain sqlite3 (no ORM needed).

A damaged journal is never written to: it is moved, with its `-wal` and `-shm` files,
into the data folder's `corrupt/` with a time stamp, so the user (or a rescue tool) can
still get at it while the app offers the newest backup that passes the check.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from pathlib import Path

from mentorjournal.core import clock
from mentorjournal.core.crypto import connect, database_errors, operational_errors
from mentorjournal.paths import DataPaths, ensure_private_dir


class JournalBusy(Exception):
    """The file could not be checked because SQLite could not open or lock it."""


def _check(path: Path, pragma: str, *, foreign_keys: bool) -> list[str]:
    try:
        conn = connect(path, readonly=True)
        try:
            rows = [r[0] for r in conn.execute(pragma).fetchall()]
            if foreign_keys:
                rows += [f"foreign key broken in {r[0]} row {r[1]}"
                         for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
        finally:
            conn.close()
    except operational_errors() as exc:
        # Locked, busy or unopenable says nothing about the file's health.
        raise JournalBusy(str(exc)) from exc
    except database_errors() as exc:
        return [f"cannot be read: {exc}"]
    return [] if rows == ["ok"] else [r for r in rows if r != "ok"]


def quick_check(path: Path) -> list[str]:
    """Fast structural check, run at every start; [] means healthy.

    Only damage to the file counts here: a broken foreign key is a flaw in the content,
    reported by the full check, and no reason to set the whole journal aside.
    """
    return _check(path, "PRAGMA quick_check", foreign_keys=False)


def start_quick_check(path: Path) -> Future[list[str]] | None:
    """Start the start-up quick check on its own thread, to be collected by `prepare`.

    The GUI spends its first 150 ms importing Qt; SQLite releases the GIL while it reads,
    so on a second core the check (40 ms on a ten-year journal) is done by the time the
    journal is opened, and start-up does not wait for it. Nothing is shown or written
    before its verdict is read. None for a missing file, or a protected one (that needs
    its passphrase first, and is checked in `prepare` as usual).
    """
    from mentorjournal.core.crypto import looks_encrypted

    try:
        if path.stat().st_size == 0 or looks_encrypted(path):
            return None
    except OSError:
        return None
    future: Future[list[str]] = Future()

    def _run() -> None:
        future.set_running_or_notify_cancel()
        try:
            future.set_result(quick_check(path))
        except BaseException as exc:  # handed to whoever reads the verdict
            future.set_exception(exc)

    threading.Thread(target=_run, name="quick-check", daemon=True).start()
    return future


def full_check(path: Path) -> list[str]:
    """Full check (indexes included), for Help → Check journal and `mentorjournal check`."""
    try:
        return _check(path, "PRAGMA integrity_check", foreign_keys=True)
    except JournalBusy as exc:
        return [f"cannot be opened: {exc}"]


def check_summary(path: Path) -> str:
    """The full check's verdict in one sentence, for the GUI and the CLI."""
    return summary(full_check(path))


def summary(problems: list[str]) -> str:
    if not problems:
        return "The journal passed the full integrity check: every page and index is sound."
    more = f" and {len(problems) - 1} more" if len(problems) > 1 else ""
    return (f"The journal failed the integrity check ({problems[0]}{more}); restore the "
            "newest backup from File → Backups….")


def set_aside(paths: DataPaths) -> Path:
    """Move a damaged journal (and its -wal/-shm) into corrupt/; returns its new path."""
    folder = ensure_private_dir(paths.data_dir / "corrupt")
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"journal-{stamp}.sqlite3"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"journal-{stamp}-{n}.sqlite3"
    for suffix in ("-wal", "-shm"):
        extra = paths.journal.with_name(paths.journal.name + suffix)
        if extra.exists():
            os.replace(extra, target.with_name(target.name + suffix))
    os.replace(paths.journal, target)
    return target
