"""The composite value score and tiers over arrays (DOMAIN §7.1-§7.2), for a whole portfolio.

The same rules as ``value.percentile_ranks`` / ``composite_scores`` / ``assign_tiers`` —
those are thin wrappers over these — but a column at a time in NumPy, so scoring 100,000
accounts takes tens of milliseconds rather than seconds. An indicator matrix has one row per
account and one column per indicator; NaN means "no data" (never zero).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from kam_desktop.domain.enums import ValueTier

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int8]

#: Tier codes in the tier array, best first; ``NO_TIER`` for an unscored account.
TIER_ORDER: tuple[ValueTier, ...] = (
    ValueTier.PLATINUM,
    ValueTier.GOLD,
    ValueTier.IRON,
    ValueTier.LEAD,
)
NO_TIER = -1


def percentile_column(values: FloatArray) -> FloatArray:
    """Each value's percentile rank (0-100) among the non-NaN values; NaN stays NaN.

    Ties share the mean of the 0-based ranks they span, scaled so ranks 0..n-1 map onto 0..100;
    a single value (or all equal) scores 50.
    """
    result = np.full(values.shape, np.nan)
    present = np.flatnonzero(~np.isnan(values))
    n = present.size
    if n == 0:
        return result
    if n == 1:
        result[present] = 50.0
        return result
    order = present[np.argsort(values[present], kind="stable")]
    ordered = values[order]
    # Each run of equal values: its first and last sorted position.
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    ends = np.r_[starts[1:], n] - 1
    run_pct = 50.0 * (starts + ends) / (n - 1)
    result[order] = np.repeat(run_pct, ends - starts + 1)
    return result


def rank_of(column: FloatArray, value: float) -> float | None:
    """``value``'s percentile rank among the column's non-NaN values, as ``percentile_column``
    gives it, without ranking the whole column (NaN value: ``None``)."""
    if value != value:
        return None
    present = column[~np.isnan(column)]
    n = present.size
    if n <= 1:
        return 50.0
    less = int(np.count_nonzero(present < value))
    equal = int(np.count_nonzero(present == value))
    return 50.0 * (2 * less + equal - 1) / (n - 1)


def tier_rank_medians(matrix: FloatArray, tier_codes: IntArray) -> dict[int, list[float | None]]:
    """Per tier code (and ``NO_TIER`` for all accounts), each column's median percentile rank
    over the accounts of that tier with data (``None``: none has)."""
    ranks = np.column_stack([percentile_column(matrix[:, j]) for j in range(matrix.shape[1])])
    ranks = ranks.reshape(matrix.shape)
    medians: dict[int, list[float | None]] = {}
    for code in (NO_TIER, *range(len(TIER_ORDER))):
        rows = ranks if code == NO_TIER else ranks[tier_codes == code]
        found: list[float | None] = []
        for j in range(ranks.shape[1]):
            column = rows[:, j]
            present = column[~np.isnan(column)]
            found.append(float(np.median(present)) if present.size else None)
        medians[code] = found
    return medians


@dataclass(frozen=True)
class ScoredPortfolio:
    """Per account (the matrix's rows): score 0-100 to one decimal (NaN: nothing to weigh),
    and whether a weighted indicator had no data."""

    scores: FloatArray
    incomplete: npt.NDArray[np.bool_]


def weighted_scores(
    matrix: FloatArray, weights: Sequence[float], negative: Sequence[bool] | None = None
) -> ScoredPortfolio:
    """Σ wᵢ·xᵢ / Σ wᵢ over each row's indicators with data, xᵢ its column's percentile rank
    (100 minus it for a ``negative`` indicator, where more is worse).

    Columns are added in order, one multiply-add at a time, as the per-account rule does, so
    both give the same float before rounding. Weights must be finite and non-negative.
    """
    if matrix.ndim != 2 or matrix.shape[1] != len(weights):
        raise ValueError("one weight per indicator column")
    if any(not np.isfinite(w) or w < 0 for w in weights):
        raise ValueError("indicator weights must not be negative")
    negative = negative or [False] * len(weights)
    rows = matrix.shape[0]
    total = np.zeros(rows)
    weight = np.zeros(rows)
    incomplete = np.zeros(rows, dtype=bool)
    for column, (w, worse) in enumerate(zip(weights, negative, strict=True)):
        if w <= 0:
            continue
        ranks = percentile_column(matrix[:, column])
        if worse:
            ranks = 100.0 - ranks
        missing = np.isnan(ranks)
        incomplete |= missing
        total += np.where(missing, 0.0, w * np.nan_to_num(ranks))
        weight += np.where(missing, 0.0, w)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.clip(total / weight, 0.0, 100.0)
    mean[weight == 0] = np.nan
    return ScoredPortfolio(_round_one_decimal(mean), incomplete)


def _round_one_decimal(values: FloatArray) -> FloatArray:
    """Python's ``round(x, 1)`` (correctly rounded, as stored before). NumPy's scaled ``rint``
    agrees except near a half, where the scaling's error can tip it: those few values are
    rounded by Python."""
    scaled = values * 10.0
    result = np.rint(scaled) / 10.0
    near_half = np.flatnonzero(np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6)
    for index in near_half.tolist():
        result[index] = round(float(values[index]), 1)
    return result


def tiers_by_share(scores: FloatArray, cumulative_shares: Sequence[float]) -> IntArray:
    """Tier codes by rank: an account's position is how many scored accounts score strictly
    more (ties share the best position); tier t holds positions below
    ``ceil(count x cumulative_shares[t])``. NaN scores get ``NO_TIER``."""
    codes = np.full(scores.shape, NO_TIER, dtype=np.int8)
    scored = ~np.isnan(scores)
    ascending = np.sort(scores[scored])
    count = ascending.size
    positions = count - np.searchsorted(ascending, scores[scored], side="right")
    limits = np.array([np.ceil(round(count * share, 9)) for share in cumulative_shares])
    codes[scored] = np.searchsorted(limits, positions, side="right").clip(max=len(limits) - 1)
    return codes


def tiers_by_threshold(scores: FloatArray, minimums: Sequence[float]) -> IntArray:
    """Tier codes by score: the first tier whose minimum the score reaches (minimums best
    first, the last tier takes the rest). NaN scores get ``NO_TIER``."""
    codes = np.full(scores.shape, len(minimums), dtype=np.int8)
    for code in reversed(range(len(minimums))):
        codes[scores >= minimums[code]] = code
    codes[np.isnan(scores)] = NO_TIER
    return codes


def tier_of(code: int) -> ValueTier | None:
    return None if code == NO_TIER else TIER_ORDER[code]


__all__ = [
    "NO_TIER",
    "TIER_ORDER",
    "ScoredPortfolio",
    "percentile_column",
    "rank_of",
    "tier_of",
    "tier_rank_medians",
    "tiers_by_share",
    "tiers_by_threshold",
    "weighted_scores",
]
