"""Mentorships: the relationships a journal keeps apart.

Reads go through the journal's plain sqlite3 reader (cheap at start-up); writes go
through the ORM store in one transaction each. Callers get plain `MentorshipInfo`
objects, never live ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentorjournal.core.journal import Journal

MAX_NAME_LENGTH = 200


class MentorshipError(ValueError):
    """A request about a mentorship that cannot be honoured; one sentence for the user."""


@dataclass(frozen=True)
class MentorshipInfo:
    id: str
    name: str
    counterpart: str
    my_role: str
    status: str
    started_on: date | None

    @property
    def archived(self) -> bool:
        return self.status == "archived"

    @property
    def role_label(self) -> str:
        return "I am the mentee" if self.my_role == "mentee" else "I am the mentor"


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise MentorshipError("A mentorship needs a name, such as the other person's name.")
    if len(cleaned) > MAX_NAME_LENGTH:
        raise MentorshipError(f"Keep the name under {MAX_NAME_LENGTH} characters.")
    return cleaned


def _check_role(role: str) -> str:
    if role not in ("mentee", "mentor"):
        raise MentorshipError("My role must be either mentee or mentor.")
    return role


def list_mentorships(journal: Journal, *, include_archived: bool = False) -> list[MentorshipInfo]:
    """Active mentorships first by name, then archived ones when asked for."""
    sql = ("SELECT id, name, counterpart, my_role, status, started_on FROM mentorships "
           + ("" if include_archived else "WHERE status = 'active' ")
           + "ORDER BY status = 'archived', name COLLATE NOCASE")
    rows = journal.reader().execute(sql).fetchall()
    return [
        MentorshipInfo(r[0], r[1], r[2], r[3], r[4],
                       date.fromisoformat(r[5]) if r[5] else None)
        for r in rows
    ]


def get_mentorship(journal: Journal, mentorship_id: str) -> MentorshipInfo | None:
    for info in list_mentorships(journal, include_archived=True):
        if info.id == mentorship_id:
            return info
    return None


def find_by_name(journal: Journal, name: str) -> MentorshipInfo | None:
    wanted = " ".join(name.split()).casefold()
    for info in list_mentorships(journal, include_archived=True):
        if info.name.casefold() == wanted:
            return info
    return None


def create_mentorship(journal: Journal, name: str, *, counterpart: str | None = None,
                      my_role: str = "mentee", started_on: date | None = None) -> MentorshipInfo:
    from mentorjournal.core.models import Mentorship

    cleaned = _clean_name(name)
    if find_by_name(journal, cleaned) is not None:
        raise MentorshipError(f"There is already a mentorship called “{cleaned}”.")
    with journal.store.session() as s:
        row = Mentorship(name=cleaned, counterpart=(counterpart or cleaned).strip(),
                         my_role=_check_role(my_role), status="active",
                         started_on=started_on or date.today())
        s.add(row)
        s.flush()
        info = MentorshipInfo(row.id, row.name, row.counterpart, row.my_role, row.status,
                              row.started_on)
    return info


def _update(journal: Journal, mentorship_id: str, **values: object) -> MentorshipInfo:
    from mentorjournal.core.models import Mentorship

    with journal.store.session() as s:
        row = s.get(Mentorship, mentorship_id)
        if row is None:
            raise MentorshipError("That mentorship no longer exists.")
        for key, value in values.items():
            setattr(row, key, value)
        s.flush()
        return MentorshipInfo(row.id, row.name, row.counterpart, row.my_role, row.status,
                              row.started_on)


def rename_mentorship(journal: Journal, mentorship_id: str, new_name: str) -> MentorshipInfo:
    cleaned = _clean_name(new_name)
    clash = find_by_name(journal, cleaned)
    if clash is not None and clash.id != mentorship_id:
        raise MentorshipError(f"There is already a mentorship called “{cleaned}”.")
    return _update(journal, mentorship_id, name=cleaned)


def set_my_role(journal: Journal, mentorship_id: str, role: str) -> MentorshipInfo:
    return _update(journal, mentorship_id, my_role=_check_role(role))


def archive_mentorship(journal: Journal, mentorship_id: str) -> MentorshipInfo:
    """Archiving hides a mentorship from the switcher; nothing in it is deleted."""
    return _update(journal, mentorship_id, status="archived", ended_on=date.today())


def unarchive_mentorship(journal: Journal, mentorship_id: str) -> MentorshipInfo:
    return _update(journal, mentorship_id, status="active", ended_on=None)


def count_entries(journal: Journal) -> int:
    """How many rows of user data the journal holds (0 for a fresh journal)."""
    tables = ("mentorships", "sessions", "charter_revisions", "action_items", "goals",
              "experiments", "introductions", "contributions", "skills", "plan_items")
    conn = journal.reader()
    return sum(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)


def is_demo_journal(journal: Journal) -> bool:
    """True for a journal written by `mentorjournal demo` (shown as such in the title)."""
    row = journal.reader().execute("SELECT value FROM journal_info WHERE key='demo'").fetchone()
    return row is not None
