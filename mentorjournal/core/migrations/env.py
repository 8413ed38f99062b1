"""Alembic environment: the app hands over its own connection; no alembic.ini needed."""

from alembic import context
from sqlalchemy import create_engine

from mentorjournal.core.models import Base
from mentorjournal.core.search_schema import is_index_table

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        compare_type=True,
        # The FTS5 search index is raw SQL without a model; autogenerate must not drop it.
        include_name=lambda name, type_, _parent: not (type_ == "table" and is_index_table(name)),
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("MentorJournal migrations run online only.")
run_migrations_online()
