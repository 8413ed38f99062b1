"""File → Export report…: choose mentorship, period and sections, see a preview, export.

The preview is the report's own document (same HTML, same escaping), rebuilt shortly
after each change. The PDF is written on the journal's worker thread with a cancellable
progress dialog; the file can be opened afterwards.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QTextEdit,
    QVBoxLayout,
)

from mentorjournal.core import clock
from mentorjournal.core.mentorships import list_mentorships
from mentorjournal.interop.markdown_export import slug
from mentorjournal.reports import sections
from mentorjournal.reports.options import ReportError, ReportOptions
from mentorjournal.ui.date_prefs import dated
from mentorjournal.ui.portability.progress import JobProgress
from mentorjournal.ui.widgets.inline_error import inline_error_label

if TYPE_CHECKING:
    from mentorjournal.ui.main_window import MainWindow


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Export report"))
        self.setAccessibleName(self.tr("Export report"))
        self.resize(980, 640)
        self.last_written: Path | None = None
        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        outer.addLayout(left, 0)
        form = QFormLayout()
        left.addLayout(form)

        self.mentorship_combo = QComboBox()
        self.mentorship_combo.setAccessibleName(self.tr("Mentorship"))
        self.mentorship_combo.setToolTip(self.tr("Which mentorship the report is about"))
        self.mentorship_combo.addItem(self.tr("All mentorships"), None)
        for info in list_mentorships(window.journal, include_archived=True):
            self.mentorship_combo.addItem(info.name, info.id)
            if window.current is not None and info.id == window.current.id:
                self.mentorship_combo.setCurrentIndex(self.mentorship_combo.count() - 1)
        form.addRow(self.tr("Which mentorship?"), self.mentorship_combo)

        today = clock.today()
        self.start_edit = dated(QDateEdit(_qdate(today.replace(year=today.year - 1))))
        self.end_edit = dated(QDateEdit(_qdate(today)))
        for edit, name in ((self.start_edit, self.tr("From")), (self.end_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(name)
            edit.setToolTip(self.tr("%s this date (inclusive)") % name)
        form.addRow(self.tr("From"), self.start_edit)
        form.addRow(self.tr("To"), self.end_edit)

        box = QGroupBox(self.tr("Sections"))
        grid = QGridLayout(box)
        self.section_boxes: dict[str, QCheckBox] = {}
        for index, key in enumerate(sections.available_keys()):
            check = QCheckBox(self.tr(sections.get(key).title))
            check.setChecked(True)
            check.setAccessibleName(self.tr("Include the %s section") % sections.get(key).title)
            check.setToolTip(self.tr("Print this section in the report"))
            self.section_boxes[key] = check
            grid.addWidget(check, index // 2, index % 2)
        left.addWidget(box)

        self.private_check = QCheckBox(self.tr("Include private entries"))
        self.private_check.setAccessibleName(self.tr("Include private entries"))
        self.private_check.setToolTip(self.tr("Private check-ins and the charter's "
                                              "confidential notes are left out unless ticked"))
        self.open_check = QCheckBox(self.tr("Open the PDF when it is written"))
        self.open_check.setAccessibleName(self.tr("Open the PDF afterwards"))
        self.open_check.setToolTip(self.tr("Show the report in your PDF viewer when done"))
        left.addWidget(self.private_check)
        left.addWidget(self.open_check)
        self.error_label = inline_error_label(hidden=False)
        left.addWidget(self.error_label)
        left.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Export PDF…"))
        save.setAccessibleName(self.tr("Export the PDF"))
        self.buttons.accepted.connect(self.choose_file_and_export)
        self.buttons.rejected.connect(self.reject)
        left.addWidget(self.buttons)

        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Report preview"))
        self.preview.setToolTip(self.tr("What the report will contain"))
        self.preview.setMinimumWidth(520)
        outer.addWidget(self.preview, 1)

        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.refresh_preview)
        for check in (*self.section_boxes.values(), self.private_check):
            check.toggled.connect(self._timer.start)
        self.mentorship_combo.currentIndexChanged.connect(self._timer.start)
        self.start_edit.dateChanged.connect(self._timer.start)
        self.end_edit.dateChanged.connect(self._timer.start)
        self.refresh_preview()

    def options(self) -> ReportOptions:
        chosen = tuple(k for k, box in self.section_boxes.items() if box.isChecked())
        if not chosen:
            raise ReportError("Tick at least one section for the report.")
        return ReportOptions(mentorship_id=self.mentorship_combo.currentData(),
                             start=self.start_edit.date().toPython(),  # type: ignore[arg-type]
                             end=self.end_edit.date().toPython(),  # type: ignore[arg-type]
                             sections=chosen, include_private=self.private_check.isChecked())

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)

    def refresh_preview(self) -> None:
        from mentorjournal.reports.document import build_html
        from mentorjournal.reports.pdf import make_document

        try:
            report = build_html(self.window_.journal.reader(), self.options(), clock.now())
        except ReportError as exc:
            self._fail(str(exc))
            return
        self.error_label.clear()
        doc = make_document(report.html, drawings=report.drawings)
        doc.setParent(self.preview)
        self.preview.setDocument(doc)

    def choose_file_and_export(self) -> None:
        name = self.mentorship_combo.currentText()
        suggested = str(Path.home() / f"mentorship-report-{slug(name)}.pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.export_to(Path(path if path.lower().endswith(".pdf") else path + ".pdf"))

    def export_to(self, path: Path) -> None:
        """Write the PDF on the worker thread, with progress and Cancel."""
        from mentorjournal.reports.pdf import write_pdf

        try:
            options = self.options()
        except ReportError as exc:
            self._fail(str(exc))
            return
        self.progress = JobProgress(self, self.tr("Writing the report…"))
        journal = self.window_.journal
        self.buttons.setEnabled(False)

        def done(pages: object) -> None:
            self.progress.finish()
            self.buttons.setEnabled(True)
            self.last_written = path
            self.window_.statusBar().showMessage(
                self.tr("Wrote a %s-page report to %s.") % (pages, path), 8000)
            if self.open_check.isChecked():
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        def failed(error: BaseException) -> None:
            self.progress.finish()
            self.buttons.setEnabled(True)
            self._fail(str(error) if isinstance(error, ValueError | OSError)
                       else self.tr("The report could not be written; details are in the log."))

        self.window_.tasks.run(lambda: write_pdf(journal, options, path, self.progress),
                               done, failed)
