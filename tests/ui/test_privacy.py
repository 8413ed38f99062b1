"""Privacy: no network, private files, and user text never rendered as HTML."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from mentorjournal.core import mentorships as ms
from mentorjournal.core.demo import fill_demo
from mentorjournal.core.journal import Journal
from mentorjournal.paths import DataPaths
from mentorjournal.ui.tabs import TAB_SPECS
from tests.ui.conftest import answer_next_dialog

HTML_NAME = "<b>Ada</b> & <i>Lin</i>"


def _socket_inodes() -> set[str]:
    """Inodes of this process's open sockets that are TCP or UDP (IPv4 or IPv6)."""
    mine = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            mine.add(target[8:-1])
    inet = set()
    for table in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = Path(f"/proc/self/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        inet |= {line.split()[9] for line in lines if len(line.split()) > 9}
    return mine & inet


@pytest.fixture
def demo_journal(private_locations: Path) -> None:
    journal = Journal(DataPaths(private_locations))
    journal.prepare()
    fill_demo(journal)
    first = ms.list_mentorships(journal)[0]
    ms.rename_mentorship(journal, first.id, HTML_NAME)
    journal.close()


def walk_the_app(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """What a user does in a session: every mentorship, every tab, every menu."""
    for item in ms.list_mentorships(window.journal, include_archived=True):
        window.select_mentorship(item.id)
        for index in range(len(TAB_SPECS)):
            window.show_tab(index)
            qtbot.wait(5)
    for menu in (window.file_menu, window.edit_menu, window.view_menu, window.help_menu):
        menu.popup(window.pos())
        menu.close()
    window.check_action.trigger()
    qtbot.waitUntil(lambda: "passed" in window.statusBar().currentMessage(), timeout=3000)
    window.show_about()  # QMessageBox.exec is patched by the caller: returns at once
    answer_next_dialog(lambda d: d.reject())  # File → Backups… is a real modal dialog
    window.backups_action.trigger()


def test_a_full_gui_session_opens_no_socket(demo_journal, open_window, qtbot,  # type: ignore[no-untyped-def]
                                            monkeypatch) -> None:
    attempts: list[str] = []

    def refuse(name: str):  # type: ignore[no-untyped-def]
        def _refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
            attempts.append(f"{name}{args[1:2]}")
            raise AssertionError(f"network access attempted: {name}")
        return _refuse

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    before = _socket_inodes()
    window = open_window()
    walk_the_app(window, qtbot)
    assert attempts == []
    assert _socket_inodes() - before == set()  # not even from Qt's C++ side
    assert "PySide6.QtNetwork" not in sys.modules


def private_tree(root: Path) -> list[str]:
    wrong = []
    for path in [root, *root.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        expected = 0o700 if path.is_dir() else 0o600
        if mode != expected:
            wrong.append(f"{path.relative_to(root.parent)} is {oct(mode)}")
    return wrong


def test_every_file_is_private_after_a_session(demo_journal, private_locations: Path) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.core.backup import list_backups, take_backup

    take_backup(DataPaths(private_locations), "manual")
    tmp = private_locations.parent
    (tmp / "config").mkdir(mode=0o700, exist_ok=True)  # a session left on Progress
    settings = tmp / "config" / "settings.ini"
    settings.write_text("[window]\ncurrentTab=progress\n", encoding="utf-8")
    settings.chmod(0o600)
    started = subprocess.run([sys.executable, "-m", "mentorjournal"], capture_output=True,
                             text=True, timeout=60,
                             env={**os.environ, "MENTORJOURNAL_QUIT_WHEN_READY": "1"})
    assert started.returncode == 0, started.stderr
    assert "ready at monotonic" in started.stderr  # painted, filled and idle, then quit
    assert list_backups(DataPaths(private_locations))
    assert list((private_locations / "cache" / "progress").glob("*.png"))
    assert (tmp / "logs" / "mentorjournal.log").exists()
    assert (tmp / "config" / "settings.ini").exists()
    for root in (private_locations, tmp / "logs", tmp / "config"):
        assert private_tree(root) == []


def rich_labels_showing(widget: QWidget, user_texts: list[str]) -> list[str]:
    """Labels that show user text without an explicit PlainText format."""
    return [f"{label.objectName() or type(label.parent()).__name__}: {label.text()!r}"
            for label in widget.findChildren(QLabel)
            if any(text in label.text() for text in user_texts)
            and label.textFormat() != Qt.TextFormat.PlainText]


def user_texts(journal: Journal) -> list[str]:
    reader = journal.reader()
    texts = [HTML_NAME]
    for table in ("mentorships", "sessions", "goals", "experiments", "charter_revisions"):
        columns = [r[1] for r in reader.execute(f"PRAGMA table_info({table})")
                   if r[2].upper() in ("TEXT", "VARCHAR(200)", "VARCHAR")]
        for column in columns:
            texts += [r[0] for r in reader.execute(f"SELECT {column} FROM {table}")
                      if isinstance(r[0], str) and len(r[0]) >= 6]
    return texts


def test_every_label_showing_user_text_is_plain_text(demo_journal, open_window,  # type: ignore[no-untyped-def]
                                                     qtbot) -> None:
    window = open_window()
    texts = user_texts(window.journal)
    offenders: list[str] = []
    for item in ms.list_mentorships(window.journal, include_archived=True):
        window.select_mentorship(item.id)
        for index in range(len(TAB_SPECS)):
            window.show_tab(index)
            offenders += rich_labels_showing(window, texts)
    assert offenders == []
    # The walker does find a label that would let a name become HTML:
    careless = QLabel(f"Meeting with {HTML_NAME}", window.tab_widget.currentWidget())
    assert rich_labels_showing(window, texts) == [f"QWidget: {careless.text()!r}"]


def test_errors_naming_user_text_are_plain_text(open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from mentorjournal.ui.dialogs.mentorship_dialog import NewMentorshipDialog

    window = open_window()
    ms.create_mentorship(window.journal, HTML_NAME)
    dialog = NewMentorshipDialog(window)
    qtbot.addWidget(dialog)
    try:
        ms.create_mentorship(window.journal, HTML_NAME)
    except ms.MentorshipError as exc:
        dialog.show_error(str(exc))
    assert HTML_NAME in dialog.error_label.text()
    assert dialog.error_label.textFormat() == Qt.TextFormat.PlainText
