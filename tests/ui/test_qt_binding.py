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
