"""The app's side of ``account.name_key`` (pinyin order, schema 0006): every write path covered.

The key cannot be computed in plain SQL, so the app gives each of its own connections the
function ``kam_name_key`` and two TEMP triggers that fill a missing key on INSERT and on UPDATE
(``install``, called when the engine connects). Services, the HQ import's Core and driver bulk
writes, restore, the demo builder and sync all write through such a connection, so none of them
has to remember the key. TEMP triggers live in the connection, not in the file: another program
(the sqlite3 shell, DB Browser) never sees them, so it can write the book without a "no such
function" error. Its inserts leave the key NULL, and the persistent trigger of migration 0006
sets the key to NULL when it renames an account; ``fill_missing`` (called by ``open_book``) fills
those on the next open through the index on ``name_key`` (NULLs come first), so the check costs
one index probe. Until then such accounts sort first.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy.engine import Engine

from kam_desktop.domain.name_order import name_sort_key

FUNCTION = "kam_name_key"

_TRIGGERS = (
    f"""CREATE TEMP TRIGGER IF NOT EXISTS kam_account_name_key_insert
    AFTER INSERT ON main.account WHEN new.name_key IS NULL BEGIN
      UPDATE account SET name_key = {FUNCTION}(new.name) WHERE id = new.id;
    END""",
    # "OF name_key" too: migration 0006's trigger clears the key when a rename keeps it.
    f"""CREATE TEMP TRIGGER IF NOT EXISTS kam_account_name_key_update
    AFTER UPDATE OF name, name_key ON main.account WHEN new.name_key IS NULL BEGIN
      UPDATE account SET name_key = {FUNCTION}(new.name) WHERE id = new.id;
    END""",
)


def _has_name_key(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM pragma_table_info('account') WHERE name = 'name_key'"
    ).fetchone()
    return row is not None


def install(dbapi_connection: Any) -> None:
    """Give a new writable connection the key function and its TEMP triggers (from 0006 on)."""
    dbapi_connection.create_function(FUNCTION, 1, name_sort_key, deterministic=True)
    if _has_name_key(dbapi_connection):  # a book being upgraded gets them on its next connect
        for sql in _TRIGGERS:
            dbapi_connection.execute(sql)


def fill_missing(engine: Engine) -> int:
    """Compute the keys left NULL by other programs; how many were filled."""
    with engine.connect() as conn:
        missing = conn.exec_driver_sql(
            "SELECT 1 FROM account WHERE name_key IS NULL LIMIT 1"
        ).first()
        if missing is None:
            return 0  # the usual case: no write lock taken
        filled = conn.exec_driver_sql(
            f"UPDATE account SET name_key = {FUNCTION}(name) WHERE name_key IS NULL"
        ).rowcount
        conn.commit()
        return filled


__all__ = ["FUNCTION", "fill_missing", "install"]
