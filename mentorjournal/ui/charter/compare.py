"""Two charter revisions side by side, the fields that changed highlighted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core import charter as ch
from mentorjournal.ui.charter.fields import FIELD_TEXTS, field_name

CHANGED_BACKGROUND = QColor(255, 214, 120, 150)  # readable on light and dark palettes


def revision_title(revision: ch.CharterRevisionInfo) -> str:
    if revision.is_draft:
        return "Unsaved draft"
    when = ch.format_day(revision.effective_on) if revision.effective_on else "undated"
    return f"Revision {revision.number} · {when}"


def display_value(key: str, value: Any) -> str:
    """A field's value as plain text for the comparison (never HTML)."""
    if key == "success_criteria":
        lines = []
        for c in value:
            when = f" (by {c.target_date.isoformat()})" if c.target_date else ""
            lines.append(f"{'✓ met' if c.met else '○ not yet'}: {c.text}{when}")
        return "\n".join(lines)
    if value is None:
        return ""
    return str(value)


class CompareDialog(QDialog):
    """Pick any two revisions; every field is listed, the changed ones highlighted."""

    def __init__(self, revisions: list[ch.CharterRevisionInfo], left: int, right: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare charter revisions"))
        self.resize(920, 620)
        self._revisions = revisions
        layout = QVBoxLayout(self)
        pickers = QHBoxLayout()
        form_left, form_right = QFormLayout(), QFormLayout()
        self.left_combo, self.right_combo = QComboBox(), QComboBox()
        for combo, name in ((self.left_combo, self.tr("Older revision")),
                            (self.right_combo, self.tr("Newer revision"))):
            for revision in revisions:
                combo.addItem(revision_title(revision), revision.id)
            combo.setAccessibleName(name)
            combo.setToolTip(self.tr("Choose a revision to compare"))
            combo.currentIndexChanged.connect(self._refresh)
        form_left.addRow(self.tr("Compare"), self.left_combo)
        form_right.addRow(self.tr("with"), self.right_combo)
        pickers.addLayout(form_left)
        pickers.addLayout(form_right)
        layout.addLayout(pickers)
        self.summary_label = QLabel()
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.only_changed = QCheckBox(self.tr("Show only the fields that changed"))
        self.only_changed.setAccessibleName(self.tr("Show only changed fields"))
        self.only_changed.setToolTip(self.tr("Hide the fields that are the same in both"))
        self.only_changed.toggled.connect(self._refresh)
        layout.addWidget(self.only_changed)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Revisions side by side"))
        self.table.setToolTip(self.tr("Each charter field in the two revisions; changed "
                                      "fields are marked"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        layout.addWidget(buttons)
        self._changed: list[str] = []
        self.left_combo.setCurrentIndex(left)
        self.right_combo.setCurrentIndex(right)
        self._refresh()

    def changed_fields(self) -> list[str]:
        """The keys of the fields that differ between the two chosen revisions."""
        return list(self._changed)

    def highlighted_rows(self) -> list[str]:
        """The field names shown highlighted, as a user sees them."""
        names = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.font().bold():
                names.append(item.text())
        return names

    def cell_text(self, key: str, side: int) -> str:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                cell = self.table.item(row, side)
                return cell.text() if cell is not None else ""
        raise KeyError(key)

    def _refresh(self) -> None:
        left = self._revisions[max(self.left_combo.currentIndex(), 0)]
        right = self._revisions[max(self.right_combo.currentIndex(), 0)]
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), revision_title(left), revision_title(right)])
        self._changed = [c.field for c in ch.diff(left.content, right.content)]
        if self._changed:
            names = ", ".join(field_name(k) for k in self._changed)
            count = len(self._changed)
            self.summary_label.setText(
                f"{count} field{'s' if count != 1 else ''} changed: {names}")
        else:
            self.summary_label.setText(self.tr("These two revisions are the same."))
        keys = [k for k in ch.CONTENT_FIELDS
                if not self.only_changed.isChecked() or k in self._changed]
        self.table.setRowCount(len(keys))
        bold = QFont()
        bold.setBold(True)
        for row, key in enumerate(keys):
            changed = key in self._changed
            items = [QTableWidgetItem(FIELD_TEXTS[key].name),
                     QTableWidgetItem(display_value(key, getattr(left.content, key))),
                     QTableWidgetItem(display_value(key, getattr(right.content, key)))]
            items[0].setData(Qt.ItemDataRole.UserRole, key)
            for column, item in enumerate(items):
                if changed:
                    item.setBackground(QBrush(CHANGED_BACKGROUND))
                    if column == 0:
                        item.setFont(bold)
                        item.setToolTip(self.tr("Changed between the two revisions"))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
