"""The charter: what both sides agreed the mentorship is for and how it runs.

A charter is a living document kept as numbered, immutable *saved* revisions, plus at
most one *draft* per mentorship that autosaves as the user types. Saving turns the
draft into the next revision with a reason, so nothing is ever silently overwritten.
A review interval says when the charter should be looked at again; a review that
changes nothing is recorded as a `CharterReview` and moves the next due date.

Reads use the journal's plain sqlite3 reader (fast on the GUI thread); writes go
through the ORM store in one transaction each. Callers get frozen dataclasses.
"""

from __future__ import annotations

import calendar
import json
import uuid
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from typing import Any

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal

TEXT_FIELDS = (
    "my_objectives", "their_objectives", "constraints_time", "constraints_confidentiality",
    "constraints_other", "success_vision", "channels", "feedback_format",
    "feedback_frequency", "topics_in_scope", "topics_out_of_scope", "candor",
    "confidentiality_handling", "confidential_notes", "setbacks_framing",
)
NUMBER_FIELDS = ("cadence_value", "session_minutes", "review_interval_months")
#: Every field a revision holds, in the order the form and the comparison show them.
CONTENT_FIELDS = (
    "my_objectives", "their_objectives", "constraints_time", "constraints_confidentiality",
    "constraints_other", "success_vision", "success_criteria", "cadence_value",
    "cadence_unit", "session_minutes", "channels", "feedback_format", "feedback_frequency",
    "topics_in_scope", "topics_out_of_scope", "candor", "confidentiality_handling",
    "confidential_notes", "setbacks_framing", "review_interval_months",
)
CADENCE_UNITS = ("days", "weeks")
MAX_REVIEW_MONTHS = 24
MAX_REASON_LENGTH = 300


class CharterError(ValueError):
    """A charter request that cannot be honoured; one sentence for the user."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class SuccessCriterion:
    """A measurable sign of success; `id` stays the same across revisions."""

    text: str
    target_date: date | None = None
    met: bool = False
    id: str = field(default_factory=lambda: f"c-{uuid.uuid4().hex[:8]}")

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, "met": self.met,
                "target_date": self.target_date.isoformat() if self.target_date else None}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SuccessCriterion:
        target = data.get("target_date")
        return cls(text=str(data.get("text", "")), met=bool(data.get("met", False)),
                   target_date=date.fromisoformat(target) if target else None,
                   id=str(data.get("id") or f"c-{uuid.uuid4().hex[:8]}"))


@dataclass(frozen=True)
class CharterContent:
    """The fields a user edits. Numbers may be out of range here; `validate` says so."""

    my_objectives: str = ""
    their_objectives: str = ""
    constraints_time: str = ""
    constraints_confidentiality: str = ""
    constraints_other: str = ""
    success_vision: str = ""
    success_criteria: tuple[SuccessCriterion, ...] = ()
    cadence_value: int | None = None
    cadence_unit: str = "weeks"
    session_minutes: int | None = None
    channels: str = ""
    feedback_format: str = ""
    feedback_frequency: str = ""
    topics_in_scope: str = ""
    topics_out_of_scope: str = ""
    candor: str = ""
    confidentiality_handling: str = ""
    confidential_notes: str = ""
    setbacks_framing: str = ""
    review_interval_months: int | None = None

    def is_empty(self) -> bool:
        return self == CharterContent(cadence_unit=self.cadence_unit)

    def cleaned(self) -> CharterContent:
        """Drop criterion rows left completely blank."""
        kept = tuple(c for c in self.success_criteria
                     if c.text.strip() or c.target_date is not None or c.met)
        return replace(self, success_criteria=kept)

    def storable(self) -> CharterContent:
        """The draft as the database accepts it: out-of-range numbers are left unset."""
        problems = {p.field for p in validate(self)}
        changes: dict[str, Any] = {f: None for f in NUMBER_FIELDS if f in problems}
        if self.cadence_unit not in CADENCE_UNITS:
            changes["cadence_unit"] = "weeks"
        return replace(self, **changes)

    def row_values(self) -> dict[str, Any]:
        values = {f: getattr(self, f) for f in CONTENT_FIELDS}
        values["success_criteria"] = [c.to_json() for c in self.success_criteria]
        return values


@dataclass(frozen=True)
class CharterRevisionInfo:
    id: str
    mentorship_id: str
    number: int
    state: str
    reason: str
    effective_on: date | None
    saved_at: datetime | None
    content: CharterContent

    @property
    def is_draft(self) -> bool:
        return self.state == "draft"


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    after: Any


@dataclass(frozen=True)
class ReviewStatus:
    """When the charter should next be reviewed, as of `today`."""

    last_reviewed_on: date
    interval_months: int | None
    due_on: date | None
    today: date

    @property
    def overdue(self) -> bool:
        return self.due_on is not None and self.today > self.due_on

    @property
    def days_left(self) -> int | None:
        return None if self.due_on is None else (self.due_on - self.today).days

    def summary(self) -> str:
        """One short line for the tab and the status bar."""
        if self.due_on is None:
            return "No review interval set for the charter."
        when = format_day(self.due_on)
        days = self.days_left or 0
        if days < 0:
            return f"Charter review overdue since {when} ({-days} days)."
        if days == 0:
            return f"Charter review due today ({when})."
        return f"Next charter review due {when} (in {days} day{'s' if days != 1 else ''})."


def format_day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


# ----- validation -------------------------------------------------------------------------
def parse_whole_number(text: str, field_name: str) -> int | None:
    """Blank means unset; anything else must be a whole number (range checked later)."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        return int(stripped)
    except ValueError:
        raise CharterError(f"Write a whole number here, such as 2 (not “{stripped}”).",
                           field_name) from None


