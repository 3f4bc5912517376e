"""Account value (客户价值, DOMAIN §7.1-§7.2): indicators, percentile scores, tiers.

Plain functions over plain data. An indicator table is ``{account_id: {indicator: value}}``;
``None`` means "no data" (never zero): that indicator drops out of the account's weighted mean
and the account is flagged incomplete.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TypeVar

import numpy as np

from kam_desktop.domain.enums import SizeClass, ValueTier
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled
from kam_desktop.domain.value import scoring

K = TypeVar("K")


class ValueIndicator(Labeled):
    """The indicators a value model (价值模型) can weigh."""

    SALES_12M = ("sales_12m", "Sales, last 12 months", "近12个月销售额")
    MARGIN_12M = ("margin_12m", "Gross margin, last 12 months", "近12个月毛利")
    COLLECTION_RATE = ("collection_rate", "Collection rate", "回款率")
    GROWTH = ("growth", "Sales growth", "销售增长")
    POTENTIAL = ("potential", "Potential (untapped wallet)", "潜在价值")
    SIZE_CLASS = ("size_class", "Company size", "企业规模")
    RELATIONSHIP = ("relationship", "Relationship with key contacts", "关键联系人关系")
    REFERRAL = ("referral", "Referral value", "引介价值")
    COVERAGE_GAPS = ("coverage_gaps", "Coverage gaps in the contact map", "关系图中的覆盖缺口")


INDICATORS: tuple[str, ...] = tuple(str(i.value) for i in ValueIndicator)

#: Indicators where more is worse: ranked the other way round (DOMAIN §7.1 "negative").
NEGATIVE_INDICATORS: frozenset[str] = frozenset({"coverage_gaps"})

#: Default weights [default]: realised value first, then potential, relationship and growth.
DEFAULT_WEIGHTS: Mapping[str, float] = MappingProxyType(
    {
        "sales_12m": 25.0,
        "margin_12m": 20.0,
        "collection_rate": 10.0,
        "growth": 10.0,
        "potential": 15.0,
        "size_class": 5.0,
        "relationship": 10.0,
        "referral": 5.0,
        "coverage_gaps": 5.0,
    }
)

DEFAULT_MODEL_NAME = QT_TRANSLATE_NOOP("ValueModel", "Overall value")


def default_value_model() -> dict[str, object]:
    """The default value model as a plain dict, shaped like a ``value_model`` row."""
    return {"name": DEFAULT_MODEL_NAME, "weights": dict(DEFAULT_WEIGHTS)}


# --- indicators from raw figures ---------------------------------------------------------------


@dataclass(frozen=True)
class WalletEstimate:
    """How big a customer's wallet for what we sell is, as a share of its annual revenue.

    [default] 2 %: a customer with 年营业额 50,000 万元 is assumed to spend 1,000 万元 a year
    on our category. Potential = that wallet minus what it already buys from us (never < 0),
    i.e. annual revenue x the share-of-wallet gap.
    """

    share_of_revenue: float = 0.02

    def __post_init__(self) -> None:
        if not 0 < self.share_of_revenue <= 1:
            raise ValueError("share_of_revenue must be in (0, 1]")


DEFAULT_WALLET = WalletEstimate()

#: Size classes as ordered points (bigger company, more value) [lit: B2B size classes].
SIZE_POINTS: Mapping[SizeClass, float] = MappingProxyType(
    {SizeClass.LARGE: 4.0, SizeClass.MEDIUM: 3.0, SizeClass.SMALL: 2.0, SizeClass.MICRO: 1.0}
)


def growth(current: float | None, previous: float | None) -> float | None:
    """Sales growth, last 12 months vs the 12 before, as a symmetric change in [-2, 2].

    (current - previous) / mean(current, previous): unlike a plain ratio it is defined for a
    new account (previous 0 gives +2) and a lapsed one (current 0 gives -2). ``None`` when
    there was no business in either period.
    """
    if current is None or previous is None:
        return None
    scale = (abs(current) + abs(previous)) / 2
    if scale == 0:
        return None
    return (current - previous) / scale


def collection_rate(collected: float | None, sales: float | None) -> float | None:
    """回款率: collected / sales over the same months; undefined without sales."""
    if collected is None or sales is None or sales <= 0:
        return None
    return collected / sales


def potential(
    annual_revenue: float | None,
    sales_12m: float | None,
    wallet: WalletEstimate = DEFAULT_WALLET,
) -> float | None:
    """潜在价值: the part of the customer's estimated wallet we do not have yet (万元)."""
    if annual_revenue is None:
        return None
    estimated = annual_revenue * wallet.share_of_revenue
    return max(estimated - (sales_12m or 0.0), 0.0)


