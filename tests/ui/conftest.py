from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from mentorjournal.ui.main_window import MainWindow


def write_demo(data_dir: Path, **options: object) -> None:
    """Fill the journal in `data_dir` with the demo data, then close it (before a test
    opens the app on it). `options` go to `fill_demo` (e.g. `today`)."""
    from mentorjournal.core.demo import fill_demo
    from mentorjournal.core.journal import Journal
    from mentorjournal.paths import DataPaths

    journal = Journal(DataPaths(data_dir))
    journal.prepare()
    fill_demo(journal, **options)  # type: ignore[arg-type]
    journal.close()


def demo_window(open_window: Callable[[], MainWindow], data_dir: Path) -> MainWindow:
    """The app open on the demo journal, at a size where every tab lays out fully."""
    write_demo(data_dir)
    window = open_window()
    window.resize(1200, 800)
    return window


@pytest.fixture
def open_window(qtbot, private_locations: Path) -> Iterator[Callable[[], MainWindow]]:  # type: ignore[no-untyped-def]
    """Open the app on the test's journal, as `mentorjournal` would; closes on teardown."""
    from mentorjournal.ui.app import open_main_window

    opened: list[tuple[MainWindow, object]] = []

    def _open() -> MainWindow:
        window, lock = open_main_window(None)
        qtbot.addWidget(window)
        opened.append((window, lock))
        return window

    yield _open
    for window, lock in opened:
        window.close()
        window.tasks.shutdown()
        window.journal.close()
        lock.unlock()  # type: ignore[attr-defined]


def close_app(window: MainWindow) -> None:
    """Close as the user would, releasing the journal for a 'restart'."""
    window.close()
    window.tasks.shutdown()
    window.journal.close()


def answer_next_dialog(fill: Callable[[QDialog], None]) -> None:
    """Fill the next modal dialog once it is open (dialogs block in exec())."""

    def _poke() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, _poke)
            return
        fill(dialog)  # type: ignore[arg-type]

    QTimer.singleShot(0, _poke)


@pytest.fixture
def restartable(qtbot):  # type: ignore[no-untyped-def]
    """Open the app and close it fully (lock released), as a restart needs."""
    from mentorjournal.ui.app import open_main_window

    opened: list = []

    def _open():  # type: ignore[no-untyped-def]
        window, lock = open_main_window(None)
        qtbot.addWidget(window)
        opened.append((window, lock))
        return window

    def _close(window) -> None:  # type: ignore[no-untyped-def]
        for w, lock in opened:
            if w is window:
                close_app(w)
                lock.unlock()

    yield _open, _close
    for window, lock in opened:
        if window.journal.store_ready or window.isVisible():
            close_app(window)
        lock.unlock()
