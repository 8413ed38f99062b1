"""The charter on one page, to bring to a meeting.

Painted with QtGui alone (QTextDocument into a QPdfWriter). Every piece of user text
is escaped before it meets HTML, so “<b>” in an objective prints as those three
characters. When the charter is long, the page is scaled down rather than split: the
promise is one page. Private notes are never printed.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from mentorjournal.core import charter as ch

#: (heading, [(label, field)]) in reading order; confidential_notes is deliberately absent.
LAYOUT: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Objectives", (("Mine", "my_objectives"), ("Theirs", "their_objectives"))),
    ("Success", (("What success looks like", "success_vision"),)),
    ("Constraints", (("Time", "constraints_time"),
                     ("Confidentiality", "constraints_confidentiality"),
                     ("Other", "constraints_other"))),
    ("Communication and feedback", (("Channels", "channels"),
                                    ("Feedback format", "feedback_format"),
                                    ("How often", "feedback_frequency"))),
    ("Boundaries", (("In scope", "topics_in_scope"), ("Out of scope", "topics_out_of_scope"),
                    ("Candor", "candor"),
                    ("Confidential insights", "confidentiality_handling"))),
    ("Setbacks", (("How we frame them", "setbacks_framing"),)),
)


def _text(value: str) -> str:
    return html.escape(value.strip()).replace("\n", "<br/>")


def _rhythm(content: ch.CharterContent) -> str:
    parts = []
    if content.cadence_value:
        unit = content.cadence_unit
        parts.append(f"Every {unit[:-1]}" if content.cadence_value == 1
                     else f"Every {content.cadence_value} {unit}")
    if content.session_minutes:
        parts.append(f"{content.session_minutes} minutes per session")
    if content.review_interval_months:
        parts.append(f"charter reviewed every {content.review_interval_months} months")
    return html.escape(", ".join(parts))


def charter_html(title: str, revision: ch.CharterRevisionInfo,
                 review: ch.ReviewStatus | None) -> str:
    """The one-pager as HTML; all user text escaped."""
    c = revision.content
    when = ch.format_day(revision.effective_on) if revision.effective_on else "undated"
    out = [f"<h2>{html.escape(title)}</h2>",
           f"<p style='color:#555'>Revision {revision.number}, agreed {html.escape(when)}: "
           f"{_text(revision.reason)}"]
    if review is not None and review.due_on is not None:
        out.append(f"<br/>{html.escape(review.summary())}")
    out.append("</p>")
    rhythm = _rhythm(c)
    if rhythm:
        out.append(f"<h3>Rhythm</h3><p>{rhythm}</p>")
    for heading, rows in LAYOUT:
        filled = [(label, getattr(c, key)) for label, key in rows if getattr(c, key).strip()]
        if heading == "Success" and c.success_criteria:
            filled.append(("Criteria", ""))
        if not filled:
            continue
        out.append(f"<h3>{html.escape(heading)}</h3>")
        for label, value in filled:
            if label == "Criteria":
                items = "".join(
                    f"<li>{'[met]' if k.met else '[not yet]'} {_text(k.text)}"
                    + (f" (by {k.target_date.isoformat()})" if k.target_date else "")
                    + "</li>" for k in c.success_criteria)
                out.append(f"<p><b>Criteria</b></p><ul>{items}</ul>")
            else:
                out.append(f"<p><b>{html.escape(label)}:</b> {_text(value)}</p>")
    return "\n".join(out)


def write_charter_one_pager(path: str | Path, title: str, revision: ch.CharterRevisionInfo,
                            review: ch.ReviewStatus | None) -> None:
    """Write a one-page A4 PDF of `revision` to `path`."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("MentorJournal")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet("h2 { margin: 0; } h3 { margin-top: 10px; margin-bottom: 2px; "
                                  "color: #3b6ea8; } p { margin: 2px 0; }")
    document.setHtml(charter_html(title, revision, review))
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    # Lay the text out in screen pixels at the page's width (so fonts keep their size),
    # then scale onto the page; shrink further only when it would not fit on one page.
    width_px = 680.0
    document.setTextWidth(width_px)
    height_px = document.size().height()
    scale = min(page.width() / width_px, page.height() / max(height_px, 1.0))
    painter = QPainter(writer)
    try:
        painter.scale(scale, scale)
        document.drawContents(painter)
    finally:
        painter.end()
