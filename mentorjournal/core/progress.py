"""The Progress tab's service: date-range presets, every metric series, a summary.

`progress_view` is what the UI (and later the PDF report) asks for. It loads one
snapshot with plain SQL, runs the pure metrics on it, and keeps the result keyed by
(journal, mentorship, range, today, data version), so switching tabs or ranges back and
forth does not recompute anything that has not changed.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta

from mentorjournal.core import metrics as mx
from mentorjournal.core import metrics_people as mp
from mentorjournal.core.journal import Journal
from mentorjournal.core.progress_data import (
    ExperimentEvent,
    JournalReader,
    JournalSnapshot,
    data_version,
    load_snapshot,
)

RANGE_PRESETS: dict[str, str] = {
    "3m": "Last 3 months",
    "1y": "Last year",
    "all": "All time",
}
SUMMARY_DAYS = 30


def range_for(preset: str, today: date, snap: JournalSnapshot) -> tuple[date, date]:
    """(start, end) of a preset; "all" starts at the journal's first dated entry."""
    if preset == "3m":
        return today - timedelta(days=91), today
    if preset == "1y":
        return today - timedelta(days=365), today
    if preset == "all":
        first = snap.first_day()
        return (min(first, today - timedelta(days=30)) if first else
                today - timedelta(days=30)), today
    raise ValueError(f"Unknown date range “{preset}”; choose 3m, 1y or all.")


@dataclass(frozen=True)
class ProgressView:
    """Every series the Progress tab draws, for one mentorship (or all) and one range."""

    start: date
    end: date
    today: date
    snapshot: JournalSnapshot
    momentum: list[tuple[date, float]]
    events: list[mx.ProgressEvent]
    cadence: list[mx.CadenceMonth]
    gaps: list[mx.SessionGap]
    follow_through: list[mx.FollowThroughMonth]
    burnup: list[tuple[date, int, int]]
    learning: list[mx.LearningMonth]
    experiments: list[ExperimentEvent]
    reciprocity: list[mp.QuarterBalance]
    topics: mp.TopicRotation
    stagnation: mp.Stagnation
    network: mp.NetworkGrowth
    summary: str


def build_view(snap: JournalSnapshot, start: date, end: date, today: date) -> ProgressView:
    """All metrics for one range; pure, so tests can call it without a database."""
    events = [e for e in mx.progress_events(snap) if start <= e.day <= end]
    experiments = [e for e in snap.experiments if e.starts_on and e.starts_on <= end
                   and (e.concluded_on or e.ends_on or today) >= start]
    return ProgressView(
        start, end, today, snap,
        momentum=mx.momentum_series(snap, start, end),
        events=events,
        cadence=mx.cadence_by_month(snap, start, end),
        gaps=mx.session_gaps(snap, start, end),
        follow_through=mx.follow_through_by_month(snap, start, end, today),
        burnup=mx.actions_burnup(snap, start, end),
        learning=mx.learning_by_month(snap, start, end),
        experiments=experiments,
        reciprocity=mp.reciprocity_by_quarter(snap, start, end),
        topics=mp.topic_rotation(snap, start, end),
        stagnation=mp.topic_stagnation(snap),
        network=mp.network_growth(snap, start, end, today),
        summary=what_changed(snap, today),
    )


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def what_changed(snap: JournalSnapshot, today: date) -> str:
    """One plain sentence: recent check-ins vs the charter, overdue actions, topics, momentum.

    e.g. "3 check-ins in the last 30 days (charter asks for 2); 2 actions overdue;
    topics unchanged for 4 sessions; momentum 64, up 5 in 30 days."
    """
    if snap.is_empty:
        return ("Nothing recorded yet: once you log check-ins, actions and experiments, "
                "this line says how you are moving.")
    since = today - timedelta(days=SUMMARY_DAYS - 1)
    held = sum(1 for s in snap.sessions if since <= s.held_on <= today)
    expected = mx.expected_checkins(snap, since, today)
    parts = [_plural(held, "check-in") + f" in the last {SUMMARY_DAYS} days"
             + (f" (charter asks for {max(1, round(expected))})" if expected > 0
                else " (no cadence agreed in the charter)")]
    overdue = mx.overdue_actions(snap, today)
    parts.append(_plural(overdue, "action") + " overdue" if overdue else "no actions overdue")
    stagnation = mp.topic_stagnation(snap)
    if stagnation.stagnant:
        parts.append(f"topics unchanged for {stagnation.streak} sessions")
    series = mx.momentum_series(snap, today - timedelta(days=SUMMARY_DAYS), today)
    now, then = round(series[-1][1]), round(series[0][1])
    change = now - then
    trend = ("steady" if change == 0 else
             f"up {change}" if change > 0 else f"down {-change}")
    parts.append(f"momentum {now}, {trend} in {SUMMARY_DAYS} days")
    return "; ".join(parts) + "."


# The GUI's chart worker and a report on the journal worker may both ask at once.
_LOCK = threading.Lock()
_CACHE: OrderedDict[tuple, ProgressView] = OrderedDict()
_CACHE_SIZE = 16


def progress_view(journal: Journal | JournalReader, mentorship_id: str | None, preset: str,
                  today: date) -> ProgressView:
    """The view for a mentorship (None: all active ones), cached by data version."""
    version = data_version(journal)
    key = (str(journal.path), mentorship_id, preset, today, version)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None:
            _CACHE.move_to_end(key)
            return cached
    snap = _snapshot(journal, mentorship_id, version)
    start, end = range_for(preset, today, snap)
    view = build_view(snap, start, end, today)
    with _LOCK:
        _CACHE[key] = view
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return view


_SNAPSHOTS: OrderedDict[tuple, JournalSnapshot] = OrderedDict()


def _snapshot(journal: Journal | JournalReader, mentorship_id: str | None,
              version: tuple) -> JournalSnapshot:
    """The snapshot for this data version: another range of the same data reads nothing."""
    key = (str(journal.path), mentorship_id, version)
    with _LOCK:
        snap = _SNAPSHOTS.get(key)
    if snap is None:
        snap = load_snapshot(journal, mentorship_id)
        with _LOCK:
            _SNAPSHOTS[key] = snap
            while len(_SNAPSHOTS) > 4:
                _SNAPSHOTS.popitem(last=False)
    return snap

