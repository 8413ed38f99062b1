"""The app's few visual accents, set on the widgets themselves.

An application-wide style sheet would be simpler to write, but Qt then runs every
widget through its style-sheet engine: on a ten-year journal that doubled the time to
build a tab (profiled: 54 ms instead of 20 ms for the Sessions tab) and slowed start-up
by about as much. Fonts, palette roles and margins do the same job at no cost, and
follow the system font and the light or dark palette by themselves.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QTabBar, QWidget

PRIMARY_PADDING = (18, 6)  # extra (horizontal, vertical) room of a primary button


def _weighted(widget: QWidget, weight: QFont.Weight = QFont.Weight.DemiBold) -> None:
    font = QFont(widget.font())
    font.setWeight(weight)
    widget.setFont(font)


def primary(button: QPushButton) -> QPushButton:
    """The one action a page is for: semibold, with a little more room."""
    button.setObjectName("primaryAction")
    _weighted(button)
    hint = button.sizeHint()
    button.setMinimumSize(hint.width() + PRIMARY_PADDING[0],
                          hint.height() + PRIMARY_PADDING[1] // 2)
    return button


def muted(label: QLabel) -> QLabel:
    """Secondary text (an empty state's explanation): the palette's placeholder colour."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def heading(label: QLabel, top: int = 8) -> QLabel:
    """A section heading inside a form: semibold, in the accent colour."""
    _weighted(label)
    label.setForegroundRole(QPalette.ColorRole.Highlight)
    label.setContentsMargins(0, top, 0, 0)
    return label


def bold(label: QLabel) -> QLabel:
    _weighted(label)
    return label


class RoomyTabBar(QTabBar):
    """Tabs with room around their titles (6 px above and below, 16 px at the sides)."""

    def tabSizeHint(self, index: int) -> QSize:
        size = super().tabSizeHint(index)
        size.setWidth(size.width() + 16)
        size.setHeight(size.height() + 6)
        return size
