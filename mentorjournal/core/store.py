"""The ORM side of a journal: engine, pragmas and short transactional sessions.

Every session repairs the text it is about to write (`core/text.py`) just before the
flush, so invalid UTF-8 or NUL bytes from any source can never crash a write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from mentorjournal.core import models  # noqa: F401  (registers every mapper)
from mentorjournal.core.journal import SQLITE_PRAGMAS
from mentorjournal.core.schema import JournalError
from mentorjournal.core.text import repair_text


def make_engine(path: Path | str) -> Engine:
    url = "sqlite://" if str(path) == ":memory:" else f"sqlite:///{path}"
    from mentorjournal.core.crypto import connect, key_for, sqlcipher

    if str(path) != ":memory:" and key_for(Path(path)) is not None:
        # A protected journal: SQLCipher's driver, keyed by core/crypto.connect.
        engine = create_engine("sqlite://", module=sqlcipher(),
                               creator=lambda: connect(Path(path)))
    else:
        engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        cursor = dbapi_conn.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        if str(path) != ":memory:":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()

    return engine


class Store:
    """Every write happens inside `with store.session() as s:` and commits as one unit."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self.engine = make_engine(path)
        self._factory = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._factory, "before_flush", _repair_pending_text)

    @contextmanager
    def session(self) -> Iterator[Session]:
        session = self._factory()
        try:
            yield session
            session.commit()
        except Exception as exc:
            session.rollback()
            if _is_disk_error(exc):
                raise JournalError(_disk_message(exc)) from exc
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _repair_pending_text(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        for attr in inspect(obj).mapper.column_attrs:
            value = getattr(obj, attr.key, None)
            if isinstance(value, str | bytes):
                repaired = repair_text(value)
                if repaired != value:
                    setattr(obj, attr.key, repaired)


def _is_disk_error(exc: Exception) -> bool:
    from sqlalchemy.exc import OperationalError

    return isinstance(exc, OperationalError) and any(
        word in str(exc).lower() for word in ("disk", "readonly", "read-only", "locked"))


def _disk_message(exc: Exception) -> str:
    text = str(exc).lower()
    if "full" in text:
        return "The disk is full, so the last change could not be saved; free some space."
    if "readonly" in text or "read-only" in text:
        return "The journal's folder is read-only, so the last change could not be saved."
    if "locked" in text:
        return "The journal is busy in another program; the change will be retried."
    return "The journal could not be written to disk; the last change was not saved."
