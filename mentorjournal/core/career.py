"""The career plan: skills with a current and a target level, and plan items.

Plan items (a course, a certification, a side project…) link to the skills they grow
and to the experiments that try them out, through the association tables of the schema.
The gap view puts the widest gap between target and current level first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal

MIN_LEVEL, MAX_LEVEL = 1, 5
KINDS = ("certification", "course", "side_project", "cross_functional", "reading", "other")
KIND_LABELS = {"certification": "Certification", "course": "Course",
               "side_project": "Side project", "cross_functional": "Cross-functional assignment",
               "reading": "Reading", "other": "Other"}
STATUSES = ("planned", "in_progress", "done", "dropped")
STATUS_LABELS = {"planned": "Planned", "in_progress": "In progress", "done": "Done",
                 "dropped": "Dropped"}


class CareerError(ValueError):
    """A request about the career plan that cannot be honoured; one sentence."""


@dataclass(frozen=True)
class SkillInfo:
    id: str
    name: str
    current_level: int
    target_level: int
    evidence: str

    @property
    def gap(self) -> int:
        return self.target_level - self.current_level


@dataclass(frozen=True)
class PlanItemInfo:
    id: str
    title: str
    kind: str
    status: str
    due_on: date | None
    notes: str
    skill_ids: tuple[str, ...]
    experiment_ids: tuple[str, ...]

    @property
    def overdue(self) -> bool:
        return (self.status in ("planned", "in_progress") and self.due_on is not None
                and self.due_on < clock.today())


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise CareerError("A skill needs a name, such as “System design”.")
    if len(cleaned) > 200:
        raise CareerError("Keep the skill's name under 200 characters.")
    return cleaned


def check_levels(current: int, target: int) -> None:
    for level in (current, target):
        if not MIN_LEVEL <= level <= MAX_LEVEL:
            raise CareerError(f"Levels go from {MIN_LEVEL} to {MAX_LEVEL}.")


def gap_order(skills: list[SkillInfo]) -> list[SkillInfo]:
    """Widest gap (target − current) first; equal gaps by name."""
    return sorted(skills, key=lambda s: (-s.gap, s.name.casefold()))


# ----- skills --------------------------------------------------------------------------
def list_skills(journal: Journal, mentorship_id: str) -> list[SkillInfo]:
    rows = journal.reader().execute(
        "SELECT id, name, current_level, target_level, evidence FROM skills "
        "WHERE mentorship_id = ? ORDER BY name COLLATE NOCASE", (mentorship_id,)).fetchall()
    return [SkillInfo(r[0], r[1], r[2], r[3], r[4] or "") for r in rows]


def skill_gaps(journal: Journal, mentorship_id: str) -> list[SkillInfo]:
    return gap_order(list_skills(journal, mentorship_id))


def _skill(journal: Journal, skill_id: str) -> SkillInfo:
    r = journal.reader().execute(
        "SELECT id, name, current_level, target_level, evidence FROM skills WHERE id = ?",
        (skill_id,)).fetchone()
    if r is None:
        raise CareerError("That skill no longer exists.")
    return SkillInfo(r[0], r[1], r[2], r[3], r[4] or "")


def _check_unique(journal: Journal, mentorship_id: str, name: str, skill_id: str | None) -> None:
    for other in list_skills(journal, mentorship_id):
        if other.name.casefold() == name.casefold() and other.id != skill_id:
            raise CareerError(f"There is already a skill called “{other.name}”.")


def create_skill(journal: Journal, mentorship_id: str, name: str, *, current_level: int = 1,
                 target_level: int = 3, evidence: str = "") -> SkillInfo:
    from mentorjournal.core.models import Skill

    cleaned = clean_name(name)
    check_levels(current_level, target_level)
    _check_unique(journal, mentorship_id, cleaned, None)
    with journal.store.session() as s:
        row = Skill(mentorship_id=mentorship_id, name=cleaned, current_level=current_level,
                    target_level=target_level, evidence=evidence)
        s.add(row)
        s.flush()
        new_id = row.id
    return _skill(journal, new_id)


def update_skill(journal: Journal, skill_id: str, *, name: str, current_level: int,
                 target_level: int, evidence: str) -> None:
    """Write the skill editor's fields (autosave worker: ORM only)."""
    from sqlalchemy import func, select

    from mentorjournal.core.models import Skill

    cleaned = clean_name(name)
    check_levels(current_level, target_level)
    with journal.store.session() as s:
        row = s.get(Skill, skill_id)
        if row is None:
            raise CareerError("That skill no longer exists.")
        clash = s.scalars(select(Skill.name).where(
            Skill.mentorship_id == row.mentorship_id, Skill.id != skill_id,
            func.lower(Skill.name) == cleaned.lower())).first()
        if clash is not None:
            raise CareerError(f"There is already a skill called “{clash}”.")
        row.name, row.current_level, row.target_level = cleaned, current_level, target_level
        row.evidence = evidence


