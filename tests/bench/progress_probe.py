"""Progress tab: first paint and redraw, until every chart in sight has been painted.

A fresh process, so the first paint includes importing matplotlib, as it does for a
user. A chart counts as drawn when its canvas has rendered a figure made after the
change; charts scrolled out of sight are built only when scrolled to, so they are not
waited for. Printed as JSON (run by run_bench.py).
"""

from __future__ import annotations

import json
import os
import sys
import time

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
    """Seconds from `since` until every chart card in sight shows a new, drawn figure.

    A matplotlib figure stays `stale` until its canvas has rendered it, so a new figure
    that is no longer stale has been painted.
    """
    from PySide6.QtWidgets import QApplication

    deadline = since + limit
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        panel = tab.panel  # type: ignore[attr-defined]
        if panel is not None:
            cards = [c for c in panel.cards.values() if _in_sight(tab, c)]
            if cards and all(c.figure is not None and id(c.figure) not in old
                             and not c.figure.stale for c in cards):
                return time.perf_counter() - since
        time.sleep(0.001)
    states = [(c.key, _in_sight(tab, c), c.figure is not None and id(c.figure) not in old,
               c.figure is not None and c.figure.stale) for c in tab.panel.cards.values()]  # type: ignore[attr-defined]
    raise TimeoutError(f"the Progress tab did not finish drawing: {states}")


def main(data_dir: str, rounds: int) -> dict[str, object]:
    from mentorjournal.ui.app import ensure_application, open_main_window

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
    new: list[float] = []  # a range not shown before in this process: charts are built
    again: list[float] = []  # a range shown before: its drawn canvases are kept
    for _ in range(rounds):
        for preset in PRESETS:
            old = _figures(tab)
            started = time.perf_counter()
            tab.set_range(preset)  # what picking a preset in the combo box does
            (again if preset in seen else new).append(_wait_drawn(tab, started, old))
            seen.add(preset)
    window.close()
    window.tasks.shutdown()
    window.journal.close()
    lock.unlock()
    return {"first_paint": first, "redraw_new": new, "redraw_again": again}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)))
