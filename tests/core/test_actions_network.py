"""Actions carried forward until closed; contributions and introductions round-trip."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorjournal.core import actions as ac
from mentorjournal.core import network as nw
from mentorjournal.core.checkins import create_checkin
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship


def _two_sessions(journal: Journal) -> tuple[str, str, str]:
    mid = create_mentorship(journal, "Priya", started_on=date(2025, 1, 1)).id
    one = create_checkin(journal, mid, held_at=datetime(2025, 5, 1, 17)).id
    two = create_checkin(journal, mid, held_at=datetime(2025, 5, 15, 17)).id
    return mid, one, two


def test_open_action_is_carried_forward_until_done_with_the_date(journal: Journal) -> None:
    _mid, one, two = _two_sessions(journal)
    action = ac.add_action(journal, one, "Draft the proposal", owner="me",
                           due_on=date(2025, 5, 10))
    assert ac.carried_forward(journal, one) == []  # not carried into its own session
    assert [a.text for a in ac.carried_forward(journal, two)] == ["Draft the proposal"]
    with use_clock(FixedClock(datetime(2025, 5, 16, 9))):
        done = ac.set_status(journal, action.id, "done")
    assert done.closed_on == date(2025, 5, 16) and done.status_label == "Done 2025-05-16"
    assert ac.carried_forward(journal, two) == []
    assert [a.status for a in ac.actions_of_session(journal, one)] == ["done"]
    reopened = ac.set_status(journal, action.id, "open")
    assert reopened.closed_on is None


def test_open_overview_lists_overdue_first(journal: Journal) -> None:
    mid, one, two = _two_sessions(journal)
    ac.add_action(journal, two, "No date")
    ac.add_action(journal, one, "Later", due_on=date(2025, 7, 1))
    ac.add_action(journal, one, "Overdue", due_on=date(2025, 6, 1))
    dropped = ac.add_action(journal, one, "Dropped", due_on=date(2025, 5, 2))
    ac.set_status(journal, dropped.id, "dropped", on=date(2025, 5, 3))
    with use_clock(FixedClock(datetime(2025, 6, 10, 9))):
        overview = ac.open_actions(journal, mid)
        assert [a.text for a in overview] == ["Overdue", "Later", "No date"]
        assert overview[0].overdue and not overview[1].overdue


def test_action_needs_text_and_a_known_owner(journal: Journal) -> None:
    _mid, one, _two = _two_sessions(journal)
    with pytest.raises(ac.ActionError, match="Say what needs doing"):
        ac.add_action(journal, one, "   ")
    with pytest.raises(ac.ActionError, match="me or to them"):
        ac.add_action(journal, one, "x", owner="everyone")


def test_contribution_round_trip(journal: Journal, reopen) -> None:  # type: ignore[no-untyped-def]
    _mid, one, _two = _two_sessions(journal)
    nw.add_contribution(journal, session_id=one, direction="given", kind="industry_trend",
                        text="Local-first sync notes 🎉")
    nw.add_contribution(journal, session_id=one, direction="received", kind="feedback",
                        text="Comments on my review")
    with pytest.raises(nw.NetworkError, match="given or received"):
        nw.add_contribution(journal, session_id=one, direction="sideways", kind="other",
                            text="x")
    journal.close()
    got = nw.list_contributions(reopen(), session_id=one)
    assert [(c.direction, c.kind, c.text, c.happened_on) for c in got] == [
        ("given", "industry_trend", "Local-first sync notes 🎉", date(2025, 5, 1)),
        ("received", "feedback", "Comments on my review", date(2025, 5, 1))]


def test_introduction_round_trip_and_edit(journal: Journal, reopen) -> None:  # type: ignore[no-untyped-def]
    mid, one, _two = _two_sessions(journal)
    intro = nw.add_introduction(journal, session_id=one, person_name="Mei Tanaka",
                                organisation="Platform team", introduced_by="Priya",
                                introduced_to="me", context="Talked about on-call",
                                met_on=date(2025, 5, 2), outcome="none_yet",
                                follow_up_on=date(2025, 6, 1))
    nw.update_introduction(journal, intro.id, thanked_on=date(2025, 5, 3),
                           outcome="collaboration")
    with pytest.raises(nw.NetworkError, match="name of the person"):
        nw.add_introduction(journal, mentorship_id=mid, person_name="  ")
    journal.close()
    again = reopen()
    (got,) = nw.list_introductions(again, mentorship_id=mid)
    assert (got.person_name, got.organisation, got.session_id, got.thanked_on,
            got.outcome_label, got.follow_up_on) == (
        "Mei Tanaka", "Platform team", one, date(2025, 5, 3), "Collaboration", date(2025, 6, 1))
    assert nw.list_introductions(again, session_id=one) == [got]
