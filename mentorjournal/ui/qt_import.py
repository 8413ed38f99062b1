"""Importing PySide6 the way the app needs it: without reading every module's source.

PySide6's `__feature__` support (PYSIDE-2029) decides for every module imported after
it whether the module uses PySide6, by `inspect.getsource(module)` and a search for
"PySide6". That fills `linecache` with the source of every module imported afterwards:
on a ten-year journal with the Progress tab open, 325 files, 9 MB of text and about
19 MB of memory kept for good, and time spent splitting those files into lines during
start-up and matplotlib's import. MentorJournal uses no `__feature__`; the same answer
comes from reading the file's bytes, which keeps nothing.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads PySide6's import hooks, patched below)


def _uses_pyside(module: ModuleType, original: object) -> bool:
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return bool(original(module))  # type: ignore[operator]


def lighten_feature_check() -> bool:
    """Swap PySide6's per-import source check for a plain file read; True if done."""
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get(
        "shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "lightened", False):
        return False

    def _mod_uses_pyside(module: ModuleType) -> bool:
        return _uses_pyside(module, original)

    _mod_uses_pyside.lightened = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[attr-defined]
    return True


lighten_feature_check()
