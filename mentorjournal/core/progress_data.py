"""A plain snapshot of what the Progress metrics need, read with a few SQL queries.

The metrics in `core/metrics.py` are pure functions of this snapshot, so they can be
tested on small hand-made journals without a database, and the snapshot itself is
loaded through the journal's plain sqlite3 reader (no ORM at all: the Progress tab
must paint within a second even on a ten-year journal).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Protocol

from mentorjournal.core.journal import Journal


class JournalReader(Protocol):
    """What the metrics read through: a journal, or the chart worker's own connection."""

    @property
    def path(self) -> Path: ...

    def reader(self) -> sqlite3.Connection: ...

    #: (connection, PRAGMA data_version, fingerprint) of the last `data_version` call.
    data_version_cache: tuple[sqlite3.Connection, int, tuple] | None


@dataclass(frozen=True)
class SessionEvent:
    id: str
    mentorship_id: str
    held_on: date
    topics: tuple[str, ...] = ()
    label: str = ""


@dataclass(frozen=True)
class ActionEvent:
    mentorship_id: str
    opened_on: date
    due_on: date | None
    status: str  # open | done | dropped
    closed_on: date | None = None


@dataclass(frozen=True)
class ExperimentEvent:
    mentorship_id: str
    title: str
    starts_on: date | None
    ends_on: date | None
    status: str  # planned | running | concluded
    outcome: str | None = None
    concluded_on: date | None = None
    has_learning: bool = False


@dataclass(frozen=True)
class MilestoneEvent:
    mentorship_id: str
    title: str
    achieved_on: date


@dataclass(frozen=True)
class CharterEvent:
    """A saved charter revision: from `effective_on`, check-ins every `cadence_days`."""

    mentorship_id: str
    number: int
    effective_on: date
    cadence_days: int | None
    reason: str = ""


@dataclass(frozen=True)
class ReviewEvent:
    mentorship_id: str
    reviewed_on: date


@dataclass(frozen=True)
class ContributionEvent:
    mentorship_id: str
    direction: str  # given | received
    happened_on: date


@dataclass(frozen=True)
class IntroductionEvent:
    mentorship_id: str
    person_name: str
    met_on: date
    thanked_on: date | None = None


@dataclass(frozen=True)
class JournalSnapshot:
    """Everything the Progress tab measures, for one mentorship or for all of them."""

    sessions: tuple[SessionEvent, ...] = ()
    actions: tuple[ActionEvent, ...] = ()
    experiments: tuple[ExperimentEvent, ...] = ()
    milestones: tuple[MilestoneEvent, ...] = ()
    charters: tuple[CharterEvent, ...] = ()
    reviews: tuple[ReviewEvent, ...] = ()
    contributions: tuple[ContributionEvent, ...] = ()
    introductions: tuple[IntroductionEvent, ...] = ()
    mentorship_ids: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not (self.sessions or self.actions or self.experiments or self.milestones
                    or self.charters or self.reviews or self.contributions
                    or self.introductions)

    def first_day(self) -> date | None:
        """The earliest dated thing in the snapshot (the start of the "all" range)."""
        days = [d for d in self._all_days() if d is not None]
        return min(days) if days else None

    def _all_days(self) -> Iterable[date | None]:
        yield from (s.held_on for s in self.sessions)
        yield from (a.opened_on for a in self.actions)
        yield from (e.starts_on for e in self.experiments)
        yield from (m.achieved_on for m in self.milestones)
        yield from (c.effective_on for c in self.charters)
        yield from (r.reviewed_on for r in self.reviews)
        yield from (c.happened_on for c in self.contributions)
        yield from (i.met_on for i in self.introductions)


def _day(value: str | None) -> date | None:
    """A date from an ISO date or datetime column (SQLite stores both as text)."""
    if not value:
        return None
    return date.fromisoformat(value[:10])


def _where(mentorship_id: str | None, column: str = "mentorship_id") -> tuple[str, tuple]:
    if mentorship_id is None:
        return "", ()
    return f" AND {column} = ?", (mentorship_id,)


def load_snapshot(journal: Journal | JournalReader, mentorship_id: str | None) -> JournalSnapshot:
    """Read one mentorship (or every one when `mentorship_id` is None) into a snapshot."""
    conn = journal.reader()
    return read_snapshot(conn, mentorship_id)


