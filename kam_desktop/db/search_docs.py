"""The account search documents (schema 0006) for bulk loads: build a new book's index once.

The triggers of migration 0006 keep ``account_search`` and its FTS5 index right row by row,
which costs a few hundred microseconds per account or contact written. A loader filling a new
book with hundreds of thousands of rows (``bench/big_book.py``) wraps its load in
``search_index_deferred``: the search triggers are dropped, and at the end every document and
the FTS index are built in one pass each and the triggers put back as the book stored them.
For a book nobody else uses yet only: a process killed in between leaves a book without them.

``document_sql`` is the app's copy of the document's definition; a test checks that the
triggers a book carries (written by the migration, which keeps its own frozen copy) use it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection, Engine

SEARCHED = ("name", "short_name", "code", "city", "province", "district", "credit_code")
_SEP = "char(31)"
TRIGGERS = (
    "account_search_fts_insert", "account_search_fts_delete", "account_search_fts_update",
    "account_search_insert", "account_search_update", "account_search_state",
    "account_search_delete", "contact_search_insert", "contact_search_update",
    "contact_search_delete",
)  # fmt: skip


def document_sql(alias: str) -> str:
    """The search document of the account row ``alias``, as an SQL expression."""
    fields = f" || {_SEP} || ".join(f"coalesce({alias}.{c}, '')" for c in SEARCHED)
    contacts = (
        f"coalesce((SELECT group_concat(c.name, {_SEP}) FROM contact c "
        f"WHERE c.account_id = {alias}.id AND c.deleted_at IS NULL), '')"
    )
    return f"lower({fields} || {_SEP} || {contacts})"


def rebuild(conn: Connection) -> None:
    """Every document and the FTS index afresh (the search triggers must be absent)."""
    conn.exec_driver_sql("DELETE FROM account_search")
    conn.exec_driver_sql(
        "INSERT INTO account_search (account_id, live, name_key, body) "
        f"SELECT a.id, a.deleted_at IS NULL, a.name_key, {document_sql('a')} FROM account a"
    )
    conn.exec_driver_sql("INSERT INTO account_search_fts (account_search_fts) VALUES ('rebuild')")


@contextmanager
def search_index_deferred(engine: Engine) -> Iterator[None]:
    """Load rows without the search triggers; then build the documents and index once."""
    marks = ", ".join(f"'{name}'" for name in TRIGGERS)
    with engine.begin() as conn:
        saved = conn.exec_driver_sql(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})"
        ).all()
        for name, _sql in saved:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        with engine.begin() as conn:
            rebuild(conn)
            for _name, sql in saved:
                conn.exec_driver_sql(sql)


__all__ = ["SEARCHED", "TRIGGERS", "document_sql", "rebuild", "search_index_deferred"]
