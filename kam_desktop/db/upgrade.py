"""Upgrading a book to head in one SQLite transaction: all of it, or nothing.

Python's ``sqlite3`` (the pysqlite driver) opens a transaction only before INSERT/UPDATE/DELETE,
so Alembic's ``ALTER TABLE``/``CREATE`` ran in autocommit: a kill between a step's DDL and the
revision stamp left a book at 0001 carrying 0002's columns. Here the upgrade runs on its own
engine with SQLAlchemy's documented pysqlite recipe (driver transactions off, ``BEGIN
IMMEDIATE`` emitted on begin), so every migration step and the stamp commit together; SQLite's
DDL is transactional and a kill rolls the WAL back to the book as it was.

A book left half-upgraded by an older build (more schema than its stamp says) is first brought
back to its stamped schema inside the same transaction: the extra tables, indexes and columns
were made by the interrupted step and hold nothing the rep entered.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import NullPool, StaticPool

from kam_desktop.db import migrate
from kam_desktop.db.book_file import Schema, SchemaDiff, read_schema
from kam_desktop.db.sqlite_errors import translate_errors

log = logging.getLogger(__name__)


@functools.cache
def expected_schema(revision: str | None) -> Schema:
    """The schema a book stamped ``revision`` has: migrate an empty in-memory database to it."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.connect() as conn:
            if revision is not None:
                conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
                migrate.upgrade(conn, revision)
                conn.commit()
            raw = conn.connection.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            return read_schema(raw)
    finally:
        engine.dispose()


def _upgrade_engine(path: Path, busy_timeout: float) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=NullPool,
        hide_parameters=True,
        connect_args={"timeout": busy_timeout},
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # the driver starts no transaction of its own
        dbapi_connection.execute("PRAGMA journal_mode = WAL")
        # Batch migrations copy tables; foreign keys must be off, and this pragma is a no-op
        # inside a transaction, so it is set here, before BEGIN.
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # DDL included; the write lock taken up front

    translate_errors(engine, path)
    return engine


def _undo_partial_step(conn: Connection, diff: SchemaDiff) -> None:
    for index in diff.extra_indexes:
        conn.exec_driver_sql(f'DROP INDEX "{index}"')
    for table in diff.extra_tables:
        conn.exec_driver_sql(f'DROP TABLE "{table}"')
    for table, column in diff.extra_columns:
        conn.exec_driver_sql(f'ALTER TABLE "{table}" DROP COLUMN "{column}"')
    log.warning(
        "undid a half-finished upgrade: %d tables, %d columns, %d indexes",
        len(diff.extra_tables),
        len(diff.extra_columns),
        len(diff.extra_indexes),
    )


def upgrade_to_head(
    path: Path,
    *,
    busy_timeout: float,
    new_book: bool = False,
    application_id: int | None = None,
    undo: SchemaDiff | None = None,
) -> None:
    """Upgrade the book at ``path`` to head in one transaction (creating its schema if new).

    Raises typed errors (``BookLocked``, ``DiskFull``…) or the migration's own; in every case
    nothing was committed.
    """
    engine = _upgrade_engine(path, busy_timeout)
    try:
        with engine.connect() as conn:
            with conn.begin():
                if new_book and application_id is not None:
                    conn.exec_driver_sql(f"PRAGMA application_id = {int(application_id)}")
                if undo is not None and undo.ahead:
                    _undo_partial_step(conn, undo)
                migrate.upgrade(conn)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"the upgrade broke a reference in table {broken[0]}")
            # Move the new header and schema from the WAL into the file itself, so another
            # process can recognise the book while it is open.
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
