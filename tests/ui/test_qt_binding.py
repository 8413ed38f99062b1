"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 loses one reference to True per Signal.emit() and one to None per void
Qt call; after a few hundred edits Python aborts ("deallocating True"), which for a
journal means a crash mid-typing. pyproject.toml excludes it; this test proves the
installed binding is sound.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel


class _Emitter(QObject):
    ping = Signal()


def test_emit_and_void_calls_keep_refcounts(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    emitter.ping.connect(lambda: None)
    label = QLabel()
    true_before, none_before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.ping.emit()
        label.setText("x")
    # A sound binding leaves both counts where they were, give or take a few references
    # held elsewhere; the broken one loses one per call, 200 here.
    assert sys.getrefcount(True) - true_before > -20
    assert sys.getrefcount(None) - none_before > -20


def test_modules_imported_after_qt_leave_no_source_in_memory(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """PySide6 reads the source of every module imported after it (for `__feature__`);
    the app swaps that for a plain file read, which keeps nothing in `linecache` and
    gives the same answer."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "uses_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("X = 1\n", encoding="utf-8")
    code = (
        "import linecache, sys\n"
        "import mentorjournal.ui.main_window, mentorjournal.core.demo, json, csv, email\n"
        "import uses_qt, plain\n"
        "feature = sys.modules['PySide6.support.feature']\n"
        "print(len(linecache.cache), feature.pyside_feature_dict['uses_qt'],\n"
        "      feature.pyside_feature_dict['plain'])\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=root, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(tmp_path),
                               "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    cached, uses_qt, plain = done.stdout.split()
    assert int(cached) < 10  # was one entry per module imported after PySide6
    assert (uses_qt, plain) == ("0", "-1")  # the same verdicts PySide6 would give
