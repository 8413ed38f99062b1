"""The one dialog shown when the journal fails its check at start.

By the time it shows, the damaged file has already been moved aside untouched
(`Journal.prepare`), so nothing the user picks here can make things worse: restoring
the newest good backup, or quitting to get help with the file in `corrupt/`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mentorjournal import APP_NAME
from mentorjournal.core.backup import BackupInfo, human_size, restore_backup
from mentorjournal.core.schema import JournalCorruptError
from mentorjournal.paths import DataPaths

QUIT_WHEN_READY_ENV = "MENTORJOURNAL_QUIT_WHEN_READY"


def offer_restore(error: JournalCorruptError, paths: DataPaths,
                  parent: QWidget | None = None) -> bool:
    """Ask once; True when the newest good backup was restored into the journal's place."""
    backup = error.backup if isinstance(error.backup, BackupInfo) else None
    box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                      "Your journal is damaged and cannot be opened safely.", parent=parent)
    box.setObjectName("recoveryDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    kept = f"It was moved, untouched, to {error.set_aside}."
    if backup is not None:
        box.setInformativeText(
            f"{kept}\n\nThe newest backup that passes the check is from "
            f"{backup.taken_at:%A %d %B %Y at %H:%M} ({human_size(backup.size)}). "
            "Restoring it brings back everything written up to that moment.")
        restore = box.addButton(f"Restore the backup of {backup.taken_at:%d %b %Y, %H:%M}",
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
    else:
        box.setInformativeText(
            f"{kept}\n\nThere is no backup that passes the check. Starting again begins "
            "an empty journal; the damaged file stays where it is for a rescue.")
        restore = None
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    if os.environ.get(QUIT_WHEN_READY_ENV):
        return False
    box.exec()
    if backup is None or box.clickedButton() is not restore:
        return False
    restore_backup(paths, backup.path)
    return True
