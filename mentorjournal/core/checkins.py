"""Check-ins: one note per meeting, written from a template, tagged with topics.

Reads use the journal's plain sqlite3 reader, because the list is the screen people
open most and must stay quick on a ten-year journal; writes go through the ORM store
in one transaction each. Text is stored exactly as typed (Markdown allowed, never
HTML), so whatever goes in comes back byte for byte.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from mentorjournal.core import clock
from mentorjournal.core.journal import Journal

SECTION_FIELDS = ("agenda", "what_happened", "wins", "challenges", "questions", "insights",
                  "scenarios", "notes")
FORMAT_LABELS = {"in_person": "In person", "video": "Video", "call": "Call", "async": "Async"}
MAX_TOPIC_LENGTH = 100
MAX_DURATION_MINUTES = 24 * 60
_HEADING = re.compile(r"^##\s+([a-z_]+)\s*:\s*(.+?)\s*$")
DEFAULT_HEADINGS = {"agenda": "Agenda", "what_happened": "What happened", "wins": "Wins",
                    "challenges": "Challenges", "questions": "Questions I brought",
                    "insights": "Insights and lessons",
                    "scenarios": "Scenarios my mentor shared", "notes": "Other notes"}


class CheckInError(ValueError):
    """A check-in change that cannot be honoured; one sentence for the user."""


@dataclass(frozen=True)
class TemplateSection:
    key: str
    heading: str
    prompt: str


@dataclass(frozen=True)
class CheckInSummary:
    """One row of the list: enough to recognise a meeting at a glance."""

    id: str
    held_at: datetime
    duration_minutes: int | None
    format: str
    private: bool
    topics: tuple[str, ...]
    first_line: str

    @property
    def format_label(self) -> str:
        return FORMAT_LABELS.get(self.format, self.format)


@dataclass(frozen=True)
class CheckInDetail:
    id: str
    mentorship_id: str
    held_at: datetime
    duration_minutes: int | None
    format: str
    private: bool
    topics: tuple[str, ...]
    sections: dict[str, str] = field(default_factory=dict)


# ----- template ---------------------------------------------------------------------
def template_path() -> Path:
    """The user's own copy in the config folder if there is one, else the shipped one."""
    from mentorjournal.paths import resolve_config_dir
    from mentorjournal.resources import resource_path

    own = resolve_config_dir() / "templates" / "checkin.md"
    return own if own.is_file() else resource_path("templates", "checkin.md")


def parse_template(text: str) -> list[TemplateSection]:
    """Sections from '## key: Heading' lines; unknown keys and comments are ignored."""
    sections: list[TemplateSection] = []
    key: str | None = None
    heading = ""
    prompt: list[str] = []
    in_comment = False

    def close() -> None:
        if key in SECTION_FIELDS and all(s.key != key for s in sections):
            sections.append(TemplateSection(key, heading or key, "\n".join(prompt).strip()))

    for line in text.splitlines():
        if "<!--" in line:
            in_comment = "-->" not in line
            continue
        if in_comment:
            in_comment = "-->" not in line
            continue
        match = _HEADING.match(line)
        if match:
            close()
            key, heading, prompt = match.group(1), match.group(2), []
        elif key is not None:
            prompt.append(line)
    close()
    return sections


