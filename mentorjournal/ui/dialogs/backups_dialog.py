"""File → Backups…: every backup with its date and size, and restoring one.

Restoring replaces the journal, so it is one of the few places with a confirmation:
the message names the backup's date and says that the journal as it is now is backed
up first, so even a wrong choice can be undone from this same list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core.backup import BackupInfo, human_size, list_backups, take_backup
from mentorjournal.core.schema import JournalError
from mentorjournal.paths import DataPaths
from mentorjournal.ui.widgets.tables import make_row_picker

KIND_LABELS = {"auto": "Automatic", "manual": "Made by hand",
               "before-migration": "Before an upgrade", "before-restore": "Before a restore"}


class BackupsDialog(QDialog):
    def __init__(self, paths: DataPaths, restore: Callable[[BackupInfo], str],
                 parent: QWidget | None = None) -> None:
        """`restore(info)` replaces the journal and returns a sentence for the user."""
        super().__init__(parent)
        self.paths = paths
        self._restore = restore
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(620, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "MentorJournal backs your journal up when it starts and when it closes, and "
            "keeps one copy a day for a week, one a week for two months and one a month "
            "for a year. Backups stay on this computer, in:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        folder = QLabel(str(paths.backups_dir))
        folder.setTextFormat(Qt.TextFormat.PlainText)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(self.tr("Backups, newest first"))
        self.table.setToolTip(self.tr("Pick a backup to restore; each row says when and why "
                                      "it was taken"))
        self.table.setHorizontalHeaderLabels([self.tr("Taken on"), self.tr("Size"),
                                              self.tr("Why")])
        make_row_picker(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setObjectName("backupsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("Back up &now"))
        self.backup_button.setAccessibleName(self.tr("Back up now"))
        self.backup_button.setToolTip(self.tr("Make a backup of the journal as it is now"))
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_button.setToolTip(self.tr(
            "Replace the journal with the selected backup (the journal as it is now is "
            "backed up first)"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.paths)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = (f"{info.taken_at:%a %d %b %Y, %H:%M:%S}", human_size(info.size),
                     KIND_LABELS.get(info.kind, info.kind))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.message.setText(self.tr("There are no backups yet; “Back up now” makes one."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def backup_now(self) -> None:
        try:
            info = take_backup(self.paths, "manual")
        except JournalError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        self.message.setText(self.tr("Backed up the journal (%s).") % info.label)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore this backup?"),
                          self.tr("Replace the journal with the backup from %s?")
                          % f"{info.taken_at:%A %d %B %Y, %H:%M}", parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr(
            "Anything written after that moment leaves the journal, but the journal as "
            "it is now is backed up first, so you can come back to it from this list."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not restore:
            return
        try:
            sentence = self._restore(info)
        except JournalError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        self.message.setText(sentence)
