"""Markdown export: a folder per mentorship with an index, the charter and one file per
check-in, for people who keep their notes in plain text. Everything is exported,
private check-ins included (they are marked), because these are the user's own notes.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from mentorjournal.core.journal import Journal
from mentorjournal.interop.journal_data import (
    CHECKIN_FIELDS,
    cadence_text,
    current_charter,
    human_date,
    mentorships,
    private_reader,
    rows,
    topics_by_session,
)

CHARTER_FIELDS = (
    ("my_objectives", "My objectives"), ("their_objectives", "Their objectives"),
    ("constraints_time", "Time"), ("constraints_confidentiality", "Confidentiality"),
    ("constraints_other", "Other constraints"), ("success_vision", "What success looks like"),
    ("channels", "Channels"), ("feedback_format", "Feedback format"),
    ("feedback_frequency", "Feedback frequency"), ("topics_in_scope", "Topics in scope"),
    ("topics_out_of_scope", "Topics out of scope"), ("candor", "Candor"),
    ("confidentiality_handling", "How confidential matters are handled"),
    ("confidential_notes", "Confidential notes"), ("setbacks_framing", "Setbacks"),
)


def slug(text: str) -> str:
    cleaned = re.sub(r"[^\w]+", "-", text.casefold()).strip("-")
    return cleaned[:60] or "mentorship"


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip() + "\n", encoding="utf-8")


def _charter_md(m: dict[str, Any], charter: dict[str, Any] | None) -> str:
    lines = [f"# Charter — {m['name']}", ""]
    if charter is None:
        return "\n".join([*lines, "No charter has been written yet."])
    state = ("draft" if charter["state"] == "draft"
             else f"revision {charter['number']}, effective {human_date(charter['effective_on'])}")
    lines += [f"*{state[0].upper()}{state[1:]}*", ""]
    if charter["cadence_value"]:
        minutes = (f", {charter['session_minutes']} minutes" if charter["session_minutes"]
                   else "")
        lines += [f"**Cadence:** {cadence_text(charter)}{minutes}", ""]
    for key, title in CHARTER_FIELDS:
        if charter[key]:
            lines += [f"## {title}", "", charter[key], ""]
    import json

    criteria = json.loads(charter["success_criteria"] or "[]")
    if criteria:
        lines += ["## Success criteria", ""]
        lines += [f"- [{'x' if c.get('met') else ' '}] {c.get('text', '')}" for c in criteria]
    return "\n".join(lines)


def _session_md(m: dict[str, Any], s: dict[str, Any], topics: list[str],
                actions: list[dict[str, Any]]) -> str:
    lines = [f"# Check-in with {m['counterpart'] or m['name']} — {human_date(s['held_at'])}",
             "", f"- When: {s['held_at'][:16]}", f"- Format: {s['format'].replace('_', ' ')}"]
    if s["duration_minutes"]:
        lines.append(f"- Duration: {s['duration_minutes']} minutes")
    if topics:
        lines.append(f"- Topics: {', '.join(topics)}")
    if s["private"]:
        lines.append("- Private: yes (left out of reports unless asked for)")
    lines.append("")
    for key, title in CHECKIN_FIELDS:
        if s[key]:
            lines += [f"## {title}", "", s[key], ""]
    if actions:
        lines += ["## Actions", ""]
        for a in actions:
            owner = "me" if a["owner"] == "me" else "them"
            due = f", due {a['due_on']}" if a["due_on"] else ""
            lines.append(f"- [{'x' if a['status'] == 'done' else ' '}] {a['text']} "
                         f"({owner}{due}{', dropped' if a['status'] == 'dropped' else ''})")
    return "\n".join(lines)


def _export_one(conn: sqlite3.Connection, m: dict[str, Any], folder: Path) -> int:
    _write(folder / "charter.md", _charter_md(m, current_charter(conn, m["id"])))
    sessions = rows(conn, "SELECT * FROM sessions WHERE mentorship_id = ? ORDER BY held_at",
                    m["id"])
    topics = topics_by_session(conn, m["id"])
    actions: dict[str, list[dict[str, Any]]] = {}
    for a in rows(conn, "SELECT * FROM action_items WHERE mentorship_id = ? "
                        "ORDER BY due_on, created_at", m["id"]):
        actions.setdefault(a["session_id"] or "", []).append(a)
    index = [f"# {m['name']}", "", f"With {m['counterpart']}; I am the {m['my_role']}.", "",
             "- [Charter](charter.md)", "", "## Check-ins", ""]
    used: set[str] = set()
    for s in sessions:
        name = s["held_at"][:16].replace(" ", "-").replace(":", "")
        while name in used:
            name += "-b"
        used.add(name)
        _write(folder / "sessions" / f"{name}.md",
               _session_md(m, s, topics.get(s["id"], []), actions.get(s["id"], [])))
        first = next((s[k] for k, _ in CHECKIN_FIELDS if s[k]), "").strip().splitlines()
        summary = f" — {first[0].lstrip('-* ')[:80]}" if first else ""
        index.append(f"- [{human_date(s['held_at'])}](sessions/{name}.md){summary}")
    if not sessions:
        index.append("No check-ins yet.")
    _write(folder / "index.md", "\n".join(index))
    return len(sessions) + 2


class MarkdownExportError(ValueError):
    """The folder cannot be written; one sentence for the user."""


def export_markdown(journal: Journal, out: Path, mentorship_id: str | None = None) -> int:
    """Write the Markdown folder; returns how many files were written."""
    try:
        return _export(journal, out, mentorship_id)
    except OSError as exc:
        raise MarkdownExportError(f"Cannot write the Markdown export to {out}: "
                                  f"{exc.strerror or exc}.") from None


def _export(journal: Journal, out: Path, mentorship_id: str | None) -> int:
    with private_reader(journal) as conn:
        return _export_all(conn, out, mentorship_id)


def _export_all(conn: sqlite3.Connection, out: Path, mentorship_id: str | None) -> int:
    chosen = mentorships(conn, mentorship_id)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    folders: list[tuple[str, str]] = []
    for m in chosen:
        folder = slug(m["name"])
        while folder in (f for f, _ in folders):
            folder += "-2"
        folders.append((folder, m["name"]))
        count += _export_one(conn, m, out / folder)
    lines = ["# MentorJournal export", ""] + [f"- [{name}]({f}/index.md)" for f, name in folders]
    _write(out / "index.md", "\n".join(lines))
    return count + 1
