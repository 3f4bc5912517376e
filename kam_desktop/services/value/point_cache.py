"""Every live account's value point (lifetime value, referral value) as the daily refresh
computed them, kept beside the indicators in the ``indicator_cache`` table (row 2).

The Analytics page plots every account's point, and computing them reads a year of value
records, every referral and every lifecycle stage (~1.2 s at 100,000 accounts). The refresh
computes them anyway for the quadrant medians (``quadrant_splits.store_splits``) and keeps them
here in the same transaction, so a point of the cache is valid exactly when the stored medians
are: for the same day and the same lifetime assumptions. A cache: never synced, replaced whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import numpy as np
from sqlalchemy.engine import Connection

from kam_desktop.domain.value.scoring import FloatArray
from kam_desktop.services.book.planner_hints import DELETED_ACCOUNT_IDS
from kam_desktop.services.value.indicator_cache import live_account_count

_TABLE = "indicator_cache"
_ROW = 2  # row 1 holds the indicators
_NAMES = "lifetime_value,referral_value"
_DTYPE = np.dtype("<f8")

Point = tuple[float | None, float | None]


def store_points(conn: Connection, points: Mapping[str, Point], today: date) -> None:
    """Replace the cached points with ``points`` (every live account's, for ``today``)."""
    ids = sorted(points)
    matrix = np.array(
        [[np.nan if v is None else v for v in points[a]] for a in ids], dtype=_DTYPE
    ).reshape(len(ids), 2)
    conn.exec_driver_sql(
        f"INSERT OR REPLACE INTO {_TABLE} "
        "(id, computed_for, indicators, account_ids, matrix, tier_medians) "
        "VALUES (?, ?, ?, ?, ?, NULL)",
        (_ROW, today.isoformat(), _NAMES, "\n".join(ids).encode(), matrix.tobytes()),
    )


def cached_points(conn: Connection, today: date) -> tuple[list[str], FloatArray] | None:
    """The live accounts' ids and points (lifetime, referral; NaN: none) computed for
    ``today``; ``None`` when the cache is of another day or misses an account."""
    row = conn.exec_driver_sql(
        f"SELECT computed_for, indicators, account_ids, matrix FROM {_TABLE} WHERE id = ?",
        (_ROW,),
    ).first()
    if row is None or row[1] != _NAMES or row[0] != today.isoformat():
        return None
    ids = bytes(row[2]).decode().split("\n") if row[2] else []
    matrix = np.frombuffer(row[3], dtype=_DTYPE).reshape(len(ids), 2)
    deleted = {found[0] for found in conn.exec_driver_sql(DELETED_ACCOUNT_IDS).fetchall()}
    if deleted:
        keep = np.array([account_id not in deleted for account_id in ids], dtype=bool)
        ids = [account_id for account_id, kept in zip(ids, keep, strict=True) if kept]
        matrix = matrix[keep]
    if len(ids) != live_account_count(conn):  # accounts added since
        return None
    return ids, matrix


__all__ = ["cached_points", "store_points"]
