"""The snapshot read with plain SQL matches what was written, and the cache notices edits."""

from __future__ import annotations

from datetime import date, datetime

from mentorjournal.core import models as m
from mentorjournal.core.journal import Journal
from mentorjournal.core.progress import progress_view
from mentorjournal.core.progress_data import data_version, load_snapshot


def _fill(journal: Journal) -> tuple[str, str]:
    with journal.store.session() as s:
        priya = m.Mentorship(name="Priya", started_on=date(2026, 1, 1))
        jonah = m.Mentorship(name="Jonah", my_role="mentor", started_on=date(2026, 1, 1))
        s.add_all([priya, jonah])
        s.flush()
        writing = m.Topic(name="writing")
        checkin = m.CheckIn(mentorship_id=priya.id, held_at=datetime(2026, 2, 3, 17, 30),
                            agenda="Promotion packet", topics=[writing])
        s.add(checkin)
        s.add(m.CheckIn(mentorship_id=jonah.id, held_at=datetime(2026, 2, 5, 12)))
        s.flush()
        s.add(m.ActionItem(mentorship_id=priya.id, session_id=checkin.id, text="Draft",
                           due_on=date(2026, 2, 10), status="done", closed_on=date(2026, 2, 9)))
        s.add(m.CharterRevision(mentorship_id=priya.id, number=1, state="saved",
                                effective_on=date(2026, 1, 1), cadence_value=2,
                                cadence_unit="weeks"))
        s.add(m.CharterRevision(mentorship_id=priya.id, number=2, state="draft",
                                cadence_value=1, cadence_unit="weeks"))
        goal = m.Goal(mentorship_id=priya.id, title="Promotion")
        goal.milestones.append(m.Milestone(title="Packet sent", achieved_on=date(2026, 2, 20)))
        goal.milestones.append(m.Milestone(title="Not yet"))
        s.add(goal)
        s.add(m.Introduction(mentorship_id=priya.id, session_id=checkin.id, person_name="Mei"))
        s.add(m.Contribution(mentorship_id=priya.id, direction="given",
                             happened_on=date(2026, 2, 3)))
        return priya.id, jonah.id


def test_snapshot_reads_one_mentorship_or_all(journal: Journal) -> None:
    priya, _jonah = _fill(journal)
    snap = load_snapshot(journal, priya)
    assert [(s.held_on, s.topics, s.label) for s in snap.sessions] == [
        (date(2026, 2, 3), ("writing",), "Promotion packet")]
    action = snap.actions[0]
    assert (action.opened_on, action.due_on, action.status) == (
        date(2026, 2, 3), date(2026, 2, 10), "done")  # opened on its check-in's day
    assert [(c.number, c.cadence_days) for c in snap.charters] == [(1, 14)]  # drafts ignored
    assert [x.title for x in snap.milestones] == ["Packet sent"]
    assert snap.introductions[0].met_on == date(2026, 2, 3)  # undated: its check-in's day
    assert len(load_snapshot(journal, None).sessions) == 2
    assert snap.first_day() == date(2026, 1, 1)


def test_view_is_cached_until_the_journal_changes(journal: Journal) -> None:
    priya, _jonah = _fill(journal)
    today = date(2026, 3, 1)
    version = data_version(journal)
    first = progress_view(journal, priya, "3m", today)
    assert progress_view(journal, priya, "3m", today) is first
    assert progress_view(journal, priya, "1y", today) is not first
    with journal.store.session() as s:
        s.add(m.CheckIn(mentorship_id=priya, held_at=datetime(2026, 2, 24, 9)))
    assert data_version(journal) != version
    fresh = progress_view(journal, priya, "3m", today)
    assert len(fresh.snapshot.sessions) == 2 and fresh is not first


def test_data_version_is_read_again_only_after_another_connection_wrote(journal: Journal) -> None:
    """The fingerprint's counts are reused while SQLite's data_version says nothing was
    committed since; a write through the store (another connection) changes it."""
    from mentorjournal.core import mentorships as ms

    first = data_version(journal)
    assert data_version(journal) is first  # nothing written: the same fingerprint object
    ms.create_mentorship(journal, "Priya")
    second = data_version(journal)
    assert second != first
    assert data_version(journal) is second
    journal.close()  # a reopened reader is a new connection: counted afresh
    assert data_version(journal) == second and data_version(journal) is not second
