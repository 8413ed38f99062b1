"""Career plan: levels 1–5, unique skills, plan items linked within a mentorship, gaps."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentorjournal.core import career as cr
from mentorjournal.core import experiments as ex
from mentorjournal.core import mentorships as ms
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.core.journal import Journal


def test_gap_view_widest_gap_first_then_name(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    for name, cur, target in (("Writing", 2, 4), ("Architecture", 1, 5), ("Budgeting", 4, 4),
                              ("Coaching", 3, 5), ("Public speaking", 4, 3)):
        cr.create_skill(journal, m.id, name, current_level=cur, target_level=target)
    assert [(s.name, s.gap) for s in cr.skill_gaps(journal, m.id)] == [
        ("Architecture", 4), ("Coaching", 2), ("Writing", 2), ("Budgeting", 0),
        ("Public speaking", -1)]


@pytest.mark.parametrize("cur, target", [(0, 3), (1, 6), (-1, 2)])
def test_levels_stay_between_one_and_five(journal: Journal, cur: int, target: int) -> None:
    m = ms.create_mentorship(journal, "Priya")
    with pytest.raises(cr.CareerError, match="Levels go from 1 to 5"):
        cr.create_skill(journal, m.id, "Writing", current_level=cur, target_level=target)


def test_skill_names_are_required_and_unique(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    with pytest.raises(cr.CareerError, match="needs a name"):
        cr.create_skill(journal, m.id, "  ")
    writing = cr.create_skill(journal, m.id, "Writing")
    other = cr.create_skill(journal, m.id, "Design")
    with pytest.raises(cr.CareerError, match="already a skill called “Writing”"):
        cr.create_skill(journal, m.id, "writing")
    with pytest.raises(cr.CareerError, match="already a skill"):
        cr.update_skill(journal, other.id, name="WRITING", current_level=1, target_level=2,
                        evidence="")
    cr.update_skill(journal, writing.id, name="Writing", current_level=3, target_level=5,
                    evidence="Two design docs praised.")
    got = next(s for s in cr.list_skills(journal, m.id) if s.name == "Writing")
    assert (got.current_level, got.target_level, got.gap) == (3, 5, 2)
    cr.delete_skill(journal, other.id)
    assert [s.name for s in cr.list_skills(journal, m.id)] == ["Writing"]


def test_plan_items_link_skills_and_experiments(journal: Journal) -> None:
    m = ms.create_mentorship(journal, "Priya")
    elsewhere = ms.create_mentorship(journal, "Jonah")
    skill = cr.create_skill(journal, m.id, "Public speaking")
    exp = ex.create_experiment(journal, m.id, "Talk at the guild")
    foreign = cr.create_skill(journal, elsewhere.id, "Public speaking")
    item = cr.create_plan_item(journal, m.id, "Toastmasters", kind="course",
                               due_on=date(2026, 6, 1))
    cr.update_plan_item(journal, item.id, title="Toastmasters", kind="course",
                        status="in_progress", due_on=date(2026, 6, 1), notes="Tuesdays",
                        skill_ids=(skill.id,), experiment_ids=(exp.id,))
    item = cr.list_plan_items(journal, m.id)[0]
    assert (item.status, item.skill_ids, item.experiment_ids) == (
        "in_progress", (skill.id,), (exp.id,))
    with pytest.raises(cr.CareerError, match="own mentorship"):
        cr.update_plan_item(journal, item.id, title="Toastmasters", kind="course",
                            status="in_progress", due_on=None, notes="",
                            skill_ids=(foreign.id,))
    with use_clock(FixedClock(datetime(2026, 6, 2, 9))):
        assert cr.list_plan_items(journal, m.id)[0].overdue
    cr.delete_plan_item(journal, item.id)
    assert cr.list_plan_items(journal, m.id) == []


@pytest.mark.parametrize("title, kind, status, message", [
    ("", "course", "planned", "needs a title"),
    ("AWS", "badge", "planned", "what kind of step"),
    ("AWS", "certification", "paused", "planned, in progress, done or dropped"),
])
def test_plan_item_rules(title: str, kind: str, status: str, message: str) -> None:
    with pytest.raises(cr.CareerError, match=message):
        cr.check_plan_item(title, kind, status)


def test_every_kind_of_the_schema_has_a_label() -> None:
    from mentorjournal.core.models import PLAN_ITEM_KINDS, PLAN_ITEM_STATUSES

    assert cr.KINDS == PLAN_ITEM_KINDS and set(cr.KIND_LABELS) == set(PLAN_ITEM_KINDS)
    assert cr.STATUSES == PLAN_ITEM_STATUSES
