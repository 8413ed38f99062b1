"""Apply the date format and first day of the week to every date editor in the app.

Tabs create their own QDateEdit and calendar widgets; instead of asking each one to
remember the preference, one application-wide event filter formats them as they appear.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit

_DAYS = {"monday": Qt.DayOfWeek.Monday, "sunday": Qt.DayOfWeek.Sunday,
         "saturday": Qt.DayOfWeek.Saturday}


class DatePreferences(QObject):
    def __init__(self, date_format: str, week_start: str, parent: QObject | None = None):
        super().__init__(parent)
        self.configure(date_format, week_start)

    def configure(self, date_format: str, week_start: str) -> None:
        self.date_format = date_format
        self.first_day = _DAYS.get(week_start, QLocale().firstDayOfWeek())

    def apply(self, widget: QObject) -> None:
        if isinstance(widget, QDateTimeEdit):
            if isinstance(widget, QDateEdit) or not widget.displayFormat().endswith("mm"):
                widget.setDisplayFormat(self.date_format)
            else:
                widget.setDisplayFormat(f"{self.date_format} HH:mm")
            calendar = widget.calendarWidget()
            if calendar is not None:
                calendar.setFirstDayOfWeek(self.first_day)
        elif isinstance(widget, QCalendarWidget):
            widget.setFirstDayOfWeek(self.first_day)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(
                watched, QDateTimeEdit | QCalendarWidget):
            self.apply(watched)
        return False
