"""Each snapshot month's tier cut-offs (the lowest score of each tier), kept in ``book_meta``
when the month is written, so the score history behind an account's line does not scan every
account of 24 months (2.4 million snapshot rows on a big book) each time the Value tab shows.
A month written before this was kept is read from the snapshots, once per showing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kam_desktop.db.models import BookMeta

CUTOFFS_KEY = "value_tier_cutoffs"  # book_meta: {model id or "": {month: {tier code: lowest}}}


def month_cutoffs(
    rows: Iterable[tuple[object, float | None, str | None, object]],
) -> dict[str, float]:
    """The lowest score per tier code among a month's stored rows (id, score, tier, ...)."""
    lowest: dict[str, float] = {}
    for _id, score, tier, *_ in rows:
        if tier is not None and score is not None and (tier not in lowest or score < lowest[tier]):
            lowest[tier] = score
    return lowest


def remember(
    conn: Connection, model_id: str | None, month: str, cutoffs: Mapping[str, float]
) -> None:
    stored = _stored(conn)
    stored.setdefault(model_id or "", {})[month] = dict(cutoffs)
    _write(conn, stored)


def _write(conn: Connection, stored: Mapping[str, object]) -> None:
    text = json.dumps(stored, sort_keys=True)
    conn.execute(BookMeta.__table__.delete().where(BookMeta.key == CUTOFFS_KEY))
    conn.execute(BookMeta.__table__.insert().values(key=CUTOFFS_KEY, value=text))


def remember_missing(conn: Connection, model_id: str | None) -> int:
    """Keep the cut-offs of every snapshot month of the model not kept yet (months written
    before this was kept, e.g. by an older version): one query, once; the months added."""
    kept = remembered(conn, model_id)
    months = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT DISTINCT month FROM value_snapshot WHERE model_id IS ?", (model_id,)
        ).fetchall()
        if row[0] not in kept
    ]
    if not months:
        return 0
    found: dict[str, dict[str, float]] = {month: {} for month in months}
    marks = ", ".join("?" for _ in months)
    for month, tier, lowest in conn.exec_driver_sql(
        f"SELECT month, tier, MIN(score) FROM value_snapshot WHERE model_id IS ? "
        f"AND month IN ({marks}) AND tier IS NOT NULL AND score IS NOT NULL "
        "GROUP BY month, tier",
        (model_id, *months),
    ).fetchall():
        found[month][tier] = lowest
    stored = _stored(conn)
    stored.setdefault(model_id or "", {}).update(found)
    _write(conn, stored)
    return len(months)


def remembered(conn: Connection, model_id: str | None) -> dict[str, dict[str, float]]:
    """The kept cut-offs of the model's months (month → tier code → lowest score)."""
    found = _stored(conn).get(model_id or "", {})
    return found if isinstance(found, dict) else {}


def _stored(conn: Connection) -> dict[str, dict[str, dict[str, float]]]:
    raw = conn.scalar(select(BookMeta.value).where(BookMeta.key == CUTOFFS_KEY))
    try:
        parsed = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


__all__ = ["CUTOFFS_KEY", "month_cutoffs", "remember", "remember_missing", "remembered"]
