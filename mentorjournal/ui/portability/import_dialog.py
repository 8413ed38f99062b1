"""File → Import…: pick a file and what it is, see what will be created, then import.

Reading and checking the file happens on the worker thread and ends in a preview; only
the Import button writes, in one transaction, with a cancellable progress dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from mentorjournal.core.mentorships import list_mentorships
from mentorjournal.ui.portability.progress import JobProgress

if TYPE_CHECKING:
    from mentorjournal.ui.main_window import MainWindow

KINDS = (  # labels translated by the dialog
    ("json", str(QT_TRANSLATE_NOOP("ImportDialog", "A MentorJournal archive (.json)"))),
    ("jrnl", str(QT_TRANSLATE_NOOP("ImportDialog", "A jrnl export (jrnl --format json)"))),
    ("dayone", str(QT_TRANSLATE_NOOP("ImportDialog",
                                     "A Day One export (.zip or Journal.json)"))))
PREVIEW_ROWS = 200


class ImportDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Import"))
        self.setAccessibleName(self.tr("Import"))
        self.resize(640, 520)
        self._prepared: Any = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.kind_combo = QComboBox()
        for key, label in KINDS:
            self.kind_combo.addItem(self.tr(label), key)
        self.kind_combo.setAccessibleName(self.tr("What kind of file"))
        self.kind_combo.setToolTip(self.tr("Which program wrote the file"))
        form.addRow(self.tr("What is it?"), self.kind_combo)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setAccessibleName(self.tr("File to import"))
        self.file_edit.setToolTip(self.tr("The file to bring in"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setAccessibleName(self.tr("Choose the file"))
        self.choose_button.setToolTip(self.tr("Pick the file to import"))
        self.choose_button.clicked.connect(self._choose)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        form.addRow(self.tr("Which file?"), row)
        self.mentorship_combo = QComboBox()
        self.mentorship_combo.setEditable(True)
        self.mentorship_combo.setAccessibleName(self.tr("Mentorship for the entries"))
        self.mentorship_combo.setToolTip(self.tr("The check-ins go to this mentorship; a new "
                                                 "name creates it"))
        for info in list_mentorships(window.journal, include_archived=True):
            self.mentorship_combo.addItem(info.name)
        if window.current is not None:
            self.mentorship_combo.setCurrentText(window.current.name)
        form.addRow(self.tr("Into which mentorship?"), self.mentorship_combo)

        self.summary_label = QLabel(self.tr("Choose a file to see what will be imported."))
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What will be imported"))
        layout.addWidget(self.summary_label)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Entries that will be created"))
        self.entries.setToolTip(self.tr("The check-ins the import will create"))
        layout.addWidget(self.entries, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setAccessibleName(self.tr("Import the file"))
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.file_edit.editingFinished.connect(self.load_preview)
        self.mentorship_combo.currentTextChanged.connect(lambda _t: self.load_preview())
        self._kind_changed()

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        self.mentorship_combo.setEnabled(self.kind != "json")
        self.load_preview()

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the file to import"),
                                              str(Path.home()),
                                              self.tr("Exports (*.json *.zip);;All files (*)"))
        if path:
            self.file_edit.setText(path)
            self.load_preview()

    def _show_problem(self, message: str) -> None:
        self._prepared = None
        self.import_button.setEnabled(False)
        self.entries.clear()
        self.summary_label.setText(message)

    def load_preview(self) -> None:
        """Read and check the file in the background; show what would be created."""
        text = self.file_edit.text().strip()
        if not text:
            self._show_problem(self.tr("Choose a file to see what will be imported."))
            return
        path, kind = Path(text), self.kind
        name = self.mentorship_combo.currentText()
        journal = self.window_.journal
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Reading %s…") % path.name)

        def job() -> tuple[str, Any, str, list[str]]:
            if kind == "json":
                from mentorjournal.interop.json_archive import parse_archive, preview_merge

                try:
                    raw = path.read_bytes()
                except OSError as exc:
                    raise ValueError(f"Cannot read {path.name}: {exc.strerror}.") from None
                parsed = parse_archive(raw)
                summary = preview_merge(journal.store, parsed)
                lines = [f"{table.replace('_', ' ')}: {count} new"
                         for table, count in summary.added.items()]
                lines += [f"{table.replace('_', ' ')}: {count} newer, will be updated"
                          for table, count in summary.updated.items()]
                sentence = (f"Will add {summary.total_added} and update "
                            f"{summary.total_updated} entries; {summary.unchanged} are "
                            "already up to date.")
                return kind, parsed, sentence, lines
            from mentorjournal.interop.foreign import read_foreign

            return kind, read_foreign(kind, path), "", []

        def done(result: Any) -> None:
            result_kind, prepared, sentence, lines = result
            if result_kind != self.kind or str(path) != self.file_edit.text().strip():
                return  # the user changed their mind meanwhile
            if result_kind != "json":  # planning reads the journal: on this thread, cheaply
                from mentorjournal.core.mentorships import MentorshipError
                from mentorjournal.interop.foreign import plan_import

                try:
                    prepared = plan_import(journal, prepared, name)
                except MentorshipError as exc:
                    self._show_problem(str(exc))
                    return
                sentence = prepared.sentence()
                lines = [f"{e.held_at:%Y-%m-%d %H:%M}  {(e.text.splitlines() or [''])[0][:90]}"
                         for e in prepared.new_entries[:PREVIEW_ROWS]]
            self._prepared = (result_kind, prepared)
            self.summary_label.setText(sentence)
            self.entries.clear()
            self.entries.addItems(lines)
            self.import_button.setEnabled(True)

        def failed(error: BaseException) -> None:
            self._show_problem(str(error) if isinstance(error, ValueError)
                               else self.tr("The file could not be read; details are in the "
                                            "log."))

        self.window_.tasks.run(job, done, failed)

    def run_import(self) -> None:
        if self._prepared is None:
            return
        kind, prepared = self._prepared
        journal = self.window_.journal
        self.progress = JobProgress(self, self.tr("Importing…"))
        self.import_button.setEnabled(False)

        def job() -> str:
            if kind == "json":
                from mentorjournal.interop.json_archive import merge_archive

                return merge_archive(journal.store, prepared, self.progress).sentence()
            from mentorjournal.interop.foreign import apply_import

            if not self.progress(0, 1):
                raise ValueError("The import was cancelled; nothing was changed.")
            added = apply_import(journal, prepared)
            return f"Imported {added} check-in(s) into “{prepared.mentorship_name}”."

        def done(sentence: object) -> None:
            self.progress.finish()
            self.window_.reload()
            self.window_.statusBar().showMessage(str(sentence), 8000)
            self.accept()

        def failed(error: BaseException) -> None:
            self.progress.finish()
            self._show_problem(str(error) if isinstance(error, ValueError)
                               else self.tr("The import failed and nothing was changed; "
                                            "details are in the log."))

        self.window_.tasks.run(job, done, failed)
