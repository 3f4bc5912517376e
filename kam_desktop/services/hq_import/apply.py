"""Apply a prepared HQ import in the caller's transaction: Core bulk writes (no ORM objects),
every syncable row stamped with its identity (id, times, device, revision) as the ORM would."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, bindparam, update
from sqlalchemy.engine import Connection

from kam_desktop.db.base import new_id
from kam_desktop.db.models import Account, AccountChange, AccountHqBaseline

if TYPE_CHECKING:  # the planners import this module to apply what they planned
    from kam_desktop.services.hq_import.plan_accounts import AccountWrites

_CHUNK = 5000  # rows per executemany: bounded parameter lists, steady memory


def _table(model: Any) -> Table:
    return model.__table__  # type: ignore[no-any-return]


def _identity(now: datetime, device: str) -> dict[str, object]:
    return {"created_at": now, "updated_at": now, "updated_by": device, "revision": 1}


def _insert(
    conn: Connection, model: Any, rows: Sequence[dict[str, object]], now: datetime, device: str
) -> None:
    """Insert ``rows`` (dicts with the same keys, in the same order) as new syncable rows.

    The statement goes to the driver's ``executemany`` as is, each value converted by its
    column's own type first (enum codes, UTC text, JSON): the bytes SQLAlchemy's ``insert()``
    would write, without its per-row statement work, which took most of the saving time of a
    100,000-row import."""
    if not rows:
        return
    table = _table(model)
    stamp = _identity(now, device)
    if "id" not in rows[0]:  # rows that others refer to come with their id
        rows = [{"id": new_id()} | row for row in rows]
    names = [*rows[0], *stamp]
    converters = [table.c[name].type._cached_bind_processor(conn.dialect) for name in names]
    row_converters = converters[: len(rows[0])]
    stamped = tuple(  # the same for every row: converted once
        v if c is None else c(v)
        for v, c in zip(stamp.values(), converters[len(rows[0]) :], strict=True)
    )
    marks = ", ".join("?" for _ in names)
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({marks})"
    for start in range(0, len(rows), _CHUNK):
        params = [
            (
                *(
                    v if c is None else c(v)
                    for v, c in zip(row.values(), row_converters, strict=True)
                ),
                *stamped,
            )
            for row in rows[start : start + _CHUNK]
        ]
        conn.exec_driver_sql(sql, params)


def _update(
    conn: Connection,
    model: Any,
    rows: Sequence[dict[str, object]],
    now: datetime,
    device: str,
    **also: object,
) -> None:
    """Update rows by id (each dict: ``id`` and the columns to set), bumping the revision."""
    table = _table(model)
    by_columns: dict[tuple[str, ...], list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        columns = tuple(sorted(k for k in row if k != "id"))
        by_columns[columns].append({"row_id": row["id"]} | {f"new_{k}": row[k] for k in columns})
    for columns, params in by_columns.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(
                {c: bindparam(f"new_{c}") for c in columns}
                | {"updated_at": now, "updated_by": device, "revision": table.c.revision + 1}
                | also
            )
        )
        for start in range(0, len(params), _CHUNK):
            conn.execute(statement, params[start : start + _CHUNK])


def apply_accounts(
    conn: Connection, writes: AccountWrites, log_id: int, now: datetime, device: str
) -> None:
    _insert(conn, Account, writes.inserts, now, device)
    updates = [{"id": account_id} | values for account_id, values in writes.updates]
    _update(conn, Account, updates, now, device, hq_updated_at=now)
    history = [
        {
            "account_id": account_id,
            "field": field,
            "old_value": None if old is None else str(old),
            "new_value": None if new is None else str(new),
            "changed_at": now,
            "source": "hq_import",
            "import_log_id": log_id,
        }
        for account_id, field, old, new in writes.history
    ]
    _insert(conn, AccountChange, history, now, device)
    _upsert_baselines(conn, writes.baselines, log_id)


def _upsert_baselines(
    conn: Connection, baselines: Sequence[tuple[str, dict[str, object]]], log_id: int
) -> None:
    """Each account's HQ values as this import leaves them (insert or replace)."""
    table = _table(AccountHqBaseline)
    sql = (
        f"INSERT INTO {table.name} (account_id, hq_values, import_log_id) VALUES (?, ?, ?) "
        "ON CONFLICT (account_id) DO UPDATE SET hq_values = excluded.hq_values, "
        "import_log_id = excluded.import_log_id"
    )
    to_json = table.c.hq_values.type._cached_bind_processor(conn.dialect)
    for start in range(0, len(baselines), _CHUNK):
        chunk = baselines[start : start + _CHUNK]
        params = [
            (account_id, to_json(values) if to_json else values, log_id)
            for account_id, values in chunk
        ]
        conn.exec_driver_sql(sql, params)


@dataclass
class RecordWrites:
    """What a value-figure or order import writes: new rows, updates by id, the accounts
    whose caches then need refreshing."""

    inserts: list[dict[str, object]] = field(default_factory=list)
    updates: list[dict[str, object]] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)


def apply_records(
    conn: Connection, model: Any, writes: RecordWrites, now: datetime, device: str
) -> list[str]:
    """Write ``writes`` to ``model``'s table; the touched account ids."""
    _insert(conn, model, writes.inserts, now, device)
    _update(conn, model, writes.updates, now, device)
    return sorted(writes.touched)
