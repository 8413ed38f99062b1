"""A screen-reader user can reach and understand every control.

The walk opens the main window on the demo journal, shows every tab and every sub-page,
opens the main dialogs, and checks every interactive widget (shown or hidden) with the
rule in `tests/ui/a11y_walk.py`: each has a name a person chose (accessibleName, a
buddy label, or its own visible text) and a tooltip, description or label. A failure
lists each offending widget with its object path so it can be found and fixed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from mentorjournal.core import mentorships as ms
from mentorjournal.ui.main_window import MainWindow
from mentorjournal.ui.tabs import TAB_SPECS
from tests.ui.a11y_walk import controls, problems
from tests.ui.conftest import demo_window


def _demo_window(open_window, private_locations: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return demo_window(open_window, private_locations)


def _show_everything(window: MainWindow) -> None:
    """Build and show every tab and sub-page, so lazily built widgets exist."""
    for index, _spec in enumerate(TAB_SPECS):
        window.show_tab(index)
        QApplication.processEvents()
    sessions = window.tab("sessions")
    rows = sessions.model.rowCount()  # type: ignore[attr-defined]
    assert rows > 0, "the demo journal has check-ins"
    window.show_tab(1)
    sessions.view.selectRow(0)  # type: ignore[attr-defined]
    QApplication.processEvents()
    experiments = window.tab("experiments")
    for page in range(experiments.pages.count()):  # type: ignore[attr-defined]
        experiments.pages.setCurrentIndex(page)  # type: ignore[attr-defined]
        QApplication.processEvents()


def _dialogs(window: MainWindow) -> list[QDialog]:
    """The main dialogs, built as their menu actions build them, but not run."""
    from mentorjournal.ui.dialogs.backups_dialog import BackupsDialog
    from mentorjournal.ui.dialogs.mentorship_dialog import NewMentorshipDialog
    from mentorjournal.ui.dialogs.passphrase_dialog import ProtectDialog
    from mentorjournal.ui.dialogs.preferences import PreferencesDialog
    from mentorjournal.ui.dialogs.shortcuts import ShortcutsDialog
    from mentorjournal.ui.portability.export_dialog import ExportDataDialog
    from mentorjournal.ui.portability.import_dialog import ImportDialog
    from mentorjournal.ui.portability.report_dialog import ReportDialog

    sessions = window.tab("sessions")
    charter = window.tab("charter")
    built: list[QDialog] = [
        NewMentorshipDialog(window),
        PreferencesDialog(window.settings, window),
        ReportDialog(window),
        ExportDataDialog(window),
        ImportDialog(window),
        BackupsDialog(window.journal.paths, lambda _info: "", window),
        ProtectDialog(False, lambda _old, _new: "", window),
        ShortcutsDialog(window, window.menuBar()),
        sessions.search_dialog(),  # type: ignore[attr-defined]
    ]
    for opener in (sessions.show_agenda, sessions.show_overview,  # type: ignore[attr-defined]
                   charter.compare_selected, charter.start_wizard):  # type: ignore[attr-defined]
        dialog = opener()
        assert dialog is not None, f"{opener.__name__} opened nothing on the demo journal"
        built.append(dialog)
    return built


def test_every_control_has_a_name_and_an_explanation(open_window, private_locations,  # type: ignore[no-untyped-def]
                                                     qtbot) -> None:
    window = _demo_window(open_window, private_locations)
    assert ms.list_mentorships(window.journal)
    _show_everything(window)
    found = problems(window)
    walked = {type(w).__name__ for w in controls(window)}
    assert len(controls(window)) > 150, "the walk reaches the controls of every tab"
    for dialog in _dialogs(window):
        dialog.show()
        QApplication.processEvents()
        walked |= {type(w).__name__ for w in controls(dialog)}
        found += [f"{type(dialog).__name__}: {line}" for line in problems(dialog)]
        dialog.close()
    assert not found, "\n".join(found)
    assert {"QPushButton", "QToolButton", "QLineEdit", "QPlainTextEdit", "QComboBox",
            "QDateEdit", "QSpinBox", "QCheckBox", "QTableView", "QListView", "QTabBar"} \
        <= walked


def test_the_walk_catches_a_nameless_control(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    edit = QLineEdit()
    QVBoxLayout(holder).addWidget(edit)
    assert len(problems(holder)) == 1
    edit.setAccessibleName("Reason")
    assert problems(holder) == [problems(holder)[0]] and "tooltip" in problems(holder)[0]
    edit.setToolTip("Why this changed")
    assert problems(holder) == []
