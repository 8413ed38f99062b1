"""Autosave without a save button, and without ever blocking a keystroke.

An editor calls `changed()` on every edit. About a second after the last one (or at once
on `flush()`, called on focus change, mentorship switch and close) the autosaver asks
the editor for a snapshot of its values on the GUI thread — cheap, plain data — and
hands the write to the single background worker. The status bar then says "Saved".
If a write fails, the snapshot is kept and retried on the next change or flush, and
the error is reported in one sentence, so nothing typed is lost.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from mentorjournal.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

DEFAULT_DELAY_MS = 1000
_default_delay_ms = DEFAULT_DELAY_MS


def set_default_delay(delay_ms: int) -> None:
    """Preferences → autosave delay; applies to editors opened from now on."""
    global _default_delay_ms
    _default_delay_ms = delay_ms


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, tasks: TaskRunner, snapshot: Callable[[], Any],
                 write: Callable[[Any], Any], *, delay_ms: int | None = None,
                 parent: QObject | None = None) -> None:
        """`snapshot()` runs on the GUI thread; `write(snapshot)` runs on the worker."""
        super().__init__(parent)
        self._tasks = tasks
        self._snapshot = snapshot
        self._write = write
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_default_delay_ms if delay_ms is None else delay_ms)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self._in_flight = 0

    @property
    def pending(self) -> bool:
        """True while an edit has not reached the disk yet."""
        return self._dirty or self._in_flight > 0

    def changed(self) -> None:
        self._dirty = True
        self._timer.start()  # restart: save about a second after the last keystroke

    def flush(self, *, wait: bool = False) -> None:
        """Save now if anything changed; `wait=True` blocks until it is on disk (close)."""
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            data = self._snapshot()
            self._in_flight += 1
            future = self._tasks.run(lambda: self._write(data), self._on_saved,
                                     lambda exc: self._on_failed(exc))
            if wait:
                with contextlib.suppress(Exception):  # reported through _on_failed
                    future.result()
        elif wait:
            self._tasks.wait()

    def _on_saved(self, _result: Any) -> None:
        self._in_flight -= 1
        self.saved.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._in_flight -= 1
        self._dirty = True  # keep the edit; the next change or flush retries it
        self.failed.emit(str(exc) or "The change could not be saved.")
