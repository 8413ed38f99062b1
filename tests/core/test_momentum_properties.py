"""Momentum's promises, checked on random journals: bounded, monotone, decaying."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorjournal.core.metrics import MULTIPLIER, WINDOW_DAYS, momentum_series
from mentorjournal.core.progress_data import (
    ActionEvent,
    CharterEvent,
    ExperimentEvent,
    JournalSnapshot,
    MilestoneEvent,
    ReviewEvent,
    SessionEvent,
)

START = date(2025, 1, 1)
DAYS = 150
END = START + timedelta(days=DAYS - 1)
KINDS = ("session", "action", "experiment", "milestone", "charter", "review")

events = st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, DAYS - 1)), max_size=40)


def _event(kind: str, n: int, day: date) -> object:
    if kind == "session":
        return SessionEvent(f"s{n}", "m", day)
    if kind == "action":
        return ActionEvent("m", day, None, "done", day)
    if kind == "experiment":
        return ExperimentEvent("m", "x", day, day, "concluded", "confirmed", day, True)
    if kind == "milestone":
        return MilestoneEvent("m", "ms", day)
    if kind == "charter":
        return CharterEvent("m", n, day, 14)
    return ReviewEvent("m", day)


def snapshot(items: list[tuple[str, int]]) -> JournalSnapshot:
    parts: dict[str, list] = {k: [] for k in KINDS}
    for n, (kind, offset) in enumerate(items):
        parts[kind].append(_event(kind, n, START + timedelta(days=offset)))
    return JournalSnapshot(
        sessions=tuple(parts["session"]), actions=tuple(parts["action"]),
        experiments=tuple(parts["experiment"]), milestones=tuple(parts["milestone"]),
        charters=tuple(parts["charter"]), reviews=tuple(parts["review"]))


@settings(max_examples=60, deadline=None)
@given(events)
def test_score_stays_between_0_and_100(items: list[tuple[str, int]]) -> None:
    series = momentum_series(snapshot(items), START, END)
    assert len(series) == DAYS
    assert all(0.0 <= v <= 100.0 for _d, v in series)


@settings(max_examples=60, deadline=None)
@given(events, st.sampled_from(KINDS), st.integers(0, DAYS - 1))
def test_more_activity_never_lowers_the_score(items: list[tuple[str, int]], kind: str,
                                              offset: int) -> None:
    before = momentum_series(snapshot(items), START, END)
    after = momentum_series(snapshot([*items, (kind, offset)]), START, END)
    assert all(b[1] <= a[1] for b, a in zip(before, after, strict=True))


def test_an_event_on_a_quiet_stretch_raises_the_score() -> None:
    quiet = momentum_series(snapshot([("session", 0)]), START, END)
    busier = momentum_series(snapshot([("session", 0), ("action", 30)]), START, END)
    assert busier[30][1] > quiet[30][1] and busier[29][1] == quiet[29][1]


@settings(max_examples=60, deadline=None)
@given(events)
def test_without_events_the_score_decays(items: list[tuple[str, int]]) -> None:
    series = momentum_series(snapshot(items), START, END + timedelta(days=60))
    last = max((offset for _k, offset in items), default=-WINDOW_DAYS)
    quiet = [v for d, v in series if d >= START + timedelta(days=last + WINDOW_DAYS)]
    for earlier, later in itertools.pairwise(quiet):
        assert later == earlier * MULTIPLIER
        assert later < earlier or earlier == 0.0
    if not items:
        assert all(v == 0.0 for _d, v in series)


@settings(max_examples=40, deadline=None)
@given(events, st.sampled_from(KINDS), st.integers(0, DAYS - 1))
def test_one_event_never_jumps_the_score(items: list[tuple[str, int]], kind: str,
                                         offset: int) -> None:
    before = momentum_series(snapshot(items), START, END)
    after = momentum_series(snapshot([*items, (kind, offset)]), START, END)
    biggest_step = 100 * (1 - MULTIPLIER) * 1.5 / 3.0  # the heaviest event, one day
    for b, a in zip(before, after, strict=True):
        assert a[1] - b[1] <= biggest_step * WINDOW_DAYS + 1e-9
    day_after = [a[1] - b[1] for b, a in zip(before, after, strict=True)]
    assert max(day_after[offset:offset + 1], default=0) <= biggest_step + 1e-9
