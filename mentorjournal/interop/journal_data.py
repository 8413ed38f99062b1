"""Small read helpers over the journal's plain sqlite3 reader, shared by the exports.

Why not the ORM: exports only read, and rows as dicts are all they need.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from mentorjournal.core.journal import Journal, connect_sqlite

CHECKIN_FIELDS = (("agenda", "Agenda"), ("what_happened", "What happened"), ("wins", "Wins"),
                  ("challenges", "Challenges"), ("questions", "Questions"),
                  ("insights", "Insights"), ("scenarios", "Scenarios"), ("notes", "Notes"))


def rows(conn: sqlite3.Connection, sql: str, *params: Any) -> list[dict[str, Any]]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def mentorships(conn: sqlite3.Connection, mentorship_id: str | None) -> list[dict[str, Any]]:
    if mentorship_id is None:
        return rows(conn, "SELECT * FROM mentorships ORDER BY name COLLATE NOCASE")
    return rows(conn, "SELECT * FROM mentorships WHERE id = ?", mentorship_id)


def current_charter(conn: sqlite3.Connection, mentorship_id: str) -> dict[str, Any] | None:
    """The latest saved revision, or the draft when nothing was saved yet."""
    found = rows(conn, "SELECT * FROM charter_revisions WHERE mentorship_id = ? "
                       "ORDER BY state = 'saved' DESC, number DESC LIMIT 1", mentorship_id)
    return found[0] if found else None


def topics_by_session(conn: sqlite3.Connection, mentorship_id: str) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {}
    for r in conn.execute(
            "SELECT st.session_id, t.name FROM session_topics st JOIN topics t "
            "ON t.id = st.topic_id JOIN sessions s ON s.id = st.session_id "
            "WHERE s.mentorship_id = ? ORDER BY t.name COLLATE NOCASE", (mentorship_id,)):
        result.setdefault(r[0], []).append(r[1])
    return result


def human_date(value: str | None) -> str:
    """'2024-02-05' or '2024-02-05 18:30:00' → '5 February 2024' (locale-free, unambiguous)."""
    if not value:
        return ""
    from datetime import date

    day = date.fromisoformat(value[:10])
    return f"{day.day} {day.strftime('%B')} {day.year}"


def cadence_text(charter: dict[str, Any]) -> str:
    """'every 2 weeks', 'every week', or '' when the charter sets no cadence."""
    value, unit = charter.get("cadence_value"), charter.get("cadence_unit") or "weeks"
    if not value:
        return ""
    return f"every {unit[:-1]}" if value == 1 else f"every {value} {unit}"


@contextmanager
def private_reader(journal: Journal) -> Iterator[sqlite3.Connection]:
    """A read-only connection of its own, so an export may run on a worker thread while
    the window keeps using the journal's shared reader."""
    conn = connect_sqlite(journal.path, readonly=True)
    try:
        yield conn
    finally:
        conn.close()
