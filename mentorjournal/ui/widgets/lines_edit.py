"""A plain-text editor a given number of lines tall in its current font.

A height in pixels would clip the text when the user picks a larger system font; this
one is measured in lines, so it grows with the font (Qt re-asks sizeHint on FontChange).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class LinesTextEdit(QPlainTextEdit):
    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _height(self) -> int:
        margins = self.contentsMargins()
        text = self.fontMetrics().lineSpacing() * self._lines
        return math.ceil(text + 2 * self.document().documentMargin()
                         + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height())
