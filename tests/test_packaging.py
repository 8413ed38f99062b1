"""Desktop integration files stay valid and in step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from mentorjournal import __version__

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.mentorjournal.MentorJournal"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (make validate-desktop installs it)")
    return found


def test_desktop_file_validates() -> None:
    done = subprocess.run([_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower()


def test_metainfo_validates() -> None:
    done = subprocess.run([_tool("appstreamcli"), "validate", "--no-net",
                           str(LINUX / f"{APP_ID}.metainfo.xml")], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_lists_this_release_and_desktop_file_runs_our_command() -> None:
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert re.search(rf'<release version="{re.escape(__version__)}"', metainfo)
    desktop = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert "Exec=mentorjournal\n" in desktop and f"Icon={APP_ID}\n" in desktop
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'mentorjournal = "mentorjournal.cli:main"' in pyproject


def test_png_icons_exist_for_every_size() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / \
            f"{APP_ID}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", png
