"""File → Export report… and File → Import… as a user meets them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from mentorjournal.core.demo import fill_demo
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import list_mentorships
from mentorjournal.paths import DataPaths
from mentorjournal.ui.portability.import_dialog import ImportDialog
from mentorjournal.ui.portability.report_dialog import ReportDialog
from tests.ui.conftest import write_demo


def _fill(private_locations: Path) -> None:
    write_demo(private_locations, today=date(2026, 3, 2))


def test_report_dialog_previews_sections_and_writes_the_pdf(
        open_window, qtbot, private_locations: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(private_locations)
    window = open_window()
    window.reload()
    assert window.export_report_action.shortcut().toString() == "Ctrl+P"
    dialog = ReportDialog(window)
    qtbot.addWidget(dialog)
    dialog.start_edit.setDate(dialog.start_edit.date().addYears(-3))
    dialog.refresh_preview()
    text = dialog.preview.toPlainText()
    assert "Check-ins" in text and "Contributions" in text
    assert "confidential notes are left out" in text
    dialog.section_boxes["contributions"].setChecked(False)
    dialog.private_check.setChecked(True)
    dialog.refresh_preview()
    text = dialog.preview.toPlainText()
    assert "Contributions" not in text and "confidential notes are included" in text
    for box in dialog.section_boxes.values():
        box.setChecked(False)
    dialog.refresh_preview()
    assert "at least one section" in dialog.error_label.text()
    dialog.section_boxes["checkins"].setChecked(True)

    out = tmp_path / "report.pdf"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.last_written == out, timeout=10000)
    assert out.read_bytes().startswith(b"%PDF")
    assert "-page report" in window.statusBar().currentMessage()


def test_cancelling_the_report_writes_nothing(
        open_window, qtbot, private_locations: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(private_locations)
    window = open_window()
    window.reload()
    dialog = ReportDialog(window)
    qtbot.addWidget(dialog)
    out = tmp_path / "report.pdf"
    dialog.export_to(out)
    dialog.progress.cancel()
    qtbot.waitUntil(lambda: "cancelled" in dialog.error_label.text(), timeout=10000)
    assert not out.exists() and dialog.buttons.isEnabled()


def test_import_dialog_previews_then_imports_a_jrnl_file(
        open_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    source = tmp_path / "jrnl.json"
    source.write_text(json.dumps({"tags": {"@career": 1}, "entries": [
        {"title": "Asked about the staff promotion.", "body": "She said: write it down.",
         "date": "2024-05-06", "time": "18:00", "tags": ["@career"], "starred": False}]}),
        encoding="utf-8")
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("jrnl"))
    dialog.mentorship_combo.setCurrentText("Old notes")
    dialog.file_edit.setText(str(source))
    dialog.load_preview()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
    assert dialog.summary_label.text() == ("Will create the mentorship “Old notes”, add 1 "
                                           "check-in(s), 1 new topic(s) (career).")
    assert dialog.entries.item(0).text().startswith("2024-05-06 18:00  Asked about")
    dialog.run_import()
    qtbot.waitUntil(lambda: window.current is not None, timeout=5000)
    assert window.current.name == "Old notes"
    assert "Imported 1 check-in(s)" in window.statusBar().currentMessage()


def test_import_dialog_refuses_a_damaged_archive_in_one_sentence(
        open_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window()
    bad = tmp_path / "archive.json"
    bad.write_bytes(b'{"format": "mentorjournal-archive", "version": 1, "tab')
    dialog = ImportDialog(window)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(bad))
    dialog.load_preview()
    qtbot.waitUntil(lambda: "not valid JSON" in dialog.summary_label.text(), timeout=5000)
    assert not dialog.import_button.isEnabled()
    assert not dialog.mentorship_combo.isEnabled()


def test_import_dialog_merges_an_archive_and_twice_adds_nothing(
        open_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.interop.json_archive import export_json

    other = Journal(DataPaths(tmp_path / "other"))
    other.prepare()
    fill_demo(other, today=date(2026, 3, 2))
    archive = tmp_path / "archive.json"
    export_json(other.store, archive)
    other.close()
    window = open_window()
    for expected in ("Will add ", "Will add 0 and update 0"):
        dialog = ImportDialog(window)
        qtbot.addWidget(dialog)
        dialog.file_edit.setText(str(archive))
        dialog.load_preview()
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=5000)
        assert dialog.summary_label.text().startswith(expected)
        dialog.run_import()
        qtbot.waitUntil(lambda: "entries" in window.statusBar().currentMessage(), timeout=5000)
        window.statusBar().clearMessage()
    assert {i.name for i in list_mentorships(window.journal)} == {"Priya", "Jonah"}


def test_export_data_dialog_writes_archive_markdown_and_calendar(
        open_window, qtbot, private_locations: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.portability.export_dialog import ExportDataDialog

    _fill(private_locations)
    window = open_window()
    window.reload()
    targets = {"json": tmp_path / "all.json", "markdown": tmp_path / "md",
               "ics": tmp_path / "plan.ics"}
    for kind, target in targets.items():
        dialog = ExportDataDialog(window)
        qtbot.addWidget(dialog)
        dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(kind))
        if kind == "ics":
            assert dialog.mentorship_combo.currentText() == window.current.name
            assert dialog.months_spin.isEnabled()
        else:
            assert dialog.mentorship_combo.currentText() == "All mentorships"
        dialog.export_to(target)
        qtbot.waitUntil(lambda d=dialog: d.last_written is not None, timeout=5000)
        assert window.statusBar().currentMessage().startswith("Wrote ")
    assert json.loads(targets["json"].read_text())["format"] == "mentorjournal-archive"
    assert (targets["markdown"] / "index.md").exists()
    assert targets["ics"].read_bytes().startswith(b"BEGIN:VCALENDAR")
