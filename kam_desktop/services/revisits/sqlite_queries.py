"""SQLite only: the due list's bulk queries, as SQL text on the raw ``sqlite3`` connection.

This is the one module of the services that speaks SQLite rather than SQLAlchemy. The due list
answers for a whole book (100,000 accounts, a million visits in the benchmark) in about a second,
and at that size SQLAlchemy's row objects and type processing would cost as much as SQLite's own
work: so these queries go through the DB-API cursor and return plain tuples of stored values
(dates as ISO text, enumerations as their codes), which the callers decode once per distinct
value. They also lean on SQLite itself: ``julianday()`` date arithmetic, ``substr()`` on ISO
dates, ``IS`` as null-safe equality, ``?`` placeholders, and the join order SQLite's planner
takes for the indexes named in the comments.

A PostgreSQL team database would need this module rewritten, nothing else: the same queries
with ``%s`` placeholders through psycopg's cursor (or as SQLAlchemy Core, if its overhead is
acceptable there), ``date``/``interval`` arithmetic instead of ``julianday`` (``o.order_date +
make_interval(days => ...)``), ``to_char(birthday, 'MM-DD')`` instead of ``substr``, ``IS NOT
DISTINCT FROM`` instead of ``IS``, and ``executemany`` replaced by ``COPY`` or a multi-row
``INSERT`` for the due cache. The callers (``revisit_facts``, ``due_cache``) only iterate rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Iterable, Iterator
from typing import Any

from sqlalchemy.engine import Connection

Rows = Iterator[tuple[Any, ...]]


def _raw(conn: Connection) -> sqlite3.Connection:
    """The session's own DB-API connection: the same transaction as the caller's ORM work."""
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _marks(values: Collection[Any]) -> str:
    return ", ".join("?" * len(values))


class Scope:
    """The accounts asked for (of ``owners`` and/or ``account_ids``; None: any), as SQL."""

    def __init__(self, owners: Collection[str] | None, account_ids: Collection[str] | None):
        self._sql = ""
        self._params: list[Any] = []
        if owners is not None:
            self._sql += f" AND owner IN ({_marks(owners)})"
            self._params += list(owners)
        if account_ids is not None:
            self._sql += f" AND id IN ({_marks(account_ids)})"
            self._params += list(account_ids)

    def accounts(self) -> tuple[str, list[Any]]:
        """``AND ...`` for a query of the account table."""
        return self._sql, self._params

    def rows(self, column: str) -> tuple[str, list[Any]]:
        """``AND <column> IN (...)`` for a table whose ``column`` names the live account."""
        if not self._sql:
            return "", []
        sql = f" AND {column} IN (SELECT id FROM account WHERE deleted_at IS NULL{self._sql})"
        return sql, self._params

    def cached(self) -> tuple[str, list[Any]]:
        """``WHERE account_id IN (...)`` for the due cache (its rows are live accounts' only)."""
        if not self._sql:
            return "", []
        return f" WHERE account_id IN (SELECT id FROM account WHERE 1{self._sql})", self._params


# --- the facts the revisit rules need (revisit_facts) -----------------------------------------


def live_accounts(conn: Connection, scope: Scope) -> Rows:
    """(id, code, name, tier, grade, owner, status, created_at if never visited, last_visit_on,
    last_order_on) of each live account in scope."""
    where, params = scope.accounts()
    return _raw(conn).execute(
        "SELECT id, code, name, value_tier, hq_grade, owner, status,"
        " CASE WHEN last_visit_on IS NULL THEN created_at END, last_visit_on, last_order_on"
        " FROM account WHERE deleted_at IS NULL" + where,
        params,
    )


def done_visits(conn: Connection, planned_since: str, scope: Scope) -> Rows:
    """(account_id, purpose, done_at or planned_start) of the live done visits planned to start
    at or after ``planned_since`` (stored UTC text)."""
    where, params = scope.rows("account_id")
    return _raw(conn).execute(
        # planned_start is what ix_visit_status_start can seek on.
        "SELECT account_id, purpose, COALESCE(done_at, planned_start) FROM visit"
        " WHERE status = 'done' AND planned_start >= ? AND deleted_at IS NULL" + where,
        [planned_since, *params],
    )


def orders(
    conn: Connection, lead_days: int, stale: str, limit: str, recent: str, scope: Scope
) -> Rows:
    """(id, account_id, order_date, product, repurchase_cycle_days, latest) of the live orders
    placed on or after ``recent``, or whose repurchase revisit (``lead_days`` before the cycle
    ends) falls between ``stale`` and ``limit``; ``latest`` (for those in reach only) says no
    later order of the same product superseded it. One scan of the orders; the supersession
    test seeks ``ix_sales_order_account_date`` for the few in reach."""
    in_reach = (
        "o.repurchase_cycle_days IS NOT NULL"
        " AND julianday(o.order_date) + max(0, o.repurchase_cycle_days - ?)"
        " BETWEEN julianday(?) AND julianday(?)"
    )
    reach = [lead_days, stale, limit]
    where, params = scope.rows("o.account_id")
    return _raw(conn).execute(
        "SELECT o.id, o.account_id, o.order_date, o.product, o.repurchase_cycle_days,"
        f" CASE WHEN {in_reach} THEN NOT EXISTS (SELECT 1 FROM sales_order l"
        "  WHERE l.account_id = o.account_id AND l.order_date > o.order_date"
        "  AND l.product IS o.product AND l.deleted_at IS NULL) END"
        f" FROM sales_order o WHERE o.deleted_at IS NULL AND (o.order_date >= ? OR ({in_reach}))"
        + where,
        [*reach, recent, *reach, *params],
    )


def complaints(conn: Connection, opened_since: str, resolved_since: str, scope: Scope) -> Rows:
    """(id, account_id, category, status, opened_on, resolved_on) of the live complaints opened
    or resolved since the days given."""
    where, params = scope.rows("account_id")
    return _raw(conn).execute(
        "SELECT id, account_id, category, status, opened_on, resolved_on FROM complaint"
        " WHERE deleted_at IS NULL AND (opened_on >= ? OR resolved_on >= ?)" + where,
        [opened_since, resolved_since, *params],
    )


def birthdays(conn: Connection, tiers: list[str], month_days: list[str], scope: Scope) -> Rows:
    """(account_id, contact_id, name, birthday) of the live contacts at live accounts of
    ``tiers`` whose birthday's ``MM-DD`` falls in one of the two ranges of ``month_days``."""
    where, params = scope.rows("c.account_id")
    return _raw(conn).execute(
        # The greeted tiers' accounts first, then their contacts by ix_contact_account_id;
        # birthdays (YYYY-MM-DD) in reach by month and day, across the new year too.
        "SELECT c.account_id, c.id, c.name, c.birthday FROM account a"
        " CROSS JOIN contact c ON c.account_id = a.id"
        f" WHERE a.value_tier IN ({_marks(tiers)}) AND a.deleted_at IS NULL"
        " AND c.birthday IS NOT NULL AND c.deleted_at IS NULL"
        " AND (substr(c.birthday, 6) BETWEEN ? AND ? OR substr(c.birthday, 6) BETWEEN ? AND ?)"
        + where,
        [*tiers, *month_days, *params],
    )


def open_next_steps(conn: Connection, due_by: str, scope: Scope) -> Rows:
    """(id, account_id, due_on, text) of the live open next steps due by ``due_by``."""
    where, params = scope.rows("account_id")
    return _raw(conn).execute(
        "SELECT id, account_id, due_on, text FROM next_step"
        " WHERE done = 0 AND due_on <= ? AND deleted_at IS NULL" + where,
        [due_by, *params],
    )


def latest_snapshot_month(conn: Connection, model_id: str | None) -> str | None:
    """The latest month with value snapshots of the value model ``model_id``."""
    # ix_value_snapshot_month (month, model_id), read from its end.
    query = "SELECT max(month) FROM value_snapshot WHERE model_id IS ?"
    row = _raw(conn).execute(query, [model_id]).fetchone()
    return row[0] if row else None


def value_snapshots(
    conn: Connection, model_id: str | None, first: str, latest: str, scope: Scope
) -> Rows:
    """(account_id, month, score, tier) of the value snapshots of ``model_id`` from ``first``
    to ``latest`` of the accounts in scope, oldest month first."""
    where, params = scope.rows("account_id")
    return _raw(conn).execute(
        # The whole book: one range of ix_value_snapshot_month, which yields the rows month by
        # month (an "in the latest month" subquery would cost SQLite more than the caller's
        # test). A few accounts: ix_value_snapshot_account_id.
        "SELECT account_id, month, score, tier FROM value_snapshot"
        " WHERE model_id IS ? AND month BETWEEN ? AND ?" + where + " ORDER BY month",
        [model_id, first, latest, *params],
    )


def decisions(conn: Connection, scope: Scope) -> Rows:
    """(account_id, rule_key, state, snoozed_until) of the rep's live decisions on revisits."""
    where, params = scope.rows("account_id")
    return _raw(conn).execute(
        "SELECT account_id, rule_key, state, snoozed_until FROM revisit_item"
        " WHERE deleted_at IS NULL AND state != 'due'" + where,
        params,
    )


# --- the due cache (due_cache) ----------------------------------------------------------------


def delete_cached(conn: Connection, account_ids: Collection[str] | None) -> None:
    """Remove the cached due revisits (of ``account_ids``; all of them if None)."""
    raw = _raw(conn)
    if account_ids is None:
        raw.execute("DELETE FROM due_revisit_cache")
    else:
        ids = list(account_ids)
        raw.execute(f"DELETE FROM due_revisit_cache WHERE account_id IN ({_marks(ids)})", ids)


def insert_cached(conn: Connection, rows: Iterable[tuple[Any, ...]]) -> None:
    """Add (account_id, rule, rule_key, due_on, reason, contact_id, computed_for) rows, in
    order: the ids they get keep each account's reasons in the order given."""
    _raw(conn).executemany(
        "INSERT INTO due_revisit_cache (account_id, rule, rule_key, due_on, reason, contact_id,"
        " computed_for) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def all_decisions(conn: Connection) -> Rows:
    """(rule_key, state, snoozed_until) of every live decision on a revisit."""
    return _raw(conn).execute(
        "SELECT rule_key, state, snoozed_until FROM revisit_item"
        " WHERE deleted_at IS NULL AND state != 'due'"
    )


def cached_headers(conn: Connection, scope: Scope) -> Rows:
    """(id, code, name, value_tier, hq_grade, owner) of the live accounts in scope."""
    where, params = scope.accounts()
    return _raw(conn).execute(
        "SELECT id, code, name, value_tier, hq_grade, owner FROM account"
        " WHERE deleted_at IS NULL" + where,
        params,
    )


def cached_reasons(conn: Connection, scope: Scope) -> Rows:
    """(account_id, rule_key, due_on, reason, contact_id) of the cached due revisits of the
    accounts in scope, each account's together and in the order of its reasons."""
    where, params = scope.cached()
    return _raw(conn).execute(
        "SELECT account_id, rule_key, due_on, reason, contact_id FROM due_revisit_cache"
        + where
        + " ORDER BY id",  # an account's rows are written together, in the order of its reasons
        params,
    )


__all__ = [
    "Rows",
    "Scope",
    "all_decisions",
    "birthdays",
    "cached_headers",
    "cached_reasons",
    "complaints",
    "decisions",
    "delete_cached",
    "done_visits",
    "insert_cached",
    "latest_snapshot_month",
    "live_accounts",
    "open_next_steps",
    "orders",
    "value_snapshots",
]
