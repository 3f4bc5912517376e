"""Alembic migrations: empty → head builds the models' schema; every revision goes down and up.

Migrations run the way ``open_book`` runs them: on the app's own engine (WAL, foreign keys on
for every connection), with foreign keys switched off while batch operations copy tables, and
checked with ``PRAGMA foreign_key_check`` afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import Script
from sqlalchemy import CheckConstraint, inspect
from sqlalchemy.engine import Connection, Engine

import kam_desktop.db.models  # noqa: F401 (every table on Base.metadata)
from kam_desktop.db import migrate
from kam_desktop.db.base import Base
from kam_desktop.db.book import _make_engine, open_book
from kam_desktop.db.models.accounts import SEARCH_FTS


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    made = _make_engine(tmp_path / "migrating.kambook")
    yield made
    made.dispose()


def _revisions_base_to_head() -> list[Script]:
    return list(reversed(list(migrate.script_directory().walk_revisions())))


def _run(conn: Connection, step: str, target: str) -> None:
    conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
    conn.commit()
    if step == "up":
        migrate.upgrade(conn, target)
    else:
        migrate.downgrade(conn, target)
    conn.commit()
    conn.exec_driver_sql("PRAGMA foreign_keys = ON")
    assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def _schema(conn: Connection) -> dict[str, object]:
    """Every table's columns, indexes, foreign keys and checks, as SQLite reports them.

    Structural rather than the stored CREATE text: a batch migration rebuilds a table with
    equivalent DDL written differently (quoting, constraint order).
    """
    result: dict[str, object] = {}
    names = conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version' "
        "AND name NOT LIKE 'sqlite_%'"
    ).all()
    for name, sql in names:
        columns = conn.exec_driver_sql(f'PRAGMA table_info("{name}")').all()
        indexes = conn.exec_driver_sql(f'PRAGMA index_list("{name}")').all()
        index_columns = {
            (
                "" if row[1].startswith("sqlite_autoindex") else row[1],  # numbering may differ
                row[2],
                tuple(c[2] for c in conn.exec_driver_sql(f'PRAGMA index_info("{row[1]}")').all()),
            )
            for row in indexes
        }  # fmt: skip
        foreign = {tuple(row[2:5]) for row in conn.exec_driver_sql(
            f'PRAGMA foreign_key_list("{name}")').all()}  # fmt: skip
        checks = sorted(part.strip() for part in sql.split("CONSTRAINT") if "CHECK" in part)
        result[name] = (tuple(tuple(c) for c in columns), index_columns, foreign, checks)
    return result


def _tables(conn: Connection) -> set[str]:
    names = set(inspect(conn).get_table_names()) - {"alembic_version"}
    return {n for n in names if not n.startswith(SEARCH_FTS)}  # FTS5's own tables


def _model_object(_obj: object, name: str | None, kind: str, *_rest: object) -> bool:
    return not (kind == "table" and name is not None and name.startswith(SEARCH_FTS))


def test_revision_history_is_linear_from_base_to_one_head() -> None:
    script = migrate.script_directory()
    assert len(script.get_heads()) == 1
    revisions = _revisions_base_to_head()
    assert revisions[0].down_revision is None
    for older, newer in pairwise(revisions):
        assert newer.down_revision == older.revision
    assert revisions[-1].revision == migrate.head_revision()
    assert migrate.known_revisions() == {r.revision for r in revisions}


def test_empty_to_head_creates_every_model_table(engine: Engine) -> None:
    with engine.connect() as conn:
        assert _tables(conn) == set()
        _run(conn, "up", "head")
        assert migrate.current_revision(conn) == migrate.head_revision()
        assert _tables(conn) == set(Base.metadata.tables)


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as conn:
        _run(conn, "up", "head")
        context = MigrationContext.configure(
            conn,
            opts={
                "compare_type": True,
                "target_metadata": Base.metadata,
                "include_object": _model_object,
            },
        )
        assert compare_metadata(context, Base.metadata) == []


def test_migrated_check_constraints_match_the_models(engine: Engine) -> None:
    """Alembic's comparison ignores CHECK constraints; compare their names here."""
    with engine.connect() as conn:
        _run(conn, "up", "head")
        inspector = inspect(conn)
        checked = 0
        for table in Base.metadata.sorted_tables:
            wanted = {
                c.name for c in table.constraints if isinstance(c, CheckConstraint) and c.name
            }
            found = {c["name"] for c in inspector.get_check_constraints(table.name)}
            assert found == wanted, table.name
            checked += len(wanted)
        assert checked >= 3  # contact's two ranges and visit satisfaction, at least


@pytest.mark.parametrize("revision", _revisions_base_to_head(), ids=lambda r: f"r{r.revision}")
def test_each_revision_downgrades_and_upgrades_again(engine: Engine, revision: Script) -> None:
    below = revision.down_revision
    assert below is None or isinstance(below, str), "merge revisions need their own test"
    with engine.connect() as conn:
        _run(conn, "up", revision.revision)
        assert migrate.current_revision(conn) == revision.revision
        upgraded = _schema(conn)
        assert upgraded, "a revision that creates nothing at all is suspicious"

        _run(conn, "down", below or "base")
        assert migrate.current_revision(conn) == below
        if below is None:
            assert _schema(conn) == {}
        assert _schema(conn) != upgraded

        _run(conn, "up", revision.revision)
        assert migrate.current_revision(conn) == revision.revision
        assert _schema(conn) == upgraded


def test_walk_every_revision_down_to_base_and_back_to_head(engine: Engine) -> None:
    revisions = _revisions_base_to_head()
    with engine.connect() as conn:
        _run(conn, "up", "head")
        at_head = _schema(conn)
        for revision in reversed(revisions):
            assert migrate.current_revision(conn) == revision.revision
            _run(conn, "down", "-1")
        assert migrate.current_revision(conn) is None
        assert _schema(conn) == {}
        for revision in revisions:
            _run(conn, "up", "+1")
            assert migrate.current_revision(conn) == revision.revision
        assert _schema(conn) == at_head


def test_app_book_after_down_and_up_opens_and_keeps_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "mine.kambook"
    open_book(path).close()
    made = _make_engine(path)
    try:
        with made.connect() as conn:
            _run(conn, "down", "base")
            _run(conn, "up", "head")
    finally:
        made.dispose()
    with open_book(path) as book, book.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert _tables(conn) == set(Base.metadata.tables)
