"""Reciprocity and network: what flowed each way, and the people met along the way.

Contributions record what I gave my counterpart and what I received, so a mentorship
that only ever takes shows up as such. Introductions log people met through the
mentorship, whether a thank-you went out, and what came of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal

KIND_LABELS = {"perspective": "Perspective", "industry_trend": "Industry trend",
               "feedback": "Feedback", "introduction": "Introduction",
               "resource": "Resource", "other": "Other"}
DIRECTION_LABELS = {"given": "I gave", "received": "I received"}
OUTCOME_LABELS = {"collaboration": "Collaboration", "sponsorship": "Sponsorship",
                  "speaking": "Speaking", "referral": "Referral", "none_yet": "None yet"}
MAX_LINE = 2000


class NetworkError(ValueError):
    """A contribution or introduction that cannot be saved; one sentence for the user."""


@dataclass(frozen=True)
class ContributionInfo:
    id: str
    mentorship_id: str
    session_id: str | None
    direction: str
    kind: str
    text: str
    happened_on: date | None


@dataclass(frozen=True)
class IntroductionInfo:
    id: str
    mentorship_id: str
    session_id: str | None
    person_name: str
    organisation: str
    introduced_by: str
    introduced_to: str
    context: str
    met_on: date | None
    thanked_on: date | None
    outcome: str
    follow_up_on: date | None

    @property
    def outcome_label(self) -> str:
        return OUTCOME_LABELS.get(self.outcome, self.outcome)


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _session_mentorship(s, session_id: str | None, mentorship_id: str | None) -> str:
    from mentorjournal.core.models import CheckIn, Mentorship

    if session_id is not None:
        session = s.get(CheckIn, session_id)
        if session is None:
            raise NetworkError("That check-in no longer exists.")
        return str(session.mentorship_id)
    if mentorship_id is None or s.get(Mentorship, mentorship_id) is None:
        raise NetworkError("That mentorship no longer exists.")
    return mentorship_id


# ----- contributions ----------------------------------------------------------------
def add_contribution(journal: Journal, *, direction: str, kind: str, text: str,
                     session_id: str | None = None, mentorship_id: str | None = None,
                     happened_on: date | None = None) -> ContributionInfo:
    from mentorjournal.core.models import CheckIn, Contribution

    if direction not in DIRECTION_LABELS:
        raise NetworkError("A contribution is either given or received.")
    if kind not in KIND_LABELS:
        raise NetworkError("Pick a kind: perspective, industry trend, feedback, introduction, "
                           "resource or other.")
    if not text.strip():
        raise NetworkError("Say in a line what was given or received.")
    if len(text) > MAX_LINE:
        raise NetworkError(f"Keep it under {MAX_LINE} characters.")
    with journal.store.session() as s:
        owner = _session_mentorship(s, session_id, mentorship_id)
        when = happened_on
        if when is None and session_id is not None:
            when = s.get(CheckIn, session_id).held_at.date()  # type: ignore[union-attr]
        row = Contribution(mentorship_id=owner, session_id=session_id, direction=direction,
                           kind=kind, text=text.strip(), happened_on=when or clock.today())
        s.add(row)
        s.flush()
        return ContributionInfo(row.id, row.mentorship_id, row.session_id, row.direction,
                                row.kind, row.text, row.happened_on)


def list_contributions(journal: Journal, *, session_id: str | None = None,
                       mentorship_id: str | None = None) -> list[ContributionInfo]:
    column, value = ("session_id", session_id) if session_id else ("mentorship_id",
                                                                    mentorship_id)
    rows = journal.reader().execute(
        "SELECT id, mentorship_id, session_id, direction, kind, text, happened_on "
        f"FROM contributions WHERE {column} = ? ORDER BY happened_on, created_at", (value,))
    return [ContributionInfo(r[0], r[1], r[2], r[3], r[4], r[5], _d(r[6])) for r in rows]


def delete_contribution(journal: Journal, contribution_id: str) -> None:
    from mentorjournal.core.models import Contribution

    with journal.store.session() as s:
        row = s.get(Contribution, contribution_id)
        if row is not None:
            s.delete(row)


# ----- introductions ----------------------------------------------------------------
_TEXT_FIELDS = ("person_name", "organisation", "introduced_by", "introduced_to", "context")
_DATE_FIELDS = ("met_on", "thanked_on", "follow_up_on")


def _clean_intro(values: dict[str, object]) -> dict[str, object]:
    cleaned: dict[str, object] = {}
    for key, value in values.items():
        if key in _TEXT_FIELDS:
            text = str(value or "").strip()
            limit = MAX_LINE * 5 if key == "context" else 200
            if len(text) > limit:
                raise NetworkError(f"Keep that under {limit} characters.")
            cleaned[key] = text
        elif key in _DATE_FIELDS:
            if value is not None and not isinstance(value, date):
                raise NetworkError("Dates must be real dates.")
            cleaned[key] = value
        elif key == "outcome":
            if value not in OUTCOME_LABELS:
                raise NetworkError("The outcome is collaboration, sponsorship, speaking, "
                                   "referral or none yet.")
            cleaned[key] = value
        else:
            raise NetworkError(f"An introduction has no field called {key}.")
    if "person_name" in cleaned and not cleaned["person_name"]:
        raise NetworkError("Give the name of the person you met.")
    return cleaned


def add_introduction(journal: Journal, *, person_name: str, session_id: str | None = None,
                     mentorship_id: str | None = None, **values: object) -> IntroductionInfo:
    from mentorjournal.core.models import Introduction

    cleaned = _clean_intro({"person_name": person_name, **values})
    with journal.store.session() as s:
        owner = _session_mentorship(s, session_id, mentorship_id)
        row = Introduction(mentorship_id=owner, session_id=session_id, **cleaned)
        s.add(row)
        s.flush()
        new_id = row.id
    info = get_introduction(journal, new_id)
    assert info is not None
    return info


def update_introduction(journal: Journal, introduction_id: str, **values: object) -> None:
    from mentorjournal.core.models import Introduction

    cleaned = _clean_intro(values)
    with journal.store.session() as s:
        row = s.get(Introduction, introduction_id)
        if row is None:
            raise NetworkError("That introduction no longer exists.")
        for key, value in cleaned.items():
            setattr(row, key, value)


def delete_introduction(journal: Journal, introduction_id: str) -> None:
    from mentorjournal.core.models import Introduction

    with journal.store.session() as s:
        row = s.get(Introduction, introduction_id)
        if row is not None:
            s.delete(row)


def _intro(r) -> IntroductionInfo:
    return IntroductionInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], _d(r[8]),
                            _d(r[9]), r[10], _d(r[11]))


_INTRO_SELECT = ("SELECT id, mentorship_id, session_id, person_name, organisation, "
                 "introduced_by, introduced_to, context, met_on, thanked_on, outcome, "
                 "follow_up_on FROM introductions ")


def get_introduction(journal: Journal, introduction_id: str) -> IntroductionInfo | None:
    row = journal.reader().execute(_INTRO_SELECT + "WHERE id = ?",
                                   (introduction_id,)).fetchone()
    return _intro(row) if row else None


def list_introductions(journal: Journal, *, session_id: str | None = None,
                       mentorship_id: str | None = None) -> list[IntroductionInfo]:
    """Newest meeting first."""
    column, value = ("session_id", session_id) if session_id else ("mentorship_id",
                                                                    mentorship_id)
    rows = journal.reader().execute(
        _INTRO_SELECT + f"WHERE {column} = ? ORDER BY met_on DESC, created_at DESC", (value,))
    return [_intro(r) for r in rows]
