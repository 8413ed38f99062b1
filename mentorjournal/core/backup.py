"""Automatic and manual backups of a journal, and restoring one.

Copies are made with SQLite's online backup API (`Connection.backup`), never by copying
the file: a live journal in WAL mode keeps committed pages in its `-wal` file, so a file
copy can miss them or catch a half-written page. Backups live in the data folder's
`backups/` (0700, each file 0600) and are thinned to one per day for a week, one per
week for eight weeks and one per month for a year, so they stay few but reach far back.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from mentorjournal.core import clock
from mentorjournal.core.crypto import connect, database_errors
from mentorjournal.core.integrity import full_check
from mentorjournal.core.schema import JournalError
from mentorjournal.paths import FILE_MODE, DataPaths, ensure_private_dir

log = logging.getLogger(__name__)

AUTO_INTERVAL = timedelta(minutes=30)
KEEP_DAYS = 7
KEEP_WEEKS = 8
KEEP_MONTHS = 12
KINDS = ("auto", "manual", "before-migration", "before-restore")
_NAME = re.compile(r"^journal-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(JournalError):
    """A backup cannot be made or restored; one sentence for the user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    kind: str
    size: int

    @property
    def label(self) -> str:
        """'Wed 25 Nov 2026, 19:20 (1.2 MB, automatic)' — for lists and dialogs."""
        kind = {"auto": "automatic", "manual": "made by hand",
                "before-migration": "before an upgrade",
                "before-restore": "before a restore"}.get(self.kind, self.kind)
        return f"{self.taken_at:%a %d %b %Y, %H:%M} ({human_size(self.size)}, {kind})"


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Every backup in the data folder, newest first."""
    found: list[BackupInfo] = []
    if not paths.backups_dir.is_dir():
        return found
    for entry in paths.backups_dir.iterdir():
        match = _NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        taken = datetime.strptime(match.group(1), _STAMP)
        found.append(BackupInfo(entry, taken, match.group(3), entry.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _new_backup_path(paths: DataPaths, kind: str, at: datetime) -> Path:
    base = f"journal-{at:{_STAMP}}"
    candidate = paths.backups_dir / f"{base}-{kind}.sqlite3"
    n = 1
    while candidate.exists():
        n += 1
        candidate = paths.backups_dir / f"{base}-{n}-{kind}.sqlite3"
    return candidate


def copy_database(source: Path, target: Path) -> None:
    """Copy `source` into `target` through SQLite's online backup API, atomically-ish.

    The copy goes to a private temporary file first and is renamed into place only when
    complete, so a crash mid-backup never leaves a half-written file under a real name.
    """
    tmp = target.with_name(target.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    os.close(fd)
    try:
        src = connect(source, readonly=True)
        try:
            dst = connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def take_backup(paths: DataPaths, kind: str = "manual") -> BackupInfo:
    """Back up the journal now; raises BackupError with one sentence if it cannot."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    try:
        ensure_private_dir(paths.backups_dir)
        at = clock.now().replace(microsecond=0)
        target = _new_backup_path(paths, kind, at)
        copy_database(paths.journal, target)
    except (OSError, *database_errors()) as exc:  # type: ignore[misc]
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(f"The journal could not be backed up ({reason}).") from exc
    log.info("backup taken: %s", target.name)
    return BackupInfo(target, at, kind, target.stat().st_size)


Marker = tuple[tuple[str, int, str | None], ...]


def content_marker(path: Path) -> Marker:
    """A cheap fingerprint of the journal's rows: (table, rows, newest update) per table.

    Two journals with the same marker hold, for backup purposes, the same entries: any
    insert or delete changes a count, any edit moves `updated_at`. The full-text index
    (and its shadow tables) is derived from the other tables, so it is left out.
    """
    from mentorjournal.core.search_schema import INDEX_TABLE

    conn = connect(path, readonly=True)
    try:
        marker: list[tuple[str, int, str | None]] = []
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE ? ORDER BY name", (INDEX_TABLE + "%",))]
        for table in tables:
            columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
            newest = "max(updated_at)" if "updated_at" in columns else "NULL"
            count, latest = conn.execute(f'SELECT count(*), {newest} FROM "{table}"').fetchone()
            marker.append((table, int(count), latest))
        return tuple(marker)
    finally:
        conn.close()


def needs_backup(paths: DataPaths) -> bool:
    """True when the journal changed since the newest backup, taken over 30 minutes ago."""
    if not paths.journal.exists() or paths.journal.stat().st_size == 0:
        return False
    backups = list_backups(paths)
    if not backups:
        return _holds_entries(paths.journal)
    newest = backups[0]
    if clock.now() - newest.taken_at < AUTO_INTERVAL:
        return False
    try:
        return content_marker(paths.journal) != content_marker(newest.path)
    except database_errors():
        return True  # an unreadable newest backup is no backup at all


