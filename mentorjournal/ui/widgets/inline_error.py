"""The inline error shown next to a field: one plain-text sentence in red.

Plain text because errors often quote what the user typed; a palette rather than a
style sheet, so it is cheap and follows light and dark themes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

ERROR_COLOUR = QColor("#c0392b")  # readable on the light and the dark palette


def inline_error_label(parent: QWidget | None = None, *, hidden: bool = True) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("inlineError")
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, ERROR_COLOUR)
    label.setPalette(palette)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if hidden:
        label.hide()
    return label