def delete_skill(journal: Journal, skill_id: str) -> None:
    from mentorjournal.core.models import Skill

    with journal.store.session() as s:
        row = s.get(Skill, skill_id)
        if row is not None:
            s.delete(row)


# ----- plan items ----------------------------------------------------------------------
def list_plan_items(journal: Journal, mentorship_id: str) -> list[PlanItemInfo]:
    """Open items first by due date (undated last), then done and dropped ones."""
    conn = journal.reader()
    rows = conn.execute(
        "SELECT id, title, kind, status, due_on, notes FROM plan_items WHERE mentorship_id = ? "
        "ORDER BY status IN ('done', 'dropped'), due_on IS NULL, due_on, title COLLATE NOCASE",
        (mentorship_id,)).fetchall()
    skills: dict[str, list[str]] = {}
    for pid, sid in conn.execute(
            "SELECT l.plan_item_id, l.skill_id FROM plan_item_skills l JOIN plan_items p "
            "ON p.id = l.plan_item_id WHERE p.mentorship_id = ?", (mentorship_id,)):
        skills.setdefault(pid, []).append(sid)
    experiments: dict[str, list[str]] = {}
    for pid, eid in conn.execute(
            "SELECT l.plan_item_id, l.experiment_id FROM plan_item_experiments l "
            "JOIN plan_items p ON p.id = l.plan_item_id WHERE p.mentorship_id = ?",
            (mentorship_id,)):
        experiments.setdefault(pid, []).append(eid)
    return [PlanItemInfo(r[0], r[1], r[2], r[3], _day(r[4]), r[5] or "",
                         tuple(sorted(skills.get(r[0], ()))),
                         tuple(sorted(experiments.get(r[0], ())))) for r in rows]


def _plan_item(journal: Journal, item_id: str) -> PlanItemInfo:
    row = journal.reader().execute("SELECT mentorship_id FROM plan_items WHERE id = ?",
                                   (item_id,)).fetchone()
    found = next((i for i in list_plan_items(journal, row[0]) if i.id == item_id), None) \
        if row else None
    if found is None:
        raise CareerError("That plan item no longer exists.")
    return found


def check_plan_item(title: str, kind: str, status: str) -> str:
    cleaned = " ".join(title.split())
    if not cleaned:
        raise CareerError("A plan item needs a title, such as the course's name.")
    if kind not in KINDS:
        raise CareerError("Choose what kind of step this is, such as a course or a "
                          "side project.")
    if status not in STATUSES:
        raise CareerError("A plan item is planned, in progress, done or dropped.")
    return cleaned


def create_plan_item(journal: Journal, mentorship_id: str, title: str, *,
                     kind: str = "other", due_on: date | None = None) -> PlanItemInfo:
    from mentorjournal.core.models import PlanItem

    cleaned = check_plan_item(title, kind, "planned")
    with journal.store.session() as s:
        row = PlanItem(mentorship_id=mentorship_id, title=cleaned, kind=kind,
                       status="planned", due_on=due_on)
        s.add(row)
        s.flush()
        new_id = row.id
    return _plan_item(journal, new_id)


def update_plan_item(journal: Journal, item_id: str, *, title: str, kind: str, status: str,
                     due_on: date | None, notes: str, skill_ids: tuple[str, ...] = (),
                     experiment_ids: tuple[str, ...] = ()) -> None:
    """Write the plan item editor's fields; links must stay inside the mentorship.

    Runs on the autosave worker, so it touches only the ORM."""
    from mentorjournal.core.models import Experiment, PlanItem, Skill

    cleaned = check_plan_item(title, kind, status)
    with journal.store.session() as s:
        row = s.get(PlanItem, item_id)
        if row is None:
            raise CareerError("That plan item no longer exists.")
        linked_skills = [s.get(Skill, i) for i in skill_ids]
        linked_experiments = [s.get(Experiment, i) for i in experiment_ids]
        if any(x is None or x.mentorship_id != row.mentorship_id
               for x in [*linked_skills, *linked_experiments]):
            raise CareerError("A plan item can only link skills and experiments of its "
                              "own mentorship.")
        row.title, row.kind, row.status, row.due_on, row.notes = (
            cleaned, kind, status, due_on, notes)
        row.skills = [x for x in linked_skills if x is not None]
        row.experiments = [x for x in linked_experiments if x is not None]


def delete_plan_item(journal: Journal, item_id: str) -> None:
    from mentorjournal.core.models import PlanItem

    with journal.store.session() as s:
        row = s.get(PlanItem, item_id)
        if row is not None:
            s.delete(row)
