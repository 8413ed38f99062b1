"""In-process GUI measurements on a journal, printed as JSON (run by run_bench.py).

Runs headless; opens the real main window on the given data dir, then times tab
switches, one autosave write, typing into a check-in while autosave runs, and reads
resident memory after every tab has been shown.
"""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TYPED = ("We agreed to try a shorter design review next sprint, and to write down "
         "what feedback each of us expects before the meeting starts. ")


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _switches(window: object, rounds: int) -> tuple[dict[str, float], dict[str, list[float]]]:
    from PySide6.QtWidgets import QApplication

    tabs = window.tab_widget  # type: ignore[attr-defined]
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
                window.repaint()  # type: ignore[attr-defined]
                QApplication.processEvents()
                key = f"{tabs.tabText(a)} → {tabs.tabText(b)}"
                switches.setdefault(key, []).append(time.perf_counter() - started)
    return first_show, switches


def _editor_cases(window: object, keystrokes: int) -> dict[str, list[float]]:
    """One autosave write (the editor's own write function), then typing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mentorjournal.ui.sessions.editor import write_snapshot

    sessions = window.tab("sessions")  # type: ignore[attr-defined]
    window.show_tab(1)  # type: ignore[attr-defined]
    QApplication.processEvents()
    # The longest check-in of the current mentorship: the worst case for a write.
    row = window.journal.reader().execute(  # type: ignore[attr-defined]
        "SELECT id FROM sessions WHERE mentorship_id = ? ORDER BY length(notes) DESC "
        "LIMIT 1", (window.current.id,)).fetchone()  # type: ignore[attr-defined]
    sessions.select(row[0])
    QApplication.processEvents()
    editor = sessions.editor
    editor.set_reading(False)
    data = editor.snapshot()
    writes = []
    first_key = next(iter(data["sections"]))
    for i in range(25):  # a real change each time, so nothing is skipped as unchanged
        changed = {**data, "sections": {**data["sections"],
                                        first_key: data["sections"][first_key] + f" {i}"}}
        started = time.perf_counter()
        write_snapshot(window.journal, changed)  # type: ignore[attr-defined]
        writes.append(time.perf_counter() - started)
    edit = next(iter(editor.sections.values())).edit
    edit.setFocus()
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    QApplication.processEvents()
    editor.autosaver._timer.setInterval(200)  # a pause every few words, as people type
    keys: list[float] = []
    text = (TYPED * (keystrokes // len(TYPED) + 1))[:keystrokes]
    for i, char in enumerate(text):
        started = time.perf_counter()
        QTest.keyClick(edit, char, Qt.KeyboardModifier.NoModifier)
        QApplication.processEvents()
        keys.append(time.perf_counter() - started)
        if i % 40 == 39:  # let the debounce fire: the write then runs while we type on
            deadline = time.perf_counter() + 0.21
            while time.perf_counter() < deadline:
                QApplication.processEvents()
                time.sleep(0.005)
    editor.flush(wait=True)
    saved = window.journal.reader().execute(  # type: ignore[attr-defined]
        "SELECT count(*) FROM sessions WHERE id = ?", (row[0],)).fetchone()[0]
    assert saved == 1
    return {"autosave_write": writes, "keystroke": keys}


def main(data_dir: str, rounds: int, keystrokes: int = 1000) -> dict[str, object]:
    from mentorjournal.ui.app import ensure_application, open_main_window

    app = ensure_application()
    window, lock = open_main_window(data_dir)
    app.processEvents()
    first_show, switches = _switches(window, rounds)
    rss = rss_mb()
    editor = _editor_cases(window, keystrokes)
    result = {"first_show": first_show, "switches": switches, "rss_mb": rss, **editor}
    window.close()
    window.tasks.shutdown()
    window.journal.close()
    lock.unlock()
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 3)))
