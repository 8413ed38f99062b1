"""File → Export data…: leave with everything, as a JSON archive, Markdown or a calendar.

The export runs on the journal's worker thread behind a progress dialog; the result is
reported in the status bar. The formats are documented in docs/formats.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
)

from mentorjournal.core.mentorships import list_mentorships
from mentorjournal.interop.markdown_export import slug
from mentorjournal.ui.portability.progress import JobProgress
from mentorjournal.ui.widgets.inline_error import inline_error_label

if TYPE_CHECKING:
    from mentorjournal.ui.main_window import MainWindow

FORMATS = (  # labels translated by the dialog
    ("json", str(QT_TRANSLATE_NOOP("ExportDataDialog",
                                   "JSON archive: everything, and it imports back"))),
    ("markdown", str(QT_TRANSLATE_NOOP("ExportDataDialog",
                                       "Markdown folder: one readable file per check-in"))),
    ("ics", str(QT_TRANSLATE_NOOP("ExportDataDialog",
                                  "Calendar (.ics): the check-ins the charter plans"))))


class ExportDataDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Export data"))
        self.setAccessibleName(self.tr("Export data"))
        self.last_written: Path | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.format_combo = QComboBox()
        for key, label in FORMATS:
            self.format_combo.addItem(self.tr(label), key)
        self.format_combo.setAccessibleName(self.tr("Export format"))
        self.format_combo.setToolTip(self.tr("What kind of file to write"))
        form.addRow(self.tr("As what?"), self.format_combo)
        self.mentorship_combo = QComboBox()
        self.mentorship_combo.setAccessibleName(self.tr("Mentorship to export"))
        self.mentorship_combo.setToolTip(self.tr("Everything, or one mentorship"))
        form.addRow(self.tr("Which mentorship?"), self.mentorship_combo)
        self.months_spin = QSpinBox()
        self.months_spin.setRange(1, 24)
        self.months_spin.setValue(3)
        self.months_spin.setSuffix(self.tr(" months"))
        self.months_spin.setAccessibleName(self.tr("Months ahead"))
        self.months_spin.setToolTip(self.tr("How far ahead to plan check-ins"))
        form.addRow(self.tr("How far ahead?"), self.months_spin)
        self.error_label = inline_error_label(hidden=False)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Export…"))
        save.setAccessibleName(self.tr("Choose where and export"))
        self.buttons.accepted.connect(self.choose_and_export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    @property
    def kind(self) -> str:
        return str(self.format_combo.currentData())

    def _format_changed(self) -> None:
        """A calendar belongs to one mentorship; the other formats may hold all of them."""
        keep = self.mentorship_combo.currentData()
        self.mentorship_combo.clear()
        if self.kind != "ics":
            self.mentorship_combo.addItem(self.tr("All mentorships"), None)
        current = self.window_.current.id if self.window_.current else None
        for info in list_mentorships(self.window_.journal, include_archived=True):
            self.mentorship_combo.addItem(info.name, info.id)
        wanted = keep if keep is not None or self.kind != "ics" else current
        index = self.mentorship_combo.findData(wanted)
        self.mentorship_combo.setCurrentIndex(max(index, 0))
        self.months_spin.setEnabled(self.kind == "ics")
        self.error_label.clear()

    def choose_and_export(self) -> None:
        base = slug(self.mentorship_combo.currentText())
        home = Path.home()
        if self.kind == "markdown":
            path = QFileDialog.getExistingDirectory(self, self.tr("Export into which folder?"),
                                                    str(home))
        else:
            suffix = ".json" if self.kind == "json" else ".ics"
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save as"), str(home / f"mentorjournal-{base}{suffix}"),
                self.tr("JSON archive (*.json)") if self.kind == "json"
                else self.tr("Calendar (*.ics)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        kind, scope = self.kind, self.mentorship_combo.currentData()
        months, journal = self.months_spin.value(), self.window_.journal
        if kind == "ics" and scope is None:
            self.error_label.setText(self.tr("A calendar needs one mentorship; choose it."))
            return
        self.progress = JobProgress(self, self.tr("Exporting…"))
        self.buttons.setEnabled(False)

        def job() -> str:
            if kind == "json":
                from mentorjournal.interop.json_archive import export_json

                document = export_json(journal.store, path, scope)
                count = sum(len(rows) for rows in document["tables"].values())
                return f"Wrote {count} entries to {path}."
            if kind == "markdown":
                from mentorjournal.interop.markdown_export import export_markdown

                return f"Wrote {export_markdown(journal, path, scope)} Markdown files to {path}."
            from mentorjournal.interop.calendar import write_calendar

            count = write_calendar(journal, scope, path, months=months)
            return f"Wrote {count} planned check-ins to {path}."

        def done(sentence: object) -> None:
            self.progress.finish()
            self.buttons.setEnabled(True)
            self.last_written = path
            self.window_.statusBar().showMessage(str(sentence), 8000)
            self.accept()

        def failed(error: BaseException) -> None:
            self.progress.finish()
            self.buttons.setEnabled(True)
            self.error_label.setText(str(error) if isinstance(error, ValueError) else self.tr(
                "The export failed; details are in the log."))

        self.window_.tasks.run(job, done, failed)
