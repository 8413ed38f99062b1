"""Goals of a mentorship and the milestones on the way to them.

A goal links to success criteria of the charter by their ids, so the link survives a
charter revision. Reaching a milestone is a moment worth marking: it gets the date it
happened and a note of how it was celebrated.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal

STATUSES = ("active", "achieved", "parked", "dropped")
STATUS_LABELS = {"active": "Active", "achieved": "Achieved", "parked": "Parked",
                 "dropped": "Dropped"}
MAX_TITLE_LENGTH = 300


class GoalError(ValueError):
    """A request about a goal or milestone that cannot be honoured; one sentence."""


@dataclass(frozen=True)
class MilestoneInfo:
    id: str
    goal_id: str
    title: str
    target_on: date | None
    achieved_on: date | None
    celebration: str

    @property
    def achieved(self) -> bool:
        return self.achieved_on is not None


@dataclass(frozen=True)
class GoalInfo:
    id: str
    mentorship_id: str
    title: str
    why: str
    target_on: date | None
    status: str
    criterion_ids: tuple[str, ...]
    milestones: tuple[MilestoneInfo, ...] = ()

    @property
    def open_milestones(self) -> int:
        return sum(1 for m in self.milestones if not m.achieved)


@dataclass(frozen=True)
class Criterion:
    """A success criterion of the charter a goal can be linked to."""

    id: str
    text: str


def clean_title(title: str, what: str = "goal") -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise GoalError(f"A {what} needs a title.")
    if len(cleaned) > MAX_TITLE_LENGTH:
        raise GoalError(f"Keep the title under {MAX_TITLE_LENGTH} characters.")
    return cleaned


def check_goal(title: str, status: str, milestones: tuple[MilestoneInfo, ...] = ()) -> None:
    """The rules a goal's fields must keep; raised before anything is written."""
    clean_title(title)
    if status not in STATUSES:
        raise GoalError("A goal is active, achieved, parked or dropped.")
    if status == "achieved" and any(not m.achieved for m in milestones):
        raise GoalError("Reach or remove the open milestones before marking the goal "
                        "achieved.")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _ids(value: str | None) -> tuple[str, ...]:
    try:
        loaded = json.loads(value) if value else []
    except ValueError:
        return ()
    return tuple(str(v) for v in loaded) if isinstance(loaded, list) else ()


def list_goals(journal: Journal, mentorship_id: str) -> list[GoalInfo]:
    """Active goals first, then achieved, parked and dropped; each by target date."""
    conn = journal.reader()
    goals = conn.execute(
        "SELECT id, mentorship_id, title, why, target_on, status, criterion_ids FROM goals "
        "WHERE mentorship_id = ? ORDER BY CASE status WHEN 'active' THEN 0 WHEN 'achieved' "
        "THEN 1 WHEN 'parked' THEN 2 ELSE 3 END, target_on IS NULL, target_on, "
        "title COLLATE NOCASE", (mentorship_id,)).fetchall()
    stones = conn.execute(
        "SELECT m.id, m.goal_id, m.title, m.target_on, m.achieved_on, m.celebration "
        "FROM milestones m JOIN goals g ON g.id = m.goal_id WHERE g.mentorship_id = ? "
        "ORDER BY m.target_on IS NULL, m.target_on, m.created_at", (mentorship_id,)).fetchall()
    by_goal: dict[str, list[MilestoneInfo]] = {}
    for r in stones:
        by_goal.setdefault(r[1], []).append(MilestoneInfo(
            r[0], r[1], r[2], _day(r[3]), _day(r[4]), r[5] or ""))
    return [GoalInfo(r[0], r[1], r[2], r[3] or "", _day(r[4]), r[5], _ids(r[6]),
                     tuple(by_goal.get(r[0], ()))) for r in goals]


def get_goal(journal: Journal, goal_id: str) -> GoalInfo | None:
    row = journal.reader().execute("SELECT mentorship_id FROM goals WHERE id = ?",
                                   (goal_id,)).fetchone()
    if row is None:
        return None
    return next((g for g in list_goals(journal, row[0]) if g.id == goal_id), None)


def charter_criteria(journal: Journal, mentorship_id: str) -> list[Criterion]:
    """The success criteria of the newest charter revision (a draft counts too)."""
    row = journal.reader().execute(
        "SELECT success_criteria FROM charter_revisions WHERE mentorship_id = ? "
        "ORDER BY number DESC, created_at DESC LIMIT 1", (mentorship_id,)).fetchone()
    try:
        items = json.loads(row[0]) if row and row[0] else []
    except ValueError:
        return []
    return [Criterion(str(i["id"]), str(i.get("text", ""))) for i in items
            if isinstance(i, dict) and i.get("id")]