def validate(content: CharterContent) -> list[Problem]:
    """Every rule a revision must satisfy, each as one sentence tied to its field."""
    problems: list[Problem] = []
    if content.cadence_value is not None and content.cadence_value <= 0:
        problems.append(Problem("cadence_value", "How often you meet must be a number above "
                                                 "zero, such as every 2 weeks."))
    if content.cadence_unit not in CADENCE_UNITS:
        problems.append(Problem("cadence_unit", "Meet every so many days or weeks."))
    if content.session_minutes is not None and content.session_minutes <= 0:
        problems.append(Problem("session_minutes", "A session must last at least one minute, "
                                                   "such as 45."))
    months = content.review_interval_months
    if months is not None and not 1 <= months <= MAX_REVIEW_MONTHS:
        problems.append(Problem("review_interval_months",
                                f"Review the charter every 1 to {MAX_REVIEW_MONTHS} months; "
                                f"{months} is outside that range."))
    for criterion in content.success_criteria:
        if not criterion.text.strip() and (criterion.target_date or criterion.met):
            problems.append(Problem("success_criteria", "Describe each success criterion, or "
                                                        "remove the empty row."))
            break
    return problems


# ----- reading ----------------------------------------------------------------------------
_COLUMNS = ("id, mentorship_id, number, state, reason, effective_on, created_at, "
            + ", ".join(CONTENT_FIELDS))


def _to_date(value: Any) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _to_datetime(value: Any) -> datetime | None:
    return datetime.fromisoformat(str(value)) if value else None


def _from_row(row: Any) -> CharterRevisionInfo:
    values = dict(zip(("id", "mentorship_id", "number", "state", "reason", "effective_on",
                       "created_at", *CONTENT_FIELDS), tuple(row), strict=True))
    raw = values["success_criteria"]
    criteria = json.loads(raw) if isinstance(raw, str) and raw else (raw or [])
    content_values = {f: values[f] for f in CONTENT_FIELDS}
    for name in TEXT_FIELDS:
        content_values[name] = content_values[name] or ""
    content_values["cadence_unit"] = content_values["cadence_unit"] or "weeks"
    content_values["success_criteria"] = tuple(SuccessCriterion.from_json(c) for c in criteria)
    return CharterRevisionInfo(
        id=values["id"], mentorship_id=values["mentorship_id"], number=values["number"],
        state=values["state"], reason=values["reason"] or "",
        effective_on=_to_date(values["effective_on"]),
        saved_at=_to_datetime(values["created_at"]),
        content=CharterContent(**content_values))


def list_revisions(journal: Journal, mentorship_id: str) -> list[CharterRevisionInfo]:
    """Saved revisions, newest first."""
    rows = journal.reader().execute(
        f"SELECT {_COLUMNS} FROM charter_revisions WHERE mentorship_id = ? "
        "AND state = 'saved' ORDER BY number DESC", (mentorship_id,)).fetchall()
    return [_from_row(r) for r in rows]


def latest_revision(journal: Journal, mentorship_id: str) -> CharterRevisionInfo | None:
    row = journal.reader().execute(
        f"SELECT {_COLUMNS} FROM charter_revisions WHERE mentorship_id = ? "
        "AND state = 'saved' ORDER BY number DESC LIMIT 1", (mentorship_id,)).fetchone()
    return _from_row(row) if row else None


def get_draft(journal: Journal, mentorship_id: str) -> CharterRevisionInfo | None:
    row = journal.reader().execute(
        f"SELECT {_COLUMNS} FROM charter_revisions WHERE mentorship_id = ? "
        "AND state = 'draft' LIMIT 1", (mentorship_id,)).fetchone()
    return _from_row(row) if row else None


def working_content(journal: Journal, mentorship_id: str) -> CharterContent:
    """What the editor should show: the draft, else the latest revision, else blank."""
    draft = get_draft(journal, mentorship_id)
    if draft is not None:
        return draft.content
    latest = latest_revision(journal, mentorship_id)
    return latest.content if latest else CharterContent()