def load_template() -> list[TemplateSection]:
    try:
        sections = parse_template(template_path().read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        sections = []
    if not sections:  # an unreadable or emptied copy must not leave the editor bare
        from mentorjournal.resources import read_text

        sections = parse_template(read_text("templates", "checkin.md"))
    return sections


# ----- validation -------------------------------------------------------------------
def _check_format(value: str) -> str:
    if value not in FORMAT_LABELS:
        raise CheckInError("The format must be in person, video, call or async.")
    return value


def _check_duration(value: int | None) -> int | None:
    if value is None:
        return None
    if not 0 <= value <= MAX_DURATION_MINUTES:
        raise CheckInError("A check-in lasts between 0 minutes and one day.")
    return value


def clean_topics(names: list[str] | tuple[str, ...]) -> list[str]:
    """Trimmed, de-duplicated regardless of case, first spelling wins."""
    seen: dict[str, str] = {}
    for raw in names:
        name = " ".join(raw.split())
        if not name:
            continue
        if len(name) > MAX_TOPIC_LENGTH:
            raise CheckInError(f"Keep each topic under {MAX_TOPIC_LENGTH} characters.")
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


# ----- writes -----------------------------------------------------------------------
def create_checkin(journal: Journal, mentorship_id: str, *, held_at: datetime | None = None,
                   duration_minutes: int | None = None, format: str = "video",
                   topics: list[str] | None = None, private: bool = False,
                   sections: dict[str, str] | None = None) -> CheckInDetail:
    """A new check-in; its sections start empty and the editor shows the template prompts."""
    from mentorjournal.core.models import CheckIn, Mentorship

    when = held_at or clock.now().replace(second=0, microsecond=0)
    with journal.store.session() as s:
        if s.get(Mentorship, mentorship_id) is None:
            raise CheckInError("That mentorship no longer exists.")
        row = CheckIn(mentorship_id=mentorship_id, held_at=when,
                      duration_minutes=_check_duration(duration_minutes),
                      format=_check_format(format), private=private)
        for key, text in (sections or {}).items():
            if key in SECTION_FIELDS:
                setattr(row, key, text)
        s.add(row)
        s.flush()
        _set_topics(s, row, topics or [])
        new_id = row.id
    detail = get_checkin(journal, new_id)
    assert detail is not None
    return detail


def update_checkin(journal: Journal, checkin_id: str, **values: object) -> None:
    """Write the given fields: held_at, duration_minutes, format, private, topics, sections."""
    from mentorjournal.core.models import CheckIn

    with journal.store.session() as s:
        row = s.get(CheckIn, checkin_id)
        if row is None:
            raise CheckInError("That check-in no longer exists.")
        for key, value in values.items():
            if key == "topics":
                _set_topics(s, row, list(value))  # type: ignore[call-overload]
            elif key == "sections":
                for name, text in dict(value).items():  # type: ignore[call-overload]
                    if name in SECTION_FIELDS and getattr(row, name) != text:
                        setattr(row, name, text)
            elif key == "held_at":
                assert isinstance(value, datetime)
                row.held_at = value
            elif key == "duration_minutes":
                row.duration_minutes = _check_duration(value)  # type: ignore[arg-type]
            elif key == "format":
                row.format = _check_format(str(value))
            elif key == "private":
                row.private = bool(value)
            else:
                raise CheckInError(f"A check-in has no field called {key}.")


def _set_topics(s, row, names: list[str]) -> None:
    from sqlalchemy import func, select

    from mentorjournal.core.models import Topic

    wanted = clean_topics(names)
    topics = []
    for name in wanted:
        topic = s.scalars(select(Topic).where(func.lower(Topic.name) == name.lower())).first()
        if topic is None:
            existing = [t for t in s.scalars(select(Topic)) if t.name.casefold() == name.casefold()]
            topic = existing[0] if existing else Topic(name=name)
        topics.append(topic)
    if [t.name for t in row.topics] != [t.name for t in topics]:
        row.topics = topics


def delete_checkin(journal: Journal, checkin_id: str) -> None:
    """Delete a check-in; its actions, contributions and introductions stay, unlinked."""
    from mentorjournal.core.models import CheckIn

    with journal.store.session() as s:
        row = s.get(CheckIn, checkin_id)
        if row is not None:
            s.delete(row)


# ----- reads ------------------------------------------------------------------------
def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value)


def _first_line(*texts: str | None) -> str:
    for text in texts:
        for line in (text or "").splitlines():
            cleaned = line.strip().lstrip("#-*>").strip()
            if cleaned:
                return cleaned[:160]
    return ""


