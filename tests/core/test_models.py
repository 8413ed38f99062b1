"""Every entity round-trips with its identity and times, and bad values are refused."""

from __future__ import annotations

import re
import time
from datetime import date, datetime

import pytest
from sqlalchemy.exc import IntegrityError

from mentorjournal.core import models as m
from mentorjournal.core.journal import Journal

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def _one_of_each(s) -> dict[str, m.Row]:  # type: ignore[no-untyped-def]
    ms = m.Mentorship(name="Priya", counterpart="Priya Raman", my_role="mentee")
    s.add(ms)
    s.flush()
    topic = m.Topic(name="leadership")
    check_in = m.CheckIn(mentorship_id=ms.id, held_at=datetime(2026, 3, 1, 17, 30),
                         wins="Shipped it", topics=[topic])
    s.add(check_in)
    s.flush()
    goal = m.Goal(mentorship_id=ms.id, title="Get promoted")
    goal.milestones.append(m.Milestone(title="Packet written"))
    skill = m.Skill(mentorship_id=ms.id, name="Design", current_level=2, target_level=4)
    experiment = m.Experiment(mentorship_id=ms.id, title="Write first", hypothesis="If…")
    rows: dict[str, m.Row] = {
        "Mentorship": ms, "Topic": topic, "CheckIn": check_in, "Goal": goal,
        "Milestone": goal.milestones[0], "Skill": skill, "Experiment": experiment,
        "CharterRevision": m.CharterRevision(mentorship_id=ms.id, number=1, state="saved",
                                             cadence_value=2, review_interval_months=6,
                                             success_criteria=[{"id": "a", "text": "x"}]),
        "CharterReview": m.CharterReview(mentorship_id=ms.id, reviewed_on=date(2026, 4, 1)),
        "ActionItem": m.ActionItem(mentorship_id=ms.id, session_id=check_in.id, text="Draft"),
        "Contribution": m.Contribution(mentorship_id=ms.id, direction="given", kind="feedback"),
        "Introduction": m.Introduction(mentorship_id=ms.id, person_name="Mei"),
        "PlanItem": m.PlanItem(mentorship_id=ms.id, title="Course", kind="course",
                               skills=[skill], experiments=[experiment]),
    }
    s.add_all(rows.values())
    return rows


def test_every_entity_gets_uuid_and_times(journal: Journal) -> None:
    with journal.store.session() as s:
        rows = _one_of_each(s)
        s.flush()
        ids = {name: row.id for name, row in rows.items()}
    assert {type(r) for r in rows.values()} == set(m.ENTITY_MODELS)
    with journal.store.session() as s:
        for model in m.ENTITY_MODELS:
            found = s.get(model, ids[model.__name__])
            assert found is not None, model.__name__
            assert UUID_RE.match(found.id)
            assert isinstance(found.created_at, datetime)
            assert found.updated_at >= found.created_at
        plan = s.get(m.PlanItem, ids["PlanItem"])
        assert [sk.name for sk in plan.skills] == ["Design"]
        check_in = s.get(m.CheckIn, ids["CheckIn"])
        assert [t.name for t in check_in.topics] == ["leadership"]
        assert s.get(m.CharterRevision, ids["CharterRevision"]).success_criteria == [
            {"id": "a", "text": "x"}]


def test_updated_at_moves_on_change(journal: Journal) -> None:
    with journal.store.session() as s:
        ms = m.Mentorship(name="Priya")
        s.add(ms)
    before = ms.updated_at
    time.sleep(0.01)
    with journal.store.session() as s:
        row = s.get(m.Mentorship, ms.id)
        row.name = "Priya R."
    with journal.store.session() as s:
        row = s.get(m.Mentorship, ms.id)
        assert row.updated_at > before
        assert row.created_at == ms.created_at


@pytest.mark.parametrize("bad", [
    lambda mid: m.Mentorship(name="x", my_role="boss"),
    lambda mid: m.ActionItem(mentorship_id=mid, text="x", status="maybe"),
    lambda mid: m.Experiment(mentorship_id=mid, title="x", outcome="great"),
    lambda mid: m.Skill(mentorship_id=mid, name="x", current_level=9),
    lambda mid: m.CharterRevision(mentorship_id=mid, cadence_value=0),
    lambda mid: m.CharterRevision(mentorship_id=mid, review_interval_months=30),
    lambda mid: m.ActionItem(mentorship_id="no-such-mentorship", text="x"),
])
def test_database_refuses_impossible_values(journal: Journal, bad) -> None:  # type: ignore[no-untyped-def]
    with journal.store.session() as s:
        ms = m.Mentorship(name="Priya")
        s.add(ms)
    with pytest.raises(IntegrityError), journal.store.session() as s:
        s.add(bad(ms.id))
    with journal.store.session() as s:  # nothing half-written
        assert s.query(m.ActionItem).count() == 0


def test_deleting_a_mentorship_removes_its_rows(journal: Journal) -> None:
    with journal.store.session() as s:
        rows = _one_of_each(s)
        mid = rows["Mentorship"].id
    with journal.store.session() as s:
        s.delete(s.get(m.Mentorship, mid))
    conn = journal.reader()
    for table in ("sessions", "action_items", "goals", "milestones", "charter_revisions"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_pragmas_are_durable(journal: Journal) -> None:
    with journal.store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    reader = journal.reader()
    assert reader.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert reader.execute("PRAGMA foreign_keys").fetchone()[0] == 1
