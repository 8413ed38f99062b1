"""PDF report of one mentorship over one year and over all ten, timed in-process.

Qt's PDF writer needs a QGuiApplication, so this runs as its own process (run by
run_bench.py) and prints JSON: seconds per run and the page counts.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(data_dir: str, runs_year: int, runs_all: int) -> dict[str, object]:
    from PySide6.QtGui import QGuiApplication

    from mentorjournal.core import clock
    from mentorjournal.core.journal import Journal
    from mentorjournal.reports.options import ReportOptions
    from mentorjournal.reports.pdf import write_pdf

    app = QGuiApplication.instance() or QGuiApplication(["bench"])  # noqa: F841
    journal = Journal.open(data_dir)
    journal.prepare()
    mentorship_id = journal.reader().execute(
        "SELECT id FROM mentorships ORDER BY name LIMIT 1").fetchone()[0]
    today = clock.today()
    cases = {"year": (ReportOptions(mentorship_id=mentorship_id,
                                    start=today - timedelta(days=365), end=today), runs_year),
             "all": (ReportOptions(mentorship_id=mentorship_id), runs_all)}
    result: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, (options, runs) in cases.items():
            times, pages = [], 0
            for _ in range(runs):
                started = time.perf_counter()
                pages = write_pdf(journal, options, Path(tmp) / f"{name}.pdf")
                times.append(time.perf_counter() - started)
            result[name] = times
            result[f"{name}_pages"] = pages
    journal.close()
    return result


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))))
