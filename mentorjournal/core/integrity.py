"""SQLite's own integrity checks, run through plain sqlite3 (no ORM needed)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def _check(path: Path, pragma: str) -> list[str]:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute(pragma).fetchall()]
            rows += [f"foreign key broken in {r[0]} row {r[1]}"
                     for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"cannot be read: {exc}"]
    return [] if rows == ["ok"] else [r for r in rows if r != "ok"]


def quick_check(path: Path) -> list[str]:
    """Fast structural check, run at every start; [] means healthy."""
    return _check(path, "PRAGMA quick_check")


def full_check(path: Path) -> list[str]:
    """Full check (indexes included), for Help → Check journal and `mentorjournal check`."""
    return _check(path, "PRAGMA integrity_check")
