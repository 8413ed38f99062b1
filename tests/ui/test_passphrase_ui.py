"""Protecting the journal from the File menu, and unlocking it at start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentorjournal.core import crypto
from mentorjournal.core import mentorships as ms
from mentorjournal.core.backup import list_backups, take_backup
from mentorjournal.core.journal import Journal
from mentorjournal.paths import DataPaths
from tests.ui.conftest import answer_next_dialog, close_app

PASSPHRASE = "O'Brien's \"best\" pass"


@pytest.fixture(autouse=True)
def forget_keys() -> Iterator[None]:
    yield
    crypto._keys.clear()


def test_protect_from_the_menu_then_unlock_at_start(qtbot, private_locations: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.app import open_main_window
    from mentorjournal.ui.reliability import open_protect

    window, lock = open_main_window(None)
    qtbot.addWidget(window)
    ms.create_mentorship(window.journal, "Marguerite")
    window.reload()
    take_backup(window.journal.paths, "manual")
    mismatch: list[str] = []

    def protect(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.new.setText(PASSPHRASE)
        dialog.repeat.setText(PASSPHRASE + "x")
        dialog.protect_button.click()
        mismatch.append(dialog.error_label.text())
        dialog.repeat.setText(PASSPHRASE)
        dialog.protect_button.click()

    answer_next_dialog(protect)
    open_protect(window)
    assert mismatch == ["The two new passphrases differ; type them again."]
    assert "encrypted with the passphrase" in window.statusBar().currentMessage()
    assert window.current is not None and window.current.name == "Marguerite"
    paths = DataPaths(private_locations)
    assert crypto.looks_encrypted(paths.journal)
    assert all(crypto.looks_encrypted(b.path) for b in list_backups(paths))
    close_app(window)
    lock.unlock()
    crypto._keys.clear()  # as after a restart

    errors: list[str] = []

    def unlock(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.passphrase.setText("wrong")
        dialog.open_button.click()
        errors.append(dialog.error_label.text())
        dialog.passphrase.setText(PASSPHRASE)
        dialog.open_button.click()

    answer_next_dialog(unlock)
    again, lock2 = open_main_window(None)
    qtbot.addWidget(again)
    try:
        assert errors == ["That passphrase does not open this journal; check it and try "
                          "again."]
        assert again.current is not None and again.current.name == "Marguerite"
        assert "File" in again.menuBar().actions()[0].text()
    finally:
        close_app(again)
        lock2.unlock()


def test_remove_protection_from_the_menu(open_window, private_locations: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.reliability import open_protect

    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    ms.create_mentorship(journal, "Marguerite")
    journal.close()
    crypto.change_passphrase(private_locations, None, "first")
    window = open_window()

    def remove(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.current.setText("first")
        assert dialog.remove_button is not None
        dialog.remove_button.click()

    answer_next_dialog(remove)
    open_protect(window)
    assert not crypto.looks_encrypted(window.journal.path)
    assert "no longer encrypted" in window.statusBar().currentMessage()
    assert [m.name for m in ms.list_mentorships(window.journal)] == ["Marguerite"]
