"""Hints for SQLite's query planner where its statistics mislead it.

``ANALYZE`` counts NULLs as one value: in a book where few accounts have a parent group or a
referrer, ``sqlite_stat1`` says ``parent_id = ?`` matches every row, and the planner scans the
100,000 accounts (30–40 ms) instead of searching ``ix_account_parent_id`` (under 1 ms); the
same for ``deleted_at IS NOT NULL`` (few accounts are deleted).
``rare`` wraps such a condition in SQLite's ``likelihood()``, which tells the planner it holds
for few rows and changes nothing else. A PostgreSQL team database would compile ``Rare`` as the
bare condition (its statistics keep NULLs apart).
"""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import ColumnElement
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import Boolean

_FEW = "0.0001"  # "about one row in ten thousand": a literal, as likelihood() requires


class Rare(ColumnElement[bool]):
    """A condition marked as true for few rows."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # used as it is in WHERE / ON, never compared with 1

    def __init__(self, condition: ColumnElement[bool]) -> None:
        self.condition = condition

    @property
    def _from_objects(self) -> list[Any]:
        return self.condition._from_objects

    # what SQLAlchemy's statement cache key walks: the condition (with its bound values)
    _traverse_internals: ClassVar = [("condition", InternalTraversal.dp_clauseelement)]


@compiles(Rare)
def _likelihood(element: Rare, compiler: SQLCompiler, **kw: Any) -> str:
    return f"likelihood({compiler.process(element.condition, **kw)}, {_FEW})"


def rare(condition: ColumnElement[bool]) -> ColumnElement[bool]:
    """``condition``, marked as true for few rows."""
    return Rare(condition)


def rare_sql(condition: str) -> str:
    """The same for a condition in SQL text (the raw queries of the bulk readers)."""
    return f"likelihood({condition}, {_FEW})"


#: Deleted accounts, found through ``ix_account_deleted_at`` (a scan took ~40 ms at 100,000).
DELETED_ACCOUNT_IDS = f"SELECT id FROM account WHERE {rare_sql('deleted_at IS NOT NULL')}"


__all__ = ["DELETED_ACCOUNT_IDS", "rare", "rare_sql"]
