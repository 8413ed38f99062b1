"""Fusion with a palette that follows the system's light or dark scheme, or the user's
choice in Preferences (or `MENTORJOURNAL_THEME=light|dark`, used for screenshots)."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = QColor("#3b6ea8")
THEME_ENV = "MENTORJOURNAL_THEME"

_chosen = "system"


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    """Whether the app is drawn dark right now (charts follow this too)."""
    theme = os.environ.get(THEME_ENV) or _chosen
    if theme in ("light", "dark"):
        return theme == "dark"
    return system_is_dark()


def apply_style(app: QApplication, theme: str = "system") -> None:
    global _chosen
    _chosen = theme
    # Replacing the style or style sheet re-polishes every widget and frees the old style;
    # do it once, and afterwards only when something actually changes.
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    dark = is_dark()
    palette = _dark_palette() if dark else app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, ACCENT)
    palette.setColor(QPalette.ColorRole.Link, ACCENT.lighter(150) if dark else ACCENT)
    if app.palette() != palette:
        app.setPalette(palette)
    # No application style sheet: see `widgets/look.py` for why, and for the accents.


def _dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1f2124"), QColor("#2a2d31"), QColor("#e6e6e6")
    disabled = QColor("#7d8188")
    for role, color in (
        (QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, window),
        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.HighlightedText,
                                                 QColor("#ffffff")),
        (QPalette.ColorRole.PlaceholderText, QColor("#9a9ea5")),
        (QPalette.ColorRole.Mid, QColor("#44484e")), (QPalette.ColorRole.Light,
                                                      QColor("#3a3e44")),
        (QPalette.ColorRole.Dark, QColor("#181a1c")),
    ):
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p
