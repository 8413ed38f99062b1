"""Progress tab: first paint and redraw, until every chart in sight has been painted.

A fresh process, so the first paint includes importing matplotlib (on the chart
worker), as it does for a user; the charts remembered from an earlier run are removed
first, so nothing is shown from them. A chart counts as drawn when the card has painted
the image of a figure made for the change; charts scrolled out of sight are built only
when scrolled to, so they are not waited for. A redraw is measured twice: right after
the first paint, and once the tab has settled (its worker has drawn the other ranges
ahead, as it does while the user reads). Printed as JSON (run by run_bench.py).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PRESETS = ("3m", "all", "1y")


def _figures(tab: object) -> set[int]:
    panel = tab.panel  # type: ignore[attr-defined]
    return set() if panel is None else {id(c.figure) for c in panel.cards.values()}


def _in_sight(tab: object, card: object) -> bool:
    """Does any of the card lie inside the scroll area's viewport?"""
    from PySide6.QtCore import QPoint, QRect

    viewport = tab.scroll_area.viewport()  # type: ignore[attr-defined]
    top_left = card.mapTo(viewport, QPoint(0, 0))  # type: ignore[attr-defined]
    return QRect(top_left, card.size()).intersects(viewport.rect())  # type: ignore[attr-defined]


def _wait_drawn(tab: object, since: float, old: set[int], limit: float = 20.0) -> float:
    """Seconds from `since` until every chart card in sight shows a new, drawn figure:
    the card's figure is not one of `old`, and its canvas has painted that figure's
    image (not the one remembered from an earlier run).

    Waits as an idle app does, blocked in Qt's event loop and woken by each chart's
    paint: a loop that wakes every millisecond would take Python's lock from the chart
    worker each time (a convoy that slowed matplotlib's import by half).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    def done() -> bool:
        panel = tab.panel  # type: ignore[attr-defined]
        if panel is None:
            return False
        cards = [c for c in panel.cards.values() if _in_sight(tab, c)]
        return bool(cards) and all(c.figure is not None and id(c.figure) not in old
                                   and not c.remembered and c.is_drawn() for c in cards)

    finished: list[float] = []
    loop = QEventLoop()

    def check() -> None:
        if not finished and done():
            finished.append(time.perf_counter() - since)
            loop.quit()

    connected = []
    if tab.panel is not None:  # type: ignore[attr-defined]
        for card in tab.panel.cards.values():  # type: ignore[attr-defined]
            card.canvas.painted.connect(check)
            connected.append(card.canvas)
    poll = QTimer()
    poll.timeout.connect(check)  # also catches a panel built after this started
    poll.start(25)
    QTimer.singleShot(0, check)
    QTimer.singleShot(round(limit * 1000), loop.quit)
    loop.exec()
    poll.stop()
    for canvas in connected:
        canvas.painted.disconnect(check)
    if finished:
        return finished[0]
    states = [(c.key, _in_sight(tab, c), c.figure is not None and id(c.figure) not in old,
               c.is_drawn()) for c in tab.panel.cards.values()]  # type: ignore[attr-defined]
    raise TimeoutError(f"the Progress tab did not finish drawing: {states}")


def _idle(seconds: float) -> None:
    """Run the event loop for `seconds`, as an idle app does: blocked in Qt, which
    leaves Python's lock to the chart worker (a busy loop of processEvents would take
    it from the worker every millisecond and slow it down)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(max(1, round(seconds * 1000)), loop.quit)
    loop.exec()


def _settle(tab: object, seconds: float = 3.0) -> None:
    """Let the worker finish drawing ahead (the user reading the charts)."""
    _idle(seconds)


def _walk(tab: object) -> float:
    """Resident memory after a long look at everything: both scopes, every range, and
    every chart scrolled into sight and drawn."""
    from tests.bench.gui_probe import rss_mb

    for everyone in (False, True):
        tab.set_scope_all(everyone)  # type: ignore[attr-defined]
        for preset in PRESETS:
            tab.set_range(preset)  # type: ignore[attr-defined]
            _idle(0.3)
            for card in tab.panel.cards.values():  # type: ignore[attr-defined]
                tab.scroll_area.ensureWidgetVisible(card)  # type: ignore[attr-defined]
                _idle(0.15)
            tab.panel.draw_all()  # type: ignore[attr-defined]
    _settle(tab, 1.0)
    return rss_mb()


def main(data_dir: str, rounds: int) -> dict[str, object]:
    from mentorjournal.ui.app import ensure_application, open_main_window
    from mentorjournal.ui.progress.remembered import FOLDER

    shutil.rmtree(Path(data_dir) / "cache" / FOLDER, ignore_errors=True)
    app = ensure_application()
    window, lock = open_main_window(data_dir)
    app.processEvents()
    index = next(i for i in range(window.tab_widget.count())
                 if window.tab_widget.tabText(i) == "Progress")
    started = time.perf_counter()
    window.tab_widget.setCurrentIndex(index)
    tab = window.tab("progress")
    first = _wait_drawn(tab, started, set())
    seen = {str(tab.range_combo.currentData())}
    at_once: list[float] = []  # a range not shown before, picked as the charts appear
    quick: list[float] = []  # … picked half a second after (a quick user)
    settled: list[float] = []  # … picked once the tab has settled (3 s)
    again: list[float] = []  # a range shown before: its drawings are kept
    for round_ in range(rounds):
        for preset in PRESETS:
            old = _figures(tab)
            fresh = preset not in seen
            if fresh and round_ == 0 and preset == "all":
                _idle(0.5)
            elif fresh and round_ > 0:
                _settle(tab)
            started = time.perf_counter()
            tab.set_range(preset)  # what picking a preset in the combo box does
            took = _wait_drawn(tab, started, old)
            if not fresh:
                again.append(took)
            elif round_ > 0:
                settled.append(took)
            else:
                (quick if preset == "all" else at_once).append(took)
            seen.add(preset)
        if round_ == 0:  # the next round starts on another scope: new views again
            tab.set_scope_all(True)
            _wait_drawn(tab, time.perf_counter(), _figures(tab))
            seen = {str(tab.range_combo.currentData())}
    walk_mb = _walk(tab)
    window.close()
    window.tasks.shutdown()
    window.journal.close()
    lock.unlock()
    return {"first_paint": first, "redraw_new": at_once, "redraw_quick": quick,
            "redraw_settled": settled, "redraw_again": again, "walk_mb": walk_mb}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)))
