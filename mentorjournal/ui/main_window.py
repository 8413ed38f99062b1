"""The main window: mentorship switcher, four tabs, menus and the status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from mentorjournal import APP_NAME, __version__
from mentorjournal.core import mentorships as ms
from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import MentorshipError, MentorshipInfo
from mentorjournal.core.schema import JournalError
from mentorjournal.ui.app_menus import explore_demo, install_app_menus
from mentorjournal.ui.charter.install import install_charter
from mentorjournal.ui.dialogs.mentorship_dialog import NewMentorshipDialog
from mentorjournal.ui.icons import icon
from mentorjournal.ui.mentorship_bar import MentorshipBar
from mentorjournal.ui.portability import install_portability_actions
from mentorjournal.ui.reliability import install_reliability_actions
from mentorjournal.ui.settings import app_settings
from mentorjournal.ui.tabs import TAB_SPECS
from mentorjournal.ui.tabs.base import JournalTab
from mentorjournal.ui.tasks import TaskRunner
from mentorjournal.ui.welcome import welcome_page
from mentorjournal.ui.widgets.look import RoomyTabBar
from mentorjournal.ui.widgets.tables import place_in_holder

log = logging.getLogger(__name__)


class _MentorshipEdit(QUndoCommand):
    """An undoable change to a mentorship (rename, role, archive)."""

    def __init__(self, window: MainWindow, text: str, mentorship_id: str,
                 do: dict[str, str], undo: dict[str, str]) -> None:
        super().__init__(text)
        self._window = window
        self._id = mentorship_id
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._window.apply_change(self._id, self._do)

    def undo(self) -> None:
        self._window.apply_change(self._id, self._undo)


class MainWindow(QMainWindow):
    mentorship_changed = Signal(object)  # MentorshipInfo | None
    mentorship_created = Signal(object)  # MentorshipInfo, right after "Start a mentorship"

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.journal = journal
        self.settings = app_settings()
        self.tasks = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.current: MentorshipInfo | None = None
        self._is_demo = ms.is_demo_journal(journal)
        self._tabs_built: dict[int, JournalTab] = {}
        self.painted = False  # set by the first paint of the window (start-up readiness)
        self.setWindowIcon(icon("mentorjournal"))
        self.setObjectName("mainWindow")
        self.setAccessibleName(APP_NAME)

        self.bar = MentorshipBar(self)
        self.addToolBar(self.bar)
        self.bar.mentorship_picked.connect(self.select_mentorship)
        self.bar.new_action.triggered.connect(self.new_mentorship)
        self.bar.rename_action.triggered.connect(self.rename_current)
        self.bar.archive_action.triggered.connect(self.archive_current)
        self.bar.unarchive_action.triggered.connect(self.unarchive_current)
        self.bar.show_archived_action.toggled.connect(lambda _on: self.reload())
        self.bar.role_group.triggered.connect(lambda a: self.set_role(str(a.data())))

        self.tab_widget = QTabWidget()
        self.tab_widget.setTabBar(RoomyTabBar())
        self.tab_widget.setObjectName("mainTabs")
        self.tab_widget.setAccessibleName(self.tr("Sections"))
        self.tab_widget.setDocumentMode(True)
        for spec in TAB_SPECS:
            holder = QWidget()
            holder.setObjectName(f"{spec.key}TabHolder")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tab_widget.addTab(holder, icon(spec.icon), self.tr(spec.title))
        remembered = str(self.settings.value("window/currentTab", "") or "")
        keys = [spec.key for spec in TAB_SPECS]
        if remembered in keys:  # reopen on the tab the user left; it is built at _show
            self.tab_widget.setCurrentIndex(keys.index(remembered))
        self.tab_widget.currentChanged.connect(self._ensure_tab)
        self.tab_widget.currentChanged.connect(lambda i: self.settings.setValue(
            "window/currentTab", keys[i]) if i >= 0 else None)
        self.welcome = welcome_page(str(journal.path), self._start_first_mentorship,
                                    self._explore_demo)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tab_widget)
        self.setCentralWidget(self.stack)
        self._build_menus()
        self.preferences_action: QAction | None = None
        self.shortcuts_action: QAction | None = None
        install_app_menus(self)
        from mentorjournal.ui.sessions import window_actions

        window_actions.install(self)
        self.statusBar().setObjectName("statusBar")
        self.review_status = install_charter(self)
        self.resize(1100, 720)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._update_title()

    # ----- menus -------------------------------------------------------------------
    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        file_menu = menu_bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.bar.new_action)
        install_portability_actions(self, file_menu)  # Export report…, Export data…, Import…
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut("Ctrl+Q")
        self.quit_action.setToolTip(self.tr("Save everything and quit"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.bar.rename_action)
        edit_menu.addMenu(self.bar.role_menu)
        edit_menu.addAction(self.bar.archive_action)
        edit_menu.addAction(self.bar.unarchive_action)
        self.edit_menu = edit_menu

        view_menu = menu_bar.addMenu(self.tr("&View"))
        self.tab_actions: list[QAction] = []
        for index, spec in enumerate(TAB_SPECS):
            action = QAction(self.tr(spec.title), self)
            action.setShortcut(f"Ctrl+{index + 1}")
            action.setToolTip(self.tr("Show the %s tab") % self.tr(spec.title))
            action.triggered.connect(lambda _=False, i=index: self.show_tab(i))
            view_menu.addAction(action)
            self.tab_actions.append(action)
        view_menu.addSeparator()
        view_menu.addAction(self.bar.show_archived_action)
        self.view_menu = view_menu

        help_menu = menu_bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About MentorJournal"), self)
        about.setToolTip(self.tr("Version and where your journal lives"))
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.help_menu = help_menu
        install_reliability_actions(self)  # File → Backups…, Help → Check journal

    # ----- loading -----------------------------------------------------------------
    def reload(self, select_id: str | None = None) -> None:
        """Refill the switcher from the journal and show the chosen mentorship."""
        include_archived = self.bar.show_archived_action.isChecked()
        items = ms.list_mentorships(self.journal, include_archived=include_archived)
        wanted = select_id or (self.current.id if self.current else None) \
            or str(self.settings.value("journal/currentMentorship", "") or "") or None
        if wanted and not any(i.id == wanted for i in items):
            wanted = None
        if wanted is None and items:
            wanted = items[0].id
        self.bar.set_mentorships(items, wanted)
        current = next((i for i in items if i.id == wanted), None)
        self._show(current)

    def _show(self, info: MentorshipInfo | None) -> None:
        if self.current is not None and (info is None or info.id != self.current.id):
            for tab in self._tabs_built.values():
                tab.flush()
        self.current = info
        self.bar.update_actions(info)
        self.stack.setCurrentWidget(self.tab_widget if info else self.welcome)
        for tab in self._tabs_built.values():
            tab.set_mentorship(info)
        if info is not None:
            self.settings.setValue("journal/currentMentorship", info.id)
            self._ensure_tab(self.tab_widget.currentIndex())  # a new tab is filled once
        self._update_title()
        self.mentorship_changed.emit(info)

    def _ensure_tab(self, index: int) -> None:
        if index < 0 or self.current is None:
            return
        tab = self._tabs_built.get(index)
        if tab is None:
            spec = TAB_SPECS[index]
            tab = spec.factory()(self.journal, self.tasks)
            tab.setObjectName(f"{spec.key}Tab")
            tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            tab.open_session_requested.connect(self.open_session)
            place_in_holder(self.tab_widget.widget(index), tab)
            self._tabs_built[index] = tab
            tab.set_mentorship(self.current)

    def is_filled(self) -> bool:
        """Painted at least once, and the tab in sight shows its data."""
        if not self.painted:
            return False
        if self.current is None:
            return True  # the welcome page has nothing to load
        tab = self._tabs_built.get(self.tab_widget.currentIndex())
        return tab is not None and tab.is_filled()

    def paintEvent(self, event: QPaintEvent) -> None:
        self.painted = True
        super().paintEvent(event)

    def tab(self, key: str) -> JournalTab:
        """The tab called `key`, built if needed (for menus and tests)."""
        index = next(i for i, spec in enumerate(TAB_SPECS) if spec.key == key)
        self._ensure_tab(index)
        return self._tabs_built[index]

    def open_session(self, session_id: str) -> None:
        """Switch to the Sessions tab and show one check-in there."""
        index = next(i for i, spec in enumerate(TAB_SPECS) if spec.key == "sessions")
        self.show_tab(index)
        self.tab("sessions").open_session(session_id)

    def show_tab(self, index: int) -> None:
        if self.current is not None:
            self.tab_widget.setCurrentIndex(index)

    def _update_title(self) -> None:
        name = self.current.name if self.current else None
        title = f"{APP_NAME} — {name}" if name else APP_NAME
        if self._is_demo:
            title += self.tr(" (demo journal)")
        self.setWindowTitle(title)

    # ----- mentorship actions ---------------------------------------------------------
    def select_mentorship(self, mentorship_id: str) -> None:
        info = ms.get_mentorship(self.journal, mentorship_id)
        self._show(info)

    def _explore_demo(self) -> None:
        explore_demo(self)

    def _start_first_mentorship(self) -> None:
        self.new_mentorship()

    def new_mentorship(self) -> MentorshipInfo | None:
        dialog = NewMentorshipDialog(self)
        while dialog.exec():
            name, counterpart, role, started = dialog.values()
            try:
                info = ms.create_mentorship(self.journal, name, counterpart=counterpart or None,
                                            my_role=role, started_on=started)
            except (MentorshipError, JournalError) as exc:
                dialog.show_error(str(exc))
                continue
            self.reload(select_id=info.id)
            self.statusBar().showMessage(self.tr("Started the mentorship with %s.") % info.name,
                                         5000)
            self.mentorship_created.emit(info)
            return info
        return None

    def rename_current(self) -> None:
        if self.current is None:
            return
        new_name, ok = QInputDialog.getText(
            self, self.tr("Rename mentorship"), self.tr("New name:"),
            QLineEdit.EchoMode.Normal, self.current.name)
        if ok:
            self.rename(new_name)

    def rename(self, new_name: str) -> bool:
        """Rename the current mentorship (undoable); errors go to the status bar."""
        if self.current is None:
            return False
        try:
            cleaned = ms._clean_name(new_name)
            clash = ms.find_by_name(self.journal, cleaned)
            if clash is not None and clash.id != self.current.id:
                raise MentorshipError(f"There is already a mentorship called “{cleaned}”.")
        except MentorshipError as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return False
        if cleaned == self.current.name:
            return True
        self.undo_stack.push(_MentorshipEdit(
            self, self.tr("Rename to %s") % cleaned, self.current.id,
            {"name": cleaned}, {"name": self.current.name}))
        return True

    def set_role(self, role: str) -> None:
        if self.current is None or role == self.current.my_role:
            return
        self.undo_stack.push(_MentorshipEdit(
            self, self.tr("Change my role"), self.current.id,
            {"my_role": role}, {"my_role": self.current.my_role}))

    def archive_current(self) -> None:
        if self.current is None:
            return
        name = self.current.name
        self.undo_stack.push(_MentorshipEdit(
            self, self.tr("Archive %s") % name, self.current.id,
            {"status": "archived"}, {"status": "active"}))
        self.statusBar().showMessage(
            self.tr("Archived %s; nothing was deleted. Undo with Ctrl+Z, or find it under "
                    "View → Show archived mentorships.") % name, 8000)

    def unarchive_current(self) -> None:
        if self.current is None:
            return
        self.undo_stack.push(_MentorshipEdit(
            self, self.tr("Restore %s") % self.current.name, self.current.id,
            {"status": "active"}, {"status": "archived"}))

    def apply_change(self, mentorship_id: str, change: dict[str, str]) -> None:
        """Write one mentorship change and refresh; used by the undo commands."""
        try:
            if "name" in change:
                ms.rename_mentorship(self.journal, mentorship_id, change["name"])
            if "my_role" in change:
                ms.set_my_role(self.journal, mentorship_id, change["my_role"])
            if change.get("status") == "archived":
                ms.archive_mentorship(self.journal, mentorship_id)
            elif change.get("status") == "active":
                ms.unarchive_mentorship(self.journal, mentorship_id)
        except (MentorshipError, JournalError) as exc:
            self.statusBar().showMessage(str(exc), 8000)
            return
        keep = mentorship_id if change.get("status") != "archived" else None
        if keep is None and self.current and self.current.id == mentorship_id:
            self.current = None
        self.reload(select_id=keep)

    # ----- help ---------------------------------------------------------------------
    def show_about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About MentorJournal"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIconPixmap(icon("mentorjournal").pixmap(64, 64))
        box.setText(f"{APP_NAME} {__version__}")
        box.setInformativeText(
            self.tr("A private journal for running a mentorship on purpose.\n\n"
                    "Your journal: %s\nIt stays on this computer; the app never goes online.")
            % self.journal.path)
        box.exec()

    # ----- closing ------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        for tab in self._tabs_built.values():
            tab.flush()
        self.tasks.wait()
        for tab in self._tabs_built.values():
            tab.shutdown()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.sync()
        event.accept()
