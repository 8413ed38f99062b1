"""Durability: SIGKILL while saving never corrupts the journal or loses a commit.

A writer process saves check-ins in a loop, announcing each id only after its commit
returned; the test kills it at a random moment, 50 times (MENTORJOURNAL_SOAK_RUNS for
`make soak`), and after every kill the journal must pass `PRAGMA integrity_check` and
hold every announced id.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship
from mentorjournal.paths import DataPaths

RUNS = int(os.environ.get("MENTORJOURNAL_SOAK_RUNS", "50"))
DRIVER = Path(__file__).with_name("kill_driver.py")


def verify(path: Path, committed: set[str]) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        stored = {r[0] for r in conn.execute("SELECT id FROM sessions")}
    finally:
        conn.close()
    missing = committed - stored
    assert not missing, f"{len(missing)} committed check-ins lost"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer is forked")
def test_sigkill_while_saving_loses_nothing_committed(private_locations: Path) -> None:
    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    mentorship = create_mentorship(journal, "Priya")
    journal.close()
    root = Path(__file__).resolve().parents[2]
    driver = subprocess.Popen([sys.executable, str(DRIVER), str(private_locations),
                               mentorship.id], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, cwd=root,
                              env={**os.environ, "PYTHONPATH": str(root)})
    lines: queue.Queue[str] = queue.Queue()
    assert driver.stdout is not None and driver.stdin is not None
    stdout = driver.stdout
    threading.Thread(target=lambda: [lines.put(x.strip()) for x in stdout],
                     daemon=True).start()
    rng = random.Random(8)
    committed: set[str] = set()
    kills_mid_write = 0
    try:
        assert lines.get(timeout=30) == "READY"
        for run in range(RUNS):
            driver.stdin.write("go\n")
            driver.stdin.flush()
            line = lines.get(timeout=30)
            assert line.startswith("P "), line
            pid = int(line.split()[1])
            this_run = 0
            if run % 2:  # odd runs: kill once saving is under way, wherever it is
                line = lines.get(timeout=30)
                assert line.startswith("C "), line
                committed.add(line[2:])
                this_run += 1
            time.sleep(rng.uniform(0.0, 0.1 if run % 2 else 0.25))  # even: anywhere
            os.kill(pid, signal.SIGKILL)
            while not (line := lines.get(timeout=30)).startswith("X "):
                if line.startswith("C ") and len(line) == 38:
                    committed.add(line[2:])
                    this_run += 1
            assert line.split()[1] == str(pid)
            kills_mid_write += this_run > 0
            verify(private_locations / "journal.sqlite3", committed)
    finally:
        driver.stdin.close()
        driver.wait(timeout=30)
    assert len(committed) > RUNS  # the writers really were writing when killed
    assert kills_mid_write >= RUNS // 2
