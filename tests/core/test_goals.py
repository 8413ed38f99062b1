"""Goals and milestones: statuses, criteria links, reaching a milestone once."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorjournal.core import goals as gl
from mentorjournal.core import mentorships as ms
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.core.journal import Journal


def test_goal_with_milestones_reached_once(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    goal = gl.create_goal(journal, m.id, "Lead a cross-team decision", why="Staff scope.")
    first = gl.add_milestone(journal, goal.id, "Write the proposal", target_on=date(2026, 4, 1))
    gl.add_milestone(journal, goal.id, "Run the review", target_on=date(2026, 5, 1))
    with use_clock(FixedClock(datetime(2026, 4, 3, 10))):
        reached = gl.achieve_milestone(journal, first.id, celebration="Coffee with the team.")
        assert (reached.achieved_on, reached.celebration) == (date(2026, 4, 3),
                                                              "Coffee with the team.")
        with pytest.raises(gl.GoalError, match="already reached on 03 Apr 2026"):
            gl.achieve_milestone(journal, first.id)
        with pytest.raises(gl.GoalError, match="cannot be reached in the future"):
            gl.achieve_milestone(journal, first.id, on=date(2026, 4, 4))
    goal = gl.get_goal(journal, goal.id)  # type: ignore[assignment]
    assert [s.title for s in goal.milestones] == ["Write the proposal", "Run the review"]
    assert goal.open_milestones == 1
    assert not gl.unachieve_milestone(journal, first.id).achieved


def test_goal_cannot_be_achieved_with_open_milestones(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    goal = gl.create_goal(journal, m.id, "Give a talk")
    stone = gl.add_milestone(journal, goal.id, "Submit the abstract")
    with pytest.raises(gl.GoalError, match="open milestones"):
        gl.update_goal(journal, goal.id, title="Give a talk", why="", target_on=None,
                       status="achieved", criterion_ids=())
    gl.achieve_milestone(journal, stone.id)
    gl.update_goal(journal, goal.id, title="Give a talk", why="", target_on=None,
                   status="achieved", criterion_ids=["c-talk"])
    done = gl.get_goal(journal, goal.id)
    assert done is not None
    assert (done.status, done.criterion_ids) == ("achieved", ("c-talk",))
    with pytest.raises(gl.GoalError, match="set it back to active"):
        gl.unachieve_milestone(journal, stone.id)


@pytest.mark.parametrize("title, status, message", [
    ("", "active", "needs a title"),
    ("x" * 301, "active", "under 300"),
    ("ok", "finished", "active, achieved, parked or dropped"),
])
def test_goal_rules(title: str, status: str, message: str) -> None:
    with pytest.raises(gl.GoalError, match=message):
        gl.check_goal(title, status)


def test_statuses_order_and_parking(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    parked = gl.create_goal(journal, m.id, "Conference talk")
    gl.create_goal(journal, m.id, "Promotion")
    gl.update_goal(journal, parked.id, title="Conference talk", why="", target_on=None,
                   status="parked", criterion_ids=())
    assert [(g.title, g.status) for g in gl.list_goals(journal, m.id)] == [
        ("Promotion", "active"), ("Conference talk", "parked")]
    gl.delete_goal(journal, parked.id)
    assert len(gl.list_goals(journal, m.id)) == 1


def test_charter_criteria_come_from_the_newest_revision(journal: Journal) -> None:
    from mentorjournal.core.models import CharterRevision

    m = ms.create_mentorship(journal, "Priya")
    assert gl.charter_criteria(journal, m.id) == []
    with journal.store.session() as s:
        s.add(CharterRevision(mentorship_id=m.id, number=1, state="saved",
                              success_criteria=[{"id": "old", "text": "Old"}]))
        s.add(CharterRevision(mentorship_id=m.id, number=2, state="saved",
                              success_criteria=[{"id": "c-talk", "text": "Give a talk"}]))
    assert gl.charter_criteria(journal, m.id) == [gl.Criterion("c-talk", "Give a talk")]
