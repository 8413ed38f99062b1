"""What the user asked the report to contain. Qt-free, so the CLI and GUI share it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


def all_sections() -> tuple[str, ...]:
    """Every registered section, in print order (see reports/sections.py)."""
    from mentorjournal.reports.sections import available_keys

    return available_keys()


class ReportError(ValueError):
    """A report request that cannot be honoured; one sentence for the user."""


def parse_sections(text: str | None) -> tuple[str, ...]:
    """'charter, checkins' → ('charter', 'checkins') in report order; None → every section."""
    known = all_sections()
    if not text:
        return known
    wanted = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [key for key in wanted if key not in known]
    if unknown:
        raise ReportError(f"There is no report section called “{unknown[0]}”; "
                          f"choose from {', '.join(known)}.")
    if not wanted:
        raise ReportError("Choose at least one section for the report.")
    return tuple(key for key in known if key in wanted)


@dataclass(frozen=True)
class ReportOptions:
    mentorship_id: str | None = None  # None: every mentorship
    start: date | None = None
    end: date | None = None
    sections: tuple[str, ...] = field(default_factory=all_sections)
    include_private: bool = False
    page_size: str | None = None  # "A4" or "Letter"; None: Preferences, else the locale

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise ReportError("The report's start date is after its end date.")

    def in_range(self, value: str | date | None) -> bool:
        """Does an ISO date (or datetime) string fall inside the chosen range?"""
        if value is None:
            return False
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return (self.start is None or day >= self.start) and (self.end is None
                                                              or day <= self.end)

    @property
    def range_text(self) -> str:
        from mentorjournal.interop.journal_data import human_date

        if self.start is None and self.end is None:
            return "All dates"
        start = human_date(self.start.isoformat()) if self.start else "the beginning"
        end = human_date(self.end.isoformat()) if self.end else "today"
        return f"{start} – {end}"
