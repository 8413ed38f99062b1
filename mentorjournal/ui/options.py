"""Typed preferences with defaults in one registry, stored in the app's QSettings.

As in Picard, every option is declared once (key, default, allowed values) so the
dialog, the code that reads it and the tests agree; an unknown or corrupt stored value
falls back to the default instead of breaking start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    choices: tuple[Any, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def coerce(self, raw: Any) -> Any:
        value: Any = raw
        if isinstance(self.default, int):
            try:
                value = int(raw)
            except (TypeError, ValueError):
                return self.default
            if self.minimum is not None and value < self.minimum:
                return self.default
            if self.maximum is not None and value > self.maximum:
                return self.default
            return value
        value = "" if raw is None else str(raw)
        if self.choices and value not in self.choices:
            return self.default
        return value


THEME = Option("appearance/theme", "system", ("system", "light", "dark"))
REPORT_PAGE_SIZE = Option("reports/pageSize", "locale", ("locale", "A4", "Letter"))
BACKUP_DIR = Option("backups/folder", "")
AUTOSAVE_DELAY_MS = Option("editing/autosaveDelayMs", 1000, minimum=200, maximum=10_000)
WEEK_START = Option("dates/weekStart", "locale", ("locale", "monday", "sunday", "saturday"))
DATE_FORMAT = Option("dates/format", "yyyy-MM-dd",
                     ("yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "d MMM yyyy", "dd.MM.yyyy"))

ALL_OPTIONS = (THEME, REPORT_PAGE_SIZE, BACKUP_DIR, AUTOSAVE_DELAY_MS, WEEK_START, DATE_FORMAT)


def get(settings: QSettings, option: Option) -> Any:
    return option.coerce(settings.value(option.key, option.default))


def put(settings: QSettings, option: Option, value: Any) -> None:
    settings.setValue(option.key, option.coerce(value))