def read_snapshot(conn: sqlite3.Connection, mentorship_id: str | None) -> JournalSnapshot:
    where, args = _where(mentorship_id)
    topics: dict[str, list[str]] = {}
    for sid, name in conn.execute(
            "SELECT st.session_id, t.name FROM session_topics st "
            "JOIN topics t ON t.id = st.topic_id JOIN sessions s ON s.id = st.session_id "
            "WHERE 1=1" + _where(mentorship_id, "s.mentorship_id")[0]
            + " ORDER BY t.name COLLATE NOCASE", args):
        topics.setdefault(sid, []).append(name)
    sessions = tuple(
        SessionEvent(r[0], r[1], _day(r[2]) or date.min, tuple(topics.get(r[0], ())),
                     (r[3] or "").strip())
        for r in conn.execute(
            "SELECT id, mentorship_id, held_at, agenda FROM sessions WHERE 1=1" + where
            + " ORDER BY held_at", args))
    held = {s.id: s.held_on for s in sessions}
    actions = tuple(
        ActionEvent(r[0], held.get(r[1]) or _day(r[2]) or date.min, _day(r[3]), r[4],
                    _day(r[5]))
        for r in conn.execute(
            "SELECT mentorship_id, session_id, created_at, due_on, status, closed_on "
            "FROM action_items WHERE 1=1" + where, args))
    experiments = tuple(
        ExperimentEvent(r[0], r[1], _day(r[2]), _day(r[3]), r[4], r[5], _day(r[6]),
                        bool((r[7] or "").strip()))
        for r in conn.execute(
            "SELECT mentorship_id, title, starts_on, ends_on, status, outcome, concluded_on, "
            "learning FROM experiments WHERE 1=1" + where + " ORDER BY starts_on", args))
    milestones = tuple(
        MilestoneEvent(r[0], r[1], d)
        for r in conn.execute(
            "SELECT g.mentorship_id, m.title, m.achieved_on FROM milestones m "
            "JOIN goals g ON g.id = m.goal_id WHERE m.achieved_on IS NOT NULL"
            + _where(mentorship_id, "g.mentorship_id")[0] + " ORDER BY m.achieved_on", args)
        if (d := _day(r[2])) is not None)
    charters = tuple(
        CharterEvent(r[0], r[1], d, _cadence_days(r[3], r[4]), r[5] or "")
        for r in conn.execute(
            "SELECT mentorship_id, number, effective_on, cadence_value, cadence_unit, reason, "
            "created_at FROM charter_revisions WHERE state = 'saved'" + where
            + " ORDER BY effective_on, number", args)
        if (d := _day(r[2]) or _day(r[6])) is not None)
    reviews = tuple(
        ReviewEvent(r[0], d)
        for r in conn.execute("SELECT mentorship_id, reviewed_on FROM charter_reviews "
                              "WHERE 1=1" + where, args)
        if (d := _day(r[1])) is not None)
    contributions = tuple(
        ContributionEvent(r[0], r[1], d)
        for r in conn.execute(
            "SELECT c.mentorship_id, c.direction, coalesce(c.happened_on, s.held_at, "
            "c.created_at) FROM contributions c LEFT JOIN sessions s ON s.id = c.session_id "
            "WHERE 1=1" + _where(mentorship_id, "c.mentorship_id")[0], args)
        if (d := _day(r[2])) is not None)
    introductions = tuple(
        IntroductionEvent(r[0], r[1], d, _day(r[3]))
        for r in conn.execute(
            "SELECT i.mentorship_id, i.person_name, coalesce(i.met_on, s.held_at, "
            "i.created_at), i.thanked_on FROM introductions i "
            "LEFT JOIN sessions s ON s.id = i.session_id WHERE 1=1"
            + _where(mentorship_id, "i.mentorship_id")[0] + " ORDER BY 3", args)
        if (d := _day(r[2])) is not None)
    ids = (mentorship_id,) if mentorship_id else tuple(
        r[0] for r in conn.execute("SELECT id FROM mentorships WHERE status = 'active'"))
    return JournalSnapshot(sessions, actions, experiments, milestones, charters, reviews,
                           contributions, introductions, ids)


def _cadence_days(value: int | None, unit: str | None) -> int | None:
    if not value:
        return None
    return value * 7 if unit == "weeks" else value


DATA_TABLES = ("sessions", "session_topics", "action_items", "experiments", "milestones",
               "goals", "charter_revisions", "charter_reviews", "contributions",
               "introductions", "topics", "mentorships")


def data_version(journal: Journal | JournalReader) -> tuple:
    """A cheap fingerprint that changes whenever a table the metrics read changes.

    Row counts catch inserts and deletes; the newest `updated_at` catches edits (every
    ORM write stamps it). `session_topics` has no timestamp, so its count stands in.
    The counts cost about 18 ms on a ten-year journal, so they are read again only when
    SQLite's `PRAGMA data_version` says another connection committed since (the reader
    connections never write).
    """
    conn = journal.reader()
    pragma = conn.execute("PRAGMA data_version").fetchone()[0]
    cached = journal.data_version_cache
    if cached is not None and cached[0] is conn and cached[1] == pragma:
        return cached[2]
    parts = []
    for table in DATA_TABLES:
        stamp = "''" if table == "session_topics" else "max(updated_at)"
        parts.append(f"SELECT count(*), {stamp} FROM {table}")
    rows = conn.execute(" UNION ALL ".join(parts)).fetchall()
    version = tuple(tuple(r) for r in rows)
    journal.data_version_cache = (conn, pragma, version)
    return version
