"""The charter's rules: drafts, immutable revisions, comparison, validation, reviews."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from mentorjournal.core import charter as ch
from mentorjournal.core import mentorships as ms
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.core.journal import Journal

FIRST = ch.CharterContent(
    my_objectives="Grow into staff-level scope.", their_objectives="Practise coaching.",
    success_vision="I lead a cross-team decision.",
    success_criteria=(ch.SuccessCriterion("Lead two design reviews", date(2026, 6, 1),
                                          id="c-1"),),
    cadence_value=2, cadence_unit="weeks", session_minutes=60, channels="Video",
    review_interval_months=6)


@pytest.fixture
def clock_at():  # type: ignore[no-untyped-def]
    fixed = FixedClock(datetime(2026, 1, 31, 9, 0))
    with use_clock(fixed):
        yield fixed


@pytest.fixture
def mid(journal: Journal) -> str:
    return ms.create_mentorship(journal, "Priya").id


def test_draft_is_kept_and_only_one_exists(journal: Journal, mid: str) -> None:
    assert ch.get_draft(journal, mid) is None
    assert ch.working_content(journal, mid) == ch.CharterContent()
    assert ch.save_draft(journal, mid, replace(FIRST, my_objectives="first try"))
    assert ch.save_draft(journal, mid, FIRST)
    drafts = journal.reader().execute(
        "SELECT count(*) FROM charter_revisions WHERE state = 'draft'").fetchone()[0]
    assert drafts == 1
    draft = ch.get_draft(journal, mid)
    assert draft is not None and draft.content == FIRST
    assert ch.working_content(journal, mid) == FIRST


def test_a_blank_draft_is_not_kept(journal: Journal, mid: str) -> None:
    assert not ch.save_draft(journal, mid, ch.CharterContent())
    assert ch.get_draft(journal, mid) is None


def test_save_revisions_numbers_them_and_never_changes_old_ones(
        journal: Journal, mid: str, clock_at: FixedClock) -> None:
    ch.save_draft(journal, mid, FIRST)
    first = ch.save_revision(journal, mid, FIRST, "  Kick-off  agreement ")
    assert (first.number, first.state, first.reason) == (1, "saved", "Kick-off agreement")
    assert first.effective_on == date(2026, 1, 31)
    assert ch.get_draft(journal, mid) is None  # the draft became revision 1

    clock_at.advance(days=40)
    second_content = replace(FIRST, cadence_value=1, my_objectives="Lead the platform team.")
    assert ch.save_draft(journal, mid, second_content)
    assert ch.list_revisions(journal, mid)[0].content == FIRST  # the draft is separate
    second = ch.save_revision(journal, mid, second_content, "Renegotiated after promotion")
    assert second.number == 2
    revisions = ch.list_revisions(journal, mid)
    assert [r.number for r in revisions] == [2, 1]
    assert revisions[1].content == FIRST and revisions[1].reason == "Kick-off agreement"
    assert ch.latest_revision(journal, mid) == revisions[0]


def test_a_draft_equal_to_the_latest_revision_is_dropped(journal: Journal, mid: str) -> None:
    ch.save_revision(journal, mid, FIRST, "start")
    assert ch.save_draft(journal, mid, replace(FIRST, channels="Chat"))
    assert not ch.save_draft(journal, mid, FIRST)
    assert ch.get_draft(journal, mid) is None


@pytest.mark.parametrize("reason, message", [
    ("", "why you are saving"), ("   ", "why you are saving"), ("x" * 301, "under 300"),
])
def test_a_revision_needs_a_reason(journal: Journal, mid: str, reason: str,
                                   message: str) -> None:
    with pytest.raises(ch.CharterError, match=message) as err:
        ch.save_revision(journal, mid, FIRST, reason)
    assert err.value.field == "reason"
    assert ch.list_revisions(journal, mid) == []


def test_nothing_to_save_is_refused_clearly(journal: Journal, mid: str) -> None:
    with pytest.raises(ch.CharterError, match="at least one part"):
        ch.save_revision(journal, mid, ch.CharterContent(), "empty")
    ch.save_revision(journal, mid, FIRST, "start")
    with pytest.raises(ch.CharterError, match="Nothing changed since revision 1"):
        ch.save_revision(journal, mid, FIRST, "again")


@pytest.mark.parametrize("change, field, words", [
    ({"cadence_value": 0}, "cadence_value", "above zero"),
    ({"cadence_value": -2}, "cadence_value", "above zero"),
    ({"session_minutes": 0}, "session_minutes", "at least one minute"),
    ({"session_minutes": -30}, "session_minutes", "at least one minute"),
    ({"review_interval_months": 25}, "review_interval_months", "1 to 24 months"),
    ({"review_interval_months": 0}, "review_interval_months", "1 to 24 months"),
    ({"success_criteria": (ch.SuccessCriterion("", date(2026, 1, 1)),)}, "success_criteria",
     "Describe each success criterion"),
])
def test_validation_names_the_field_in_one_sentence(journal: Journal, mid: str,
                                                    change: dict, field: str,
                                                    words: str) -> None:
    bad = replace(FIRST, **change)
    problems = ch.validate(bad)
    assert [p.field for p in problems] == [field]
    assert words in problems[0].message and problems[0].message.count(". ") == 0
    with pytest.raises(ch.CharterError, match=words):
        ch.save_revision(journal, mid, bad, "try")
    # A draft keeps everything else and leaves the refused number unset.
    ch.save_draft(journal, mid, bad)
    draft = ch.get_draft(journal, mid)
    assert draft is not None and draft.content.my_objectives == FIRST.my_objectives
    assert ch.validate(draft.content) == [] or field == "success_criteria"


def test_edge_values_are_accepted() -> None:
    assert ch.validate(replace(FIRST, cadence_value=1, session_minutes=1,
                               review_interval_months=24)) == []
    assert ch.validate(replace(FIRST, review_interval_months=1)) == []
    assert ch.validate(ch.CharterContent()) == []


def test_parse_whole_number() -> None:
    assert ch.parse_whole_number(" 3 ", "cadence_value") == 3
    assert ch.parse_whole_number("", "cadence_value") is None
    assert ch.parse_whole_number("-1", "cadence_value") == -1
    with pytest.raises(ch.CharterError, match="whole number") as err:
        ch.parse_whole_number("two", "session_minutes")
    assert err.value.field == "session_minutes"


def test_diff_lists_exactly_the_changed_fields() -> None:
    after = replace(FIRST, cadence_value=1, session_minutes=45,
                    success_criteria=(replace(FIRST.success_criteria[0], met=True),))
    changes = ch.diff(FIRST, after)
    assert [c.field for c in changes] == ["success_criteria", "cadence_value",
                                          "session_minutes"]
    assert (changes[1].before, changes[1].after) == (2, 1)
    assert ch.diff(FIRST, FIRST) == []


def test_success_criteria_round_trip_with_ids(journal: Journal, mid: str) -> None:
    ch.save_revision(journal, mid, FIRST, "start")
    stored = ch.latest_revision(journal, mid)
    assert stored is not None
    assert stored.content.success_criteria[0].to_json() == {
        "id": "c-1", "text": "Lead two design reviews", "target_date": "2026-06-01",
        "met": False}


@pytest.mark.parametrize("start, months, expected", [
    (date(2026, 1, 31), 1, date(2026, 2, 28)), (date(2024, 1, 31), 1, date(2024, 2, 29)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)), (date(2026, 5, 1), 24, date(2028, 5, 1)),
])
def test_add_months(start: date, months: int, expected: date) -> None:
    assert ch.add_months(start, months) == expected


def test_review_due_follows_interval_and_review_moves_it(
        journal: Journal, mid: str, clock_at: FixedClock) -> None:
    assert ch.review_status(journal, mid) is None
    with pytest.raises(ch.CharterError, match="no saved charter"):
        ch.mark_reviewed_no_changes(journal, mid)
    ch.save_revision(journal, mid, FIRST, "start")  # 31 Jan 2026, every 6 months
    status = ch.review_status(journal, mid)
    assert status is not None and status.due_on == date(2026, 7, 31)
    assert not status.overdue and status.days_left == 181
    assert "31 Jul 2026" in status.summary()

    clock_at.at = datetime(2026, 8, 10, 9, 0)
    status = ch.review_status(journal, mid)
    assert status is not None and status.overdue
    assert status.summary() == "Charter review overdue since 31 Jul 2026 (10 days)."

    moved = ch.mark_reviewed_no_changes(journal, mid, "still fits")
    assert moved.due_on == date(2027, 2, 10) and not moved.overdue
    assert len(ch.list_revisions(journal, mid)) == 1  # no new revision

    clock_at.at = datetime(2026, 9, 1, 9, 0)
    ch.save_revision(journal, mid, replace(FIRST, review_interval_months=3), "shorter")
    status = ch.review_status(journal, mid)
    assert status is not None and status.due_on == date(2026, 12, 1)


def test_no_interval_means_no_due_date(journal: Journal, mid: str) -> None:
    ch.save_revision(journal, mid, replace(FIRST, review_interval_months=None), "start")
    status = ch.review_status(journal, mid)
    assert status is not None and status.due_on is None and not status.overdue
    assert "No review interval" in status.summary()


def test_demo_charters_have_several_revisions(journal: Journal) -> None:
    from mentorjournal.core.demo import fill_demo

    fill_demo(journal, today=date(2026, 11, 1))
    for info in ms.list_mentorships(journal):
        revisions = ch.list_revisions(journal, info.id)
        assert len(revisions) >= 3
        assert all(r.reason for r in revisions)
        assert ch.diff(revisions[-1].content, revisions[0].content)
