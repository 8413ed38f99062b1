"""Shared fixtures. Qt runs headless, and no test ever touches the user's real journal,
settings or logs: every location points into the test's own temporary folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorjournal.core.journal import Journal
from mentorjournal.paths import DataPaths


@pytest.fixture(autouse=True)
def private_locations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    monkeypatch.setenv("MENTORJOURNAL_DATA_DIR", str(data))
    monkeypatch.setenv("MENTORJOURNAL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("MENTORJOURNAL_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("MENTORJOURNAL_QUIT_WHEN_READY", raising=False)
    return data


@pytest.fixture
def journal(private_locations: Path) -> Iterator[Journal]:
    j = Journal(DataPaths(private_locations))
    j.prepare()
    yield j
    j.close()


@pytest.fixture
def reopen(private_locations: Path):  # type: ignore[no-untyped-def]
    """Open the same journal again, as a restarted app would."""
    opened: list[Journal] = []

    def _open() -> Journal:
        j = Journal(DataPaths(private_locations))
        j.prepare()
        opened.append(j)
        return j

    yield _open
    for j in opened:
        j.close()
