"""Full-text search over check-ins, actions, introductions and charter revisions.

Backed by the SQLite FTS5 table that migration 0003 creates and its triggers keep in
sync (see `search_schema.py`), so a word typed a moment ago is found as soon as the
autosave lands. Hits are ranked with bm25 (a hit in the title, such as an action's
text or a person's name, weighs more than one in a long note) and carry a snippet whose
matches are wrapped in two control characters; `snippet_html` escapes the user's text
before turning those into bold, so a note containing `<script>` is shown literally.
"""

from __future__ import annotations

import html
import re
import sqlite3
import sys
from dataclasses import dataclass
from datetime import date, datetime

from mentorjournal.core.journal import Journal

MARK_START = "\x02"
MARK_END = "\x03"
KIND_LABELS = {"session": "Check-in", "action": "Action", "introduction": "Introduction",
               "charter": "Charter"}
TITLE_WEIGHT = 4.0
_WORD = re.compile(r"\w+", re.UNICODE)


class SearchError(ValueError):
    """A search that cannot run; one sentence for the user."""


@dataclass(frozen=True)
class SearchHit:
    kind: str
    item_id: str
    mentorship_id: str
    mentorship_name: str
    session_id: str | None
    on: date | None
    snippet: str
    score: float

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(MARK_START, "").replace(MARK_END, "")


def match_expression(query: str, *, prefix: bool = True) -> str:
    """User words → an FTS5 query: every word must occur; the last may be a prefix.

    Each word is quoted, so FTS5 operators and punctuation typed by the user are never
    interpreted (searching for `NOT` or `"` is just a word, not a syntax error).
    """
    words = _WORD.findall(query)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    if prefix:
        quoted[-1] += "*"
    return " ".join(quoted)


# Ranking first, decoration second: SQLite computes every result column of every match
# before it sorts, so snippet() and the date look-ups ran for all 4,000 matches of a
# common word (25 ms on the ten-year journal). The CTE ranks on bm25 alone and keeps
# the best `limit`; only those get a snippet, a date and a mentorship name. The CROSS
# JOINs fix the order: the outer MATCH scan tests each rowid against `best` before any
# column of the row (and its long body) is read.
_SQL = f"""
WITH best AS MATERIALIZED (
  SELECT search_index.rowid AS hit, bm25(search_index, {TITLE_WEIGHT}, 1.0) AS score
  FROM search_index
  WHERE search_index MATCH ? {{extra}}
  ORDER BY score
  LIMIT ?
)
SELECT search_index.kind, search_index.item_id, search_index.mentorship_id, m.name,
       snippet(search_index, -1, '{MARK_START}', '{MARK_END}', '…', 14),
       best.score,
       CASE search_index.kind
         WHEN 'session' THEN search_index.item_id
         WHEN 'action' THEN (SELECT session_id FROM action_items WHERE id = item_id)
         WHEN 'introduction' THEN (SELECT session_id FROM introductions WHERE id = item_id)
       END,
       CASE search_index.kind
         WHEN 'session' THEN (SELECT held_at FROM sessions WHERE id = item_id)
         WHEN 'action' THEN (SELECT coalesce(s.held_at, a.created_at) FROM action_items a
                             LEFT JOIN sessions s ON s.id = a.session_id WHERE a.id = item_id)
         WHEN 'introduction' THEN (SELECT coalesce(met_on, created_at) FROM introductions
                                   WHERE id = item_id)
         WHEN 'charter' THEN (SELECT coalesce(effective_on, created_at) FROM charter_revisions
                              WHERE id = item_id)
       END
FROM search_index
CROSS JOIN best ON best.hit = search_index.rowid
CROSS JOIN mentorships m ON m.id = search_index.mentorship_id
WHERE search_index MATCH ?
ORDER BY best.score, search_index.rowid
"""


def search(journal: Journal, query: str, *, mentorship_id: str | None = None,
           limit: int = 50, prefix: bool = True) -> list[SearchHit]:
    """The best `limit` hits for `query`, best first; [] for a query with no words."""
    expression = match_expression(query, prefix=prefix)
    if not expression:
        return []
    params: list[object] = [expression]
    extra = ""
    if mentorship_id is not None:
        extra = "AND search_index.mentorship_id = ?"
        params.append(mentorship_id)
    params.append(max(1, limit))
    params.append(expression)  # the outer MATCH: snippet() needs its own match context
    try:
        rows = journal.reader().execute(_SQL.format(extra=extra), params).fetchall()
    except sqlite3.OperationalError as exc:
        raise SearchError(f"The search could not run ({exc}).") from exc
    return [SearchHit(r[0], r[1], r[2], r[3], r[6], _day(r[7]),
                      " ".join(r[4].split()), float(r[5])) for r in rows]


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None


def snippet_html(snippet: str) -> str:
    """The snippet as safe rich text: user text escaped, matches in bold."""
    return (html.escape(snippet).replace(MARK_START, "<b>").replace(MARK_END, "</b>"))


def hit_line(hit: SearchHit) -> str:
    """One tab-separated line for scripts: date, mentorship, kind, snippet."""
    day = hit.on.isoformat() if hit.on else "-"
    text = hit.plain_snippet.replace("\t", " ")
    return f"{day}\t{hit.mentorship_name}\t{hit.kind_label}\t{text}"


def run_cli(journal: Journal, query: str, *, mentorship: str | None = None,
            limit: int = 20) -> int:
    """`mentorjournal search QUERY`: print hits, exit 1 when there are none."""
    from mentorjournal.core.mentorships import find_by_name

    mentorship_id = None
    if mentorship:
        found = find_by_name(journal, mentorship)
        if found is None:
            raise SearchError(f"There is no mentorship called “{mentorship}”.")
        mentorship_id = found.id
    hits = search(journal, query, mentorship_id=mentorship_id, limit=limit, prefix=False)
    for hit in hits:
        print(hit_line(hit))
    if not hits:
        print(f"No entries match “{query}”.", file=sys.stderr)
        return 1
    return 0
