"""File → Export report…, Export data… and Import…: the GUI of reports and portability."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from mentorjournal.ui.main_window import MainWindow


def install_portability_actions(window: MainWindow, menu: QMenu) -> None:
    """Add the two actions to the File menu; dialogs are built only when asked for."""
    menu.addSeparator()
    report = QAction(window.tr("Export &report…"), window)
    report.setShortcut(QKeySequence.StandardKey.Print)  # a report is what the app prints
    if report.shortcut().isEmpty():
        report.setShortcut(QKeySequence("Ctrl+P"))
    report.setToolTip(window.tr("Write a PDF report of a mentorship for a chosen period"))
    report.setObjectName("exportReportAction")
    report.triggered.connect(lambda: _open_report(window))
    importing = QAction(window.tr("&Import…"), window)
    importing.setShortcut(QKeySequence("Ctrl+Shift+I"))
    importing.setToolTip(window.tr("Bring in a MentorJournal archive, or entries from jrnl "
                                   "or Day One"))
    importing.setObjectName("importAction")
    importing.triggered.connect(lambda: _open_import(window))
    data = QAction(window.tr("Export &data…"), window)
    data.setToolTip(window.tr("Save everything as a JSON archive, Markdown files, or the "
                              "planned check-ins as a calendar"))
    data.setObjectName("exportDataAction")
    data.triggered.connect(lambda: _open_export(window))
    menu.addAction(report)
    menu.addAction(data)
    menu.addAction(importing)
    window.export_report_action = report  # type: ignore[attr-defined]
    window.export_data_action = data  # type: ignore[attr-defined]
    window.import_action = importing  # type: ignore[attr-defined]


def _open_report(window: MainWindow) -> None:
    from mentorjournal.ui.portability.report_dialog import ReportDialog

    ReportDialog(window).open()


def _open_export(window: MainWindow) -> None:
    from mentorjournal.ui.portability.export_dialog import ExportDataDialog

    ExportDataDialog(window).open()


def _open_import(window: MainWindow) -> None:
    from mentorjournal.ui.portability.import_dialog import ImportDialog

    ImportDialog(window).open()
