"""Value over time (DOMAIN §7.3): tier movers between two months and the falling-value alert
(TurboCRM's 及时发现价值下降的客户).

Plain functions over plain data. A month's standing is ``{account: (score, tier)}``; a history
is ``[(month, score, tier), ...]`` with months as ``'YYYY-MM'``. A ``None`` score or tier means
the account was not scored that month: it is never a move, nor a fall.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Generic, TypeVar

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value.lifecycle import shift_month

K = TypeVar("K")

#: Tiers from the bottom of the pyramid up: a move up raises the rank.
TIER_RANK: Mapping[ValueTier, int] = MappingProxyType(
    {ValueTier.LEAD: 0, ValueTier.IRON: 1, ValueTier.GOLD: 2, ValueTier.PLATINUM: 3}
)

Standing = tuple[float | None, ValueTier | None]
HistoryEntry = tuple[str, float | None, ValueTier | None]


@dataclass(frozen=True)
class TierMove(Generic[K]):
    """One account whose tier changed from one month to the next."""

    account_id: K
    from_tier: ValueTier
    to_tier: ValueTier
    score_change: float | None  # None when either month had no score

    @property
    def steps(self) -> int:
        """Tiers moved: positive up the pyramid, negative down."""
        return TIER_RANK[self.to_tier] - TIER_RANK[self.from_tier]

    @property
    def up(self) -> bool:
        return self.steps > 0


def tier_moves(previous: Mapping[K, Standing], current: Mapping[K, Standing]) -> list[TierMove[K]]:
    """The accounts tiered in both months whose tier changed, up and down.

    Biggest moves first: more tiers moved, then a bigger score change; ties by account so the
    order never depends on the mappings' order.
    """
    moves = []
    for account, (score, tier) in current.items():
        before = previous.get(account)
        if before is None or before[1] is None or tier is None or before[1] is tier:
            continue
        change = None if score is None or before[0] is None else round(score - before[0], 1)
        moves.append(TierMove(account, before[1], tier, change))
    moves.sort(key=lambda m: (-abs(m.steps), -abs(m.score_change or 0.0), str(m.account_id)))
    return moves


@dataclass(frozen=True)
class FallingValueRule:
    """When an account's value counts as falling [default]: its tier dropped since the
    snapshot before, or its score fell more than ``score_drop`` points (of 100) over the
    last ``months`` months."""

    score_drop: float = 10.0
    months: int = 3

    def __post_init__(self) -> None:
        if not self.score_drop >= 0:  # also refuses NaN
            raise ValueError("score_drop must not be negative")
        if self.months < 1:
            raise ValueError("months must be at least 1")


DEFAULT_FALLING_RULE = FallingValueRule()


@dataclass(frozen=True)
class ValueFall:
    """How the latest month of a history shows falling value: a tier drop (``from_tier`` →
    ``to_tier``), else a score ``score_drop`` points lower than ``months`` months before."""

    month: str  # the latest month, the one that shows the fall
    from_tier: ValueTier | None = None
    to_tier: ValueTier | None = None
    score_drop: float | None = None  # rounded to 0.1
    months: int = 1  # months between the two snapshots compared


def value_fall(
    history: Sequence[HistoryEntry], rule: FallingValueRule = DEFAULT_FALLING_RULE
) -> ValueFall | None:
    """How the latest month of ``history`` (any order; one entry per month) shows falling value,
    or None when it does not. The score is compared with the oldest score within
    ``rule.months`` months before the latest: a steady slide of 4 points a month is caught, a
    single month's dip too. A tier drop is reported first."""
    entries = sorted(history, key=lambda entry: entry[0])
    if len(entries) < 2:
        return None
    latest_month, latest_score, latest_tier = entries[-1]
    previous_month, _, previous_tier = entries[-2]
    if _dropped(previous_tier, latest_tier):
        steps = _months_between(previous_month, latest_month)
        return ValueFall(latest_month, previous_tier, latest_tier, months=steps)
    if latest_score is None:
        return None
    since = shift_month(latest_month, -rule.months)
    earlier = [(m, score) for m, score, _ in entries[:-1] if m >= since and score is not None]
    if not earlier or not earlier[0][1] - latest_score > rule.score_drop:
        return None
    drop = round(earlier[0][1] - latest_score, 1)
    return ValueFall(
        latest_month, score_drop=drop, months=_months_between(earlier[0][0], latest_month)
    )


def falling(history: Sequence[HistoryEntry], rule: FallingValueRule = DEFAULT_FALLING_RULE) -> bool:
    """Whether the latest month of ``history`` shows falling value (``value_fall``)."""
    return value_fall(history, rule) is not None


def _months_between(first: str, last: str) -> int:
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])


def _dropped(before: ValueTier | None, after: ValueTier | None) -> bool:
    return before is not None and after is not None and TIER_RANK[after] < TIER_RANK[before]


__all__ = [
    "DEFAULT_FALLING_RULE",
    "TIER_RANK",
    "FallingValueRule",
    "HistoryEntry",
    "Standing",
    "TierMove",
    "ValueFall",
    "falling",
    "tier_moves",
    "value_fall",
]
