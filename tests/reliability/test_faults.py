"""Faults: a full disk, a read-only journal and bad bytes give one sentence, lose nothing.

Tests run as root here, so a read-only folder cannot be made for real; SQLite is made to
refuse writes instead (`PRAGMA query_only`, `PRAGMA max_page_count`), which raises the
very errors a read-only or full disk does.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import event

from mentorjournal.core.journal import Journal
from mentorjournal.core.mentorships import create_mentorship, list_mentorships
from mentorjournal.core.models import CheckIn
from mentorjournal.core.schema import JournalError
from mentorjournal.core.text import repair_text
from mentorjournal.paths import DataPaths
from mentorjournal.ui.autosave import Autosaver
from mentorjournal.ui.tasks import TaskRunner


def limit_connections(journal: Journal, pragma: str) -> Callable[[], None]:
    """Apply `pragma` to every store connection; returns a function lifting it."""
    engine = journal.store.engine
    engine.dispose()

    def _apply(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(pragma)

    event.listen(engine, "connect", _apply)

    def _lift() -> None:
        event.remove(engine, "connect", _apply)
        engine.dispose()

    return _lift


def page_count(journal: Journal) -> int:
    return int(journal.reader().execute("PRAGMA page_count").fetchone()[0])


def save_check_in(journal: Journal, mentorship_id: str) -> Callable[[str], None]:
    def _write(text: str) -> None:
        with journal.store.session() as s:
            s.add(CheckIn(mentorship_id=mentorship_id, held_at=datetime(2026, 11, 25, 9),
                          what_happened=text))
    return _write


def stored_texts(journal: Journal) -> list[str]:
    return [r[0] for r in journal.reader().execute("SELECT what_happened FROM sessions")]


@pytest.mark.parametrize(("pragma", "sentence"), [
    ("PRAGMA max_page_count={pages}", "The disk is full, so the last change could not be "
                                      "saved; free some space."),
    ("PRAGMA query_only=ON", "The journal's folder is read-only, so the last change could "
                             "not be saved."),
])
def test_full_or_read_only_disk_gives_one_sentence_and_the_edit_survives(
        journal: Journal, qtbot, pragma: str, sentence: str) -> None:  # type: ignore[no-untyped-def]
    mentorship = create_mentorship(journal, "Priya")
    lift = limit_connections(journal, pragma.format(pages=page_count(journal)))
    typed = "What we discussed about the launch. " * 300  # needs new pages
    tasks = TaskRunner()
    saver = Autosaver(tasks, lambda: typed, save_check_in(journal, mentorship.id),
                      delay_ms=10)
    with qtbot.waitSignal(saver.failed, timeout=3000) as failure:
        saver.changed()
    assert failure.args == [sentence]
    assert saver.pending  # the edit is kept for the retry
    assert stored_texts(journal) == []
    lift()  # space freed / folder writable again
    with qtbot.waitSignal(saver.saved, timeout=3000):
        saver.flush()
    assert stored_texts(journal) == [typed]
    assert not saver.pending
    tasks.shutdown()
    journal.close()
    conn = sqlite3.connect(journal.path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_journal_that_cannot_be_created_is_one_sentence(private_locations: Path,
                                                          monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import mentorjournal.core.journal as journal_module

    def refuse(_path: Path) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(journal_module, "ensure_private_file", refuse)
    with pytest.raises(JournalError, match=r"^Cannot create the journal .*: Permission "
                                           r"denied\.$"):
        Journal(DataPaths(private_locations)).prepare()


def test_nul_bytes_and_invalid_utf8_are_repaired_not_a_crash(journal: Journal) -> None:
    info = create_mentorship(journal, "Pri\x00ya \udcff", counterpart="Staff\x00 engineer")
    assert info.name == "Priya \ufffd" == list_mentorships(journal)[0].name
    with journal.store.session() as s:
        s.add(CheckIn(mentorship_id=info.id, held_at=datetime(2026, 11, 25, 9),
                      what_happened=b"caf\xe9 \xff and \x00 more",  # type: ignore[arg-type]
                      notes="line one\r\nline two\x07"))
    row = journal.reader().execute("SELECT what_happened, notes FROM sessions").fetchone()
    assert tuple(row) == ("caf\ufffd \ufffd and  more", "line one\nline two")
    stored = journal.reader().execute("SELECT name, counterpart FROM mentorships").fetchone()
    assert tuple(stored) == ("Priya \ufffd", "Staff engineer")


@given(st.one_of(st.text(), st.binary(),
                 st.lists(st.integers(0xD800, 0xDFFF)).map(lambda cs: "".join(map(chr, cs)))))
def test_repair_text_always_gives_storable_text(value: str | bytes) -> None:
    repaired = repair_text(value)
    repaired.encode("utf-8")  # never raises
    assert "\x00" not in repaired and "\r" not in repaired
    assert repair_text(repaired) == repaired  # repairing is stable


def test_clean_text_passes_through_unchanged() -> None:
    text = "Tabs\tand\nnewlines, “quotes”, émoji 🙂 and <b>tags</b> stay as typed."
    assert repair_text(text) == text
