"""The SQL that builds the full-text index and the triggers that keep it in sync.

Plain strings, no SQLAlchemy: migration 0003 runs them, and `rebuild_statements()`
lets a repair or a test refill the index from the tables. One FTS5 table holds every
searchable entry as (title, body) plus three unindexed columns saying what it is.
Triggers on the source tables keep it exact after every insert, update and delete,
so no code path can forget to re-index.
"""

from __future__ import annotations

INDEX_TABLE = "search_index"

_SESSION_FIELDS = ("agenda", "what_happened", "wins", "challenges", "questions", "insights",
                   "scenarios", "notes")
_CHARTER_FIELDS = ("reason", "my_objectives", "their_objectives", "constraints_time",
                   "constraints_confidentiality", "constraints_other", "success_vision",
                   "channels", "feedback_format", "feedback_frequency", "topics_in_scope",
                   "topics_out_of_scope", "candor", "confidentiality_handling",
                   "confidential_notes", "setbacks_framing")


def _joined(row: str, fields: tuple[str, ...]) -> str:
    return " || char(10) || ".join(f"coalesce({row}.{f}, '')" for f in fields)


def _criteria(row: str) -> str:
    return (f"coalesce((SELECT group_concat(json_extract(value, '$.text'), char(10)) "
            f"FROM json_each(CASE WHEN json_valid({row}.success_criteria) "
            f"THEN {row}.success_criteria ELSE '[]' END)), '')")


#: source table -> (kind, title expression, body expression); `{r}` is the row alias.
SOURCES: dict[str, tuple[str, str, str]] = {
    "sessions": ("session", "substr({r}.held_at, 1, 10)", _joined("{r}", _SESSION_FIELDS)),
    "action_items": ("action", "coalesce({r}.text, '')", "''"),
    "introductions": ("introduction",
                      "coalesce({r}.person_name, '') || ' ' || coalesce({r}.organisation, '')",
                      _joined("{r}", ("introduced_by", "introduced_to", "context"))),
    "charter_revisions": ("charter", "'Charter revision ' || {r}.number",
                          _joined("{r}", _CHARTER_FIELDS) + " || char(10) || "
                          + _criteria("{r}")),
}


def _insert(table: str, row: str) -> str:
    kind, title, body = SOURCES[table]
    return (f"INSERT INTO {INDEX_TABLE}(title, body, kind, item_id, mentorship_id) "
            f"SELECT {title.format(r=row)}, {body.format(r=row)}, '{kind}', {row}.id, "
            f"{row}.mentorship_id")


#: An ordinary index on the FTS table's content shadow table (column c3 holds item_id).
#: FTS5 cannot index an UNINDEXED column, so without it every edit's delete scanned all
#: entries, long bodies included: 12 ms per autosave on a ten-year journal, 0.5 ms with.
ITEM_INDEX = f"{INDEX_TABLE}_item"
CREATE_ITEM_INDEX = (f"CREATE INDEX IF NOT EXISTS {ITEM_INDEX} "
                     f"ON {INDEX_TABLE}_content(c3)")


def _delete(table: str, row: str) -> str:
    kind = SOURCES[table][0]
    return (f"DELETE FROM {INDEX_TABLE} WHERE rowid IN (SELECT id FROM "
            f"{INDEX_TABLE}_content WHERE c3 = {row}.id AND c2 = '{kind}')")


def trigger_statements() -> list[str]:
    statements = []
    for table in SOURCES:
        prefix = f"{INDEX_TABLE}_{table}"
        statements += [
            f"CREATE TRIGGER {prefix}_ai AFTER INSERT ON {table} BEGIN "
            f"{_insert(table, 'new')}; END",
            f"CREATE TRIGGER {prefix}_au AFTER UPDATE ON {table} BEGIN "
            f"{_delete(table, 'old')}; {_insert(table, 'new')}; END",
            f"CREATE TRIGGER {prefix}_ad AFTER DELETE ON {table} BEGIN "
            f"{_delete(table, 'old')}; END",
        ]
    return statements


def rebuild_statements() -> list[str]:
    """Empty the index and fill it again from the tables (after an import or a repair)."""
    fills = [_insert(table, table).replace(f"{table}.id, {table}.mentorship_id",
                                           f"{table}.id, {table}.mentorship_id FROM {table}")
             for table in SOURCES]
    return [f"DELETE FROM {INDEX_TABLE}", *fills]


CREATE_STATEMENTS: list[str] = [
    f"CREATE VIRTUAL TABLE {INDEX_TABLE} USING fts5(title, body, kind UNINDEXED, "
    "item_id UNINDEXED, mentorship_id UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')",
    CREATE_ITEM_INDEX,
    *trigger_statements(),
    *rebuild_statements()[1:],
]

DROP_TRIGGER_STATEMENTS: list[str] = [
    f"DROP TRIGGER IF EXISTS {INDEX_TABLE}_{table}_{suffix}"
    for table in SOURCES for suffix in ("ai", "au", "ad")]

DROP_STATEMENTS: list[str] = [
    *DROP_TRIGGER_STATEMENTS,
    f"DROP TABLE IF EXISTS {INDEX_TABLE}",
]


def is_index_table(name: str | None) -> bool:
    """True for the FTS table and its shadow tables, which the ORM models do not describe."""
    return bool(name) and (name == INDEX_TABLE or str(name).startswith(INDEX_TABLE + "_"))
