"""Running journal work off the GUI thread, one job at a time.

As in Anki, every background database job goes through a single worker so SQLite access
is serialised; results come back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class _Bridge(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class TaskRunner(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="journal")
        self._bridge = _Bridge()
        self._bridge.finished.connect(self._deliver)
        self._pending: set[Future[Any]] = set()

    def run(self, job: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> Future[Any]:
        future = self._executor.submit(job)
        self._pending.add(future)

        def _done(f: Future[Any]) -> None:
            self._pending.discard(f)
            error = f.exception()
            if error is not None:
                log.error("background job failed", exc_info=error)
                self._bridge.finished.emit(on_error, None, error)
            else:
                self._bridge.finished.emit(on_done, f.result(), None)

        future.add_done_callback(_done)
        return future

    def _deliver(self, callback: Any, result: Any, error: Any) -> None:
        if callback is None:
            return
        callback(error if error is not None else result)

    def wait(self) -> None:
        """Finish every queued job (used on close so nothing typed is lost)."""
        for future in list(self._pending):
            with contextlib.suppress(Exception):  # already logged by the done-callback
                future.result()

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
