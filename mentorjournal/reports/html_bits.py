"""Tiny HTML helpers for the report. Every piece of user text passes through `esc`."""

from __future__ import annotations

import html
from collections.abc import Iterable

from mentorjournal.interop.journal_data import human_date


def esc(text: str | None) -> str:
    """User text as literal HTML text: tags, entities and file URLs stay harmless words."""
    return html.escape(text or "", quote=True).replace("\n", "<br/>")


def para(label: str, text: str | None) -> str:
    if not text or not text.strip():
        return ""
    return f'<p><span class="label">{html.escape(label)}:</span> {esc(text.strip())}</p>'


def table(headers: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """A table whose cells are already escaped HTML."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return (f'<table width="100%" cellspacing="0" cellpadding="4">'
            f"<thead><tr>{head}</tr></thead>{body}</table>"
            "<p style='font-size: 5pt'>&nbsp;</p>")  # Qt ignores margins below a table


def nothing(what: str) -> str:
    return f'<p class="empty">{html.escape(what)}</p>'


def day(value: str | None) -> str:
    return esc(human_date(value)) if value else "—"


def label(value: str | None) -> str:
    return esc((value or "").replace("_", " "))
