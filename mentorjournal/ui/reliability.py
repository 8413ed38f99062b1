"""The main window's reliability actions: File → Backups…, Help → Check journal, and
the automatic backups at start and on close.

Installed by one call from the main window so the menus stay in one place while this
file owns what the actions do. Restoring closes the journal's connections, replaces the
file through SQLite's backup API and reopens it; the open tabs are then refilled.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from mentorjournal.core.backup import BackupInfo, auto_backup, restore_backup
from mentorjournal.core.integrity import full_check, summary
from mentorjournal.paths import DataPaths

if TYPE_CHECKING:
    from mentorjournal.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def install_reliability_actions(window: MainWindow) -> None:
    backups = QAction(window.tr("&Backups…"), window)
    backups.setObjectName("backupsAction")
    backups.setShortcut("Ctrl+Shift+B")
    backups.setToolTip(window.tr("See the journal's backups and restore one"))
    backups.triggered.connect(lambda: open_backups(window))
    window.file_menu.insertAction(window.quit_action, backups)
    window.file_menu.insertSeparator(window.quit_action)
    window.backups_action = backups  # type: ignore[attr-defined]

    protect = QAction(window.tr("&Protect with passphrase…"), window)
    protect.setObjectName("protectAction")
    protect.setToolTip(window.tr("Encrypt the journal and its backups, or change or remove "
                                 "the passphrase"))
    protect.triggered.connect(lambda: open_protect(window))
    window.file_menu.insertAction(window.quit_action, protect)
    window.file_menu.insertSeparator(window.quit_action)
    window.protect_action = protect  # type: ignore[attr-defined]

    check = QAction(window.tr("&Check journal"), window)
    check.setObjectName("checkJournalAction")
    check.setToolTip(window.tr("Run SQLite's full integrity check on the journal"))
    check.triggered.connect(lambda: check_journal(window))
    window.help_menu.insertAction(window.help_menu.actions()[0], check)
    window.check_action = check  # type: ignore[attr-defined]


def open_backups(window: MainWindow) -> None:
    from mentorjournal.ui.dialogs.backups_dialog import BackupsDialog

    dialog = BackupsDialog(window.journal.paths, lambda info: restore_into(window, info),
                           window)
    dialog.exec()


def open_protect(window: MainWindow) -> None:
    from mentorjournal.core.crypto import looks_encrypted
    from mentorjournal.ui.dialogs.passphrase_dialog import ProtectDialog

    protected = looks_encrypted(window.journal.path)
    dialog = ProtectDialog(protected, lambda old, new: change_protection(window, old, new),
                           window)
    if dialog.exec():
        window.statusBar().showMessage(dialog.result_sentence, 10000)


def change_protection(window: MainWindow, old: str | None, new: str | None) -> str:
    """Protect, re-key or unprotect with every connection closed; reopen afterwards."""
    from mentorjournal.core.crypto import change_passphrase

    for tab in window._tabs_built.values():
        tab.flush()
    window.tasks.wait()
    journal = window.journal
    journal.close()
    try:
        count = change_passphrase(journal.paths.data_dir, old, new)
    finally:
        journal.prepare()
        window.reload()
    if new is None:
        return window.tr("The journal and %d backup(s) are no longer encrypted.") % (count - 1)
    return window.tr("The journal and %d backup(s) are encrypted with the passphrase.") \
        % (count - 1)


def restore_into(window: MainWindow, info: BackupInfo) -> str:
    """Replace the open journal with the backup `info`; returns a sentence to show."""
    for tab in window._tabs_built.values():
        tab.flush()
    window.tasks.wait()
    journal = window.journal
    journal.close()
    try:
        safety = restore_backup(journal.paths, info.path)
    finally:
        journal.prepare()  # reopen whatever is there now (restored, or as it was)
        window.reload()
    sentence = window.tr("Restored the backup of %s.") % f"{info.taken_at:%a %d %b %Y, %H:%M}"
    if safety is not None:
        sentence += window.tr(" The journal as it was is kept as the backup of %s.") \
            % f"{safety.taken_at:%H:%M:%S}"
    window.statusBar().showMessage(sentence, 10000)
    return sentence


def check_journal(window: MainWindow) -> None:
    """Run the full check off the GUI thread; report it in one sentence."""
    path = window.journal.path
    window.statusBar().showMessage(window.tr("Checking the journal…"))

    def _done(problems: list[str]) -> None:
        sentence = summary(problems)
        if not problems:
            window.statusBar().showMessage(sentence, 10000)
            return
        window.statusBar().clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, window.tr("Check journal"), sentence,
                          parent=window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    window.tasks.run(lambda: full_check(path), _done)


def backup_quietly(paths: DataPaths) -> None:
    """The automatic backup at start and on close; a failure is logged, never shown."""
    try:
        info = auto_backup(paths)
    except Exception:
        log.exception("automatic backup failed")
        return
    if info is not None:
        log.info("automatic backup %s", info.path.name)