_LIST_SQL = """
SELECT s.id, s.held_at, s.duration_minutes, s.format, s.private,
       substr(s.what_happened, 1, 400), substr(s.agenda, 1, 400), substr(s.wins, 1, 400),
       substr(s.insights, 1, 400), substr(s.notes, 1, 400),
       (SELECT group_concat(name, char(31)) FROM (
            SELECT t.name FROM session_topics st JOIN topics t ON t.id = st.topic_id
            WHERE st.session_id = s.id ORDER BY t.name COLLATE NOCASE)) AS topics
FROM sessions s
WHERE {where}
ORDER BY s.held_at DESC
"""


def _summary(r) -> CheckInSummary:
    return CheckInSummary(r[0], _dt(r[1]), r[2], r[3], bool(r[4]),
                          tuple(r[10].split("\x1f")) if r[10] else (),
                          _first_line(r[5], r[6], r[7], r[8], r[9]))


def list_checkins(journal: Journal, mentorship_id: str, *, topic: str | None = None,
                  since: date | None = None, until: date | None = None,
                  include_private: bool = True) -> list[CheckInSummary]:
    """Newest first; `topic` matches regardless of case, dates are inclusive.

    Reports pass `include_private=False` unless the user asked for private check-ins.
    """
    where = ["s.mentorship_id = ?"]
    params: list[object] = [mentorship_id]
    if not include_private:
        where.append("NOT s.private")
    if topic:
        where.append("EXISTS (SELECT 1 FROM session_topics st JOIN topics t "
                     "ON t.id = st.topic_id WHERE st.session_id = s.id "
                     "AND lower(t.name) = lower(?))")
        params.append(topic.strip())
    if since is not None:
        where.append("s.held_at >= ?")
        params.append(datetime.combine(since, time()).isoformat(" "))
    if until is not None:
        where.append("s.held_at < ?")
        params.append(datetime.combine(until + timedelta(days=1), time()).isoformat(" "))
    rows = journal.reader().execute(_LIST_SQL.format(where=" AND ".join(where)), params)
    return [_summary(r) for r in rows.fetchall()]


def get_summary(journal: Journal, checkin_id: str) -> CheckInSummary | None:
    row = journal.reader().execute(_LIST_SQL.format(where="s.id = ?"), (checkin_id,)).fetchone()
    return _summary(row) if row else None


def get_checkin(journal: Journal, checkin_id: str) -> CheckInDetail | None:
    row = journal.reader().execute(
        "SELECT id, mentorship_id, held_at, duration_minutes, format, private, "
        + ", ".join(SECTION_FIELDS) + " FROM sessions WHERE id = ?", (checkin_id,)).fetchone()
    if row is None:
        return None
    topics = tuple(r[0] for r in journal.reader().execute(
        "SELECT t.name FROM session_topics st JOIN topics t ON t.id = st.topic_id "
        "WHERE st.session_id = ? ORDER BY t.name COLLATE NOCASE", (checkin_id,)))
    return CheckInDetail(row[0], row[1], _dt(row[2]), row[3], row[4], bool(row[5]), topics,
                         {key: row[6 + i] or "" for i, key in enumerate(SECTION_FIELDS)})


def list_topics(journal: Journal) -> list[str]:
    """Every topic name, for completion while tagging."""
    return [r[0] for r in journal.reader().execute(
        "SELECT name FROM topics ORDER BY name COLLATE NOCASE")]


def previous_checkin_id(journal: Journal, checkin_id: str) -> str | None:
    row = journal.reader().execute(
        "SELECT p.id FROM sessions s JOIN sessions p ON p.mentorship_id = s.mentorship_id "
        "AND p.held_at < s.held_at WHERE s.id = ? ORDER BY p.held_at DESC LIMIT 1",
        (checkin_id,)).fetchone()
    return row[0] if row else None
