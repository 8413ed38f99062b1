"""Fusion with a palette that follows the system's light or dark scheme.

`MENTORJOURNAL_THEME=dark` or `=light` overrides the system's scheme (for screenshots,
and for desktops that do not report one).
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from mentorjournal.resources import read_text

ACCENT = QColor("#3b6ea8")
THEME_ENV = "MENTORJOURNAL_THEME"


def is_dark() -> bool:
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    palette = app.style().standardPalette()
    if is_dark():
        palette = _dark_palette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.Link, ACCENT.lighter(140) if is_dark() else ACCENT)
    app.setPalette(palette)
    app.setStyleSheet(read_text("styles", "app.qss"))


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1f2124"), QColor("#2a2d31"), QColor("#e6e6e6")
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.HighlightedText,
                                                 QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9ea5")),
        (QPalette.ColorRole.Mid, QColor("#44484e")),
    ):
        p.setColor(role, color)
    return p
