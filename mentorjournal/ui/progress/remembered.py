"""The last Progress charts, remembered beside the journal for the next start's first paint.

Opening the app on the Progress tab would otherwise wait for matplotlib to load and the
charts to be drawn (about a second on a ten-year journal). The charts in sight and the
summary line are saved as they were last drawn, with a stamp of everything they depend
on: the journal's data version, mentorship, scope, range, theme, today's date and the
app's version. A start whose stamp matches shows them at once; the live charts replace
them a moment later, drawn from the journal itself. Nothing is remembered for a
protected (encrypted) journal, since the images would show its contents in the clear.
The folder lives in the journal's own private folder (0700), files 0600.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QImage

from mentorjournal import __version__
from mentorjournal.core import crypto
from mentorjournal.core.journal import Journal
from mentorjournal.paths import FILE_MODE, ensure_private_dir

log = logging.getLogger(__name__)
FOLDER = "progress"  # inside the journal's cache folder
META = "charts.json"


def stamp_of(*parts: object) -> str:
    """A short fingerprint of what a drawing depends on."""
    return hashlib.sha256(repr((__version__, *parts)).encode("utf-8")).hexdigest()[:32]


class RememberedCharts:
    def __init__(self, journal: Journal) -> None:
        self.folder = journal.paths.cache_dir / FOLDER
        self._journal = journal

    @property
    def enabled(self) -> bool:
        """Asked every time: the journal may be protected while the app runs."""
        path = self._journal.path
        return crypto.key_for(path) is None and not crypto.looks_encrypted(path)

    # ----- reading (GUI thread, at the first show) -----------------------------------
    def load(self, stamp: str) -> tuple[str, dict[str, QImage]] | None:
        """(summary, chart images by key) saved under `stamp`, or None."""
        if not self.enabled:
            return None
        meta = self._meta()
        if meta.get("stamp") != stamp:
            return None
        images: dict[str, QImage] = {}
        for key, entry in dict(meta.get("charts", {})).items():
            image = QImage(str(self.folder / f"{key}.png"))
            if image.isNull():
                continue
            image.setDevicePixelRatio(float(entry.get("ratio", 1.0)))
            images[str(key)] = image
        return str(meta.get("summary", "")), images

    # ----- writing (chart worker) ----------------------------------------------------
    def save_summary(self, stamp: str, summary: str) -> None:
        """Start remembering the drawing stamped `stamp` (forgets any other)."""
        if not self.enabled:
            return
        meta = self._meta()
        if meta.get("stamp") == stamp and meta.get("summary") == summary:
            return  # remembered already (a redraw of what was drawn before)
        if meta.get("stamp") != stamp:
            meta = {"stamp": stamp, "charts": {}}
        meta["summary"] = summary
        self._save_meta(meta)

    def save_chart(self, stamp: str, key: str, image: QImage) -> None:
        if not self.enabled:
            return
        meta = self._meta()
        if meta.get("stamp") != stamp:
            return  # the user moved on to another range since
        if self._save(self.folder / f"{key}.png", lambda path: image.save(str(path))):
            meta.setdefault("charts", {})[key] = {"ratio": image.devicePixelRatio()}
            self._save_meta(meta)

    def _meta(self) -> dict[str, Any]:
        try:
            meta = json.loads((self.folder / META).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return meta if isinstance(meta, dict) else {}

    def _save_meta(self, meta: dict[str, Any]) -> None:
        text = json.dumps(meta)

        def write(path: Path) -> bool:
            path.write_text(text, encoding="utf-8")
            return True

        self._save(self.folder / META, write)

    def _save(self, path: Path, write: Callable[[Path], bool]) -> bool:
        """Write `path` whole or not at all: into a scratch file beside it (same suffix,
        so Qt knows the image format), made private, then moved over. A failure (a full
        disk) costs the next start a second, nothing more."""
        temporary = path.with_name(f".{path.stem}.part{path.suffix}")
        try:
            ensure_private_dir(self.folder.parent)
            ensure_private_dir(self.folder)
            if not write(temporary):
                raise OSError("it could not be written")
            temporary.chmod(FILE_MODE)  # inside a 0700 folder all along
            os.replace(temporary, path)
        except OSError as exc:
            log.info("could not remember %s: %s", path.name, exc)
            return False
        return True
