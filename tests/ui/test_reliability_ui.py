"""Backups, restore, the journal check and recovery, as a user meets them in the window."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from mentorjournal.core import clock
from mentorjournal.core import mentorships as ms
from mentorjournal.core.backup import list_backups, take_backup
from mentorjournal.core.clock import FixedClock
from mentorjournal.core.journal import Journal
from mentorjournal.paths import DataPaths
from tests.reliability.helpers import damage_middle, fill


def click_button(text_part: str):  # type: ignore[no-untyped-def]
    def _click(box) -> None:  # type: ignore[no-untyped-def]
        for button in box.buttons():
            if text_part in button.text():
                button.click()
                return
        raise AssertionError(f"no button with {text_part!r}: "
                             f"{[b.text() for b in box.buttons()]}")
    return _click


def test_damaged_journal_at_start_offers_the_newest_good_backup_in_one_dialog(
        qtbot, private_locations: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.app import open_main_window
    from tests.ui.conftest import answer_next_dialog, close_app

    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    fill(journal, prefix="Kept")
    with clock.use_clock(FixedClock(datetime(2026, 11, 24, 8, 30))):
        take_backup(journal.paths, "auto")
    damage_middle(journal.path)

    seen: list[str] = []

    def restore(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(box.text() + "\n" + box.informativeText())
        click_button("Restore the backup of 24 Nov 2026")(box)

    answer_next_dialog(restore)
    window, lock = open_main_window(None)
    qtbot.addWidget(window)
    try:
        assert "damaged" in seen[0] and "Tuesday 24 November 2026 at 08:30" in seen[0]
        assert str(private_locations / "corrupt") in seen[0]
        assert len(ms.list_mentorships(window.journal)) == 150
        assert window.current is not None and window.current.name.startswith("Kept")
    finally:
        close_app(window)
        lock.unlock()


def test_damaged_journal_without_a_good_backup_says_so_and_opens_nothing(
        qtbot, private_locations: Path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from mentorjournal.core.schema import JournalCorruptError
    from mentorjournal.ui.app import open_main_window
    from tests.ui.conftest import answer_next_dialog

    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    fill(journal)
    damage_middle(journal.path)
    seen: list[tuple[str, list[str]]] = []

    def quit_(box) -> None:  # type: ignore[no-untyped-def]
        seen.append((box.informativeText(), [b.text() for b in box.buttons()]))
        click_button("Quit")(box)

    answer_next_dialog(quit_)
    with pytest.raises(JournalCorruptError):
        open_main_window(None)
    assert "There is no backup that passes the check" in seen[0][0]
    assert seen[0][1] == ["Quit"]
    assert len(list((private_locations / "corrupt").glob("*.sqlite3"))) == 1


def test_file_backups_lists_and_restores_after_confirmation(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.dialogs.backups_dialog import BackupsDialog
    from mentorjournal.ui.reliability import restore_into
    from tests.ui.conftest import answer_next_dialog

    window = open_window()
    ms.create_mentorship(window.journal, "Priya")
    window.reload()
    dialog = BackupsDialog(window.journal.paths, lambda info: restore_into(window, info),
                           window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0 and "no backups yet" in dialog.message.text()
    dialog.backup_button.click()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Made by hand"
    assert "KB" in dialog.table.item(0, 1).text()
    ms.create_mentorship(window.journal, "Jonah")
    window.reload()

    answer_next_dialog(click_button("Cancel"))
    dialog.restore_selected()
    assert len(ms.list_mentorships(window.journal)) == 2  # cancelled: nothing changed

    answer_next_dialog(click_button("Restore"))
    dialog.restore_selected()
    assert [m.name for m in ms.list_mentorships(window.journal)] == ["Priya"]
    assert window.bar is not None and window.current is not None
    assert "Restored the backup" in window.statusBar().currentMessage()
    kinds = sorted(b.kind for b in list_backups(window.journal.paths))
    assert kinds == ["before-restore", "manual"]  # the journal as it was is kept
    assert dialog.table.rowCount() == 2


def test_menus_offer_backups_and_check_journal(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    file_texts = [a.text() for a in window.file_menu.actions()]
    assert "&Backups…" in file_texts
    assert window.backups_action.shortcut().toString() == "Ctrl+Shift+B"
    assert window.check_action in window.help_menu.actions()
    window.check_action.trigger()
    qtbot.waitUntil(lambda: "passed" in window.statusBar().currentMessage(), timeout=3000)
    assert window.statusBar().currentMessage().startswith("The journal passed the full")


def test_failed_check_is_reported_in_one_sentence(open_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mentorjournal.ui.reliability as rel

    window = open_window()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(rel, "full_check", lambda _p: ["*** page 7 is never used"])
    window.check_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown[0].startswith("The journal failed the integrity check (*** page 7")
    assert QApplication.activeModalWidget() is None


def test_the_app_backs_up_on_close_when_the_journal_changed(private_locations: Path) -> None:
    def start_and_quit() -> None:
        done = subprocess.run([sys.executable, "-m", "mentorjournal"], capture_output=True,
                              text=True, timeout=60,
                              env={**os.environ, "MENTORJOURNAL_QUIT_WHEN_READY": "1"})
        assert done.returncode == 0, done.stderr

    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    ms.create_mentorship(journal, "Priya")
    journal.close()
    start_and_quit()
    backups = list_backups(DataPaths(private_locations))
    assert [b.kind for b in backups] == ["auto"]
    start_and_quit()  # nothing changed, and the last backup is fresh
    assert len(list_backups(DataPaths(private_locations))) == 1