def size_points(size: SizeClass | None) -> float | None:
    return None if size is None else SIZE_POINTS[size]


def relationship(levels: Iterable[int]) -> float | None:
    """Mean relationship level (0-5) of key / decision-level contacts; None if there are none."""
    values = list(levels)
    return sum(values) / len(values) if values else None


def referral(
    referred_by: Mapping[str, str | None], sales: Mapping[str, float | None]
) -> dict[str, float]:
    """引介价值: per account, the sales of the accounts it referred (0 when it referred none)."""
    totals = {account: 0.0 for account in referred_by}
    for account, referrer in referred_by.items():
        if referrer is not None and referrer in totals:
            totals[referrer] += sales.get(account) or 0.0
    return totals


# --- normalisation and the composite score ----------------------------------------------------


def _missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _column(values: Iterable[float | None]) -> scoring.FloatArray:
    """Values as a float array, ``None`` (no data) as NaN."""
    return np.array([math.nan if v is None else v for v in values], dtype=np.float64)


def percentile_ranks(values: Mapping[K, float | None]) -> dict[K, float | None]:
    """Each value's percentile rank (0-100) among the non-missing values.

    Ties share the mean of the ranks they span, so the lowest distinct value scores 0, the
    highest 100, equal values score alike, and a single value (or all equal) scores 50.
    Missing values (``None``, NaN) stay ``None``.
    """
    ranks = scoring.percentile_column(_column(values.values())).tolist()
    return {k: None if r != r else r for k, r in zip(values, ranks, strict=True)}


@dataclass(frozen=True)
class Score:
    """An account's composite value score."""

    score: float | None  # 0-100, one decimal; None when no weighted indicator has data
    incomplete: bool  # some weighted indicator had no data


def normalise(
    indicators: Mapping[str, Mapping[str, float | None]], names: Iterable[str]
) -> dict[str, dict[str, float | None]]:
    """Per indicator name, every account's percentile rank (the xᵢ of the composite score)."""
    return {
        name: percentile_ranks({a: row.get(name) for a, row in indicators.items()})
        for name in names
    }


def composite_scores(
    indicators: Mapping[str, Mapping[str, float | None]],
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
) -> dict[str, Score]:
    """Σ wᵢ·xᵢ / Σ wᵢ over each account's indicators that have data (xᵢ = percentile rank,
    reversed for the ``NEGATIVE_INDICATORS``)."""
    if any(w < 0 or math.isnan(w) for w in weights.values()):
        raise ValueError("indicator weights must not be negative")
    used = [(name, w) for name, w in weights.items() if w > 0]
    matrix = np.array(
        [[_value(row.get(name)) for name, _ in used] for row in indicators.values()],
        dtype=np.float64,
    ).reshape(len(indicators), len(used))
    scored = scoring.weighted_scores(
        matrix, [w for _, w in used], [name in NEGATIVE_INDICATORS for name, _ in used]
    )
    return {
        account: Score(None if sc != sc else sc, bool(incomplete))
        for account, sc, incomplete in zip(
            indicators, scored.scores.tolist(), scored.incomplete.tolist(), strict=True
        )
    }


def _value(x: float | None) -> float:
    return math.nan if x is None else x


def indicator_matrix(
    rows: Iterable[Mapping[str, float | None]], names: Sequence[str] = INDICATORS
) -> scoring.FloatArray:
    """Accounts' indicators as a matrix, one row per account, one column per name; ``None``,
    NaN and infinity (no usable data) all become NaN."""
    matrix = np.array(
        [[_value(row.get(name)) for name in names] for row in rows], dtype=np.float64
    ).reshape(-1, len(names))
    matrix[~np.isfinite(matrix)] = np.nan
    return matrix


