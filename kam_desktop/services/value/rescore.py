"""Score the portfolio from the indicator cache: after a change of weights or tier rule, and for
the current month's snapshot.

Weights and tiers are relative to the whole book, so a new weight re-tiers every account; but
the indicators themselves do not change with the weights. ``score_cached`` weighs the cached
indicator matrix (``indicator_cache``) in NumPy; ``rescore`` writes the score, tier,
incomplete flag and revisit segment of the accounts whose values changed. Both need a cache
computed today for every live account; otherwise they answer ``None`` / ``False`` and the
caller refreshes everything (``account_caches.refresh_all``).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy.engine import Connection

from kam_desktop.db.book import Book
from kam_desktop.domain.enums import RevisitSegment, ValueTier
from kam_desktop.domain.value import lifecycle
from kam_desktop.domain.value.scoring import FloatArray, IntArray, tier_of, weighted_scores
from kam_desktop.domain.value.value import INDICATORS, NEGATIVE_INDICATORS, tier_codes
from kam_desktop.services.value import indicator_cache
from kam_desktop.services.value.derived import DerivedConfig
from kam_desktop.services.value.derived_facts import value_weights
from kam_desktop.services.value.value_rules import stored_derived_config

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CachedScores:
    """The portfolio weighed from the cache: per account (``account_ids[i]``), its indicator
    row, score (NaN: unscored), incomplete flag and tier code (``scoring.TIER_ORDER``)."""

    account_ids: list[str]
    matrix: FloatArray
    scores: FloatArray
    incomplete: npt.NDArray[np.bool_]
    tiers: IntArray


def score_cached(
    conn: Connection, today: date, config: DerivedConfig | None = None
) -> CachedScores | None:
    """Weigh the cached indicators by the active model (or ``config.weights``) and draw the
    tiers; ``None`` when the cache was not computed today for every live account."""
    config = config or stored_derived_config(conn)
    cache = indicator_cache.read_matrix(conn)
    if not cache.fresh_for(today, indicator_cache.live_account_count(conn)):
        return None
    weights = value_weights(conn, config.weights)
    used = [(INDICATORS.index(name), w) for name, w in weights.items() if w > 0]
    scored = weighted_scores(
        cache.matrix[:, [column for column, _ in used]],
        [w for _, w in used],
        [INDICATORS[column] in NEGATIVE_INDICATORS for column, _ in used],
    )
    tiers = tier_codes(scored.scores, config.tier_bands)
    return CachedScores(cache.account_ids, cache.matrix, scored.scores, scored.incomplete, tiers)


def rescore(book: Book, today: date | None = None, config: DerivedConfig | None = None) -> bool:
    """Re-weigh every live account from the indicator cache and write the value caches that
    changed, in one transaction; ``False`` (nothing written) when the cache is not fresh."""
    today = today or date.today()
    with book.sessions.begin() as s:
        conn = s.connection()
        config = config or stored_derived_config(conn)
        scored = score_cached(conn, today, config)
        if scored is None:
            return False
        changed = _changed(conn, scored, config, today)
        _write(conn, changed)
        indicator_cache.store_tier_medians(conn, scored.matrix, scored.tiers)
    log.info("rescored from the indicator cache: %d accounts changed", len(changed))
    return True


def _changed(
    conn: Connection, scored: CachedScores, config: DerivedConfig, today: date
) -> list[tuple[Any, ...]]:
    """``(score, tier code, incomplete, segment code, id)`` of the accounts whose stored
    caches differ, in stored form."""
    current = {
        row[0]: row[1:]
        for row in conn.exec_driver_sql(
            "SELECT id, value_score, value_tier, value_incomplete, revisit_segment, "
            "last_order_on FROM account WHERE deleted_at IS NULL"
        ).fetchall()
    }
    rows = []
    for account_id, score, incomplete, code in zip(
        scored.account_ids,
        scored.scores.tolist(),
        scored.incomplete.tolist(),
        scored.tiers.tolist(),
        strict=True,
    ):
        old_score, old_tier, old_incomplete, old_segment, last_order = current[account_id]
        tier = tier_of(code)
        last_order_on = date.fromisoformat(last_order) if last_order else None
        segment = lifecycle.revisit_segment(tier, last_order_on, today, config.dormant_after_days)
        new = (None if score != score else score, _code(tier), int(incomplete), _code(segment))
        if new != (old_score, old_tier, old_incomplete, old_segment):
            rows.append((*new, account_id))
    return rows


def _write(conn: Connection, rows: list[tuple[Any, ...]]) -> None:
    """Straight to the driver's ``executemany``: SQLAlchemy's per-row bind processing was most
    of the time of writing 100,000 changed tiers. Caches: no ``revision`` or ``updated_at``."""
    sql = (
        "UPDATE account SET value_score = ?, value_tier = ?, value_incomplete = ?, "
        "revisit_segment = ? WHERE id = ?"
    )
    for start in range(0, len(rows), 5000):
        conn.exec_driver_sql(sql, rows[start : start + 5000])


def _code(member: ValueTier | RevisitSegment | None) -> object:
    return None if member is None else member.code


__all__ = ["CachedScores", "rescore", "score_cached"]
