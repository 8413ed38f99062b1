"""App-wide menu entries: Preferences, the shortcuts sheet, and the demo journal.

Kept out of main_window.py so the window stays about layout and mentorships.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from mentorjournal.paths import demo_data_dir
from mentorjournal.ui import options as opt
from mentorjournal.ui.autosave import set_default_delay
from mentorjournal.ui.date_prefs import PREFERENCES

if TYPE_CHECKING:
    from mentorjournal.ui.main_window import MainWindow


def apply_preferences(window: MainWindow, *, restyle: bool = False) -> None:
    """Autosave delay and date display from the stored preferences, and the theme when
    `restyle` (start-up styles the app once in `run_app`; restyling a running app
    re-polishes every widget, so it happens only when the user changes the theme)."""
    from mentorjournal.ui.style import apply_style

    app = QApplication.instance()
    settings = window.settings
    if isinstance(app, QApplication) and restyle:
        apply_style(app, opt.get(settings, opt.THEME))
    PREFERENCES.configure(opt.get(settings, opt.DATE_FORMAT), opt.get(settings, opt.WEEK_START))
    set_default_delay(opt.get(settings, opt.AUTOSAVE_DELAY_MS))


def install_app_menus(window: MainWindow) -> None:
    prefs = QAction(window.tr("&Preferences…"), window)
    prefs.setShortcut(QKeySequence.StandardKey.Preferences)
    if prefs.shortcut().isEmpty():
        prefs.setShortcut("Ctrl+,")
    prefs.setToolTip(window.tr("Theme, dates, autosave and backups"))
    prefs.triggered.connect(lambda: open_preferences(window))
    window.file_menu.insertAction(window.quit_action, prefs)
    window.file_menu.insertSeparator(window.quit_action)
    window.preferences_action = prefs

    sheet = QAction(window.tr("&Keyboard shortcuts"), window)
    sheet.setShortcut("Ctrl+/")
    sheet.setToolTip(window.tr("Every keyboard shortcut on one sheet"))
    sheet.triggered.connect(lambda: show_shortcuts(window))
    window.help_menu.insertAction(window.help_menu.actions()[0], sheet)
    window.shortcuts_action = sheet
    apply_preferences(window)


def open_preferences(window: MainWindow) -> None:
    from mentorjournal.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    if dialog.exec():
        before = opt.get(window.settings, opt.THEME)
        dialog.save()
        apply_preferences(window, restyle=opt.get(window.settings, opt.THEME) != before)
        window.statusBar().showMessage(window.tr("Preferences saved."), 4000)


def show_shortcuts(window: MainWindow) -> None:
    from mentorjournal.ui.dialogs.shortcuts import ShortcutsDialog

    ShortcutsDialog(window, window.menuBar()).exec()


def demo_command(data_dir: str) -> list[str]:
    """How to start a second app on the demo folder (a frozen bundle is its own exe)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--data-dir", data_dir]
    return [sys.executable, "-m", "mentorjournal", "--data-dir", data_dir]


def explore_demo(window: MainWindow, *, launch: bool = True) -> str:
    """Fill the demo folder once and open it in its own window; the user's journal is
    never touched. Returns the demo folder."""
    from mentorjournal.core.demo import fill_demo
    from mentorjournal.core.journal import Journal
    from mentorjournal.core.mentorships import count_entries

    folder = demo_data_dir(window.journal.paths.data_dir)
    demo = Journal.open(folder)
    try:
        if count_entries(demo) == 0:
            fill_demo(demo)
    finally:
        demo.close()
    if launch:
        subprocess.Popen(demo_command(str(folder)), env=dict(os.environ),
                         start_new_session=True)
    window.statusBar().showMessage(
        window.tr("The demo journal opens in its own window, from %s. Your journal is "
                  "untouched.") % folder, 10000)
    return str(folder)
