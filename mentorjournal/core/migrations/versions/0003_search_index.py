"""full-text search index (FTS5) kept in sync by triggers

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-25 19:30:00

The index is one FTS5 table over check-ins, action items, introductions and charter
revisions. Triggers keep it right on every insert, update and delete, whoever writes
(the ORM, raw SQL or an importer), so search never shows a stale or deleted entry.
The statements live in `core/search_schema.py` so tests can rebuild the index too.
"""

from collections.abc import Sequence

from alembic import op

from mentorjournal.core.search_schema import CREATE_STATEMENTS, DROP_STATEMENTS

revision: str = '0003'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for statement in CREATE_STATEMENTS:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP_STATEMENTS:
        op.execute(statement)
