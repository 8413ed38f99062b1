"""Action items: born in a check-in, carried into the next ones until done or dropped.

"Carried forward" for a check-in means the still-open actions of the same mentorship
that were agreed in an earlier check-in; closing one records the day it was closed, so
the history says when it was done.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal

MAX_ACTION_LENGTH = 1000
OWNER_LABELS = {"me": "Me", "them": "Them"}
STATUS_LABELS = {"open": "Open", "done": "Done", "dropped": "Dropped"}


class ActionError(ValueError):
    """An action change that cannot be honoured; one sentence for the user."""


@dataclass(frozen=True)
class ActionInfo:
    id: str
    mentorship_id: str
    session_id: str | None
    text: str
    owner: str
    due_on: date | None
    status: str
    closed_on: date | None
    session_held_at: datetime | None

    @property
    def overdue(self) -> bool:
        return self.status == "open" and self.due_on is not None and self.due_on < clock.today()

    @property
    def status_label(self) -> str:
        label = STATUS_LABELS.get(self.status, self.status)
        if self.closed_on is not None and self.status != "open":
            return f"{label} {self.closed_on.isoformat()}"
        if self.overdue:
            return "Overdue"
        return label


def _clean_text(text: str) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ActionError("Say what needs doing, for example “Send the draft to Priya”.")
    if len(cleaned) > MAX_ACTION_LENGTH:
        raise ActionError(f"Keep an action under {MAX_ACTION_LENGTH} characters.")
    return cleaned


def _check_owner(owner: str) -> str:
    if owner not in OWNER_LABELS:
        raise ActionError("An action belongs to me or to them.")
    return owner


_SELECT = """
SELECT a.id, a.mentorship_id, a.session_id, a.text, a.owner, a.due_on, a.status, a.closed_on,
       s.held_at
FROM action_items a LEFT JOIN sessions s ON s.id = a.session_id
"""


def _info(r) -> ActionInfo:
    return ActionInfo(r[0], r[1], r[2], r[3], r[4],
                      date.fromisoformat(r[5]) if r[5] else None, r[6],
                      date.fromisoformat(r[7]) if r[7] else None,
                      datetime.fromisoformat(r[8]) if r[8] else None)


def add_action(journal: Journal, session_id: str, text: str, *, owner: str = "me",
               due_on: date | None = None) -> ActionInfo:
    from mentorjournal.core.models import ActionItem, CheckIn

    cleaned, owner = _clean_text(text), _check_owner(owner)
    with journal.store.session() as s:
        session = s.get(CheckIn, session_id)
        if session is None:
            raise ActionError("That check-in no longer exists.")
        row = ActionItem(mentorship_id=session.mentorship_id, session_id=session_id,
                         text=cleaned, owner=owner, due_on=due_on, status="open")
        s.add(row)
        s.flush()
        new_id = row.id
    info = get_action(journal, new_id)
    assert info is not None
    return info


def get_action(journal: Journal, action_id: str) -> ActionInfo | None:
    row = journal.reader().execute(_SELECT + "WHERE a.id = ?", (action_id,)).fetchone()
    return _info(row) if row else None


def update_action(journal: Journal, action_id: str, *, text: str | None = None,
                  owner: str | None = None, due_on: date | bool | None = False) -> None:
    """Change text, owner or due date (`due_on=None` clears it; False leaves it)."""
    from mentorjournal.core.models import ActionItem

    with journal.store.session() as s:
        row = s.get(ActionItem, action_id)
        if row is None:
            raise ActionError("That action no longer exists.")
        if text is not None:
            row.text = _clean_text(text)
        if owner is not None:
            row.owner = _check_owner(owner)
        if due_on is not False:
            row.due_on = due_on  # type: ignore[assignment]


def set_status(journal: Journal, action_id: str, status: str, *,
               on: date | None = None) -> ActionInfo:
    """Close an action as done or dropped on `on` (today by default), or reopen it."""
    from mentorjournal.core.models import ActionItem

    if status not in STATUS_LABELS:
        raise ActionError("An action is open, done or dropped.")
    with journal.store.session() as s:
        row = s.get(ActionItem, action_id)
        if row is None:
            raise ActionError("That action no longer exists.")
        row.status = status
        row.closed_on = None if status == "open" else (on or clock.today())
    info = get_action(journal, action_id)
    assert info is not None
    return info


def delete_action(journal: Journal, action_id: str) -> None:
    from mentorjournal.core.models import ActionItem

    with journal.store.session() as s:
        row = s.get(ActionItem, action_id)
        if row is not None:
            s.delete(row)


def actions_of_session(journal: Journal, session_id: str) -> list[ActionInfo]:
    """The actions agreed in this check-in, in the order they were written."""
    rows = journal.reader().execute(_SELECT + "WHERE a.session_id = ? ORDER BY a.created_at",
                                    (session_id,))
    return [_info(r) for r in rows.fetchall()]


def carried_forward(journal: Journal, session_id: str) -> list[ActionInfo]:
    """Open actions from earlier check-ins of the same mentorship, oldest first."""
    rows = journal.reader().execute(
        _SELECT + "JOIN sessions cur ON cur.id = ? "
        "WHERE a.mentorship_id = cur.mentorship_id AND a.status = 'open' "
        "AND s.held_at < cur.held_at ORDER BY s.held_at, a.created_at", (session_id,))
    return [_info(r) for r in rows.fetchall()]


def open_actions(journal: Journal, mentorship_id: str) -> list[ActionInfo]:
    """Every open action of a mentorship: overdue first, then by due date, undated last."""
    today = clock.today().isoformat()
    rows = journal.reader().execute(
        _SELECT + "WHERE a.mentorship_id = ? AND a.status = 'open' "
        "ORDER BY (a.due_on IS NOT NULL AND a.due_on < ?) DESC, a.due_on IS NULL, a.due_on, "
        "s.held_at", (mentorship_id, today))
    return [_info(r) for r in rows.fetchall()]
