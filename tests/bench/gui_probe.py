"""In-process GUI measurements on a journal, printed as JSON (run by run_bench.py).

Runs headless; opens the real main window on the given data dir, then times tab
switches and reads resident memory after every tab has been shown.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(data_dir: str, rounds: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from mentorjournal.ui.app import ensure_application, open_main_window

    app = ensure_application()
    window, lock = open_main_window(data_dir)
    app.processEvents()
    tabs = window.tab_widget
    count = tabs.count()
    first_show: dict[str, float] = {}
    for index in range(count):  # first visit builds each tab once
        started = time.perf_counter()
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        first_show[tabs.tabText(index)] = time.perf_counter() - started
    switches: dict[str, list[float]] = {}
    for _ in range(rounds):
        for a in range(count):
            for b in range(count):
                if a == b:
                    continue
                tabs.setCurrentIndex(a)
                QApplication.processEvents()
                started = time.perf_counter()
                tabs.setCurrentIndex(b)
                window.repaint()
                QApplication.processEvents()
                key = f"{tabs.tabText(a)} → {tabs.tabText(b)}"
                switches.setdefault(key, []).append(time.perf_counter() - started)
    result = {"first_show": first_show, "switches": switches, "rss_mb": rss_mb()}
    window.close()
    window.tasks.shutdown()
    window.journal.close()
    lock.unlock()
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)))