def create_goal(journal: Journal, mentorship_id: str, title: str, *, why: str = "",
                target_on: date | None = None) -> GoalInfo:
    from mentorjournal.core.models import Goal

    cleaned = clean_title(title)
    with journal.store.session() as s:
        row = Goal(mentorship_id=mentorship_id, title=cleaned, why=why, target_on=target_on,
                   status="active", criterion_ids=[])
        s.add(row)
        s.flush()
        new_id = row.id
    return _must_get(journal, new_id)


def update_goal(journal: Journal, goal_id: str, *, title: str, why: str,
                target_on: date | None, status: str,
                criterion_ids: tuple[str, ...] | list[str]) -> None:
    """Write the goal editor's fields. Runs on the autosave worker: ORM only."""
    from mentorjournal.core.models import Goal

    with journal.store.session() as s:
        row = s.get(Goal, goal_id)
        if row is None:
            raise GoalError("That goal no longer exists.")
        stones = tuple(MilestoneInfo(m.id, m.goal_id, m.title, m.target_on, m.achieved_on,
                                     m.celebration) for m in row.milestones)
        check_goal(title, status, stones)
        row.title = clean_title(title)
        row.why = why
        row.target_on = target_on
        row.status = status
        row.criterion_ids = list(criterion_ids)


def delete_goal(journal: Journal, goal_id: str) -> None:
    """Its milestones go with it; its experiments stay, no longer under a goal."""
    from mentorjournal.core.models import Goal

    with journal.store.session() as s:
        row = s.get(Goal, goal_id)
        if row is not None:
            s.delete(row)


def _must_get(journal: Journal, goal_id: str) -> GoalInfo:
    goal = get_goal(journal, goal_id)
    if goal is None:
        raise GoalError("That goal no longer exists.")
    return goal


def _milestone(journal: Journal, milestone_id: str) -> MilestoneInfo:
    row = journal.reader().execute(
        "SELECT id, goal_id, title, target_on, achieved_on, celebration FROM milestones "
        "WHERE id = ?", (milestone_id,)).fetchone()
    if row is None:
        raise GoalError("That milestone no longer exists.")
    return MilestoneInfo(row[0], row[1], row[2], _day(row[3]), _day(row[4]), row[5] or "")


def add_milestone(journal: Journal, goal_id: str, title: str, *,
                  target_on: date | None = None) -> MilestoneInfo:
    from mentorjournal.core.models import Milestone

    cleaned = clean_title(title, "milestone")
    _must_get(journal, goal_id)
    with journal.store.session() as s:
        row = Milestone(goal_id=goal_id, title=cleaned, target_on=target_on)
        s.add(row)
        s.flush()
        new_id = row.id
    return _milestone(journal, new_id)


def update_milestone(journal: Journal, milestone_id: str, *, title: str,
                     target_on: date | None, celebration: str) -> None:
    """Write the milestone editor's fields (autosave worker: ORM only)."""
    from mentorjournal.core.models import Milestone

    cleaned = clean_title(title, "milestone")
    with journal.store.session() as s:
        row = s.get(Milestone, milestone_id)
        if row is None:
            raise GoalError("That milestone no longer exists.")
        row.title = cleaned
        row.target_on = target_on
        row.celebration = celebration


def achieve_milestone(journal: Journal, milestone_id: str, *, on: date | None = None,
                      celebration: str | None = None) -> MilestoneInfo:
    """Mark a milestone reached (today unless told); refused twice or in the future."""
    from mentorjournal.core.models import Milestone

    day = on or clock.today()
    if day > clock.today():
        raise GoalError("A milestone cannot be reached in the future; pick today or earlier.")
    with journal.store.session() as s:
        row = s.get(Milestone, milestone_id)
        if row is None:
            raise GoalError("That milestone no longer exists.")
        if row.achieved_on is not None:
            raise GoalError(f"That milestone was already reached on {row.achieved_on:%d %b %Y}.")
        row.achieved_on = day
        if celebration is not None:
            row.celebration = celebration
    return _milestone(journal, milestone_id)


def unachieve_milestone(journal: Journal, milestone_id: str) -> MilestoneInfo:
    """Take back a milestone marked by mistake; its celebration note is kept."""
    from mentorjournal.core.models import Goal, Milestone

    with journal.store.session() as s:
        row = s.get(Milestone, milestone_id)
        if row is None:
            raise GoalError("That milestone no longer exists.")
        goal = s.get(Goal, row.goal_id)
        if goal is not None and goal.status == "achieved":
            raise GoalError("The goal is marked achieved; set it back to active first.")
        row.achieved_on = None
    return _milestone(journal, milestone_id)


def delete_milestone(journal: Journal, milestone_id: str) -> None:
    from mentorjournal.core.models import Milestone

    with journal.store.session() as s:
        row = s.get(Milestone, milestone_id)
        if row is not None:
            s.delete(row)
