"""One template section: plain-text editing, Markdown read view.

Editing is always plain text (what is typed is what is stored). The read view renders
Markdown with GitHub's dialect but with raw HTML switched off, so `<script>` or any
other tag in a note is shown as the characters typed, never interpreted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

MARKDOWN_FEATURES = (QTextDocument.MarkdownFeature.MarkdownDialectGitHub
                     | QTextDocument.MarkdownFeature.MarkdownNoHTML)


def render_markdown(document: QTextDocument, text: str) -> None:
    document.setMarkdown(text, MARKDOWN_FEATURES)


class SectionEdit(QWidget):
    def __init__(self, key: str, heading: str, prompt: str, *, tall: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        self.heading = QLabel(heading)
        self.heading.setObjectName("sectionHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.edit = QPlainTextEdit()
        self.edit.setObjectName(f"section_{key}")
        self.edit.setPlaceholderText(prompt)
        self.edit.setAccessibleName(heading)
        self.edit.setToolTip(prompt or heading)
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(150 if tall else 96)
        self.view = QTextBrowser()
        self.view.setObjectName(f"read_{key}")
        self.view.setAccessibleName(f"{heading} {self.tr('(read view)')}")
        self.view.setToolTip(self.tr("The section as formatted text; Ctrl+Shift+R returns "
                                     "to writing"))
        self.view.setOpenLinks(False)
        self.view.setMinimumHeight(self.edit.minimumHeight())
        self.stack = QStackedWidget()
        self.stack.addWidget(self.edit)
        self.stack.addWidget(self.view)
        self.heading.setBuddy(self.edit)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack)
        self._rendered: str | None = None

    def text(self) -> str:
        return self.edit.toPlainText()

    def set_text(self, text: str) -> None:
        """Load stored text; resets this section's own undo history."""
        self.edit.blockSignals(True)
        self.edit.setPlainText(text)
        self.edit.blockSignals(False)
        self._rendered = None
        if self.reading:
            self._render()

    @property
    def reading(self) -> bool:
        return self.stack.currentWidget() is self.view

    def set_reading(self, on: bool) -> None:
        if on:
            self._render()
        self.stack.setCurrentWidget(self.view if on else self.edit)

    def _render(self) -> None:
        text = self.text()
        if text != self._rendered:  # render lazily: a 1 MB note costs only when read
            if text.strip():
                render_markdown(self.view.document(), text)
            else:
                self.view.setPlainText("—")
            self._rendered = text
