"""The core stays Qt-free (checked by import-linter) and start-up stays lean."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.fail("lint-imports is missing; install the test extra")
    done = subprocess.run([lint, str(ROOT / "pyproject.toml")], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_core_modules_import_without_qt() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import mentorjournal.core, mentorjournal.interop, mentorjournal.charts\n"
        "for pkg in (mentorjournal.core, mentorjournal.interop, mentorjournal.charts):\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' in info.name: continue\n"
        "        importlib.import_module(info.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"


def test_reports_paint_without_widgets() -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        "import mentorjournal.reports as pkg\n"
        "for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "    importlib.import_module(info.name)\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "False"


@pytest.mark.parametrize("module", ["mentorjournal.reports.progress_sections",
                                    "mentorjournal.reports.sections",
                                    "mentorjournal.reports.pdf"])
def test_report_modules_import_in_any_order(module: str) -> None:
    """Sections register themselves on import; no order of imports may break that."""
    code = (f"import {module}\n"
            "from mentorjournal.reports.sections import available_keys\n"
            "print(','.join(available_keys()))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip().split(",")
    assert out[0] == "cover" and out[-2:] == ["charts", "metrics"]
