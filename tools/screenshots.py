"""`make screenshots`: every tab of the demo journal, in the light and the dark theme.

Runs the real app on a fresh demo journal and saves each tab with QWidget.grab() into
docs/screenshots/<tab>-<theme>.png, plus the welcome page. `make screenshots` runs it
under Xvfb so fonts and the platform look like a desktop's; one theme per process, so
the theme is applied once, at start, as the app does.

Usage: python tools/screenshots.py THEME OUT_DIR   (THEME: light or dark)
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

TABS = ("charter", "sessions", "experiments", "progress")


def settle(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main(theme: str, out_dir: Path) -> int:
    os.environ["MENTORJOURNAL_THEME"] = theme
    # A fixed, neutral folder: the welcome page shows the journal's path.
    work = Path(tempfile.gettempdir()) / "mentorjournal-screens" / theme
    shutil.rmtree(work, ignore_errors=True)
    os.environ["MENTORJOURNAL_CONFIG_DIR"] = str(work / "config")
    os.environ["MENTORJOURNAL_LOG_DIR"] = str(work / "logs")
    data = work / "Sam"

    from mentorjournal.core.demo import fill_demo
    from mentorjournal.core.journal import Journal
    from mentorjournal.ui.app import ensure_application, open_main_window
    from mentorjournal.ui.style import apply_style

    app = ensure_application()
    apply_style(app, theme)
    out_dir.mkdir(parents=True, exist_ok=True)

    if theme == "light":  # the welcome page, on an empty journal
        window, lock = open_main_window(work / "MentorJournal")
        window.resize(1200, 780)
        settle(app, 0.5)
        window.grab().save(str(out_dir / "welcome.png"))
        window.close()
        window.tasks.shutdown()
        window.journal.close()
        lock.unlock()

    journal = Journal.open(data)
    fill_demo(journal)
    journal.close()
    window, lock = open_main_window(data)
    window.resize(1200, 780)
    from mentorjournal.core.mentorships import find_by_name

    priya = find_by_name(window.journal, "Priya")  # the mentee's journey, as in JOURNEYS.md
    if priya is not None:
        window.reload(select_id=priya.id)
    settle(app, 0.5)
    for index, key in enumerate(TABS):
        window.show_tab(index)
        settle(app, 2.5 if key == "progress" else 0.8)
        if key == "sessions":  # show a filled editor, not an empty selection
            tab = window.tab("sessions")
            table = getattr(tab, "table", None) or getattr(tab, "list_view", None)
            if table is not None and table.model() is not None and table.model().rowCount():
                table.selectRow(0)
                settle(app, 0.6)
        window.grab().save(str(out_dir / f"{key}-{theme}.png"))
        print(f"saved {key}-{theme}.png")
    window.close()
    window.tasks.shutdown()
    window.journal.close()
    lock.unlock()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
