"""A small banner that marks a reached milestone for a few seconds, then steps aside.

Reaching a milestone deserves a moment, not a dialog to dismiss: the banner shows what
was reached and fades out of the way on its own (or with its close button).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from mentorjournal.ui.experiments.forms import plain_label
from mentorjournal.ui.icons import icon

SHOW_MS = 8000


class CelebrationBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("celebrationBanner")
        self.setStyleSheet("QFrame#celebrationBanner { background: rgba(59, 110, 168, 0.12); "
                           "border: 1px solid rgba(59, 110, 168, 0.45); border-radius: 6px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 6, 6)
        picture = QLabel()
        picture.setPixmap(icon("experiments").pixmap(20, 20))
        self.label = plain_label(object_name="celebrationText")
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setAccessibleName(self.tr("Dismiss"))
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(picture)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def celebrate(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()
        self._timer.start(SHOW_MS)
