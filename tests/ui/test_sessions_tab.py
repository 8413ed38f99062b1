"""The Sessions tab as a user drives it: write, autosave, restart, carry actions forward."""

from __future__ import annotations

import threading
import time
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog

from mentorjournal.core import checkins
from mentorjournal.core import mentorships as ms
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.sessions.agenda_dialog import write_pdf
from mentorjournal.ui.sessions.introductions import IntroductionDialog
from mentorjournal.ui.sessions.tab import SessionsTab
from tests.ui.conftest import answer_next_dialog, close_app


def _start(qtbot, name: str = "Priya"):  # type: ignore[no-untyped-def]
    from mentorjournal.ui.app import open_main_window

    window, lock = open_main_window(None)
    qtbot.addWidget(window)
    if not ms.list_mentorships(window.journal):
        ms.create_mentorship(window.journal, name)
        window.reload()
    window.resize(1000, 600)
    tab = window.tab("sessions")
    window.show_tab(1)
    assert isinstance(tab, SessionsTab)
    return window, lock, tab


def _stop(window: MainWindow, lock) -> None:  # type: ignore[no-untyped-def]
    close_app(window)
    lock.unlock()


def test_whole_check_in_flow_survives_a_restart(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    assert tab.right.currentWidget() is tab.empty  # says what belongs here
    window.new_checkin_action.trigger()  # File → New check-in (Ctrl+N)
    assert window.new_checkin_action.shortcut().toString() == "Ctrl+N"
    editor = tab.editor
    assert [s.heading.text() for s in list(editor.sections.values())[:2]] == [
        "Agenda", "What happened"]
    assert editor.sections["wins"].edit.placeholderText().startswith("What went well")
    qtbot.keyClicks(editor.sections["wins"].edit, "Shipped the **roadmap**")
    qtbot.keyClicks(editor.topics, "Career growth, feedback")
    with qtbot.waitSignal(editor.autosaver.saved, timeout=4000):
        pass  # about a second after the last keystroke, with no save button
    assert window.statusBar().currentMessage() == "Saved"
    assert tab.model.data(tab.model.index(0, 4)) == "Shipped the **roadmap**"
    _stop(window, lock)

    window, lock, tab = _start(qtbot)
    try:
        assert tab.editor.sections["wins"].text() == "Shipped the **roadmap**"
        assert tab.editor.topics.text() == "Career growth, feedback"
        tab.editor.set_reading(True)  # Markdown shown formatted, stored as typed
        assert tab.editor.sections["wins"].view.toPlainText() == "Shipped the roadmap"
    finally:
        _stop(window, lock)


def test_undo_is_per_editor(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    try:
        assert window.rename("Priya R")  # something the window's own undo could revert
        tab.new_checkin()
        wins, challenges = tab.editor.sections["wins"].edit, tab.editor.sections["challenges"].edit
        qtbot.keyClicks(wins, "win")
        qtbot.keyClicks(challenges, "hard")
        window.activateWindow()
        wins.setFocus()
        qtbot.waitUntil(wins.hasFocus, timeout=2000)
        # Ctrl+Z in a text box undoes that box only, not the window's mentorship edits.
        qtbot.keyClick(wins, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert (wins.toPlainText(), challenges.toPlainText()) == ("", "hard")
        assert window.current is not None and window.current.name == "Priya R"
        wins.redo()
        assert wins.toPlainText() == "win"
    finally:
        _stop(window, lock)


def test_typing_never_waits_for_a_save(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    tab.new_checkin()
    release = threading.Event()
    threads: list[bool] = []
    real = checkins.update_checkin

    def slow_write(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        release.wait(5)  # a disk that takes its time
        return real(*args, **kwargs)

    monkeypatch.setattr(checkins, "update_checkin", slow_write)
    edit = tab.editor.sections["what_happened"].edit
    try:
        qtbot.keyClicks(edit, "first words")
        started = time.perf_counter()
        tab.editor.flush()  # a save starts and hangs on the worker
        qtbot.keyClicks(edit, " and more typed while it saves")
        elapsed = time.perf_counter() - started
        assert elapsed < 1.0, f"typing waited {elapsed:.2f}s for a save"
        assert edit.toPlainText() == "first words and more typed while it saves"
        qtbot.waitUntil(lambda: bool(threads), timeout=2000)
        assert threads == [False]  # the write ran on the worker thread, not the GUI thread
        release.set()
        with qtbot.waitSignal(tab.editor.autosaver.saved, timeout=4000):
            tab.editor.flush()
    finally:
        release.set()
        _stop(window, lock)


def test_closing_with_unsaved_text_saves_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    session_id = tab.new_checkin()
    qtbot.keyClicks(tab.editor.sections["insights"].edit, "Write it down first")
    assert tab.editor.autosaver.pending  # the autosave timer has not fired yet
    _stop(window, lock)  # closeEvent flushes and waits
    window, lock, tab = _start(qtbot)
    try:
        detail = checkins.get_checkin(window.journal, str(session_id))
        assert detail is not None and detail.sections["insights"] == "Write it down first"
    finally:
        _stop(window, lock)


def test_action_is_carried_forward_until_done(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    panel = tab.editor.actions_panel
    try:
        with use_clock(FixedClock(datetime(2025, 5, 1, 17, 0))) as clock:
            first = tab.new_checkin()
            panel.new_text.setText("Draft the caching proposal")
            panel.add_button.click()
            assert [a.text for a in panel.own_model.rows()] == ["Draft the caching proposal"]

            def reword(dialog: QDialog) -> None:
                assert isinstance(dialog, QInputDialog)
                dialog.setTextValue("Draft the caching proposal (one page)")
                dialog.accept()

            answer_next_dialog(reword)
            panel.edit_text(0)  # what double-clicking the action does
            assert [a.text for a in panel.own_model.rows()] == [
                "Draft the caching proposal (one page)"]
            assert panel.carried_view.isHidden()
            clock.advance(days=14)
            tab.new_checkin()
            assert [a.text for a in panel.carried_model.rows()] == [
                "Draft the caching proposal (one page)"]
            panel.carried_view.selectRow(0)
            panel.done_button.click()
            assert panel.carried_model.rows() == []
            assert window.statusBar().currentMessage().endswith("is now done 2025-05-15.")
            tab.open_session(str(first))
            assert [a.status_label for a in panel.own_model.rows()] == ["Done 2025-05-15"]
        panel.new_text.setText("   ")
        panel.add_button.click()
        assert panel.error.isVisible() and "Say what needs doing" in panel.error.text()
    finally:
        _stop(window, lock)


def test_contribution_and_introduction_round_trip(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    session_id = tab.new_checkin()
    contributions = tab.editor.contributions_panel
    contributions.direction.setCurrentIndex(contributions.direction.findData("given"))
    contributions.kind.setCurrentIndex(contributions.kind.findData("industry_trend"))
    contributions.text.setText("Notes from the local-first meetup")
    contributions.add_button.click()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, IntroductionDialog)
        assert dialog.introduced_by.text() == "Priya"
        dialog.name.setText("Mei Tanaka")
        dialog.organisation.setText("Platform team")
        dialog.context.setPlainText("Talked about on-call rotations")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("collaboration"))
        dialog.save()

    answer_next_dialog(fill)
    tab.editor.introductions_panel.add_button.click()
    _stop(window, lock)

    window, lock, tab = _start(qtbot)
    try:
        tab.open_session(str(session_id))
        rows = tab.editor.contributions_panel.model.rows()
        assert [(c.direction, c.kind, c.text) for c in rows] == [
            ("given", "industry_trend", "Notes from the local-first meetup")]
        (intro,) = tab.editor.introductions_panel.model.rows()
        assert (intro.person_name, intro.organisation, intro.context, intro.outcome) == (
            "Mei Tanaka", "Platform team", "Talked about on-call rotations", "collaboration")
        overview = tab.show_overview()
        assert overview is not None
        assert [p.person_name for p in overview.people_model.rows()] == ["Mei Tanaka"]

        def met_at_a_conference(dialog: QDialog) -> None:
            assert isinstance(dialog, IntroductionDialog)
            dialog.name.setText("Daniel Osei")
            dialog.save()

        answer_next_dialog(met_at_a_conference)
        overview.add_person_button.click()  # not linked to any check-in
        people = {p.person_name: p.session_id for p in overview.people_model.rows()}
        assert people == {"Mei Tanaka": session_id, "Daniel Osei": None}
        overview.close()
    finally:
        _stop(window, lock)


def test_search_finds_a_word_typed_a_moment_ago(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    try:
        older = tab.new_checkin()
        qtbot.keyClicks(tab.editor.sections["what_happened"].edit,
                        "We mapped the zanzibar <b>plan</b>")
        tab.new_checkin()  # the word lives in the other check-in now on screen
        window.search_action.trigger()  # Ctrl+K, from anywhere
        assert window.search_action.shortcut().toString() == "Ctrl+K"
        dialog = tab.search_dialog()
        assert dialog.isVisible()
        qtbot.keyClicks(dialog.query, "zanzi")
        dialog.run()
        (hit,) = dialog.hits()
        assert hit.session_id == older and hit.mentorship_name == "Priya"
        from mentorjournal.ui.sessions.search_dialog import hit_html

        assert "<b>zanzibar</b>" in hit_html(hit) and "&lt;b&gt;plan&lt;/b&gt;" in hit_html(hit)
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # opens the first hit
        assert tab.editor.session_id == older
        assert not dialog.isVisible()
    finally:
        _stop(window, lock)


def test_bad_input_round_trips_and_shows_literally(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nasty = ("<script>alert('x')</script> & \u202eRTL\u202c שלום مرحبا 漢字かな 한국어 "
             "👩🏽‍💻🎉\n")
    huge = ("A long note line with ünïcödé and 🎉.\n" * 30_000)[:1_048_576]
    window, lock, tab = _start(qtbot)
    session_id = tab.new_checkin()
    tab.editor.sections["what_happened"].edit.setPlainText(nasty)
    tab.editor.sections["scenarios"].edit.setPlainText(huge)
    tab.editor.topics.setText("<i>x</i>, 日本語")
    tab.editor.autosaver.changed()
    _stop(window, lock)

    window, lock, tab = _start(qtbot)
    try:
        detail = checkins.get_checkin(window.journal, str(session_id))
        assert detail is not None
        assert detail.sections["what_happened"].encode() == nasty.encode()
        assert detail.sections["scenarios"].encode() == huge.encode()
        assert set(detail.topics) == {"<i>x</i>", "日本語"}
        assert tab.editor.sections["what_happened"].text() == nasty
        assert tab.model.data(tab.model.index(0, 4)).startswith("<script>alert('x')</script>")
        tab.editor.set_reading(True)
        shown = tab.editor.sections["what_happened"].view.toPlainText()
        assert shown.startswith("<script>alert('x')</script> & ")
        assert "漢字かな" in shown and "👩🏽‍💻" in shown
    finally:
        _stop(window, lock)


def test_filters_and_agenda(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    try:
        mid = window.current.id  # type: ignore[union-attr]
        for day, topic in ((3, "hiring"), (10, "Writing"), (17, "hiring")):
            checkins.create_checkin(window.journal, mid, held_at=datetime(2025, 6, day, 9),
                                    topics=[topic], sections={"questions": f"- Q{day}?"})
        tab.reload()
        assert tab.proxy.rowCount() == 3 and tab.count_label.text() == "3 check-ins"
        tab.topic.setCurrentIndex(tab.topic.findData("hiring"))
        days = [tab.proxy.data(tab.proxy.index(r, 0)) for r in range(tab.proxy.rowCount())]
        assert days == ["2025-06-17 09:00", "2025-06-03 09:00"]
        assert tab.count_label.text() == "2 of 3 check-ins"
        tab.clear_filter()
        assert tab.proxy.rowCount() == 3
        dialog = tab.show_agenda()
        assert dialog is not None and "- Q17?" in dialog.text
        dialog.copy()
        assert QGuiApplication.clipboard().text() == dialog.text
        pdf = tmp_path / "agenda.pdf"
        write_pdf(dialog.text, pdf)
        assert pdf.read_bytes().startswith(b"%PDF")
        dialog.close()
    finally:
        _stop(window, lock)


def test_list_stays_newest_first_when_a_date_changes(qtbot) -> None:  # type: ignore[no-untyped-def]
    window, lock, tab = _start(qtbot)
    try:
        mid = window.current.id  # type: ignore[union-attr]
        ids = [checkins.create_checkin(window.journal, mid,
                                       held_at=datetime(2025, 6, day, 9)).id
               for day in (3, 10, 17)]
        tab.reload(select_id=ids[0])
        assert tab.editor.session_id == ids[0]
        tab.editor.when.setDateTime(datetime(2025, 6, 24, 9))  # moved after the others
        with qtbot.waitSignal(tab.editor.autosaver.saved, timeout=4000):
            tab.editor.flush()
        order = [tab.proxy.data(tab.proxy.index(r, 0)) for r in range(tab.proxy.rowCount())]
        assert order == ["2025-06-24 09:00", "2025-06-17 09:00", "2025-06-10 09:00"]
        assert tab.view.selectionModel().selectedRows()[0].row() == 0  # still selected
        assert tab.editor.session_id == ids[0]
    finally:
        _stop(window, lock)
