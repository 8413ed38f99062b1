"""The date format and first day of the week, applied to every date editor in the app.

Every date field is made through `dated()`, which formats it now and again whenever the
user changes the preference. (An application-wide event filter would need no helper,
but it would run Python for every event of every widget: about 10 ms of a start-up, and
a little of every keystroke and repaint after it.)
"""

from __future__ import annotations

import weakref
from typing import TypeVar

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit

_DAYS = {"monday": Qt.DayOfWeek.Monday, "sunday": Qt.DayOfWeek.Sunday,
         "saturday": Qt.DayOfWeek.Saturday}
DEFAULT_FORMAT = "yyyy-MM-dd"
DateWidget = TypeVar("DateWidget", QDateTimeEdit, QCalendarWidget)


class DatePreferences(QObject):
    """The current preference, and the live date editors it applies to."""

    def __init__(self) -> None:
        super().__init__()
        self.date_format = DEFAULT_FORMAT
        self.first_day: Qt.DayOfWeek | None = None  # None: the locale's
        self._widgets: weakref.WeakSet[QDateTimeEdit | QCalendarWidget] = weakref.WeakSet()

    def configure(self, date_format: str, week_start: str) -> None:
        self.date_format = date_format
        self.first_day = _DAYS.get(week_start)
        for widget in list(self._widgets):
            try:
                self.apply(widget)
            except RuntimeError:  # its Qt side is gone; the wrapper lingered
                self._widgets.discard(widget)

    def register(self, widget: DateWidget) -> DateWidget:
        self._widgets.add(widget)
        widget.installEventFilter(self)  # the calendar popup exists from the first show
        self.apply(widget)
        return widget

    def apply(self, widget: QObject) -> None:
        if isinstance(widget, QDateTimeEdit):
            if isinstance(widget, QDateEdit) or not widget.displayFormat().endswith("mm"):
                widget.setDisplayFormat(self.date_format)
            else:
                widget.setDisplayFormat(f"{self.date_format} HH:mm")
            if widget.isVisible():
                self._first_day(widget.calendarWidget())
        elif isinstance(widget, QCalendarWidget):
            self._first_day(widget)

    def _first_day(self, calendar: QCalendarWidget | None) -> None:
        if calendar is not None:
            calendar.setFirstDayOfWeek(self.first_day or QLocale().firstDayOfWeek())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDateTimeEdit):
            self._first_day(watched.calendarWidget())
        return False


PREFERENCES = DatePreferences()


def dated(widget: DateWidget) -> DateWidget:
    """Format a new date editor (or calendar) by the user's preference, now and later."""
    return PREFERENCES.register(widget)
