"""Small builders shared by the reliability tests."""

from __future__ import annotations

from pathlib import Path

from mentorjournal.core.journal import Journal
from mentorjournal.core.models import Mentorship


def fill(journal: Journal, count: int = 150, prefix: str = "Person") -> None:
    """Enough rows to span many pages, written in one transaction."""
    with journal.store.session() as s:
        for i in range(count):
            s.add(Mentorship(name=f"{prefix} {i:03d}", counterpart="x" * 400))
    journal.close()  # checkpoints the WAL into the main file


def damage_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle:middle + 2 * page] = b"\xa5" * (2 * page)
    path.write_bytes(bytes(data))


def truncate_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
