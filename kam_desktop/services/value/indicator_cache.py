"""The indicator cache: every live account's value indicators as the last refresh computed
them, kept as one float64 matrix (table ``indicator_cache``, one row).

A refresh stores the matrix; rescoring (new weights or tier rule) and the current month's
snapshot read it back in a few milliseconds — reading 100,000 rows of nine columns through
the driver takes a quarter of a second, already more than the whole rank-and-weigh pass. It is
a cache: never synced, replaced whole by each refresh, ignored when computed for another day,
for another set of indicators, or when accounts were added since.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy.engine import Connection

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value.scoring import (
    NO_TIER,
    TIER_ORDER,
    FloatArray,
    IntArray,
    tier_rank_medians,
)
from kam_desktop.domain.value.value import INDICATORS, indicator_matrix
from kam_desktop.services.book.planner_hints import DELETED_ACCOUNT_IDS

_TABLE = "indicator_cache"
_NAMES = ",".join(INDICATORS)
_DTYPE = np.dtype("<f8")


@dataclass(frozen=True)
class IndicatorMatrix:
    """Live accounts' cached indicators: ``account_ids[i]`` has row ``matrix[i]`` (columns in
    ``INDICATORS`` order, NaN for no data), computed for ``computed_for`` (``None``: no usable
    cache)."""

    account_ids: list[str]
    matrix: FloatArray
    computed_for: date | None
    tier_medians: dict[str, list[float | None]] | None = None  # tier code or "all" → medians

    def fresh_for(self, today: date, live_accounts: int) -> bool:
        """Whether the cache was computed for ``today`` and holds every live account."""
        return self.computed_for == today and len(self.account_ids) == live_accounts


_EMPTY = IndicatorMatrix([], np.empty((0, len(INDICATORS))), None)


def read_matrix(conn: Connection) -> IndicatorMatrix:
    """The cached matrix less the accounts deleted since (found by their index)."""
    row = conn.exec_driver_sql(
        f"SELECT computed_for, indicators, account_ids, matrix, tier_medians FROM {_TABLE} "
        "WHERE id = 1"
    ).first()
    if row is None or row[1] != _NAMES:
        return _EMPTY
    ids = bytes(row[2]).decode().split("\n") if row[2] else []
    matrix = np.frombuffer(row[3], dtype=_DTYPE).reshape(len(ids), len(INDICATORS))
    deleted = {found[0] for found in conn.exec_driver_sql(DELETED_ACCOUNT_IDS).fetchall()}
    if deleted:
        keep = np.array([account_id not in deleted for account_id in ids], dtype=bool)
        ids = [account_id for account_id, kept in zip(ids, keep, strict=True) if kept]
        matrix = matrix[keep]
    medians = _parse_medians(row[4])
    return IndicatorMatrix(ids, matrix, date.fromisoformat(row[0]), medians)


@dataclass(frozen=True)
class AccountRow:
    """One account's cached indicators beside the live accounts' matrix (its row included)."""

    values: FloatArray  # the account's indicators, in ``INDICATORS`` order
    matrix: FloatArray  # every live account's rows
    computed_for: date
    tier_medians: dict[str, list[float | None]] | None


def read_account_row(conn: Connection, account_id: str) -> AccountRow | None:
    """``account_id``'s row of the cache and the live accounts' matrix; ``None`` when the cache
    is empty, of other indicators, or without the account. For one account (the Value tab)
    the id list is searched as bytes, not split into 100,000 strings."""
    row = conn.exec_driver_sql(
        f"SELECT computed_for, indicators, account_ids, matrix, tier_medians FROM {_TABLE} "
        "WHERE id = 1"
    ).first()
    if row is None or row[1] != _NAMES or not row[2]:
        return None
    ids = b"\n" + bytes(row[2]) + b"\n"
    matrix = np.frombuffer(row[3], dtype=_DTYPE).reshape(ids.count(b"\n") - 1, len(INDICATORS))
    index = _row_of(ids, account_id)
    if index is None:
        return None
    values = matrix[index].copy()
    gone = [_row_of(ids, found[0]) for found in conn.exec_driver_sql(DELETED_ACCOUNT_IDS)]
    gone_rows = [i for i in gone if i is not None]
    if gone_rows:
        matrix = np.delete(matrix, gone_rows, axis=0)
    return AccountRow(values, matrix, date.fromisoformat(row[0]), _parse_medians(row[4]))


def _row_of(ids: bytes, account_id: str) -> int | None:
    """The row of ``account_id`` in ``ids`` (newline-separated, with a newline at each end)."""
    at = ids.find(b"\n" + account_id.encode() + b"\n")
    return None if at < 0 else ids.count(b"\n", 0, at)


def live_account_count(conn: Connection) -> int:
    sql = "SELECT COUNT(*) FROM account WHERE deleted_at IS NULL"  # a covering index
    return int(conn.exec_driver_sql(sql).scalar() or 0)


def store(
    conn: Connection,
    indicators: Mapping[str, Mapping[str, float | None]],
    tiers: Mapping[str, ValueTier | None],
    today: date,
) -> None:
    """Replace the cache with ``indicators`` (every live account's, as a refresh computed them
    for ``today``) and their tiers' median ranks. NaN, infinity and ``None`` are "no data"."""
    ids = sorted(indicators)
    matrix = indicator_matrix(indicators[a] for a in ids).astype(_DTYPE, copy=False)
    codes = np.array([_TIER_INDEX[tiers.get(a)] for a in ids], dtype=np.int8)
    conn.exec_driver_sql(
        f"INSERT OR REPLACE INTO {_TABLE} "
        "(id, computed_for, indicators, account_ids, matrix, tier_medians) "
        "VALUES (1, ?, ?, ?, ?, ?)",
        (
            today.isoformat(),
            _NAMES,
            "\n".join(ids).encode(),
            matrix.tobytes(),
            _medians_json(matrix, codes),
        ),
    )


def store_tier_medians(conn: Connection, matrix: FloatArray, tier_codes: IntArray) -> None:
    """After a rescore drew new tiers: their median ranks (the matrix is unchanged)."""
    conn.exec_driver_sql(
        f"UPDATE {_TABLE} SET tier_medians = ? WHERE id = 1", (_medians_json(matrix, tier_codes),)
    )


_TIER_INDEX: dict[ValueTier | None, int] = {
    None: NO_TIER,
    **{tier: index for index, tier in enumerate(TIER_ORDER)},
}


def _medians_json(matrix: FloatArray, tier_codes: IntArray) -> str:
    medians = tier_rank_medians(matrix, tier_codes)
    return json.dumps({_tier_key(code): found for code, found in medians.items()})


def _tier_key(code: int) -> str:
    return "all" if code == NO_TIER else str(TIER_ORDER[code].code)


def _parse_medians(raw: object) -> dict[str, list[float | None]] | None:
    try:
        parsed = json.loads(raw) if isinstance(raw, str | bytes) else None
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


__all__ = [
    "AccountRow",
    "IndicatorMatrix",
    "live_account_count",
    "read_account_row",
    "read_matrix",
    "store",
    "store_tier_medians",
]
