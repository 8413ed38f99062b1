"""The main window as a user meets it: first run, the switcher, undo, restart, lock."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from mentorjournal.core import mentorships as ms
from mentorjournal.core.schema import JournalLockedError
from mentorjournal.ui.dialogs.mentorship_dialog import NewMentorshipDialog
from mentorjournal.ui.tabs import TAB_SPECS
from tests.ui.conftest import answer_next_dialog


def _create_via_dialog(window, name: str, role: str = "mentee", counterpart: str = "") -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMentorshipDialog)
        dialog.name_edit.setText(name)
        dialog.counterpart_edit.setText(counterpart)
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(role))
        dialog.buttons.accepted.emit()

    answer_next_dialog(fill)


def test_first_run_shows_welcome_and_starts_a_mentorship(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "MentorJournal"
    assert "never goes online" in window.welcome.body()
    assert str(window.journal.path) in window.welcome.body()
    assert not window.bar.rename_action.isEnabled()

    _create_via_dialog(window, "Priya", counterpart="Priya Raman, staff engineer")
    window.welcome.action_button.click()

    assert window.stack.currentWidget() is window.tab_widget
    assert window.windowTitle() == "MentorJournal — Priya"
    assert window.bar.combo().currentText() == "Priya"
    assert [i.name for i in ms.list_mentorships(window.journal)] == ["Priya"]
    assert "Started the mentorship with Priya" in window.statusBar().currentMessage()


def test_empty_name_gets_inline_error_not_a_crash(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMentorshipDialog)
        dialog.buttons.accepted.emit()  # name left empty
        seen.append(dialog.error_label.text())
        dialog.reject()

    answer_next_dialog(fill)
    assert window.new_mentorship() is None
    assert "Give the mentorship a name" in seen[0]
    assert ms.list_mentorships(window.journal) == []


def test_duplicate_name_is_explained_in_the_dialog(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    ms.create_mentorship(window.journal, "Priya")
    window.reload()
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        dialog.name_edit.setText("priya")  # type: ignore[attr-defined]
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]
        answer_next_dialog(lambda d: (seen.append(d.error_label.text()), d.reject()))

    answer_next_dialog(fill)
    window.new_mentorship()
    assert "already a mentorship" in seen[0]


def test_switch_rename_role_and_archive_with_undo(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    priya = ms.create_mentorship(window.journal, "Priya")
    jonah = ms.create_mentorship(window.journal, "Jonah", my_role="mentor")
    window.reload(select_id=priya.id)
    assert window.windowTitle() == "MentorJournal — Priya"

    combo = window.bar.combo()
    combo.setCurrentIndex(combo.findData(jonah.id))
    combo.activated.emit(combo.currentIndex())
    assert window.current.id == jonah.id
    assert window.windowTitle() == "MentorJournal — Jonah"
    assert window.bar.role_actions["mentor"].isChecked()

    assert window.rename("Jonah O.")
    assert window.windowTitle() == "MentorJournal — Jonah O."
    assert combo.currentText() == "Jonah O."
    window.undo_action.trigger()
    assert window.windowTitle() == "MentorJournal — Jonah"
    window.redo_action.trigger()
    assert ms.get_mentorship(window.journal, jonah.id).name == "Jonah O."

    assert not window.rename("  ")
    assert "needs a name" in window.statusBar().currentMessage()
    assert not window.rename("priya")
    assert "already a mentorship" in window.statusBar().currentMessage()

    window.bar.role_actions["mentee"].trigger()
    assert ms.get_mentorship(window.journal, jonah.id).my_role == "mentee"
    window.undo_action.trigger()
    assert ms.get_mentorship(window.journal, jonah.id).my_role == "mentor"

    window.bar.archive_action.trigger()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Priya"]
    assert window.current.id == priya.id
    assert "nothing was deleted" in window.statusBar().currentMessage()
    window.bar.show_archived_action.setChecked(True)
    assert "Jonah O. (archived)" in [combo.itemText(i) for i in range(combo.count())]
    window.bar.show_archived_action.setChecked(False)
    window.undo_action.trigger()  # undo the archive
    assert sorted(combo.itemText(i) for i in range(combo.count())) == ["Jonah O.", "Priya"]


def test_archiving_the_only_mentorship_returns_to_welcome(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    ms.create_mentorship(window.journal, "Priya")
    window.reload()
    window.bar.archive_action.trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.windowTitle() == "MentorJournal"


def test_tabs_have_honest_empty_states_and_shortcuts(open_window) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    ms.create_mentorship(window.journal, "Priya")
    window.reload()
    titles = [window.tab_widget.tabText(i) for i in range(window.tab_widget.count())]
    assert titles == ["Charter", "Sessions", "Experiments", "Progress"]
    for index, spec in enumerate(TAB_SPECS):
        window.tab_actions[index].trigger()
        assert window.tab_widget.currentIndex() == index
        assert window.tab_actions[index].shortcut().toString() == f"Ctrl+{index + 1}"
        tab = window.tab(spec.key)
        assert tab.isVisible()


def test_restart_keeps_data(qtbot, private_locations: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.app import open_main_window
    from tests.ui.conftest import close_app

    window, lock = open_main_window(None)
    qtbot.addWidget(window)
    ms.create_mentorship(window.journal, "Priya")
    jonah = ms.create_mentorship(window.journal, "Jonah")
    window.reload(select_id=jonah.id)
    window.resize(700, 500)  # inside the 800x600 offscreen screen
    close_app(window)
    lock.unlock()

    again, lock2 = open_main_window(None)
    qtbot.addWidget(again)
    try:
        assert again.current.id == jonah.id
        assert again.windowTitle() == "MentorJournal — Jonah"
        assert sorted(i.name for i in ms.list_mentorships(again.journal)) == ["Jonah", "Priya"]
        assert (again.width(), again.height()) == (700, 500)
    finally:
        close_app(again)
        lock2.unlock()


def test_second_instance_is_refused_clearly(open_window, private_locations: Path) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from PySide6.QtCore import QLockFile\n"
         f"lock = QLockFile({str(private_locations / 'journal.lock')!r})\n"
         "assert lock.tryLock(1000)\n"
         "print('locked', flush=True)\n"
         "time.sleep(30)\n"],
        stdout=subprocess.PIPE, text=True)
    try:
        private_locations.mkdir(parents=True, exist_ok=True)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(JournalLockedError) as err:
            open_window()
        assert "already open in another MentorJournal window" in str(err.value)
        assert f"process {holder.pid}" in str(err.value)
    finally:
        holder.kill()
        holder.wait()
    window = open_window()  # the lock of a dead process is stale: the app opens
    assert window.isVisible()


def test_run_app_explains_the_refusal_and_exits_nonzero(private_locations: Path,
                                                        monkeypatch, capsys, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLockFile

    from mentorjournal.ui.app import run_app

    private_locations.mkdir(parents=True)
    held = QLockFile(str(private_locations / "journal.lock"))
    assert held.tryLock(1000)
    monkeypatch.setenv("MENTORJOURNAL_QUIT_WHEN_READY", "1")  # skip the blocking dialog
    try:
        assert run_app(None) == 1
    finally:
        held.unlock()
    assert "already open in another MentorJournal window" in capsys.readouterr().err


def test_about_names_version_and_journal_path(open_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from mentorjournal import __version__

    window = open_window()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: shown.append((box.text(), box.informativeText())) or 0)
    window.show_about()
    assert shown[0][0] == f"MentorJournal {__version__}"
    assert str(window.journal.path) in shown[0][1]


def test_restart_opens_the_tab_left_open(qtbot, private_locations: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.app import open_main_window
    from tests.ui.conftest import close_app

    window, lock = open_main_window(None)
    qtbot.addWidget(window)
    ms.create_mentorship(window.journal, "Priya")
    window.reload()
    sessions = next(i for i, spec in enumerate(TAB_SPECS) if spec.key == "sessions")
    window.show_tab(sessions)
    close_app(window)
    lock.unlock()

    again, lock2 = open_main_window(None)
    qtbot.addWidget(again)
    try:
        assert again.tab_widget.currentIndex() == sessions
        assert again.tab("sessions").isVisible()  # built and filled at start, not later
    finally:
        close_app(again)
        lock2.unlock()
