"""Window-level commands of the Sessions tab: File → New check-in and Ctrl+K search."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from mentorjournal.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the actions to the window's menus; their shortcuts work from any tab."""
    new = QAction(window.tr("New &check-in"), window)
    new.setObjectName("newCheckInAction")
    new.setShortcut("Ctrl+N")
    new.setToolTip(window.tr("Write a check-in for the current mentorship"))
    new.triggered.connect(lambda: _new_checkin(window))
    existing = window.file_menu.actions()
    if existing:
        window.file_menu.insertAction(existing[0], new)
    else:
        window.file_menu.addAction(new)

    search = QAction(window.tr("&Search the journal…"), window)
    search.setObjectName("searchJournalAction")
    search.setShortcut("Ctrl+K")
    search.setToolTip(window.tr("Search check-ins, actions, people and charters"))
    search.triggered.connect(lambda: _search(window))
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(search)
    window.new_checkin_action = new  # type: ignore[attr-defined]
    window.search_action = search  # type: ignore[attr-defined]


def _sessions_tab(window: MainWindow):
    if window.current is None:
        window.statusBar().showMessage(window.tr("Start a mentorship first."), 5000)
        return None
    from mentorjournal.ui.tabs import TAB_SPECS

    window.show_tab(next(i for i, s in enumerate(TAB_SPECS) if s.key == "sessions"))
    return window.tab("sessions")


def _new_checkin(window: MainWindow) -> None:
    tab = _sessions_tab(window)
    if tab is not None:
        tab.new_checkin()


def _search(window: QMainWindow) -> None:
    from mentorjournal.ui.main_window import MainWindow

    if isinstance(window, MainWindow) and window.current is not None:
        window.tab("sessions").open_search()  # type: ignore[attr-defined]
