"""The planned check-ins implied by the charter's cadence, as an iCalendar (.ics) file.

Written by hand (RFC 5545 is small for this use): CRLF line ends, lines folded at 75
octets without splitting a UTF-8 character, TEXT values escaped, a stable UID per planned
date so re-importing the file updates events instead of duplicating them. Times are
"floating" local times, like the check-ins themselves.
"""

from __future__ import annotations

import calendar as _calendar
import sqlite3
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from mentorjournal import __version__
from mentorjournal.core import clock
from mentorjournal.core.journal import Journal
from mentorjournal.interop.journal_data import (
    cadence_text,
    current_charter,
    mentorships,
    private_reader,
)

DEFAULT_TIME = time(9, 0)
DEFAULT_MINUTES = 60


class CalendarError(ValueError):
    """No calendar can be made; one sentence for the user."""


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def planned_check_ins(journal: Journal, mentorship_id: str, months: int) -> list[datetime]:
    """Dates from today to `months` ahead, stepping by the cadence from the last check-in."""
    with private_reader(journal) as conn:
        return _planned(conn, mentorship_id, months)


def _planned(conn: sqlite3.Connection, mentorship_id: str, months: int) -> list[datetime]:
    if not 1 <= months <= 24:
        raise CalendarError("Choose between 1 and 24 months ahead.")
    charter = current_charter(conn, mentorship_id)
    if charter is None or not charter["cadence_value"]:
        raise CalendarError("The charter sets no cadence, so no check-ins are planned yet.")
    step = timedelta(days=charter["cadence_value"] * (7 if charter["cadence_unit"] == "weeks"
                                                       else 1))
    last = conn.execute("SELECT max(held_at) FROM sessions WHERE mentorship_id = ?",
                        (mentorship_id,)).fetchone()[0]
    today = clock.today()
    if last:
        anchor = datetime.fromisoformat(last).replace(second=0, microsecond=0)
    else:
        start = date.fromisoformat(charter["effective_on"]) if charter["effective_on"] else today
        anchor = datetime.combine(start, DEFAULT_TIME) - step
    until = add_months(today, months)
    moment = anchor + step
    if moment.date() < today:  # skip missed dates: the plan starts from today
        moment += step * ((today - moment.date()).days // step.days)
        while moment.date() < today:
            moment += step
    planned = []
    while moment.date() <= until:
        planned.append(moment)
        moment += step
    return planned


def escape_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Split a content line into 75-octet pieces joined by CRLF + space (RFC 5545 3.1)."""
    out: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def build_ics(name: str, counterpart: str, mentorship_id: str, planned: list[datetime],
              minutes: int, description: str) -> str:
    stamp = clock.now().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0",
             f"PRODID:-//MentorJournal//MentorJournal {__version__}//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(f'Check-ins: {name}')}"]
    for moment in planned:
        lines += ["BEGIN:VEVENT",
                  f"UID:{mentorship_id}-{moment:%Y%m%d}@mentorjournal",
                  f"DTSTAMP:{stamp}",
                  f"DTSTART:{moment:%Y%m%dT%H%M%S}",
                  f"DURATION:PT{minutes}M",
                  f"SUMMARY:{escape_text(f'Check-in with {counterpart}')}",
                  f"DESCRIPTION:{escape_text(description)}",
                  "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def write_calendar(journal: Journal, mentorship_id: str, out: Path, *, months: int = 3) -> int:
    """Write the .ics file; returns how many check-ins it plans."""
    with private_reader(journal) as conn:
        found = mentorships(conn, mentorship_id)
        if not found:
            raise CalendarError("That mentorship no longer exists.")
        m = found[0]
        planned = _planned(conn, mentorship_id, months)
        charter = current_charter(conn, mentorship_id) or {}
    description = f"Planned by the charter of “{m['name']}” ({cadence_text(charter)})."
    if charter.get("channels"):
        description += f"\nChannels: {charter['channels']}"
    text = build_ics(m["name"], m["counterpart"] or m["name"], mentorship_id, planned,
                     charter.get("session_minutes") or DEFAULT_MINUTES, description)
    try:
        out.write_bytes(text.encode("utf-8"))
    except OSError as exc:
        raise CalendarError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    return len(planned)
