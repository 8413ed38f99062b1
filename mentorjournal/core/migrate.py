"""Running Alembic from inside the app (imported only when the schema must change).

Python's sqlite3 driver commits before DDL by default, so a migration that failed half
way would leave half a schema behind. Migrations therefore run on their own engine that
takes SQLite's transactions into its own hands (`BEGIN IMMEDIATE` … `COMMIT`), so a
failure rolls every statement back and the journal stays exactly as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(url: str = "sqlite://") -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url)
    return config


def script_revisions() -> list[str]:
    """Every revision in `versions/`, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def migration_engine(path: Path | str) -> Engine:
    """An engine whose transactions really cover DDL (see the module docstring)."""
    from mentorjournal.core.crypto import connect, key_for, sqlcipher

    if key_for(Path(path)) is not None:
        engine = create_engine("sqlite://", module=sqlcipher(),
                               creator=lambda: connect(Path(path)))
    else:
        engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver stops issuing BEGIN/COMMIT itself
        dbapi_conn.execute("PRAGMA foreign_keys=OFF")  # batch mode recreates tables
        dbapi_conn.execute("PRAGMA busy_timeout=5000")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade_to_head(engine: Engine) -> None:
    """Bring the journal to the newest schema in one transaction."""
    upgrade_to(engine, "head")


def upgrade_to(engine: Engine, revision: str) -> None:
    """Migrate to `revision` in one transaction; also builds fixtures of older schemas."""
    config = alembic_config(str(engine.url))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"the migration broke {len(broken)} foreign key(s)")


def upgrade_file(path: Path | str, revision: str = "head") -> None:
    """Migrate the journal file at `path`, all or nothing."""
    engine = migration_engine(path)
    try:
        upgrade_to(engine, revision)
    finally:
        engine.dispose()
