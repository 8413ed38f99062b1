"""The JSON archive: the whole journal (or one mentorship) as one versioned document.

Why tables, not a nested tree: every row keeps its UUID and times, so an archive can be
merged back into any journal by identity. The rule is simple and stated once in
docs/formats.md: a row whose id is new is added; a row whose id exists is replaced only
when the archive's `updated_at` is strictly newer; otherwise it is left alone. So
importing the same archive twice adds and changes nothing.

Reading is all-or-nothing: the file is checked completely before anything is written,
and the writes happen in one transaction.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, DateTime, Integer, Table, select
from sqlalchemy.orm import Session
from sqlalchemy.types import JSON

from mentorjournal import __version__
from mentorjournal.core import clock
from mentorjournal.core.models import Base
from mentorjournal.core.store import Store
from mentorjournal.interop.files import FileRefused, read_text

FORMAT_NAME = "mentorjournal-archive"
FORMAT_VERSION = 1

# Parents before children, so foreign keys hold while rows are inserted.
TABLE_ORDER = ("mentorships", "topics", "charter_revisions", "charter_reviews", "goals",
               "milestones", "sessions", "session_topics", "action_items", "contributions",
               "introductions", "experiments", "skills", "plan_items", "plan_item_skills",
               "plan_item_experiments")
LINK_TABLES = ("session_topics", "plan_item_skills", "plan_item_experiments")
Progress = Callable[[int, int], bool]  # (done, total) -> keep going?


class ArchiveError(ValueError):
    """The archive cannot be read or merged; one sentence for the user."""


@dataclass
class MergeSummary:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0

    @property
    def total_added(self) -> int:
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        return sum(self.updated.values())

    def sentence(self) -> str:
        return (f"Added {self.total_added} and updated {self.total_updated} entries; "
                f"{self.unchanged} were already up to date.")


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


# ----- export -------------------------------------------------------------------------
def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _rows(s: Session, name: str, where: Any = None) -> list[dict[str, Any]]:
    table = _table(name)
    query = select(table)
    if where is not None:
        query = query.where(where)
    keys = [c.name for c in table.columns]
    rows = [{k: _to_json(v) for k, v in zip(keys, row, strict=True)}
            for row in s.execute(query)]
    rows.sort(key=lambda r: [str(r[k]) for k in keys] if name in LINK_TABLES else [r["id"]])
    return rows


def build_archive(store: Store, mentorship_id: str | None = None) -> dict[str, Any]:
    """The archive document as plain JSON-ready data."""
    tables: dict[str, list[dict[str, Any]]] = {}
    with store.session() as s:
        if mentorship_id is None:
            for name in TABLE_ORDER:
                tables[name] = _rows(s, name)
        else:
            scope = [mentorship_id]
            tables["mentorships"] = _rows(s, "mentorships", _table("mentorships").c.id.in_(scope))
            for name in TABLE_ORDER:
                table = _table(name)
                if "mentorship_id" in table.c:
                    tables[name] = _rows(s, name, table.c.mentorship_id.in_(scope))
            goals = [g["id"] for g in tables["goals"]]
            tables["milestones"] = _rows(s, "milestones", _table("milestones").c.goal_id.in_(goals))
            sessions = [r["id"] for r in tables["sessions"]]
            tables["session_topics"] = _rows(
                s, "session_topics", _table("session_topics").c.session_id.in_(sessions))
            topic_ids = sorted({r["topic_id"] for r in tables["session_topics"]})
            tables["topics"] = _rows(s, "topics", _table("topics").c.id.in_(topic_ids))
            plan = [r["id"] for r in tables["plan_items"]]
            for link in ("plan_item_skills", "plan_item_experiments"):
                tables[link] = _rows(s, link, _table(link).c.plan_item_id.in_(plan))
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "written_by": f"MentorJournal {__version__}",
        "exported_at": clock.now().replace(microsecond=0).isoformat(),
        "scope": "mentorship" if mentorship_id else "journal",
        "tables": {name: tables[name] for name in TABLE_ORDER},
    }


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_json(store: Store, out: Path, mentorship_id: str | None = None) -> dict[str, Any]:
    """Write the archive to `out` (through a temporary file, so a crash leaves no half file)."""
    document = build_archive(store, mentorship_id)
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_text(dumps(document), encoding="utf-8")
        tmp.chmod(0o600)  # the archive holds private notes: keep it as private as the journal
        tmp.replace(out)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ArchiveError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    return document


# ----- import -------------------------------------------------------------------------
def _from_json(table: str, column: Any, value: Any, where: str) -> Any:
    if value is None:
        if not column.nullable and not column.primary_key:
            raise ArchiveError(f"{where} has no value for “{column.name}”, which is required.")
        if column.primary_key:
            raise ArchiveError(f"{where} has no id.")
        return None
    kind = column.type
    try:
        if isinstance(kind, DateTime):
            return datetime.fromisoformat(value)
        if isinstance(kind, Date):
            return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ArchiveError(f"{where} has “{column.name}” that is not a valid date.") from None
    if isinstance(kind, Boolean):
        ok = isinstance(value, bool)
    elif isinstance(kind, Integer):
        ok = isinstance(value, int) and not isinstance(value, bool)
    elif isinstance(kind, JSON):
        ok = isinstance(value, list | dict)
    else:
        ok = isinstance(value, str)
    if not ok:
        raise ArchiveError(f"{where} has “{column.name}” of the wrong type.")
    return value


def parse_archive(raw: bytes) -> dict[str, list[dict[str, Any]]]:
    """Check the whole document; return typed rows per table, or raise ArchiveError."""
    try:
        text = read_text(raw, "archive")
    except FileRefused as exc:
        raise ArchiveError(str(exc)) from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError:
        raise ArchiveError("The file is not valid JSON; it may be truncated or damaged.") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ArchiveError("The file is JSON but not a MentorJournal archive.")
    version = document.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise ArchiveError(f"The archive has format version {version!r}, which this version "
                           f"of MentorJournal cannot read (it reads version {FORMAT_VERSION}).")
    tables = document.get("tables")
    if not isinstance(tables, dict):
        raise ArchiveError("The archive has no tables section.")
    parsed: dict[str, list[dict[str, Any]]] = {}
    for name in TABLE_ORDER:
        rows = tables.get(name, [])
        if not isinstance(rows, list):
            raise ArchiveError(f"The archive's “{name}” section is not a list.")
        columns = list(_table(name).columns)
        typed = []
        for index, row in enumerate(rows, start=1):
            where = f"Entry {index} of “{name}”"
            if not isinstance(row, dict):
                raise ArchiveError(f"{where} is not an object.")
            missing = [c.name for c in columns if c.name not in row]
            if missing:
                raise ArchiveError(f"{where} lacks the field “{missing[0]}”.")
            typed.append({c.name: _from_json(name, c, row[c.name], where) for c in columns})
        parsed[name] = typed
    return parsed


def _merge_topics(s: Session, rows: list[dict[str, Any]], summary: MergeSummary,
                  remap: dict[str, str]) -> None:
    """Topics are unique by name regardless of case: reuse an existing one of the same name."""
    table = _table("topics")
    by_name = {r.name.casefold(): r.id for r in s.execute(select(table.c.id, table.c.name))}
    by_id = {r.id: r for r in s.execute(select(table))}
    for row in rows:
        same = by_id.get(row["id"])
        if same is None and row["name"].casefold() in by_name:
            remap[row["id"]] = by_name[row["name"].casefold()]
            summary.unchanged += 1
            continue
        _merge_row(s, "topics", row, same, summary)
        by_name[row["name"].casefold()] = row["id"]


def _distinct_name(s: Session, row: dict[str, Any]) -> dict[str, Any]:
    """Another mentorship already has this name: keep both, the imported one marked."""
    table = _table("mentorships")
    taken = {r.name.casefold() for r in s.execute(
        select(table.c.name).where(table.c.id != row["id"]))}
    if row["name"].casefold() not in taken:
        return row
    base, number = f"{row['name'][:180]} (imported)", 1
    candidate = base
    while candidate.casefold() in taken:
        number += 1
        candidate = f"{base[:-1]} {number})"
    return {**row, "name": candidate}


def _merge_row(s: Session, name: str, row: dict[str, Any], existing: Any,
               summary: MergeSummary) -> None:
    table = _table(name)
    if existing is None:
        s.execute(table.insert().values(**row))
        summary.added[name] = summary.added.get(name, 0) + 1
    elif row["updated_at"] > existing.updated_at:
        s.execute(table.update().where(table.c.id == row["id"]).values(**row))
        summary.updated[name] = summary.updated.get(name, 0) + 1
    else:
        summary.unchanged += 1


class _DryRun(Exception):
    """Raised inside the transaction to roll a preview back."""


def preview_merge(store: Store, parsed: dict[str, list[dict[str, Any]]]) -> MergeSummary:
    """What merging would add and update, computed in a transaction that is rolled back."""
    found: list[MergeSummary] = []
    with contextlib.suppress(_DryRun):
        merge_archive(store, parsed, _collect=found)
    return found[0]


def merge_archive(store: Store, parsed: dict[str, list[dict[str, Any]]],
                  progress: Progress | None = None, *,
                  _collect: list[MergeSummary] | None = None) -> MergeSummary:
    """Merge parsed rows into the journal in one transaction (see the module docstring)."""
    from sqlalchemy.exc import IntegrityError

    summary = MergeSummary()
    remap: dict[str, str] = {}
    total = sum(len(rows) for rows in parsed.values()) or 1
    done = 0
    try:
        with store.session() as s:
            for name in TABLE_ORDER:
                rows = parsed.get(name, [])
                table = _table(name)
                if name == "topics":
                    _merge_topics(s, rows, summary, remap)
                elif name in LINK_TABLES:
                    existing_links = {tuple(r) for r in s.execute(select(table))}
                    for row in rows:
                        row = {k: remap.get(v, v) for k, v in row.items()}
                        key = tuple(row[c.name] for c in table.columns)
                        if key in existing_links:
                            summary.unchanged += 1
                            continue
                        s.execute(table.insert().values(**row))
                        existing_links.add(key)
                        summary.added[name] = summary.added.get(name, 0) + 1
                else:
                    ids = [r["id"] for r in rows]
                    existing = {r.id: r for r in s.execute(
                        select(table.c.id, table.c.updated_at).where(table.c.id.in_(ids)))}
                    for row in rows:
                        if name == "mentorships":
                            row = _distinct_name(s, row)
                        _merge_row(s, name, row, existing.get(row["id"]), summary)
                done += len(rows)
                if progress is not None and not progress(done, total):
                    raise ImportCancelled("The import was cancelled; nothing was changed.")
            if _collect is not None:
                _collect.append(summary)
                raise _DryRun
    except IntegrityError:
        raise ArchiveError("The archive contradicts itself or this journal (a reference or "
                           "value is invalid), so nothing was imported.") from None
    return summary


class ImportCancelled(ArchiveError):
    """The user cancelled; the transaction was rolled back."""


def import_json(store: Store, path: Path, progress: Progress | None = None) -> MergeSummary:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArchiveError(f"Cannot read {path.name}: {exc.strerror}.") from None
    return merge_archive(store, parse_archive(raw), progress)
