"""The report's sections: a registry of renderers, each turning journal rows into HTML.

Pluggable on purpose: a section is a key, a heading and a function of a `SectionContext`
returning escaped HTML. Other features add theirs with `register()` without touching the
PDF writer; registration order is print order. A section that needs vector graphics
(the progress charts) returns `ctx.place(Drawing(width_mm, height_mm, paint))` where
`paint(painter, rect)` draws with QtGui, e.g. a matplotlib figure saved as SVG and
rendered by QSvgRenderer. See docs/reports.md.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from mentorjournal.interop.journal_data import (
    cadence_text,
    current_charter,
    human_date,
    rows,
    topics_by_session,
)
from mentorjournal.reports.html_bits import day, esc, label, nothing, para, table
from mentorjournal.reports.options import ReportOptions


@dataclass(frozen=True)
class Drawing:
    """Vector graphics in the text flow (e.g. a chart): `paint(painter, rect)` is called
    with a QPainter on the PDF itself, so lines and text stay vectors, never pixels."""

    width_mm: float
    height_mm: float
    paint: Callable[[Any, Any], None]


@dataclass(frozen=True)
class SectionContext:
    conn: sqlite3.Connection
    mentorships: list[dict[str, Any]]  # every mentorship in the report
    mentorship: dict[str, Any]  # the one being rendered (the first one for the cover)
    options: ReportOptions
    generated: datetime
    drawings: dict[str, Drawing] = field(default_factory=dict)  # shared by the report

    def place(self, drawing: Drawing) -> str:
        """HTML that marks where `drawing` goes; the PDF writer paints it there."""
        key = f"{len(self.drawings) + 1}"
        self.drawings[key] = drawing
        return f"<p>{drawing_marker(key)}</p>"


def drawing_marker(key: str) -> str:
    return f"[[drawing:{key}]]"


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    render: Callable[[SectionContext], str]
    once: bool = False  # True: rendered once for the whole report, not per mentorship


_REGISTRY: dict[str, Section] = {}


def register(section: Section) -> None:
    _REGISTRY[section.key] = section


def available_keys() -> tuple[str, ...]:
    return tuple(_REGISTRY)


def get(key: str) -> Section:
    return _REGISTRY[key]


def _private_sessions(ctx: SectionContext) -> set[str]:
    if ctx.options.include_private:
        return set()
    return {r[0] for r in ctx.conn.execute(
        "SELECT id FROM sessions WHERE mentorship_id = ? AND private = 1",
        (ctx.mentorship["id"],))}


def _visible(ctx: SectionContext, sql: str) -> list[dict[str, Any]]:
    hidden = _private_sessions(ctx)
    return [r for r in rows(ctx.conn, sql, ctx.mentorship["id"])
            if r.get("session_id") not in hidden]


# ----- sections ------------------------------------------------------------------------
def cover(ctx: SectionContext) -> str:
    o = ctx.options
    people = "".join(
        f"<p class='who'>{esc(m['name'])} — with {esc(m['counterpart'])}, "
        f"I am the {esc(m['my_role'])}</p>" for m in ctx.mentorships)
    private = ("Private check-ins and confidential notes are included."
               if o.include_private else
               "Private check-ins and confidential notes are left out.")
    return (f"<h1 class='cover'>Mentorship report</h1>{people}"
            f"<p class='meta'>Period: {esc(o.range_text)}</p>"
            f"<p class='meta'>Generated on {esc(human_date(ctx.generated.date().isoformat()))}"
            f"</p><p class='meta'>{private}</p>")


def charter(ctx: SectionContext) -> str:
    current = current_charter(ctx.conn, ctx.mentorship["id"])
    if current is None:
        return nothing("No charter has been written yet.")
    state = ("Draft" if current["state"] == "draft" else
             f"Revision {current['number']}, effective {human_date(current['effective_on'])}")
    out = [f"<p class='meta'>{esc(state)}</p>",
           para("My objectives", current["my_objectives"]),
           para("Their objectives", current["their_objectives"]),
           para("What success looks like", current["success_vision"]),
           para("Cadence", cadence_text(current)
                + (f", {current['session_minutes']} minutes" if current["session_minutes"]
                   else "")),
           para("Topics in scope", current["topics_in_scope"]),
           para("Feedback", current["feedback_format"])]
    criteria = json.loads(current["success_criteria"] or "[]")
    if criteria:
        out.append("<p class='label'>Success criteria</p><ul>" + "".join(
            f"<li>{'✔ ' if c.get('met') else ''}{esc(c.get('text', ''))}</li>"
            for c in criteria) + "</ul>")
    if ctx.options.include_private:
        out.append(para("Confidential notes", current["confidential_notes"]))
    revisions = [r for r in rows(ctx.conn, "SELECT number, effective_on, reason FROM "
                                           "charter_revisions WHERE mentorship_id = ? AND "
                                           "state = 'saved' ORDER BY number",
                                 ctx.mentorship["id"]) if ctx.options.in_range(r["effective_on"])]
    out.append("<h3>Revisions in this period</h3>")
    out.append(table(("Revision", "Effective", "Reason"),
                     ((str(r["number"]), day(r["effective_on"]), esc(r["reason"]) or "—")
                      for r in revisions)) if revisions else nothing("No revisions."))
    return "".join(out)


def checkins(ctx: SectionContext) -> str:
    sessions = [s for s in rows(ctx.conn, "SELECT * FROM sessions WHERE mentorship_id = ? "
                                          "ORDER BY held_at", ctx.mentorship["id"])
                if ctx.options.in_range(s["held_at"])
                and (ctx.options.include_private or not s["private"])]
    if not sessions:
        return nothing("No check-ins in this period.")
    topics = topics_by_session(ctx.conn, ctx.mentorship["id"])
    actions: dict[str, list[dict[str, Any]]] = {}
    for a in rows(ctx.conn, "SELECT * FROM action_items WHERE mentorship_id = ? "
                            "ORDER BY created_at", ctx.mentorship["id"]):
        actions.setdefault(a["session_id"] or "", []).append(a)
    out = []
    for s in sessions:
        private = " <span class='tag'>private</span>" if s["private"] else ""
        out.append(f"<h3>{day(s['held_at'])}{private}</h3>")
        meta = [label(s["format"])] + ([f"{s['duration_minutes']} min"]
                                       if s["duration_minutes"] else [])
        if topics.get(s["id"]):
            meta.append("topics: " + esc(", ".join(topics[s["id"]])))
        out.append(f"<p class='meta'>{' · '.join(meta)}</p>")
        out.append(para("What happened", s["what_happened"]))
        out.append(para("Insights", s["insights"]))
        agreed = actions.get(s["id"], [])
        if agreed:
            out.append("<p class='label'>Actions</p><ul>" + "".join(
                f"<li>{esc(a['text'])} <span class='meta'>({esc(a['owner'])}, "
                f"{esc(a['status'])})</span></li>" for a in agreed) + "</ul>")
    return "".join(out)


def actions(ctx: SectionContext) -> str:
    items = _visible(ctx, "SELECT * FROM action_items WHERE mentorship_id = ? "
                          "ORDER BY due_on IS NULL, due_on, created_at")
    done = [a for a in items if a["status"] == "done" and ctx.options.in_range(a["closed_on"])]
    # Open today, and agreed no later than the range's end (at a check-in, or when written).
    agreed = {r[0]: r[1] for r in ctx.conn.execute(
        "SELECT id, held_at FROM sessions WHERE mentorship_id = ?", (ctx.mentorship["id"],))}
    end = ctx.options.end.isoformat() if ctx.options.end else "9999"
    still_open = [a for a in items if a["status"] == "open"
                  and (agreed.get(a["session_id"]) or a["created_at"])[:10] <= end]
    out = ["<h3>Done in this period</h3>"]
    out.append(table(("Action", "Whose", "Done on"),
                     ((esc(a["text"]), esc(a["owner"]), day(a["closed_on"])) for a in done))
               if done else nothing("No actions were completed in this period."))
    out.append("<h3>Still open</h3>")
    out.append(table(("Action", "Whose", "Due"),
                     ((esc(a["text"]), esc(a["owner"]), day(a["due_on"])) for a in still_open))
               if still_open else nothing("No open actions."))
    return "".join(out)


def experiments(ctx: SectionContext) -> str:
    o = ctx.options
    found = [e for e in rows(ctx.conn, "SELECT * FROM experiments WHERE mentorship_id = ? "
                                       "ORDER BY starts_on, title", ctx.mentorship["id"])
             if (o.end is None or not e["starts_on"] or e["starts_on"] <= o.end.isoformat())
             and (o.start is None or (e["concluded_on"] or e["ends_on"] or "9999")
                  >= o.start.isoformat())]
    if not found:
        return nothing("No experiments in this period.")
    out = []
    for e in found:
        outcome = f" — {label(e['outcome'])}" if e["outcome"] else ""
        out.append(f"<h3>{esc(e['title'])}</h3><p class='meta'>{label(e['status'])}{outcome}"
                   f" · {day(e['starts_on'])} to {day(e['concluded_on'] or e['ends_on'])}</p>")
        out.append(para("Hypothesis", e["hypothesis"]))
        out.append(para("Result", e["result"]))
        out.append(para("Learning", e["learning"]))
    return "".join(out)


def milestones(ctx: SectionContext) -> str:
    found = [m for m in rows(ctx.conn,
                             "SELECT m.title, m.achieved_on, m.celebration, g.title AS goal "
                             "FROM milestones m JOIN goals g ON g.id = m.goal_id "
                             "WHERE g.mentorship_id = ? AND m.achieved_on IS NOT NULL "
                             "ORDER BY m.achieved_on", ctx.mentorship["id"])
             if ctx.options.in_range(m["achieved_on"])]
    if not found:
        return nothing("No milestones were reached in this period.")
    return table(("Milestone", "Goal", "Achieved", "Celebrated with"),
                 ((esc(m["title"]), esc(m["goal"]), day(m["achieved_on"]),
                   esc(m["celebration"]) or "—") for m in found))


def introductions(ctx: SectionContext) -> str:
    found = [i for i in _visible(ctx, "SELECT * FROM introductions WHERE mentorship_id = ? "
                                      "ORDER BY met_on, person_name")
             if ctx.options.in_range(i["met_on"] or i["created_at"])]
    if not found:
        return nothing("No introductions in this period.")
    return table(("Person", "Introduced by → to", "Met", "Outcome", "Thanked"),
                 ((esc(i["person_name"]) + (f"<br/><span class='meta'>{esc(i['organisation'])}"
                                            "</span>" if i["organisation"] else ""),
                   f"{esc(i['introduced_by']) or '—'} → {esc(i['introduced_to']) or '—'}",
                   day(i["met_on"]), label(i["outcome"]), day(i["thanked_on"]))
                  for i in found))


def contributions(ctx: SectionContext) -> str:
    found = [c for c in _visible(ctx, "SELECT * FROM contributions WHERE mentorship_id = ? "
                                      "ORDER BY happened_on")
             if ctx.options.in_range(c["happened_on"] or c["created_at"])]
    out = []
    for direction, title in (("given", "What I gave"), ("received", "What I received")):
        mine = [c for c in found if c["direction"] == direction]
        out.append(f"<h3>{title} ({len(mine)})</h3>")
        out.append(table(("When", "Kind", "What"),
                         ((day(c["happened_on"]), label(c["kind"]), esc(c["text"]))
                          for c in mine)) if mine else nothing("Nothing recorded."))
    return "".join(out)


for _section in (
    Section("cover", "Cover", cover, once=True),
    Section("charter", "Charter", charter),
    Section("checkins", "Check-ins", checkins),
    Section("actions", "Actions", actions),
    Section("experiments", "Experiments", experiments),
    Section("milestones", "Milestones achieved", milestones),
    Section("introductions", "Introductions", introductions),
    Section("contributions", "Contributions", contributions),
):
    register(_section)

# Imported last so its sections (which register themselves) print last, and here so
# every report knows them whichever module is imported first.
from mentorjournal.reports import progress_sections  # noqa: E402, F401
