"""Preferences persist and take effect; the shortcuts sheet matches the real menus;
the demo journal lives in its own, clearly named folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit

from mentorjournal.core import mentorships as ms
from mentorjournal.ui import autosave, options, style
from mentorjournal.ui.app_menus import apply_preferences, explore_demo, show_shortcuts
from mentorjournal.ui.autosave import Autosaver
from mentorjournal.ui.date_prefs import dated
from mentorjournal.ui.dialogs.preferences import PreferencesDialog
from mentorjournal.ui.dialogs.shortcuts import ShortcutsDialog
from mentorjournal.ui.settings import app_settings
from tests.ui.conftest import answer_next_dialog


def test_preferences_are_saved_and_applied(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PreferencesDialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.autosave.setValue(2500)
        dialog.date_format.setCurrentIndex(dialog.date_format.findData("dd.MM.yyyy"))
        dialog.week_start.setCurrentIndex(dialog.week_start.findData("sunday"))
        dialog.buttons.accepted.emit()

    earlier = QDateTimeEdit()
    earlier.setDisplayFormat("yyyy-MM-dd HH:mm")
    dated(earlier)
    qtbot.addWidget(earlier)
    answer_next_dialog(fill)
    window.preferences_action.trigger()
    try:
        fresh = app_settings()
        assert options.get(fresh, options.THEME) == "dark"
        assert options.get(fresh, options.AUTOSAVE_DELAY_MS) == 2500
        assert style.is_dark()
        saver = Autosaver(window.tasks, lambda: None, lambda _v: None)
        assert saver._timer.interval() == 2500
        edit = QDateEdit()
        edit.setCalendarPopup(True)  # as every date field in the app
        dated(edit)
        qtbot.addWidget(edit)
        edit.show()
        QApplication.processEvents()
        assert edit.displayFormat() == "dd.MM.yyyy"
        assert edit.calendarWidget().firstDayOfWeek().name == "Sunday"
        assert earlier.displayFormat() == "dd.MM.yyyy HH:mm"  # made before: follows too
        assert window.statusBar().currentMessage() == "Preferences saved."
    finally:
        settings = app_settings()
        for option in options.ALL_OPTIONS:
            settings.remove(option.key)
        apply_preferences(window, restyle=True)
        autosave.set_default_delay(autosave.DEFAULT_DELAY_MS)
    assert not style.is_dark() or style.system_is_dark()


def test_corrupt_preference_falls_back_to_default() -> None:
    settings = app_settings()
    settings.setValue(options.AUTOSAVE_DELAY_MS.key, "soon")
    settings.setValue(options.THEME.key, "purple")
    assert options.get(settings, options.AUTOSAVE_DELAY_MS) == 1000
    assert options.get(settings, options.THEME) == "system"


def test_shortcuts_sheet_lists_the_real_menu_shortcuts(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    ms.create_mentorship(window.journal, "Priya")
    window.reload()
    seen: list[list[tuple[str, ...]]] = []
    answer_next_dialog(lambda d: (seen.append(d.rows()), d.reject()))
    show_shortcuts(window)
    rows = seen[0]
    keys = {(action, key) for _where, action, key in rows}
    assert ("Quit", "Ctrl+Q") in keys
    assert ("Charter", "Ctrl+1") in keys and ("Progress", "Ctrl+4") in keys
    assert ("Preferences", "Ctrl+,") in keys
    assert ("Keyboard shortcuts", "Ctrl+/") in keys
    assert any(where == "Editing" and action.startswith("Undo") for where, action, _ in rows)
    assert ShortcutsDialog is not None


def test_demo_journal_lives_in_its_own_labelled_folder(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    assert window.welcome.secondary_button is not None
    assert window.welcome.secondary_button.text() == "Explore a demo journal"
    folder = Path(explore_demo(window, launch=False))
    assert folder.name.endswith(" demo") and folder != window.journal.paths.data_dir
    assert ms.list_mentorships(window.journal) == []  # the user's own journal untouched
    assert "untouched" in window.statusBar().currentMessage()
    from mentorjournal.core.journal import Journal

    demo = Journal.open(folder)
    assert ms.is_demo_journal(demo) and len(ms.list_mentorships(demo)) == 2
    demo.close()
    explore_demo(window, launch=False)  # a second visit reuses it, no error


def test_demo_journal_window_says_so(qtbot, private_locations: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.app import open_main_window
    from tests.ui.conftest import close_app, write_demo

    write_demo(private_locations)
    window, lock = open_main_window(None)
    qtbot.addWidget(window)
    try:
        assert window.windowTitle().endswith("(demo journal)")
    finally:
        close_app(window)
        lock.unlock()


def test_backup_folder_and_page_size_preferences_take_effect(open_window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Both are read by Qt-free code (backups, the report, the CLI) from the same file."""
    from PySide6.QtGui import QPageSize

    from mentorjournal.core.backup import take_backup
    from mentorjournal.paths import DataPaths
    from mentorjournal.reports.options import ReportOptions
    from mentorjournal.reports.pdf import _page_size

    window = open_window()
    ms.create_mentorship(window.journal, "Priya")
    chosen = tmp_path / "My Backups, 2026"

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.backup_dir.setText(str(chosen))
        dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
        dialog.buttons.accepted.emit()

    answer_next_dialog(fill)
    window.preferences_action.trigger()
    paths = DataPaths(window.journal.paths.data_dir)
    assert paths.backups_dir == chosen / paths.data_dir.name
    info = take_backup(paths, "manual")
    assert info.path.parent == chosen / paths.data_dir.name
    assert _page_size(ReportOptions()).id() == QPageSize.PageSizeId.Letter
    assert _page_size(ReportOptions(page_size="A4")).id() == QPageSize.PageSizeId.A4
    settings = app_settings()
    settings.remove(options.BACKUP_DIR.key)
    settings.remove(options.REPORT_PAGE_SIZE.key)
    settings.sync()
    assert paths.backups_dir == paths.data_dir / "backups"


def test_every_date_field_is_made_through_dated() -> None:
    """The date preference reaches only editors made with `dated()`; a new date field
    made any other way would silently ignore it."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "mentorjournal" / "ui"
    offenders = []
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        made = len(re.findall(r"\bQ(?:DateEdit|DateTimeEdit|CalendarWidget)\(", text))
        if made > len(re.findall(r"\bdated\(", text)):
            offenders.append(path.name)
    assert offenders == []
