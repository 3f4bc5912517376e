"""The book's quadrant splits (DOMAIN §7.5): the medians of lifetime value and referral value
over every account, kept in ``book_meta`` by the daily refresh.

One account's quadrant needs both medians, and computing them reads every account's margin,
cost to serve and referrals — about a second on 100,000 accounts, too long to wait for each
time the Value tab shows an account. The refresh stores them with the day and the lifetime
assumptions they were computed for; a read with another day or other assumptions computes them
afresh (and the next refresh stores them again).
"""

from __future__ import annotations

import json
from datetime import date

import numpy as np
from sqlalchemy import select
from sqlalchemy.engine import Connection

from kam_desktop.db.book import Book
from kam_desktop.db.models import BookMeta
from kam_desktop.domain.value.lifetime import LifetimeAssumptions, assumptions_to_json
from kam_desktop.domain.value.quadrants import median_splits
from kam_desktop.domain.value.scoring import FloatArray
from kam_desktop.services.value.point_cache import cached_points, store_points
from kam_desktop.services.value.value_points import value_points
from kam_desktop.services.value.value_settings import stored_lifetime_assumptions

SPLITS_KEY = "value_quadrant_splits"  # book_meta key

Splits = tuple[float, float] | None


def store_splits(book: Book, today: date) -> Splits:
    """Compute the medians for ``today`` under the book's assumptions and keep them."""
    with book.sessions.begin() as s:
        assumptions = stored_lifetime_assumptions(s)
        points = value_points(s.connection(), today, assumptions)
        splits = median_splits(points)
        store_points(s.connection(), points, today)  # valid while these medians are
        stamp = {
            "for": today.isoformat(),
            "assumptions": assumptions_to_json(assumptions),
            "splits": None if splits is None else list(splits),
        }
        s.merge(BookMeta(key=SPLITS_KEY, value=json.dumps(stamp, sort_keys=True)))
    book.meta[SPLITS_KEY] = json.dumps(stamp, sort_keys=True)
    return splits


def _stored(conn: Connection, today: date, assumptions: LifetimeAssumptions) -> dict | None:
    """The stored stamp when it is for ``today`` and ``assumptions``."""
    raw = conn.scalar(select(BookMeta.value).where(BookMeta.key == SPLITS_KEY))
    stored = _parse(raw)
    if (
        stored is not None
        and stored.get("for") == today.isoformat()
        and stored.get("assumptions") == json.loads(json.dumps(assumptions_to_json(assumptions)))
    ):
        return stored
    return None


def book_points(
    conn: Connection, today: date, assumptions: LifetimeAssumptions
) -> tuple[list[str], FloatArray]:
    """Every live account's id and (lifetime, referral) point, NaN where missing: from the
    cache when the stored medians are for ``today`` and ``assumptions``, else computed."""
    if _stored(conn, today, assumptions) is not None:
        cached = cached_points(conn, today)
        if cached is not None:
            return cached
    points = value_points(conn, today, assumptions)
    ids = list(points)
    matrix = np.array(
        [[np.nan if v is None else v for v in points[a]] for a in ids], dtype=float
    ).reshape(len(ids), 2)
    return ids, matrix


def book_splits(conn: Connection, today: date, assumptions: LifetimeAssumptions) -> Splits:
    """The medians for ``today`` under ``assumptions``: the stored ones when they match."""
    stored = _stored(conn, today, assumptions)
    if stored is not None:
        found = stored.get("splits")
        if found is None:
            return None
        if isinstance(found, list) and len(found) == 2:
            return float(found[0]), float(found[1])
    return median_splits(value_points(conn, today, assumptions))


def _parse(raw: str | None) -> dict[str, object] | None:
    if not raw:
        return None
    try:
        parsed = json.loads(raw)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict) else None


__all__ = ["SPLITS_KEY", "book_points", "book_splits", "store_splits"]
