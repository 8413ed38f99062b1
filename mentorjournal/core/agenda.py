"""The next check-in's agenda, built from what is still open.

Four sources: open actions (overdue first), running experiments, questions still
unanswered, and the charter's success criteria not yet met. A question counts as
unanswered when it is written as an open task (`- [ ] …`) in any check-in, or is a
line ending in "?" in the latest check-in's "Questions I brought" that is not ticked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mentorjournal.core import clock
from mentorjournal.core.actions import open_actions
from mentorjournal.core.journal import Journal

_OPEN_TASK = re.compile(r"^\s*[-*+]\s+\[ \]\s+(.+?)\s*$")
_DONE_TASK = re.compile(r"^\s*[-*+]\s+\[[xX]\]")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
RECENT_SESSIONS = 12


@dataclass(frozen=True)
class AgendaSection:
    title: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Agenda:
    mentorship: str
    sections: tuple[AgendaSection, ...]

    def as_text(self) -> str:
        lines = [f"Agenda for the next check-in with {self.mentorship}",
                 f"Prepared {clock.today().isoformat()}", ""]
        for section in self.sections:
            lines.append(section.title)
            lines += [f"- {item}" for item in section.items] or ["- (nothing)"]
            lines.append("")
        return "\n".join(lines).rstrip() + "\n"


def unanswered_questions(journal: Journal, mentorship_id: str) -> list[str]:
    rows = journal.reader().execute(
        "SELECT questions FROM sessions WHERE mentorship_id = ? ORDER BY held_at DESC LIMIT ?",
        (mentorship_id, RECENT_SESSIONS)).fetchall()
    found: list[str] = []
    for index, (text,) in enumerate(rows):
        for line in (text or "").splitlines():
            task = _OPEN_TASK.match(line)
            if task:
                found.append(task.group(1))
            elif index == 0 and line.strip().endswith("?") and not _DONE_TASK.match(line):
                found.append(_BULLET.sub("", line).strip())
    return list(dict.fromkeys(found))


def build_agenda(journal: Journal, mentorship_id: str) -> Agenda:
    conn = journal.reader()
    name_row = conn.execute("SELECT name FROM mentorships WHERE id = ?",
                            (mentorship_id,)).fetchone()
    actions = []
    for a in open_actions(journal, mentorship_id):
        who = "me" if a.owner == "me" else "them"
        due = f", due {a.due_on.isoformat()}" if a.due_on else ""
        actions.append(f"{a.text} ({who}{due}{', overdue' if a.overdue else ''})")
    experiments = [f"{title}: {hypothesis}" if hypothesis else title
                   for title, hypothesis in conn.execute(
                       "SELECT title, hypothesis FROM experiments WHERE mentorship_id = ? "
                       "AND status = 'running' ORDER BY starts_on", (mentorship_id,))]
    criteria = []
    charter = conn.execute(
        "SELECT success_criteria FROM charter_revisions WHERE mentorship_id = ? "
        "AND state = 'saved' ORDER BY number DESC LIMIT 1", (mentorship_id,)).fetchone()
    if charter and charter[0]:
        import json

        try:
            items = json.loads(charter[0])
        except ValueError:
            items = []
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and item.get("text") and not item.get("met"):
                target = f" (by {item['target_date']})" if item.get("target_date") else ""
                criteria.append(f"{item['text']}{target}")
    return Agenda(name_row[0] if name_row else "", (
        AgendaSection("Open actions", tuple(actions)),
        AgendaSection("Running experiments", tuple(experiments)),
        AgendaSection("Unanswered questions", tuple(unanswered_questions(journal,
                                                                          mentorship_id))),
        AgendaSection("Success criteria still to meet", tuple(criteria)),
    ))
