"""Painting `Drawing`s (vector graphics such as charts) inside the report's text flow.

A section puts a marker paragraph where a drawing goes; here each marker is replaced by
one object character whose handler calls the drawing's `paint(painter, rect)` with the
painter of the PDF itself, so the drawing is stored as vector paths and text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRect, QRectF, QSizeF
from PySide6.QtGui import QPainter, QPyTextObject, QTextCharFormat, QTextDocument, QTextFormat

from mentorjournal.reports.sections import Drawing, drawing_marker

DRAWING_TYPE = QTextFormat.ObjectTypes.UserObject + 7
DRAWING_KEY = QTextFormat.Property.UserProperty + 7
SCREEN_DPI = 96.0


class _DrawingHandler(QPyTextObject):
    def __init__(self, drawings: dict[str, Drawing], parent: QObject) -> None:
        super().__init__(parent)
        self._drawings = drawings

    def _drawing(self, fmt: QTextFormat) -> Drawing | None:
        return self._drawings.get(str(fmt.property(DRAWING_KEY)))

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        drawing = self._drawing(fmt)
        if drawing is None:
            return QSizeF(0, 0)
        device = doc.documentLayout().paintDevice()
        dpi = float(device.logicalDpiX()) if device is not None else SCREEN_DPI
        return QSizeF(drawing.width_mm * dpi / 25.4, drawing.height_mm * dpi / 25.4)

    def drawObject(self, painter: QPainter, rect: QRectF | QRect, doc: QTextDocument,
                   pos: int, fmt: QTextFormat) -> None:
        drawing = self._drawing(fmt)
        if drawing is not None:
            painter.save()
            try:
                drawing.paint(painter, rect)
            finally:
                painter.restore()


def place_drawings(doc: QTextDocument, drawings: dict[str, Drawing]) -> None:
    """Swap each marker for its drawing; a no-op for reports without drawings."""
    if not drawings:
        return
    handler = _DrawingHandler(drawings, doc)
    doc.documentLayout().registerHandler(int(DRAWING_TYPE), handler)
    for key in drawings:
        cursor = doc.find(drawing_marker(key))
        if cursor.isNull():
            continue
        fmt: Any = QTextCharFormat()
        fmt.setObjectType(int(DRAWING_TYPE))
        fmt.setProperty(int(DRAWING_KEY), key)
        cursor.insertText("\ufffc", fmt)
