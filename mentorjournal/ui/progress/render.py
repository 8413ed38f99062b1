"""Progress charts drawn off the GUI thread.

matplotlib never runs on the GUI thread. One worker thread imports it (about half a
second), computes the progress views, builds each figure and renders it with Agg into
a QImage; the GUI thread only paints images. So the window answers while matplotlib
loads and while a ten-year chart is drawn, and the charts of the other date ranges can
be drawn ahead while the user reads. Jobs run one at a time, what is in sight first
(`NOW`) and drawing ahead after (`AHEAD`); one queue, so matplotlib is never used by
two threads at once.
"""

from __future__ import annotations

import itertools
import logging
import queue
import sqlite3
import sys
import threading
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from mentorjournal.core.journal import Journal, connect_sqlite

log = logging.getLogger(__name__)
NOW = 0
AHEAD = 1
_LAST, _STOP = -2, -1  # shutdown: a last job, then the stop mark


class _Bridge(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class ChartWorker(QObject):
    """One thread with a priority queue; results come back on the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.PriorityQueue[tuple[Any, ...]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._bridge = _Bridge()  # parentless: it must outlive every queued emit
        self._bridge.finished.connect(self._deliver)

    def submit(self, job: Callable[[], Any], priority: int = NOW,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> Future[Any]:
        future: Future[Any] = Future()
        if self._closed:
            future.cancel()
            return future
        self._queue.put((priority, next(self._order), job, future, on_done, on_error))
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="charts", daemon=True)
            self._thread.start()
        return future

    def _run(self) -> None:
        while True:
            _priority, _n, job, future, on_done, on_error = self._queue.get()
            if job is None:
                return
            if not future.set_running_or_notify_cancel():
                continue
            try:
                result = job()
            except Exception as exc:  # reported to the GUI thread
                log.error("chart job failed", exc_info=exc)
                future.set_exception(exc)
                self._bridge.finished.emit(on_error, None, exc)
            else:
                future.set_result(result)
                self._bridge.finished.emit(on_done, result, None)
            if self._queue.empty():
                _give_back_memory()

    def _deliver(self, callback: Any, result: Any, error: Any) -> None:
        if callback is not None and not self._closed:
            callback(error if error is not None else result)

    def drop(self, priority: int) -> int:
        """Forget the queued jobs of `priority` (not the one running); each is told
        through its on_error with a CancelledError. Returns how many were dropped."""
        kept: list[tuple[Any, ...]] = []
        dropped: list[tuple[Any, ...]] = []
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            (dropped if item[0] == priority else kept).append(item)
        for item in kept:
            self._queue.put(item)
        for _p, _n, _job, future, _on_done, on_error in dropped:
            future.cancel()
            self._deliver(on_error, None, CancelledError())
        return len(dropped)

    def wait(self, future: Future[Any], timeout: float = 60.0) -> Any:
        """Block until `future` is done (for export and tests); re-raises its error."""
        return future.result(timeout=timeout)

    def shutdown(self, last: Callable[[], Any] | None = None) -> None:
        """Drop what is queued, let the running job finish, run `last`, stop the thread."""
        if self._closed:
            return
        self._closed = True
        if self._thread is None:
            return
        while True:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                break
            item[3].cancel()
        if last is not None:
            self._queue.put((_LAST, next(self._order), last, Future(), None, None))
        self._queue.put((_STOP, next(self._order), None, Future(), None, None))
        self._thread.join(timeout=10)

    @property
    def worker_thread(self) -> threading.Thread | None:
        return self._thread


def _libc_trim() -> Callable[[int], int] | None:
    """glibc's malloc_trim, or None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        trim: Callable[[int], int] = ctypes.CDLL("libc.so.6").malloc_trim
        return trim
    except (OSError, AttributeError):
        return None


_TRIM = _libc_trim()


def _give_back_memory() -> None:
    """Hand freed memory back to the system once the worker has nothing to do.

    Drawing a ten-year chart allocates and frees tens of megabytes on the worker's own
    malloc arena, which glibc keeps for later; trimming it when idle keeps the app's
    resident memory close to what it actually uses (about 10 MB less after a long walk
    through the charts). A few milliseconds, off the GUI thread.
    """
    if _TRIM is not None:
        _TRIM(0)


class WorkerJournal:
    """The journal as the chart worker reads it: its own sqlite3 connection, opened in
    the worker and reopened when the journal was closed and opened again (a restore)."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self._conn: sqlite3.Connection | None = None
        self._generation = -1
        self.data_version_cache: tuple[sqlite3.Connection, int, tuple] | None = None

    @property
    def path(self) -> Path:
        return self._journal.path

    def reader(self) -> sqlite3.Connection:
        generation = self._journal.generation
        if self._conn is None or generation != self._generation:
            self.close()
            self._conn = connect_sqlite(self._journal.path)
            from mentorjournal.core.crypto import row_factory

            self._conn.row_factory = row_factory(self._conn)
            self._generation = generation
        return self._conn

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


@dataclass(frozen=True, eq=False)
class Drawing:
    """One rendered chart: what it shows, at which size, its figure and its pixels.

    Compared by identity: field-wise equality would compare whole progress views (and
    their journal snapshots) row by row."""

    view: Any
    theme: Any
    size: tuple[int, int, float]  # logical width, height, device pixel ratio
    figure: Any
    image: QImage


def render(builder: Callable[[Any, Any], Any], view: Any, theme: Any,
           size: tuple[int, int, float], previous: Any | None) -> Drawing:
    """Build one chart and rasterise it (runs on the chart worker).

    The figure gets the widget's size at 100 dpi times the screen's pixel ratio, so one
    chart pixel is one screen pixel; when `previous` is the same chart at the same size,
    its axes positions are reused instead of running constrained layout again.
    """
    from matplotlib.backend_bases import FigureCanvasBase
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from mentorjournal.charts.base import is_empty_chart, reuse_layout

    width, height, ratio = size
    figure = builder(view, theme)
    figure.set_dpi(100 * ratio)
    figure.set_size_inches(max(width, 200) / 100, max(height, 100) / 100)
    if previous is not None and not is_empty_chart(previous) and not is_empty_chart(figure):
        reuse_layout(figure, previous)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    pixels_wide, pixels_high = (int(v) for v in canvas.get_width_height(physical=True))
    image = QImage(bytes(canvas.buffer_rgba()), pixels_wide, pixels_high,
                   QImage.Format.Format_RGBA8888).copy()
    image.setDevicePixelRatio(ratio)
    # The image is the copy that is kept: hand the figure a plain canvas so Agg's own
    # pixel buffer is freed (hover needs only the transforms, and an export draws anew).
    FigureCanvasBase(figure)
    return Drawing(view, theme, size, figure, image)