def _holds_entries(path: Path) -> bool:
    """False for a journal that only has its schema (nothing worth a backup yet)."""
    try:
        marker = content_marker(path)
    except database_errors():
        return True
    return any(count for table, count, _latest in marker
               if table not in ("alembic_version", "journal_info"))


def auto_backup(paths: DataPaths) -> BackupInfo | None:
    """The start/close backup: only when needed, and thinned afterwards."""
    if not needs_backup(paths):
        return None
    info = take_backup(paths, "auto")
    thin_backups(paths)
    return info


def choose_keepers(times: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup times to keep: the newest of each of the last 7 days, 8 ISO weeks
    and 12 months, plus everything from the last 24 hours."""
    ordered = sorted(set(times), reverse=True)
    keep = {t for t in ordered if now - t <= timedelta(hours=24)}
    if ordered:
        keep.add(ordered[0])
    today = now.date()
    days = {today - timedelta(days=i) for i in range(KEEP_DAYS)}
    weeks = {(today - timedelta(weeks=i)).isocalendar()[:2] for i in range(KEEP_WEEKS)}
    months: set[tuple[int, int]] = set()
    year, month = today.year, today.month
    for _ in range(KEEP_MONTHS):
        months.add((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    seen: set[object] = set()
    for t in ordered:  # newest first: the first one met in a bucket is kept
        buckets: list[object] = []
        if t.date() in days:
            buckets.append(("d", t.date()))
        if t.isocalendar()[:2] in weeks:
            buckets.append(("w", t.isocalendar()[:2]))
        if (t.year, t.month) in months:
            buckets.append(("m", t.year, t.month))
        for bucket in buckets:
            if bucket not in seen:
                seen.add(bucket)
                keep.add(t)
    return keep


def thin_backups(paths: DataPaths) -> list[Path]:
    """Delete the backups `choose_keepers` does not keep; returns what was deleted."""
    backups = list_backups(paths)
    keep = choose_keepers((b.taken_at for b in backups), clock.now())
    removed: list[Path] = []
    kept_times: set[datetime] = set()
    for b in backups:  # newest first; of two taken in the same second keep the first
        if b.taken_at in keep and b.taken_at not in kept_times:
            kept_times.add(b.taken_at)
            continue
        with contextlib.suppress(OSError):
            b.path.unlink()
            removed.append(b.path)
    return removed


def newest_good_backup(paths: DataPaths) -> BackupInfo | None:
    """The newest backup that passes the full integrity check, or None."""
    for info in list_backups(paths):
        if not full_check(info.path):
            return info
    return None


def _refuse_unknown_schema(source: Path) -> None:
    from mentorjournal.core.schema import classify_revision, read_stored_revision, read_written_by

    conn = connect(source, readonly=True)
    try:
        stored, written_by = read_stored_revision(conn), read_written_by(conn)
    finally:
        conn.close()
    if stored is None:
        raise BackupError(f"{source.name} is not a MentorJournal journal, so it was not "
                          "restored; the journal is unchanged.")
    classify_revision(stored, source, written_by)  # a newer journal raises, naming both


def restore_backup(paths: DataPaths, source: Path) -> BackupInfo | None:
    """Replace the journal's content with `source`; returns the safety copy taken first.

    The journal must not be open anywhere (the caller holds the lock and has closed its
    connections). A file failing the full check is refused and nothing changes. The
    current journal is backed up first when it is readable; an unreadable one is moved
    to `corrupt/` instead, so nothing is ever overwritten without a copy.
    """
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"There is no backup file {source}.")
    problems = full_check(source)
    if problems:
        raise BackupError(f"{source.name} is damaged ({problems[0]}), so it was not "
                          "restored; the journal is unchanged.")
    _refuse_unknown_schema(source)
    safety: BackupInfo | None = None
    if paths.journal.exists() and paths.journal.stat().st_size > 0:
        if full_check(paths.journal):
            from mentorjournal.core.integrity import set_aside

            set_aside(paths)
        else:
            safety = take_backup(paths, "before-restore")
    ensure_private_dir(paths.data_dir)
    if not paths.journal.exists():
        fd = os.open(paths.journal, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        os.close(fd)
    try:
        src = connect(source, readonly=True)
        try:
            dst = connect(paths.journal)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=WAL")
            finally:
                dst.close()
        finally:
            src.close()
    except database_errors() as exc:
        raise BackupError(f"The backup could not be restored ({exc}); the copy taken first "
                          f"is in {paths.backups_dir}.") from exc
    log.info("restored %s (safety copy %s)", source.name, safety.path.name if safety else "-")
    return safety
