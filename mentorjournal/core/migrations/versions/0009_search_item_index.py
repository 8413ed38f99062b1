"""search index: find an entry's row by its item id instead of scanning them all

Revision ID: 0009
Revises: 0003
Create Date: 2026-11-25 20:30:00

The triggers of 0003 deleted an edited entry with `WHERE kind = ? AND item_id = ?` on
the FTS table, whose unindexed columns FTS5 can only scan: every autosave read every
entry, long bodies included (12 ms on a ten-year journal). This adds an ordinary index
on the content shadow table's item_id column and recreates the triggers to delete by
rowid through it (0.5 ms). The index itself is unchanged, so nothing is re-indexed.
"""

from collections.abc import Sequence

from alembic import op

from mentorjournal.core.search_schema import (
    CREATE_ITEM_INDEX,
    DROP_TRIGGER_STATEMENTS,
    ITEM_INDEX,
    trigger_statements,
)

revision: str = '0009'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(CREATE_ITEM_INDEX)
    for statement in [*DROP_TRIGGER_STATEMENTS, *trigger_statements()]:
        op.execute(statement)


def downgrade() -> None:
    # The triggers stay in their new form: without the index they are merely slower.
    op.execute(f"DROP INDEX IF EXISTS {ITEM_INDEX}")
