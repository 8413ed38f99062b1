"""Experiment life cycle: which moves are legal, what they require, when one is overdue."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorjournal.core import experiments as ex
from mentorjournal.core import mentorships as ms
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.core.journal import Journal

HYPOTHESIS = "If I write a brief first, then decisions take one meeting."


@pytest.mark.parametrize("current, target", sorted(ex.TRANSITIONS))
def test_legal_transitions_pass_with_what_they_need(current: str, target: str) -> None:
    ex.check_transition(current, target, hypothesis=HYPOTHESIS, outcome="refuted",
                        learning="Briefs help only when people read them.")


@pytest.mark.parametrize("current, target, message", [
    ("planned", "concluded", "Start the experiment before concluding it"),
    ("concluded", "planned", "reopened to running, not sent back to planned"),
    ("planned", "planned", "already planned"),
    ("running", "running", "already running"),
    ("concluded", "concluded", "already concluded"),
    ("running", "abandoned", "planned, running or concluded"),
])
def test_illegal_transitions_are_refused(current: str, target: str, message: str) -> None:
    with pytest.raises(ex.ExperimentError, match=message):
        ex.check_transition(current, target, hypothesis=HYPOTHESIS, outcome="confirmed",
                            learning="x")


def test_starting_needs_a_hypothesis() -> None:
    with pytest.raises(ex.ExperimentError, match="hypothesis") as err:
        ex.check_transition("planned", "running", hypothesis="   ")
    assert err.value.field == "hypothesis"  # the editor shows it next to that field


@pytest.mark.parametrize("outcome, learning, message, field", [
    (None, "learned", "Choose an outcome", "outcome"),
    ("succeeded", "learned", "Choose an outcome", "outcome"),
    ("confirmed", "", "what you learned", "learning"),
    ("refuted", "  \n ", "what you learned", "learning"),
])
def test_concluding_needs_outcome_and_learning(outcome, learning, message, field) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ex.ExperimentError, match=message) as err:
        ex.check_transition("running", "concluded", outcome=outcome, learning=learning)
    assert err.value.field == field


def test_field_rules() -> None:
    with pytest.raises(ex.ExperimentError, match="needs a title"):
        ex.check_fields(ex.ExperimentFields(title="  "), "planned")
    with pytest.raises(ex.ExperimentError, match="end date cannot be before"):
        ex.check_fields(ex.ExperimentFields(title="t", starts_on=date(2026, 3, 2),
                                            ends_on=date(2026, 3, 1)), "planned")
    with pytest.raises(ex.ExperimentError, match="keeps its learning"):
        ex.check_fields(ex.ExperimentFields(title="t", learning=""), "concluded")
    ex.check_fields(ex.ExperimentFields(title="t", learning=""), "running")


def test_full_life_cycle_in_the_journal(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    with use_clock(FixedClock(datetime(2026, 3, 1, 9))):
        e = ex.create_experiment(journal, m.id, " Write  before meetings ",
                                 ends_on=date(2026, 3, 14))
        assert (e.title, e.status, e.outcome) == ("Write before meetings", "planned", None)
        with pytest.raises(ex.ExperimentError, match="hypothesis"):
            ex.start_experiment(journal, e.id)
        ex.update_experiment(journal, e.id, ex.ExperimentFields(
            title=e.title, hypothesis=HYPOTHESIS, ends_on=date(2026, 3, 14)))
        e = ex.start_experiment(journal, e.id)
        assert (e.status, e.starts_on) == ("running", date(2026, 3, 1))
        with pytest.raises(ex.ExperimentError, match="what you learned"):
            ex.conclude_experiment(journal, e.id, "refuted", "")
        assert ex.get_experiment(journal, e.id).status == "running"  # type: ignore[union-attr]
        e = ex.conclude_experiment(journal, e.id, "refuted", " Nobody read the brief. ",
                                   result="Two meetings each time.", next_step="Ask first.")
        assert (e.status, e.outcome, e.learning, e.concluded_on) == (
            "concluded", "refuted", "Nobody read the brief.", date(2026, 3, 1))
        assert (e.result, e.next_step) == ("Two meetings each time.", "Ask first.")
        e = ex.reopen_experiment(journal, e.id)
        assert (e.status, e.outcome, e.concluded_on) == ("running", None, None)
        assert e.learning == "Nobody read the brief."
        e = ex.unstart_experiment(journal, e.id)
        assert e.status == "planned"
    ex.delete_experiment(journal, e.id)
    assert ex.list_experiments(journal, m.id) == []


def test_overdue_only_while_running_past_the_end_date(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    clock = FixedClock(datetime(2026, 3, 1, 9))
    with use_clock(clock):
        e = ex.create_experiment(journal, m.id, "Office hours", hypothesis=HYPOTHESIS,
                                 starts_on=date(2026, 3, 1), ends_on=date(2026, 3, 14))
        assert not e.overdue  # planned
        e = ex.start_experiment(journal, e.id)
        clock.advance(days=13)
        assert not ex.get_experiment(journal, e.id).overdue  # type: ignore[union-attr]
        clock.advance(days=3)
        e = ex.get_experiment(journal, e.id)  # type: ignore[assignment]
        assert e.overdue and e.days_overdue == 3  # 17 March, ended 14 March
        e = ex.conclude_experiment(journal, e.id, "inconclusive", "Too few weeks to tell.")
        assert not e.overdue


def test_list_order_running_then_planned_then_concluded(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    a = ex.create_experiment(journal, m.id, "A", hypothesis=HYPOTHESIS)
    b = ex.create_experiment(journal, m.id, "B", hypothesis=HYPOTHESIS)
    ex.create_experiment(journal, m.id, "C")
    ex.start_experiment(journal, b.id)
    ex.start_experiment(journal, a.id)
    ex.conclude_experiment(journal, a.id, "confirmed", "It works.")
    assert [e.title for e in ex.list_experiments(journal, m.id)] == ["B", "C", "A"]