# --- tiers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TierBands:
    """Shares of the scored accounts per tier, from the top; lead takes the rest.

    [default] platinum top 5 %, gold next 15 %, iron next 30 %, lead bottom 50 % (DOMAIN §7.2).
    """

    platinum: float = 0.05
    gold: float = 0.15
    iron: float = 0.30

    def __post_init__(self) -> None:
        shares = (self.platinum, self.gold, self.iron)
        if any(math.isnan(s) or s < 0 for s in shares) or sum(shares) > 1 + 1e-9:
            raise ValueError("tier shares must be >= 0 and add up to at most 100 %")

    def cumulative(self) -> tuple[tuple[ValueTier, float], ...]:
        top = self.platinum
        return (
            (ValueTier.PLATINUM, top),
            (ValueTier.GOLD, top + self.gold),
            (ValueTier.IRON, top + self.gold + self.iron),
            (ValueTier.LEAD, 1.0),
        )


DEFAULT_TIER_BANDS = TierBands()


@dataclass(frozen=True)
class TierThresholds:
    """Tiers by absolute score instead of rank: the lowest score of each tier (0-100).

    An account scoring at least ``platinum`` is platinum, else at least ``gold`` gold, else at
    least ``iron`` iron, else lead. Unlike bands, the pyramid's shape then follows the scores.
    [default] 80 / 60 / 40.
    """

    platinum: float = 80.0
    gold: float = 60.0
    iron: float = 40.0

    def __post_init__(self) -> None:
        limits = (self.platinum, self.gold, self.iron)
        if any(math.isnan(x) or not 0 <= x <= 100 for x in limits):
            raise ValueError("tier thresholds must be scores between 0 and 100")
        if not self.platinum >= self.gold >= self.iron:
            raise ValueError("tier thresholds must not rise from platinum down to iron")


#: How tiers are drawn: shares of the ranked portfolio, or score thresholds.
TierRule = TierBands | TierThresholds


def _cutoff(count: int, share: float) -> int:
    """How many of ``count`` ranked accounts fall within the top ``share`` (rounded up)."""
    return math.ceil(round(count * share, 9))


def _positions(scores: Mapping[K, float | None]) -> tuple[dict[K, int], int]:
    """Each scored account's rank from the top (0-based); tied scores share the best rank."""
    ranked = sorted(((s, k) for k, s in scores.items() if not _missing(s)), key=lambda p: -p[0])
    positions: dict[K, int] = {}
    previous: float | None = None
    shared = 0
    for index, (score, key) in enumerate(ranked):
        if score != previous:
            shared, previous = index, score
        positions[key] = shared
    return positions, len(ranked)


def assign_tiers(
    scores: Mapping[K, float | None], bands: TierRule = DEFAULT_TIER_BANDS
) -> dict[K, ValueTier | None]:
    """The value pyramid (客户价值金字塔): tier by score rank (bands) or by score (thresholds).
    Unscored accounts get ``None``."""
    codes = tier_codes(_column(scores.values()), bands).tolist()
    return {k: scoring.tier_of(code) for k, code in zip(scores, codes, strict=True)}


def tier_codes(scores: scoring.FloatArray, rule: TierRule) -> scoring.IntArray:
    """``assign_tiers`` over a score array: codes into ``scoring.TIER_ORDER``."""
    if isinstance(rule, TierThresholds):
        return scoring.tiers_by_threshold(scores, (rule.platinum, rule.gold, rule.iron))
    return scoring.tiers_by_share(scores, [share for _, share in rule.cumulative()])


def tier_for_score(score: float, thresholds: TierThresholds) -> ValueTier:
    """The tier a score falls in under score thresholds."""
    if score >= thresholds.platinum:
        return ValueTier.PLATINUM
    if score >= thresholds.gold:
        return ValueTier.GOLD
    return ValueTier.IRON if score >= thresholds.iron else ValueTier.LEAD


def two_tier(scores: Mapping[K, float | None], top_share: float = 0.20) -> dict[K, bool | None]:
    """The 80/20 view: True for the top ``top_share`` of scored accounts, False for the rest."""
    if not 0 <= top_share <= 1:
        raise ValueError("top_share must be between 0 and 1")
    positions, count = _positions(scores)
    limit = _cutoff(count, top_share)
    result: dict[K, bool | None] = {k: None for k in scores}
    for key, position in positions.items():
        result[key] = position < limit
    return result
