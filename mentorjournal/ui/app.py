"""Starting the GUI: one instance per journal, errors in one clear dialog.

Order matters for start-up time: Qt first, then the journal through plain sqlite3 (with
its quick check), the window shown and filled, and only then the ORM warmed up and the
automatic backup taken on the worker thread. A damaged journal gets one dialog offering
the newest good backup (`ui/recovery.py`); closing takes the second automatic backup.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from mentorjournal import APP_NAME, __version__
from mentorjournal.core.schema import JournalCorruptError, JournalError, JournalLockedError
from mentorjournal.paths import DataDirError, DataPaths, ensure_private_dir

if TYPE_CHECKING:
    from mentorjournal.core.journal import Journal

log = logging.getLogger(__name__)
QUIT_WHEN_READY_ENV = "MENTORJOURNAL_QUIT_WHEN_READY"
# How often start-up looks again whether the window is filled: finely when a benchmark
# times it, coarsely otherwise (each look takes Python's lock from the chart worker).
READY_POLL_MS = 25
READY_POLL_TIMED_MS = 2


def acquire_lock(paths: DataPaths) -> QLockFile:
    """Hold the journal's lock for this process, or explain who holds it."""
    ensure_private_dir(paths.data_dir)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    if lock.tryLock(200):
        return lock
    info = lock.getLockInfo()  # PySide6 returns (pid, hostname, appname), or False
    pid = info[0] if isinstance(info, tuple) and info else None
    where = f" (process {pid})" if pid else ""
    raise JournalLockedError(
        f"This journal is already open in another MentorJournal window{where}; "
        "switch to that window, or close it first.")


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("io.github.mentorjournal.MentorJournal")
    return app


def install_translations(app: QApplication, locale: QLocale | None = None,
                         folder: Path | None = None) -> list[QTranslator]:
    """Load Qt's own and MentorJournal's `.qm` for the system locale when they exist
    (`resources/translations/mentorjournal_<locale>.qm`); English is the source text, so
    a missing file simply leaves the app in English."""
    from mentorjournal.resources import resource_path

    locale = locale or QLocale.system()
    wanted = (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
              ("mentorjournal", str(folder or resource_path("translations"))))
    installed = []
    for name, directory in wanted:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def open_main_window(data_dir: str | Path | None,
                     early_check: Future[list[str]] | None = None):
    """Lock, open and show; returns (window, lock). Raises JournalError/DataDirError.
    `early_check` is the quick check `cli` started while Qt was loading."""
    from mentorjournal.core.journal import Journal
    from mentorjournal.ui.main_window import MainWindow

    paths = DataPaths.resolve(data_dir)
    lock = acquire_lock(paths)
    try:
        journal = Journal(paths)
        journal.early_check = early_check
        try:
            prepare_unlocked(journal)
        except JournalCorruptError as exc:
            from mentorjournal.ui.recovery import offer_restore

            if not offer_restore(exc, paths):
                raise
            journal.prepare()
    except Exception:
        lock.unlock()
        raise
    window = MainWindow(journal)
    window.reload()
    window.show()
    return window, lock


def prepare_unlocked(journal: Journal) -> None:
    """Prepare the journal, asking for its passphrase first when it is protected."""
    from mentorjournal.core import crypto

    try:
        journal.prepare()
        return
    except crypto.PassphraseError:
        if os.environ.get(QUIT_WHEN_READY_ENV):
            raise
    from mentorjournal.ui.dialogs.passphrase_dialog import UnlockDialog

    def _try(passphrase: str) -> None:
        crypto.verify_passphrase(journal.path, passphrase)
        crypto.unlock(journal.paths.data_dir, passphrase)

    if not UnlockDialog(journal.path.name, _try).exec():
        raise crypto.PassphraseError("The journal is protected and no passphrase was given; "
                                     "nothing was opened.")
    journal.prepare()


def run_app(data_dir: str | Path | None = None,
            early_check: Future[list[str]] | None = None) -> int:
    started = time.perf_counter()
    app = ensure_application()
    from mentorjournal.ui import options
    from mentorjournal.ui.settings import app_settings
    from mentorjournal.ui.style import apply_style

    install_translations(app)
    apply_style(app, options.get(app_settings(), options.THEME))
    try:
        window, lock = open_main_window(data_dir, early_check)
    except JournalCorruptError as exc:  # the recovery dialog has already explained it
        print(f"mentorjournal: {exc}", file=sys.stderr)
        return 1
    except (JournalError, DataDirError) as exc:
        log.warning("cannot open journal: %s", exc)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, str(exc))
        box.setInformativeText("Nothing was changed.")
        if not os.environ.get(QUIT_WHEN_READY_ENV):
            box.exec()
        print(f"mentorjournal: {exc}", file=sys.stderr)
        return 1

    from mentorjournal.ui.reliability import backup_quietly

    paths = window.journal.paths

    def _ready() -> None:
        # Ready means painted, filled with the current mentorship and back to an idle
        # event loop (this timer runs only once the queue is empty); a tab that fills
        # itself later (Progress) makes this look again a moment later.
        if not window.is_filled():
            timed = bool(os.environ.get(QUIT_WHEN_READY_ENV))
            QTimer.singleShot(READY_POLL_TIMED_MS if timed else READY_POLL_MS, _ready)
            return
        elapsed = time.perf_counter() - started
        log.info("window ready %.0f ms after the app started", elapsed * 1000)
        if os.environ.get(QUIT_WHEN_READY_ENV):
            # For the benchmark: a system-wide monotonic stamp, so the launcher can
            # count from the moment it started the process.
            print(f"mentorjournal: ready at monotonic {time.monotonic():.6f}",
                  file=sys.stderr)
            window.close()
            app.quit()
            return
        # The ORM is warmed up only after the first paint, off the GUI thread.
        window.tasks.run(lambda: window.journal.store)
        window.tasks.run(lambda: backup_quietly(paths))

    QTimer.singleShot(0, _ready)
    code = app.exec()
    window.tasks.shutdown()
    window.journal.close()
    backup_quietly(paths)  # after the last write, before another instance may start
    lock.unlock()
    return code
