"""Help → Keyboard shortcuts: every menu shortcut, read from the live menus, plus the
editing keys every text box understands. Reading the menus means the sheet can never
drift from what the keys actually do."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

EDITING_KEYS = (
    ("Undo in the focused editor", QKeySequence.StandardKey.Undo),
    ("Redo in the focused editor", QKeySequence.StandardKey.Redo),
    ("Copy", QKeySequence.StandardKey.Copy),
    ("Paste", QKeySequence.StandardKey.Paste),
    ("Select all", QKeySequence.StandardKey.SelectAll),
    ("Move to the next field", QKeySequence.StandardKey.NextChild),
)


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu path, action, key) for every enabled-or-not action with a shortcut."""
    found: list[tuple[str, str, str]] = []

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, f"{path} → {action.text().replace('&', '')}")
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                found.append((path, action.text().replace("&", "").rstrip("…"),
                              action.shortcut().toString(
                                  QKeySequence.SequenceFormat.NativeText)))

    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            walk(menu, top.text().replace("&", ""))
    return found


def window_shortcuts(window: QWidget) -> list[tuple[str, str, str]]:
    """Shortcuts of actions that live on the window but in no menu (e.g. Ctrl+K)."""
    rows = []
    for action in window.actions():
        if isinstance(action, QAction) and not action.shortcut().isEmpty():
            rows.append(("Anywhere", action.text().replace("&", "").rstrip("…"),
                         action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, menu_bar: QMenuBar) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = menu_shortcuts(menu_bar) + window_shortcuts(window)
        rows += [("Editing", label, QKeySequence(key).toString(
            QKeySequence.SequenceFormat.NativeText)) for label, key in EDITING_KEYS]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"),
                                              self.tr("Keys")])
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setToolTip(self.tr("Every keyboard shortcut of the app"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def rows(self) -> list[tuple[str, ...]]:
        def text(r: int, c: int) -> str:
            item = self.table.item(r, c)
            return item.text() if item is not None else ""

        return [tuple(text(r, c) for c in range(3)) for r in range(self.table.rowCount())]
