"""Writer processes for the SIGKILL test, forked from one warm parent.

Importing SQLAlchemy costs about half a second, so 50 fresh interpreters would take
most of a minute. This parent imports the app's write path once and then, for every
"go" line on stdin, forks a child that opens the journal as the app does and writes
check-ins through `journal.store`, one transaction each, printing "C <id>" only after
the commit returned. The test kills the child with SIGKILL; the parent reports "X".
"""

from __future__ import annotations

import os
import random
import sys
from datetime import datetime

from mentorjournal.core.journal import Journal
from mentorjournal.core.models import CheckIn


def say(line: str) -> None:
    """One write(2) per line: a pipe write under PIPE_BUF is atomic, print() is not."""
    os.write(1, (line + "\n").encode())


def write_forever(data_dir: str, mentorship_id: str) -> None:
    say(f"P {os.getpid()}")
    journal = Journal.open(data_dir)
    rng = random.Random(os.getpid())
    while True:
        with journal.store.session() as s:
            entry = CheckIn(mentorship_id=mentorship_id, held_at=datetime(2026, 1, 1),
                            what_happened="typed " * rng.randint(1, 3000))
            s.add(entry)
        say(f"C {entry.id}")


def main() -> None:
    data_dir, mentorship_id = sys.argv[1], sys.argv[2]
    say("READY")
    for line in sys.stdin:
        if line.strip() != "go":
            break
        pid = os.fork()
        if pid == 0:
            try:
                write_forever(data_dir, mentorship_id)
            finally:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        say(f"\nX {pid} {status}")  # ends any line the killed child left unfinished


if __name__ == "__main__":
    main()