# ----- writing ----------------------------------------------------------------------------
def save_draft(journal: Journal, mentorship_id: str, content: CharterContent) -> bool:
    """Keep what was typed. A draft equal to the latest revision is not kept.

    Returns True when a draft now exists. Numbers the charter would refuse are stored
    unset (the editor keeps showing them beside their message).
    """
    from sqlalchemy import select

    from mentorjournal.core.models import CharterRevision

    content = content.storable()
    latest = latest_revision(journal, mentorship_id)
    baseline = latest.content if latest else CharterContent(cadence_unit=content.cadence_unit)
    unchanged = content.cleaned() == baseline.cleaned()
    with journal.store.session() as s:
        draft = s.scalars(select(CharterRevision).where(
            CharterRevision.mentorship_id == mentorship_id,
            CharterRevision.state == "draft")).first()
        if unchanged:
            if draft is not None:
                s.delete(draft)
            return False
        if draft is None:
            draft = CharterRevision(mentorship_id=mentorship_id, number=0, state="draft")
            s.add(draft)
        for name, value in content.row_values().items():
            setattr(draft, name, value)
    return True


def discard_draft(journal: Journal, mentorship_id: str) -> None:
    from sqlalchemy import delete

    from mentorjournal.core.models import CharterRevision

    with journal.store.session() as s:
        s.execute(delete(CharterRevision).where(CharterRevision.mentorship_id == mentorship_id,
                                                CharterRevision.state == "draft"))


def save_revision(journal: Journal, mentorship_id: str, content: CharterContent,
                  reason: str) -> CharterRevisionInfo:
    """Store `content` as the next immutable revision, saying why; the draft is used up."""
    from sqlalchemy import func, select

    from mentorjournal.core.models import CharterRevision

    reason = " ".join(reason.split())
    if not reason:
        raise CharterError("Say in a few words why you are saving this revision, such as "
                           "“renegotiated scope after promotion”.", "reason")
    if len(reason) > MAX_REASON_LENGTH:
        raise CharterError(f"Keep the reason under {MAX_REASON_LENGTH} characters.", "reason")
    problems = validate(content)
    if problems:
        raise CharterError(problems[0].message, problems[0].field)
    content = content.cleaned()
    latest = latest_revision(journal, mentorship_id)
    if latest is None and content.is_empty():
        raise CharterError("Write at least one part of the charter before saving it.")
    if latest is not None and latest.content.cleaned() == content:
        raise CharterError(f"Nothing changed since revision {latest.number}; use “Mark "
                           "reviewed, no changes” to record a review instead.")
    with journal.store.session() as s:
        number = (s.scalar(select(func.max(CharterRevision.number)).where(
            CharterRevision.mentorship_id == mentorship_id,
            CharterRevision.state == "saved")) or 0) + 1
        row = s.scalars(select(CharterRevision).where(
            CharterRevision.mentorship_id == mentorship_id,
            CharterRevision.state == "draft")).first()
        if row is None:
            row = CharterRevision(mentorship_id=mentorship_id)
            s.add(row)
        for name, value in content.row_values().items():
            setattr(row, name, value)
        row.number, row.state, row.reason = number, "saved", reason
        row.effective_on = clock.today()
        row.created_at = clock.now()
        s.flush()
        revision_id = row.id
    saved = next(r for r in list_revisions(journal, mentorship_id) if r.id == revision_id)
    return saved


# ----- comparing --------------------------------------------------------------------------
def diff(before: CharterContent, after: CharterContent) -> list[FieldChange]:
    """The fields that differ, in form order (an empty list when nothing changed)."""
    before, after = before.cleaned(), after.cleaned()
    return [FieldChange(f.name, getattr(before, f.name), getattr(after, f.name))
            for f in fields(CharterContent)
            if getattr(before, f.name) != getattr(after, f.name)]


# ----- reviews ----------------------------------------------------------------------------
def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def last_review_on(journal: Journal, mentorship_id: str) -> date | None:
    row = journal.reader().execute(
        "SELECT max(reviewed_on) FROM charter_reviews WHERE mentorship_id = ?",
        (mentorship_id,)).fetchone()
    return _to_date(row[0]) if row else None


def review_status(journal: Journal, mentorship_id: str) -> ReviewStatus | None:
    """None while no revision is saved; otherwise the next due date from the interval."""
    latest = latest_revision(journal, mentorship_id)
    if latest is None:
        return None
    revised = latest.effective_on or (latest.saved_at.date() if latest.saved_at else None)
    reviewed = last_review_on(journal, mentorship_id)
    last = max(d for d in (revised, reviewed, date.min) if d is not None)
    months = latest.content.review_interval_months
    due = add_months(last, months) if months and last != date.min else None
    return ReviewStatus(last_reviewed_on=last, interval_months=months, due_on=due,
                        today=clock.today())


def mark_reviewed_no_changes(journal: Journal, mentorship_id: str,
                             note: str = "") -> ReviewStatus:
    """Record that both sides looked at the charter and kept it as it is."""
    from mentorjournal.core.models import CharterReview

    if latest_revision(journal, mentorship_id) is None:
        raise CharterError("There is no saved charter to review yet; save a first revision.")
    with journal.store.session() as s:
        s.add(CharterReview(mentorship_id=mentorship_id, reviewed_on=clock.today(),
                            note=note.strip()))
    status = review_status(journal, mentorship_id)
    assert status is not None
    return status
