"""Autosave writes off the GUI thread, after a pause, and keeps edits that failed."""

from __future__ import annotations

import threading

from mentorjournal.ui.autosave import Autosaver
from mentorjournal.ui.tasks import TaskRunner


def test_saves_once_after_the_last_change_off_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    text = {"value": ""}
    writes: list[tuple[str, bool]] = []
    saver = Autosaver(tasks, lambda: text["value"],
                      lambda v: writes.append((v, threading.current_thread() is
                                               threading.main_thread())), delay_ms=50)
    for ch in "hello":
        text["value"] += ch
        saver.changed()
    assert writes == [] and saver.pending
    with qtbot.waitSignal(saver.saved, timeout=2000):
        pass
    assert writes == [("hello", False)]
    assert not saver.pending
    tasks.shutdown()


def test_flush_with_wait_puts_it_on_disk_now(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    writes: list[str] = []
    saver = Autosaver(tasks, lambda: "typed just now", writes.append, delay_ms=60_000)
    saver.changed()
    saver.flush(wait=True)
    assert writes == ["typed just now"]
    tasks.shutdown()


def test_a_failed_write_is_kept_and_retried(qtbot) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskRunner()
    attempts: list[str] = []

    def write(value: str) -> None:
        attempts.append(value)
        if len(attempts) == 1:
            raise OSError("The disk is full, so the last change could not be saved.")

    saver = Autosaver(tasks, lambda: "precious", write, delay_ms=10)
    with qtbot.waitSignal(saver.failed, timeout=2000) as blocker:
        saver.changed()
    assert "disk is full" in blocker.args[0]
    assert saver.pending
    with qtbot.waitSignal(saver.saved, timeout=2000):
        saver.flush()
    assert attempts == ["precious", "precious"]
    tasks.shutdown()
