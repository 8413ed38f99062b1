"""Each Progress metric on a small hand-made journal, against answers worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from mentorjournal.core import metrics as mx
from mentorjournal.core import metrics_people as mp
from mentorjournal.core.progress import build_view, range_for, what_changed
from mentorjournal.core.progress_data import (
    ActionEvent,
    CharterEvent,
    ContributionEvent,
    ExperimentEvent,
    IntroductionEvent,
    JournalSnapshot,
    MilestoneEvent,
    SessionEvent,
)

M = "m1"
JAN = date(2026, 1, 1)


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def session(day: date, *topics: str, sid: str | None = None, mid: str = M) -> SessionEvent:
    return SessionEvent(sid or f"s-{day}", mid, day, tuple(topics))


def test_one_checkin_moves_momentum_by_a_small_step_then_decays() -> None:
    snap = JournalSnapshot(sessions=(session(JAN),))
    series = mx.momentum_series(snap, JAN, JAN + timedelta(days=40))
    m = 0.5 ** (1 / 21)
    step = 100 * (1 / 3) * (1 - m)  # activity 1 point / 3 target points
    assert series[0] == (JAN, pytest.approx(step))
    assert series[0][1] < 1.1  # one event never jumps the score
    assert series[1][1] == pytest.approx(step * m + step)
    # The check-in leaves the 14-day window on day 14: from then on the score only decays.
    assert series[14][1] == pytest.approx(series[13][1] * m)
    assert series[40][1] == pytest.approx(series[13][1] * m ** 27)


def test_full_activity_climbs_towards_100_with_the_loop_formula() -> None:
    # Three check-ins a day is 3 points every day: activity is 1 from the first day.
    snap = JournalSnapshot(sessions=tuple(session(JAN + timedelta(days=i), sid=f"{i}-{k}")
                                          for i in range(200) for k in range(3)))
    series = mx.momentum_series(snap, JAN, JAN + timedelta(days=199))
    m = 0.5 ** (1 / 21)
    assert series[20][1] == pytest.approx(100 * (1 - m ** 21))  # halfway after a half-life
    assert 99 < series[-1][1] <= 100


def test_momentum_on_a_day_is_the_same_whatever_the_range() -> None:
    snap = JournalSnapshot(sessions=(session(d(1, 5)), session(d(2, 1))),
                           milestones=(MilestoneEvent(M, "Shipped", d(2, 3)),))
    long = dict(mx.momentum_series(snap, JAN, d(3, 31)))
    short = dict(mx.momentum_series(snap, d(2, 10), d(3, 31)))
    assert short[d(2, 10)] == long[d(2, 10)]


CHARTERS = (CharterEvent(M, 1, JAN, 14), CharterEvent(M, 2, d(1, 15), 7))


def test_expected_checkins_follow_the_charter_revision_in_force() -> None:
    snap = JournalSnapshot(charters=CHARTERS)
    # 14 days at every 14 days, then 14 days weekly: 1 + 2.
    assert mx.expected_checkins(snap, JAN, d(1, 28)) == pytest.approx(3.0)
    assert mx.expected_checkins(snap, d(12, 1, 2025), d(12, 31, 2025)) == 0


def test_cadence_by_month_and_gaps() -> None:
    snap = JournalSnapshot(charters=CHARTERS, sessions=(
        session(d(1, 3)), session(d(1, 20)), session(d(1, 27)), session(d(2, 3))))
    jan, feb = mx.cadence_by_month(snap, JAN, d(2, 28))
    assert (jan.held, feb.held) == (3, 1)
    assert jan.expected == pytest.approx(14 / 14 + 17 / 7)
    assert feb.expected == pytest.approx(28 / 7)
    assert feb.adherence == pytest.approx(0.25)
    gaps = mx.session_gaps(snap, JAN, d(2, 28))
    # Jan 20 came 17 days after Jan 3, when fortnightly was agreed; then weekly.
    assert [(g.held_on, g.gap_days, g.planned_days) for g in gaps] == [
        (d(1, 20), 17, 14), (d(1, 27), 7, 7), (d(2, 3), 7, 7)]


ACTIONS = (
    ActionEvent(M, d(1, 2), d(1, 10), "done", d(1, 9)),     # on time
    ActionEvent(M, d(1, 2), d(1, 12), "done", d(1, 15)),    # late
    ActionEvent(M, d(1, 5), d(1, 20), "open"),              # overdue: counted, not done
    ActionEvent(M, d(1, 5), d(1, 25), "dropped", d(1, 26)),  # dropped: left out
    ActionEvent(M, d(1, 6), None, "done", d(1, 7)),          # no due date: left out
    ActionEvent(M, d(2, 1), d(2, 10), "done", d(2, 10)),     # on time, on the day
    ActionEvent(M, d(2, 20), d(3, 5), "open"),               # not due yet: left out
)


def test_follow_through_counts_done_by_due_date_per_month() -> None:
    snap = JournalSnapshot(actions=ACTIONS)
    months = mx.follow_through_by_month(snap, JAN, d(3, 1), today=d(3, 1))
    assert [(m.month, m.due, m.done_on_time) for m in months] == [
        (JAN, 3, 1), (d(2, 1), 1, 1), (d(3, 1), 0, 0)]
    assert months[0].share == pytest.approx(1 / 3)
    assert months[2].share is None
    assert mx.overdue_actions(snap, d(3, 1)) == 1


def test_burnup_counts_opened_and_done_from_the_range_start() -> None:
    snap = JournalSnapshot(actions=ACTIONS)
    burnup = {day: (o, x) for day, o, x in mx.actions_burnup(snap, JAN, d(3, 1))}
    assert burnup[d(1, 1)] == (0, 0)
    assert burnup[d(1, 9)] == (5, 2)  # five opened by then; done on the 7th and the 9th
    assert burnup[d(3, 1)] == (7, 4)


def test_learning_rate_counts_concluded_experiments_with_a_learning_by_outcome() -> None:
    snap = JournalSnapshot(experiments=(
        ExperimentEvent(M, "A", JAN, d(1, 5), "concluded", "confirmed", d(1, 5), True),
        ExperimentEvent(M, "B", JAN, d(1, 20), "concluded", "refuted", d(1, 20), True),
        ExperimentEvent(M, "C", JAN, d(1, 22), "concluded", "inconclusive", d(1, 22), False),
        ExperimentEvent(M, "D", JAN, d(2, 3), "concluded", "confirmed", d(2, 3), True),
        ExperimentEvent(M, "E", JAN, None, "running"),
    ))
    jan, feb = mx.learning_by_month(snap, JAN, d(2, 28))
    assert jan.by_outcome == {"confirmed": 1, "refuted": 1, "inconclusive": 0}
    assert (jan.total, feb.total) == (2, 1)


def test_reciprocity_per_quarter() -> None:
    snap = JournalSnapshot(contributions=(
        ContributionEvent(M, "given", d(1, 5)), ContributionEvent(M, "given", d(2, 10)),
        ContributionEvent(M, "received", d(3, 3)), ContributionEvent(M, "received", d(4, 1))))
    q1, q2 = mp.reciprocity_by_quarter(snap, JAN, d(6, 30))
    assert (q1.label, q1.given, q1.received, q1.balance) == ("2026 Q1", 2, 1, 1)
    assert (q2.label, q2.balance) == ("2026 Q2", -1)


def test_topic_rotation_and_stagnation() -> None:
    snap = JournalSnapshot(sessions=(
        session(d(1, 2), "writing"), session(d(1, 20), "hiring", "writing"),
        session(d(2, 3), "hiring", "writing"), session(d(2, 10)),  # no topics: ignored
        session(d(2, 17), "writing", "hiring"), session(d(3, 1), "hiring", "writing")))
    rotation = mp.topic_rotation(snap, JAN, d(3, 31))
    assert rotation.topics == ["writing", "hiring"]  # most discussed first
    assert rotation.counts == [[2, 2, 1], [1, 2, 1]]
    assert rotation.distinct_per_month() == [2, 2, 2]
    stagnation = mp.topic_stagnation(snap)
    assert (stagnation.streak, stagnation.topics, stagnation.stagnant) == (
        4, ("hiring", "writing"), True)
    fresh = JournalSnapshot(sessions=(*snap.sessions, session(d(3, 8), "on-call")))
    assert mp.topic_stagnation(fresh).streak == 1


def test_network_growth_and_prompt_thanks() -> None:
    snap = JournalSnapshot(introductions=(
        IntroductionEvent(M, "Before", d(12, 1, 2025)),
        IntroductionEvent(M, "Ana", d(1, 1), d(1, 5)),    # thanked in 4 days
        IntroductionEvent(M, "Ben", d(1, 10), d(1, 30)),  # thanked late
        IntroductionEvent(M, "Cy", d(2, 1)),              # never thanked
        IntroductionEvent(M, "Di", d(2, 25))))            # 4 days ago: still time
    growth = mp.network_growth(snap, JAN, d(3, 1), today=d(3, 1))
    assert [(n, who) for _d, n, who in growth.points] == [
        (2, "Ana"), (3, "Ben"), (4, "Cy"), (5, "Di")]
    assert (growth.thanked_promptly, growth.thank_eligible) == (1, 3)
    assert growth.thanked_share == pytest.approx(1 / 3)


def test_what_changed_sentence() -> None:
    today = d(3, 1)
    snap = JournalSnapshot(
        charters=(CharterEvent(M, 1, JAN, 14),), actions=ACTIONS,
        sessions=tuple(session(today - timedelta(days=k), "writing") for k in (25, 12, 5, 1)))
    # 30 days at fortnightly is 2.1: the charter asks for 2.
    text = what_changed(snap, today)
    assert text.startswith("4 check-ins in the last 30 days (charter asks for 2); "
                           "1 action overdue; topics unchanged for 4 sessions; momentum ")
    assert "up" in text and text.endswith(" in 30 days.")
    assert what_changed(JournalSnapshot(), today).startswith("Nothing recorded yet")
    quiet = JournalSnapshot(sessions=(session(d(1, 3)),))
    assert what_changed(quiet, today).startswith(
        "0 check-ins in the last 30 days (no cadence agreed in the charter); "
        "no actions overdue; momentum ")


def test_ranges_and_the_whole_view_on_an_empty_journal() -> None:
    today = d(3, 1)
    assert range_for("3m", today, JournalSnapshot()) == (today - timedelta(days=91), today)
    snap = JournalSnapshot(sessions=(session(d(1, 1, 2024)),))
    assert range_for("all", today, snap)[0] == d(1, 1, 2024)
    with pytest.raises(ValueError, match="Unknown date range"):
        range_for("forever", today, snap)
    view = build_view(JournalSnapshot(), today - timedelta(days=30), today, today)
    assert all(v == 0 for _d, v in view.momentum)
    assert view.gaps == [] and view.network.points == [] and view.topics.topics == []
