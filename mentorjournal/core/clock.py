"""Today's date and the current time, injectable so tests never sleep.

Domain code asks `clock.today()` instead of `date.today()`; tests swap the clock with
`use_clock(FixedClock(...))` to see an experiment become overdue or a review fall due.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta


class Clock:
    def now(self) -> datetime:
        return datetime.now()

    def today(self) -> date:
        return self.now().date()


@dataclass
class FixedClock(Clock):
    at: datetime

    def now(self) -> datetime:
        return self.at

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)


_current: Clock = Clock()


def now() -> datetime:
    return _current.now()


def today() -> date:
    return _current.today()


def set_clock(clock: Clock) -> Clock:
    """Install `clock`; returns the previous one."""
    global _current
    previous, _current = _current, clock
    return previous


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    previous = set_clock(clock)
    try:
        yield clock
    finally:
        set_clock(previous)
