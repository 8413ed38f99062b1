"""Bringing entries from another journal app in as check-ins of one mentorship.

Each source entry gets a stable key stored in `CheckIn.source` ("jrnl:<digest>",
"dayone:<uuid>"), so importing the same file again adds nothing. Tags become topics,
reusing an existing topic whose name matches regardless of case. Everything is written in
one transaction, after the whole file has been parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipError, find_by_name
from mentorjournal.core.models import CheckIn, Mentorship, Topic

STARRED_TOPIC = "starred"
MAX_TOPIC_LENGTH = 100


class ForeignFileError(ValueError):
    """A file from another journal app that cannot be imported; one sentence."""


@dataclass(frozen=True)
class ForeignEntry:
    """One entry of another app, already reduced to what a check-in can hold."""

    source: str
    held_at: datetime
    text: str
    tags: tuple[str, ...]
    starred: bool

    @property
    def topics(self) -> tuple[str, ...]:
        names = [t.strip().lstrip("@#").strip()[:MAX_TOPIC_LENGTH] for t in self.tags]
        if self.starred:
            names.append(STARRED_TOPIC)
        seen: dict[str, str] = {}
        for name in names:
            if name and name.casefold() not in seen:
                seen[name.casefold()] = name
        return tuple(seen.values())


@dataclass(frozen=True)
class ImportPlan:
    """What an import would create; shown as a preview before anything is written."""

    mentorship_name: str
    creates_mentorship: bool
    new_entries: tuple[ForeignEntry, ...]
    already_there: int
    new_topics: tuple[str, ...]

    def sentence(self) -> str:
        parts = []
        if self.creates_mentorship:
            parts.append(f"create the mentorship “{self.mentorship_name}”")
        parts.append(f"add {len(self.new_entries)} check-in(s)")
        if self.new_topics:
            shown = ", ".join(self.new_topics[:5]) + ("…" if len(self.new_topics) > 5 else "")
            parts.append(f"{len(self.new_topics)} new topic(s) ({shown})")
        text = "Will " + ", ".join(parts)
        if self.already_there:
            text += f"; {self.already_there} entries are already there and will be skipped"
        return text + "."


def plan_import(journal: Journal, entries: list[ForeignEntry], mentorship_name: str
                ) -> ImportPlan:
    name = " ".join(mentorship_name.split())
    if not name:
        raise MentorshipError("Say which mentorship the entries belong to.")
    info = find_by_name(journal, name)
    known: set[str] = set()
    if info is not None:
        rows = journal.reader().execute(
            "SELECT source FROM sessions WHERE mentorship_id = ? AND source != ''", (info.id,))
        known = {r[0] for r in rows}
    unique = {e.source: e for e in reversed(entries)}  # a file may repeat an entry
    fresh = tuple(e for e in entries if e.source not in known and unique.get(e.source) is e)
    existing_topics = {r[0].casefold() for r in journal.reader().execute(
        "SELECT name FROM topics")}
    new_topics: dict[str, str] = {}
    for entry in fresh:
        for topic in entry.topics:
            if topic.casefold() not in existing_topics:
                new_topics.setdefault(topic.casefold(), topic)
    return ImportPlan(info.name if info else name, info is None, fresh,
                      len(entries) - len(fresh), tuple(sorted(new_topics.values())))


def apply_import(journal: Journal, plan: ImportPlan) -> int:
    """Write the plan in one transaction; returns how many check-ins were added."""
    from mentorjournal.core import clock

    with journal.store.session() as s:
        wanted = plan.mentorship_name.casefold()
        mentorship = next((m for m in s.scalars(select(Mentorship))
                           if m.name.casefold() == wanted), None)
        if mentorship is None:
            mentorship = Mentorship(name=plan.mentorship_name[:200],
                                    counterpart=plan.mentorship_name[:200],
                                    my_role="mentee", status="active",
                                    started_on=min((e.held_at.date() for e in plan.new_entries),
                                                   default=clock.today()))
            s.add(mentorship)
            s.flush()
        known = set(s.scalars(select(CheckIn.source).where(
            CheckIn.mentorship_id == mentorship.id, CheckIn.source != "")))
        topics = {t.name.casefold(): t for t in s.scalars(select(Topic))}
        added = 0
        for entry in plan.new_entries:
            if entry.source in known:
                continue
            row = CheckIn(mentorship_id=mentorship.id, held_at=entry.held_at, format="async",
                          what_happened=entry.text, source=entry.source)
            for name in entry.topics:
                topic = topics.get(name.casefold())
                if topic is None:
                    topic = topics[name.casefold()] = Topic(name=name)
                    s.add(topic)
                row.topics.append(topic)
            s.add(row)
            known.add(entry.source)
            added += 1
    return added


def read_foreign(kind: str, path: Path) -> list[ForeignEntry]:
    """Parse a jrnl or Day One file completely (nothing is written here)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ForeignFileError(f"Cannot read {path.name}: {exc.strerror}.") from None
    if kind == "jrnl":
        from mentorjournal.interop.jrnl import parse_jrnl

        return parse_jrnl(raw)
    from mentorjournal.interop.dayone import parse_dayone

    return parse_dayone(raw)
