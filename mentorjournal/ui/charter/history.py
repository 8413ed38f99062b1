"""The list of saved revisions, newest first, with the reason each was saved."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import charter as ch
from mentorjournal.ui.charter.compare import revision_title
from mentorjournal.ui.widgets.look import bold


class HistoryPanel(QWidget):
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("History"))
        title.setObjectName("sectionTitle")
        bold(title)
        layout.addWidget(title)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Charter revisions"))
        self.list.setToolTip(self.tr("Select two revisions to compare them"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.itemDoubleClicked.connect(self._on_double_click)
        self.list.itemSelectionChanged.connect(self._update_button)
        layout.addWidget(self.list, 1)
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.compare_button.setAccessibleName(self.tr("Compare revisions"))
        self.compare_button.setToolTip(self.tr("Show two revisions side by side (Ctrl+D); "
                                               "select two, or one to see what it changed"))
        self.compare_button.clicked.connect(self.compare_requested)
        layout.addWidget(self.compare_button)
        self._revisions: list[ch.CharterRevisionInfo] = []

    def _on_double_click(self, _item: QListWidgetItem) -> None:
        self.compare_requested.emit()

    def set_revisions(self, revisions: list[ch.CharterRevisionInfo]) -> None:
        """`revisions` newest first; an unsaved draft, if any, is listed on top."""
        self._revisions = revisions
        self.list.clear()
        for revision in revisions:
            reason = revision.reason if not revision.is_draft else "changes not saved yet"
            item = QListWidgetItem(f"{revision_title(revision)}\n{reason}")
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            item.setToolTip(reason)
            if revision.is_draft:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
        self._update_button()

    def revisions(self) -> list[ch.CharterRevisionInfo]:
        return list(self._revisions)

    def selected_rows(self) -> list[int]:
        return sorted(self.list.row(item) for item in self.list.selectedItems())

    def select_rows(self, rows: list[int]) -> None:
        self.list.clearSelection()
        for row in rows:
            item = self.list.item(row)
            if item is not None:
                item.setSelected(True)

    def pair_to_compare(self) -> tuple[int, int]:
        """(older, newer) row indexes: the two selected, or one and the one before it."""
        rows = self.selected_rows()
        last = len(self._revisions) - 1
        if len(rows) >= 2:
            return rows[-1], rows[0]
        newer = rows[0] if rows else 0
        return min(newer + 1, last), newer

    def _update_button(self) -> None:
        self.compare_button.setEnabled(len(self._revisions) >= 2)
