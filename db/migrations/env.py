"""Alembic environment for KAM Desktop account books.

The app upgrades books in-process and passes its own connection through
``config.attributes["connection"]``; the ``alembic`` command line falls back to ``sqlalchemy.url``.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import kam_desktop.db.models  # noqa: F401 (registers every table on Base.metadata)
from kam_desktop.db.base import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things in place
        compare_type=True,
        # SQLite's DDL is transactional: every step and the revision stamp commit together
        # (Alembic assumes otherwise for SQLite). A caller already in a transaction keeps it:
        # ``db/upgrade.py`` begins one that pysqlite really opens before the DDL.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as conn:
        _configure_and_run(conn)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
