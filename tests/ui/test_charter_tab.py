"""The Charter tab as a user meets it: fill, save revisions, compare, review, restart."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit

from mentorjournal.core import charter as ch
from mentorjournal.core import mentorships as ms
from mentorjournal.core.clock import FixedClock, use_clock
from mentorjournal.ui.charter.compare import CompareDialog
from mentorjournal.ui.charter.dialogs import ReasonDialog
from mentorjournal.ui.charter.tab import CharterTab
from tests.ui.conftest import answer_next_dialog

TEXTS = {key: f"Answer for {key.replace('_', ' ')}." for key in ch.TEXT_FIELDS}


@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    fixed = FixedClock(datetime(2026, 3, 10, 18, 0))
    with use_clock(fixed):
        yield fixed


def _open_tab(open_window, name: str = "Priya"):  # type: ignore[no-untyped-def]
    window = open_window()
    info = ms.create_mentorship(window.journal, name)
    window.reload(select_id=info.id)
    tab = window.tab("charter")
    assert isinstance(tab, CharterTab)
    return window, tab, info


def _show_form(tab: CharterTab) -> None:
    """Skip the guide: "Finish later" right away leads to the plain form."""
    wizard = tab.start_wizard()
    assert wizard is not None
    wizard.reject()
    assert tab.stack.currentIndex() == 1


def _save_via_dialog(tab: CharterTab, reason: str) -> list[str]:
    seen: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ReasonDialog)
        dialog.reason_edit.setText(reason)
        dialog.buttons.accepted.emit()
        if dialog.isVisible():
            seen.append(dialog.error_label.text())
            dialog.reject()

    answer_next_dialog(fill)
    tab.save_button.click()
    return seen


def test_fill_every_field_save_two_revisions_and_compare(open_window, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    window, tab, info = _open_tab(open_window)
    assert tab.stack.currentWidget() is tab.empty_state
    _show_form(tab)
    editors = tab.editors
    for key, text in TEXTS.items():
        qtbot.keyClicks(editors.text_edits[key], text)
    editors.criteria.add("Lead two design reviews", date(2026, 9, 1))
    editors.criteria.add("Give an internal talk")
    editors.number_edits["cadence_value"].setText("2")
    editors.unit_combo.setCurrentIndex(editors.unit_combo.findData("weeks"))
    editors.number_edits["session_minutes"].setText("60")
    editors.number_edits["review_interval_months"].setText("6")
    assert "Not saved as a revision yet" in tab.state_label.text()

    assert _save_via_dialog(tab, "Agreed at our kick-off") == []
    first = ch.latest_revision(window.journal, info.id)
    assert first is not None and first.number == 1
    assert first.content.my_objectives == TEXTS["my_objectives"]
    assert first.content.review_interval_months == 6
    assert [c.text for c in first.content.success_criteria] == [
        "Lead two design reviews", "Give an internal talk"]
    assert "Saved charter revision 1" in window.statusBar().currentMessage()
    assert "Revision 1" in tab.state_label.text()
    assert not tab.save_button.isEnabled()  # nothing changed since

    clock.advance(days=30)
    editors.text_edits["my_objectives"].setPlainText("Lead the platform migration.")
    editors.number_edits["cadence_value"].setText("1")
    editors.criteria.rows()[1].met_box.setChecked(True)
    assert tab.state_label.text() == ("Changed since revision 1 (kept as a draft): "
                                      "My objectives, Success criteria, Meeting cadence.")
    assert _save_via_dialog(tab, "") == [
        "Say in a few words why you are saving this revision, such as “renegotiated scope "
        "after promotion”."]
    assert _save_via_dialog(tab, "Renegotiated scope after promotion") == []
    revisions = ch.list_revisions(window.journal, info.id)
    assert [(r.number, r.reason) for r in revisions] == [
        (2, "Renegotiated scope after promotion"), (1, "Agreed at our kick-off")]
    assert revisions[1].content == first.content  # revision 1 was not touched

    history = tab.history.list
    assert history.count() == 2
    assert history.item(0).text().startswith("Revision 2 · 9 Apr 2026")
    tab.history.select_rows([0, 1])
    tab.history.compare_button.click()
    dialog = tab.findChild(CompareDialog)
    assert isinstance(dialog, CompareDialog) and dialog.isVisible()
    assert dialog.changed_fields() == ["my_objectives", "success_criteria", "cadence_value"]
    assert dialog.highlighted_rows() == ["My objectives", "Success criteria",
                                         "Meeting cadence"]
    assert dialog.cell_text("cadence_value", 1) == "2"
    assert dialog.cell_text("cadence_value", 2) == "1"
    assert dialog.cell_text("channels", 1) == dialog.cell_text("channels", 2)
    assert dialog.summary_label.text() == (
        "3 fields changed: My objectives, Success criteria, Meeting cadence")
    dialog.only_changed.setChecked(True)
    assert dialog.table.rowCount() == 3
    dialog.close()


def test_invalid_numbers_are_refused_next_to_the_field(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab, info = _open_tab(open_window)
    _show_form(tab)
    editors = tab.editors
    editors.text_edits["my_objectives"].setPlainText("Grow.")
    cases = [("cadence_value", "0", "above zero"), ("cadence_value", "-2", "above zero"),
             ("session_minutes", "0", "at least one minute"),
             ("session_minutes", "-45", "at least one minute"),
             ("review_interval_months", "25", "1 to 24 months"),
             ("session_minutes", "an hour", "whole number")]
    for key, typed, words in cases:
        edit = editors.number_edits[key]
        edit.setFocus()
        edit.setText(typed)
        edit.editingFinished.emit()
        label = editors.error_labels[key]
        assert label.isVisible() and words in label.text(), (key, typed)
        assert tab.save_revision("try") is not None
        assert ch.list_revisions(window.journal, info.id) == []
        edit.setText("")
        edit.editingFinished.emit()
        assert not label.isVisible()
    assert tab.save_revision("try") is None  # fixed: it saves


def test_review_due_follows_interval_and_reviewed_moves_it(open_window, qtbot, clock) -> None:  # type: ignore[no-untyped-def]
    window, tab, info = _open_tab(open_window)
    _show_form(tab)
    status_bar_label = window.review_status
    tab.editors.text_edits["my_objectives"].setPlainText("Grow.")
    tab.editors.number_edits["review_interval_months"].setText("3")
    assert tab.save_revision("start") is None  # 10 Mar 2026 + 3 months
    assert tab.review_label.text() == "Next charter review due 10 Jun 2026 (in 92 days)."
    assert status_bar_label.text() == tab.review_label.text()
    assert status_bar_label.isVisible()

    clock.at = datetime(2026, 7, 1, 9, 0)
    window.reload()
    assert tab.review_label.text() == "⚠ Charter review overdue since 10 Jun 2026 (21 days)."
    assert tab.review_label.property("overdue") is True
    assert status_bar_label.text() == tab.review_label.text()
    assert status_bar_label.property("overdue") is True

    tab.reviewed_button.click()
    assert tab.review_label.text() == "Next charter review due 1 Oct 2026 (in 92 days)."
    assert tab.review_label.property("overdue") is False
    assert status_bar_label.text() == tab.review_label.text()
    assert "Review recorded" in window.statusBar().currentMessage()
    assert len(ch.list_revisions(window.journal, info.id)) == 1


def test_wizard_can_be_skipped_resumed_and_creates_the_first_revision(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab, info = _open_tab(open_window)
    assert tab.empty_state.action_button is not None
    tab.empty_state.action_button.click()
    wizard = tab.wizard
    assert wizard is not None and wizard.isVisible() and wizard.resume_page == 0
    wizard.editors.text_edits["my_objectives"].setPlainText("Get to staff level.")
    wizard.editors.text_edits["their_objectives"].setPlainText("Practise coaching.")
    wizard.next()
    wizard.button(wizard.WizardButton.CustomButton1).click()  # skip "success"
    assert wizard.currentPage() is wizard.field_pages[2]
    wizard.editors.number_edits["cadence_value"].setText("0")
    wizard.next()  # refused: the message is next to the field
    assert wizard.currentPage() is wizard.field_pages[2]
    assert "above zero" in wizard.editors.error_labels["cadence_value"].text()
    wizard.editors.number_edits["cadence_value"].setText("2")
    wizard.next()
    wizard.reject()  # "Finish later"
    window.tasks.wait()
    assert tab.wizard is None
    draft = ch.get_draft(window.journal, info.id)
    assert draft is not None and draft.content.cadence_value == 2
    assert tab.editors.text_edits["their_objectives"].toPlainText() == "Practise coaching."
    assert tab.resume_button.isVisible()

    tab.resume_button.click()
    wizard = tab.wizard
    assert wizard is not None and wizard.resume_page == 1  # the skipped "success" page
    assert wizard.currentPage() is wizard.field_pages[1]
    wizard.editors.text_edits["success_vision"].setPlainText("I lead a cross-team decision.")
    while wizard.currentPage() is not wizard.save_page:
        wizard.next()
    wizard.save_page.reason_edit.setText("First charter, agreed together.")
    wizard.accept()
    assert not wizard.isVisible()
    revision = ch.latest_revision(window.journal, info.id)
    assert revision is not None and revision.number == 1
    assert revision.reason == "First charter, agreed together."
    assert revision.content.success_vision == "I lead a cross-team decision."
    assert revision.content.cadence_value == 2
    assert ch.get_draft(window.journal, info.id) is None
    assert tab.stack.currentIndex() == 1 and not tab.resume_button.isVisible()


def test_wizard_is_offered_after_creating_a_mentorship_not_at_start(restartable) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.dialogs.mentorship_dialog import NewMentorshipDialog

    open_app, close = restartable
    window = open_app()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, NewMentorshipDialog)
        dialog.name_edit.setText("Priya")
        dialog.buttons.accepted.emit()

    answer_next_dialog(fill)
    window.new_mentorship()
    tab = window.tab("charter")
    assert isinstance(tab, CharterTab)
    assert tab.wizard is not None and tab.wizard.isVisible()
    tab.wizard.reject()
    close(window)
    again = open_app()  # an existing mentorship without charter: offered, not forced
    charter_tab = again.tab("charter")
    assert isinstance(charter_tab, CharterTab) and charter_tab.wizard is None
    assert QApplication.activeModalWidget() is None


def test_draft_survives_closing_and_reopening_the_app(restartable, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_app, close = restartable
    window, tab, info = _open_tab(open_app)
    _show_form(tab)
    qtbot.keyClicks(tab.editors.text_edits["candor"], "Blunt is welcome.")
    tab.editors.number_edits["session_minutes"].setText("45")
    close(window)  # within the autosave pause: closing flushes it

    again = open_app()
    assert again.current is not None and again.current.id == info.id
    reopened = again.tab("charter")
    assert isinstance(reopened, CharterTab)
    assert reopened.stack.currentIndex() == 1
    assert reopened.editors.text_edits["candor"].toPlainText() == "Blunt is welcome."
    assert reopened.editors.number_edits["session_minutes"].text() == "45"
    assert "kept as a draft" in reopened.state_label.text()
    assert reopened.history.list.item(0).text().startswith("Unsaved draft")


def test_autosave_writes_the_draft_after_a_pause(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab, info = _open_tab(open_window)
    _show_form(tab)
    tab.editors.text_edits["channels"].setPlainText("Video calls.")
    with qtbot.waitSignal(tab.autosaver.saved, timeout=3000):
        pass
    draft = ch.get_draft(window.journal, info.id)
    assert draft is not None and draft.content.channels == "Video calls."


HOSTILE = "<b>bold</b> <img src=x> &amp; done"


def test_markup_in_user_text_shows_literally_in_gui_and_pdf(open_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil
    import subprocess

    window, tab, _info = _open_tab(open_window)
    _show_form(tab)
    for key in ch.TEXT_FIELDS:
        tab.editors.text_edits[key].setPlainText(f"{key}: {HOSTILE}")
    tab.editors.criteria.add(f"criterion {HOSTILE}")
    assert tab.save_revision(f"reason {HOSTILE}") is None
    tab.editors.text_edits["channels"].setPlainText(f"changed {HOSTILE}")
    assert tab.save_revision("second") is None

    # Every label that shows user text is plain text, and shows it as typed.
    assert tab.editors.text_edits["my_objectives"].toPlainText() == f"my_objectives: {HOSTILE}"
    for label in tab.findChildren(QLabel):
        if HOSTILE in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert tab.history.list.item(1).text().endswith(f"reason {HOSTILE}")
    tab.history.select_rows([0, 1])
    dialog = tab.compare_selected()
    assert dialog is not None
    assert dialog.cell_text("channels", 2) == f"changed {HOSTILE}"
    assert dialog.cell_text("success_criteria", 1) == f"○ not yet: criterion {HOSTILE}"
    dialog.close()
    for edit in tab.findChildren(QPlainTextEdit):
        assert "<img" not in edit.document().toHtml() or "&lt;img" in edit.document().toHtml()

    pdf = tmp_path / "charter.pdf"
    assert tab.export_one_pager(pdf)
    assert "Exported revision 2" in window.statusBar().currentMessage()
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed, so the PDF text cannot be read")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = " ".join(text.split())
    assert f"Mine: my_objectives: {HOSTILE}" in flat
    assert f"[not yet] criterion {HOSTILE}" in flat
    assert f"reason {HOSTILE}" not in flat  # the one-pager shows the current revision
    assert "second" in flat and f"changed {HOSTILE}" in flat
    assert "confidential_notes" not in flat  # private notes are never printed
    if shutil.which("pdfinfo"):
        info_out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                                  check=True).stdout
        assert re.search(r"^Pages:\s+1$", info_out, re.M), info_out


def test_drafts_stay_with_their_mentorship_and_can_be_discarded(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, tab, priya = _open_tab(open_window)
    jonah = ms.create_mentorship(window.journal, "Jonah", my_role="mentor")
    _show_form(tab)
    tab.editors.text_edits["my_objectives"].setPlainText("Grow.")
    assert tab.save_revision("start") is None
    tab.editors.text_edits["my_objectives"].setPlainText("Grow faster.")
    assert tab.discard_button.isVisible()

    window.reload(select_id=jonah.id)  # switching saves Priya's draft at once
    assert tab.stack.currentWidget() is tab.empty_state
    draft = ch.get_draft(window.journal, priya.id)
    assert draft is not None and draft.content.my_objectives == "Grow faster."
    assert ch.get_draft(window.journal, jonah.id) is None

    window.reload(select_id=priya.id)
    assert tab.editors.text_edits["my_objectives"].toPlainText() == "Grow faster."
    tab.discard_draft()
    assert tab.editors.text_edits["my_objectives"].toPlainText() == "Grow."
    assert ch.get_draft(window.journal, priya.id) is None
    assert not tab.discard_button.isVisible() and not tab.save_button.isEnabled()
