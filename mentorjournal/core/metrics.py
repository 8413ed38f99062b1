"""The Progress metrics: pure functions of a `JournalSnapshot` and a date range.

Every formula here is written out in docs/metrics.md; keep the two in step. Nothing in
this module reads the database or the clock: callers pass `today` where it matters, so
each metric can be checked by hand on a tiny journal.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from mentorjournal.core.progress_data import CharterEvent, JournalSnapshot

# ----- momentum ----------------------------------------------------------------------
#: Points each progress event brings into the momentum window.
MOMENTUM_WEIGHTS = {
    "session": 1.0,      # a check-in held
    "action": 0.5,       # an action item completed
    "experiment": 1.5,   # an experiment concluded with a written learning
    "milestone": 1.5,    # a milestone achieved
    "charter": 1.0,      # a charter revision saved, or a review with no changes
}
#: Days an event keeps counting towards the daily activity level.
WINDOW_DAYS = 14
#: Points within the window that count as full activity (1.0).
TARGET_POINTS = 3.0
#: Days for the score to halve when nothing happens.
HALF_LIFE_DAYS = 21
#: Loop Habit Tracker's "multiplier": the share of yesterday's score kept each day.
MULTIPLIER = 0.5 ** (1 / HALF_LIFE_DAYS)


@dataclass(frozen=True)
class ProgressEvent:
    day: date
    kind: str  # a key of MOMENTUM_WEIGHTS
    label: str
    session_id: str | None = None

    @property
    def weight(self) -> float:
        return MOMENTUM_WEIGHTS[self.kind]


_last_events: tuple[JournalSnapshot, list[ProgressEvent]] | None = None


def progress_events(snap: JournalSnapshot) -> list[ProgressEvent]:
    """Every event that moves momentum, oldest first.

    Remembered for the last snapshot: a redraw asks twice (the view and the momentum
    series), and ten years hold over ten thousand events.
    """
    global _last_events
    if _last_events is not None and _last_events[0] is snap:
        return list(_last_events[1])
    events = _collect_events(snap)
    _last_events = (snap, events)
    return list(events)


def _collect_events(snap: JournalSnapshot) -> list[ProgressEvent]:
    events = [ProgressEvent(s.held_on, "session", "Check-in", s.id) for s in snap.sessions]
    events += [ProgressEvent(a.closed_on, "action", "Action done")
               for a in snap.actions if a.status == "done" and a.closed_on]
    events += [ProgressEvent(e.concluded_on, "experiment", f"Concluded: {e.title}")
               for e in snap.experiments
               if e.status == "concluded" and e.concluded_on and e.has_learning]
    events += [ProgressEvent(m.achieved_on, "milestone", f"Milestone: {m.title}")
               for m in snap.milestones]
    events += [ProgressEvent(c.effective_on, "charter", f"Charter revision {c.number}")
               for c in snap.charters]
    events += [ProgressEvent(r.reviewed_on, "charter", "Charter reviewed")
               for r in snap.reviews]
    return sorted(events, key=lambda e: e.day)


def momentum_series(snap: JournalSnapshot, start: date, end: date) -> list[tuple[date, float]]:
    """A 0–100 score for each day from `start` to `end`.

    activity(t) = min(1, points of the events in the last WINDOW_DAYS days / TARGET_POINTS)
    score(t)    = score(t−1) · MULTIPLIER + 100 · activity(t) · (1 − MULTIPLIER)

    The score is computed from the first event (or `start`) so the value on `start` is
    the same whatever range is shown. One event moves the score by at most
    100·(1−MULTIPLIER)·weight/TARGET_POINTS per day, so it never jumps.
    """
    if end < start:
        return []
    points: dict[date, float] = defaultdict(float)
    for event in progress_events(snap):
        if event.day <= end:
            points[event.day] += event.weight
    first = min([start, *points])
    days = (end - first).days + 1
    daily = [points.get(first + timedelta(days=i), 0.0) for i in range(days)]
    series: list[tuple[date, float]] = []
    score = 0.0
    window = 0.0
    for i, p in enumerate(daily):
        window += p
        if i >= WINDOW_DAYS:
            window -= daily[i - WINDOW_DAYS]
        activity = min(1.0, max(0.0, window) / TARGET_POINTS)
        score = score * MULTIPLIER + 100.0 * activity * (1.0 - MULTIPLIER)
        day = first + timedelta(days=i)
        if day >= start:
            series.append((day, min(100.0, score)))
    return series


# ----- cadence -----------------------------------------------------------------------
def charter_in_force(charters: tuple[CharterEvent, ...], mentorship_id: str,
                     day: date) -> CharterEvent | None:
    """The latest saved revision of that mentorship in effect on `day`."""
    current = None
    for c in charters:
        if c.mentorship_id == mentorship_id and c.effective_on <= day and (
                current is None or (c.effective_on, c.number)
                >= (current.effective_on, current.number)):
            current = c
    return current


def expected_checkins(snap: JournalSnapshot, start: date, end: date) -> float:
    """Σ over mentorships and days of 1 / cadence_days of the charter in force that day."""
    total = 0.0
    ids = {c.mentorship_id for c in snap.charters}
    for mid in ids:
        day = start
        while day <= end:
            c = charter_in_force(snap.charters, mid, day)
            if c is not None and c.cadence_days:
                total += 1.0 / c.cadence_days
            day += timedelta(days=1)
    return total


@dataclass(frozen=True)
class CadenceMonth:
    month: date
    held: int
    expected: float

    @property
    def adherence(self) -> float | None:
        """Held ÷ expected (1.0 is on cadence); None when no cadence was agreed."""
        return self.held / self.expected if self.expected > 0 else None


def month_start(day: date) -> date:
    return day.replace(day=1)


def next_month(day: date) -> date:
    return date(day.year + day.month // 12, day.month % 12 + 1, 1)


def months_between(start: date, end: date) -> list[date]:
    months, month = [], month_start(start)
    while month <= end:
        months.append(month)
        month = next_month(month)
    return months


def _clip(month: date, start: date, end: date) -> tuple[date, date]:
    return max(month, start), min(next_month(month) - timedelta(days=1), end)


def cadence_by_month(snap: JournalSnapshot, start: date, end: date) -> list[CadenceMonth]:
    """Check-ins held vs expected per calendar month (months clipped to the range)."""
    out = []
    for month in months_between(start, end):
        lo, hi = _clip(month, start, end)
        held = sum(1 for s in snap.sessions if lo <= s.held_on <= hi)
        out.append(CadenceMonth(month, held, expected_checkins(snap, lo, hi)))
    return out


@dataclass(frozen=True)
class SessionGap:
    session_id: str
    held_on: date
    gap_days: int
    planned_days: int | None


def session_gaps(snap: JournalSnapshot, start: date, end: date) -> list[SessionGap]:
    """Days since the same mentorship's previous check-in, vs the cadence then in force."""
    last: dict[str, date] = {}
    gaps = []
    for s in sorted(snap.sessions, key=lambda s: s.held_on):
        previous = last.get(s.mentorship_id)
        last[s.mentorship_id] = s.held_on
        if previous is None or not start <= s.held_on <= end:
            continue
        charter = charter_in_force(snap.charters, s.mentorship_id, previous)
        gaps.append(SessionGap(s.id, s.held_on, (s.held_on - previous).days,
                               charter.cadence_days if charter else None))
    return gaps


