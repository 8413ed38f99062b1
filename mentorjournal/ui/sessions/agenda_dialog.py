"""The next check-in's agenda in a dialog: copy it as text or print it to PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentorjournal.core.agenda import Agenda


def write_pdf(text: str, path: Path) -> None:
    """Plain text on A4; no HTML is ever built from the user's notes."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(120)
    writer.setTitle("Agenda")
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(writer)


class AgendaDialog(QDialog):
    def __init__(self, agenda: Agenda, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agenda for the next check-in"))
        self.resize(620, 520)
        self.text = agenda.as_text()
        self.view = QPlainTextEdit(self.text)
        self.view.setReadOnly(True)
        self.view.setAccessibleName(self.tr("Agenda"))
        self.view.setToolTip(self.tr("Built from open actions, running experiments, "
                                     "unanswered questions and the charter"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy as text"))
        self.copy_button.setAccessibleName(self.tr("Copy as text"))
        self.copy_button.setToolTip(self.tr("Copy the agenda to the clipboard"))
        self.copy_button.clicked.connect(self.copy)
        self.pdf_button = QPushButton(self.tr("Print to PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Print to PDF"))
        self.pdf_button.setToolTip(self.tr("Save the agenda as a PDF file"))
        self.pdf_button.clicked.connect(self.choose_pdf)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.text)
        self.copy_button.setText(self.tr("Copied"))

    def choose_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the agenda as PDF"), str(Path.home() / "agenda.pdf"),
            self.tr("PDF files (*.pdf)"))
        if name:
            write_pdf(self.text, Path(name))
            self.pdf_button.setText(self.tr("Saved as PDF"))
