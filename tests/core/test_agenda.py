"""The next-session agenda gathers what is still open, in plain text."""

from __future__ import annotations

from datetime import date, datetime

from mentorjournal.core import actions as ac
from mentorjournal.core.agenda import build_agenda
from mentorjournal.core.checkins import create_checkin
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship


def test_agenda_from_actions_experiments_questions_and_criteria(journal: Journal) -> None:
    from mentorjournal.core.models import CharterRevision, Experiment

    mid = create_mentorship(journal, "Priya", started_on=date(2025, 1, 1)).id
    old = create_checkin(journal, mid, held_at=datetime(2025, 4, 1, 9), sections={
        "questions": "- [ ] How do I pitch the rewrite?\n- [x] Answered one?\n- Old question?"})
    new = create_checkin(journal, mid, held_at=datetime(2025, 4, 15, 9), sections={
        "questions": "- When is a design doc ready?\n- [x] Done already?\nA statement."})
    ac.add_action(journal, old.id, "Send the draft", due_on=date(2025, 4, 10))
    closed = ac.add_action(journal, new.id, "Closed thing")
    ac.set_status(journal, closed.id, "done")
    with journal.store.session() as s:
        s.add(Experiment(mentorship_id=mid, title="Morning deep work", status="running",
                         hypothesis="Mornings make me faster"))
        s.add(Experiment(mentorship_id=mid, title="Finished one", status="concluded"))
        s.add(CharterRevision(mentorship_id=mid, number=1, state="saved", success_criteria=[
            {"id": "a", "text": "Give one talk", "target_date": "2025-12-31", "met": False},
            {"id": "b", "text": "Already met", "met": True}]))
    with use_clock(FixedClock(datetime(2025, 4, 20, 9))):
        agenda = build_agenda(journal, mid)
        text = agenda.as_text()
    sections = {s.title: s.items for s in agenda.sections}
    assert sections["Open actions"] == ("Send the draft (me, due 2025-04-10, overdue)",)
    assert sections["Running experiments"] == ("Morning deep work: Mornings make me faster",)
    assert sections["Unanswered questions"] == ("When is a design doc ready?",
                                                "How do I pitch the rewrite?")
    assert sections["Success criteria still to meet"] == ("Give one talk (by 2025-12-31)",)
    assert text.startswith("Agenda for the next check-in with Priya\nPrepared 2025-04-20")
    assert "- Send the draft" in text and "Closed thing" not in text