# ----- actions -----------------------------------------------------------------------
@dataclass(frozen=True)
class FollowThroughMonth:
    month: date
    due: int
    done_on_time: int

    @property
    def share(self) -> float | None:
        return self.done_on_time / self.due if self.due else None


def follow_through_by_month(snap: JournalSnapshot, start: date, end: date,
                            today: date) -> list[FollowThroughMonth]:
    """Share of actions done by their due date, by the month they fell due.

    Counted: actions with a due date in the range that are done, or whose due date has
    passed. Dropped actions and actions without a due date are left out.
    """
    due: dict[date, int] = defaultdict(int)
    on_time: dict[date, int] = defaultdict(int)
    for a in snap.actions:
        if a.due_on is None or a.status == "dropped" or not start <= a.due_on <= end:
            continue
        if a.status != "done" and a.due_on >= today:
            continue
        month = month_start(a.due_on)
        due[month] += 1
        if a.status == "done" and (a.closed_on is None or a.closed_on <= a.due_on):
            on_time[month] += 1
    return [FollowThroughMonth(m, due[m], on_time[m]) for m in months_between(start, end)]


def actions_burnup(snap: JournalSnapshot, start: date,
                   end: date) -> list[tuple[date, int, int]]:
    """(day, opened so far, done so far) for every day, counting from `start`."""
    opened: dict[date, int] = defaultdict(int)
    done: dict[date, int] = defaultdict(int)
    for a in snap.actions:
        if start <= a.opened_on <= end:
            opened[a.opened_on] += 1
        if a.status == "done" and a.closed_on and start <= a.closed_on <= end:
            done[a.closed_on] += 1
    out, total_opened, total_done = [], 0, 0
    day = start
    while day <= end:
        total_opened += opened.get(day, 0)
        total_done += done.get(day, 0)
        out.append((day, total_opened, total_done))
        day += timedelta(days=1)
    return out


def overdue_actions(snap: JournalSnapshot, today: date) -> int:
    return sum(1 for a in snap.actions
               if a.status == "open" and a.due_on is not None and a.due_on < today)


# ----- experiments -------------------------------------------------------------------
OUTCOMES = ("confirmed", "refuted", "inconclusive")


@dataclass(frozen=True)
class LearningMonth:
    month: date
    by_outcome: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.by_outcome.values())


def learning_by_month(snap: JournalSnapshot, start: date, end: date) -> list[LearningMonth]:
    """Experiments concluded with a written learning, per month, split by outcome."""
    counts: dict[date, dict[str, int]] = {m: dict.fromkeys(OUTCOMES, 0)
                                          for m in months_between(start, end)}
    for e in snap.experiments:
        if (e.status == "concluded" and e.has_learning and e.concluded_on
                and start <= e.concluded_on <= end):
            outcome = e.outcome if e.outcome in OUTCOMES else "inconclusive"
            counts[month_start(e.concluded_on)][outcome] += 1
    return [LearningMonth(m, c) for m, c in counts.items()]
