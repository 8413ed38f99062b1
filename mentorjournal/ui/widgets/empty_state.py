"""An empty state: says what belongs here and offers the one action that fills it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorjournal.ui.widgets.look import muted, primary


class EmptyState(QWidget):
    def __init__(self, title: str, body: str, *, icon: QIcon | None = None,
                 action_text: str | None = None, on_action: Callable[[], None] | None = None,
                 secondary_text: str | None = None,
                 on_secondary: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 24)
        column = QWidget()
        column.setFixedWidth(580)  # a fixed width lets wrapped labels size their height
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        if icon is not None:
            picture = QLabel()
            picture.setPixmap(icon.pixmap(48, 48))
            picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            layout.addWidget(picture)
        self._title = QLabel(title)
        self._title.setObjectName("emptyStateTitle")
        self._scale_title()
        self._body = QLabel(body)
        self._body.setObjectName("emptyStateBody")
        muted(self._body)
        for label in (self._title, self._body):
            label.setTextFormat(Qt.TextFormat.PlainText)  # never let user text become HTML
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.action_button: QPushButton | None = None
        if action_text and on_action:
            self.action_button = primary(QPushButton(action_text))
            self.action_button.setAccessibleName(action_text)
            self.action_button.setToolTip(action_text)
            self.action_button.clicked.connect(on_action)
            layout.addSpacing(12)
            layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.secondary_button: QPushButton | None = None
        if secondary_text and on_secondary:
            self.secondary_button = QPushButton(secondary_text)
            self.secondary_button.setFlat(True)
            self.secondary_button.setAccessibleName(secondary_text)
            self.secondary_button.setToolTip(secondary_text)
            self.secondary_button.clicked.connect(on_secondary)
            layout.addWidget(self.secondary_button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setAccessibleName(title)

    def _scale_title(self) -> None:
        """The title is 1.4 times the system font, recomputed when that font changes."""
        title_font = QFont(self.font())
        if title_font.pointSizeF() > 0:
            title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        else:
            title_font.setPixelSize(round(title_font.pixelSize() * 1.4))
        title_font.setWeight(QFont.Weight.DemiBold)
        self._title.setFont(title_font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._scale_title()
        super().changeEvent(event)

    def title(self) -> str:
        return self._title.text()

    def body(self) -> str:
        return self._body.text()
