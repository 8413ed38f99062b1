"""Assembling the report's HTML from the chosen sections (Qt-free, so it is easy to test).

The HTML is only ever fed to QTextDocument; every piece of user text in it was escaped by
the section renderers, so the document holds no tag, image or link the user did not see.
"""

from __future__ import annotations

import html
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from mentorjournal.interop.journal_data import mentorships
from mentorjournal.reports import sections
from mentorjournal.reports.options import ReportError, ReportOptions

ACCENT = "#3b6ea8"
STYLE = f"""
h1 {{ color: {ACCENT}; font-size: 20pt; margin-top: 0; margin-bottom: 6pt; }}
h1.cover {{ font-size: 30pt; margin-bottom: 18pt; }}
h2 {{ color: {ACCENT}; font-size: 15pt; margin-top: 26pt; margin-bottom: 8pt; }}
h3 {{ font-size: 11.5pt; margin-top: 14pt; margin-bottom: 3pt; }}
p {{ margin-top: 2pt; margin-bottom: 4pt; }}
p.who {{ font-size: 14pt; margin-bottom: 10pt; }}
p.meta {{ margin-bottom: 6pt; }}
.meta {{ color: #5a6068; }}
.label {{ font-weight: bold; }}
.tag {{ color: #a04a1a; font-size: 9pt; }}
p.empty {{ color: #5a6068; font-style: italic; }}
th {{ background-color: #e6edf5; text-align: left; font-weight: bold; }}
td {{ border-bottom: 1px solid #d5d9de; }}
"""
Progress = Callable[[int, int], bool]


class ReportCancelled(ReportError):
    """The user cancelled the report; no file was written."""


@dataclass(frozen=True)
class ReportHtml:
    html: str
    drawings: dict[str, sections.Drawing]


def build_html(conn: sqlite3.Connection, options: ReportOptions, generated: datetime,
               progress: Progress | None = None) -> ReportHtml:
    chosen = mentorships(conn, options.mentorship_id)
    if not chosen:
        raise ReportError("There is no mentorship to report on yet.")
    keys = [k for k in options.sections if k in sections.available_keys()]
    per = [k for k in keys if not sections.get(k).once]
    total = len(keys) - len(per) + len(per) * len(chosen)
    done = 0
    parts = ["<html><body>"]  # the style sheet is set on the document (see pdf.py)

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and not progress(done, total):
            raise ReportCancelled("The report was cancelled; no file was written.")

    drawings: dict[str, sections.Drawing] = {}
    first_page = True
    for key in keys:
        section = sections.get(key)
        if section.once:
            ctx = sections.SectionContext(conn, chosen, chosen[0], options, generated, drawings)
            parts.append(section.render(ctx))
            first_page = False
            step()
    for m in chosen:
        brk = "" if first_page else " style='page-break-before: always'"
        first_page = False
        parts.append(f"<h1{brk}>{html.escape(m['name'])}</h1>"
                     f"<p class='meta'>With {html.escape(m['counterpart'])} · "
                     f"{html.escape(options.range_text)}</p>")
        ctx = sections.SectionContext(conn, chosen, m, options, generated, drawings)
        for key in per:
            section = sections.get(key)
            parts.append(f"<h2>{html.escape(section.title)}</h2>")
            parts.append(section.render(ctx))
            step()
    parts.append("</body></html>")
    return ReportHtml("".join(parts), drawings)


def header_text(conn: sqlite3.Connection, options: ReportOptions) -> str:
    names = [m["name"] for m in mentorships(conn, options.mentorship_id)]
    who = names[0] if len(names) == 1 else f"{len(names)} mentorships"
    return f"Mentorship report · {who} · {options.range_text}"
