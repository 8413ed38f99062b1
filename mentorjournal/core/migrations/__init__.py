"""Alembic migrations, run by the app itself; see `mentorjournal.core.migrate`."""
