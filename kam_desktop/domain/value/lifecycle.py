"""Lifecycle stage (DOMAIN §7.4), revisit segment (§5.3) and relationship mode (§7.6).

Months are ``'YYYY-MM'`` text, as in ``value_record.month``; amounts are 万元.
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType

from kam_desktop.domain.enums import LifecycleStage, RelationshipMode, RevisitSegment, ValueTier

# --- months -----------------------------------------------------------------------------------


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def shift_month(month: str, delta: int) -> str:
    """``month`` moved by ``delta`` months (negative goes back)."""
    year, mon = int(month[:4]), int(month[5:7])
    index = year * 12 + (mon - 1) + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def month_start(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


def month_end(month: str) -> date:
    year, mon = int(month[:4]), int(month[5:7])
    return date(year, mon, calendar.monthrange(year, mon)[1])


@lru_cache(maxsize=64)  # called per account with the same few arguments
def add_months(day: date, delta: int) -> date:
    """The same day ``delta`` months away, clamped to the month's length (31 Mar - 1 = 28 Feb)."""
    end = month_end(shift_month(month_of(day), delta))
    return end.replace(day=min(day.day, end.day))


@dataclass(frozen=True)
class MonthRange:
    """Months ``first`` to ``last``, both included."""

    first: str
    last: str

    def __contains__(self, month: object) -> bool:
        return isinstance(month, str) and self.first <= month <= self.last

    @property
    def start(self) -> date:
        return month_start(self.first)

    @property
    def end(self) -> date:
        return month_end(self.last)


def last_months(last: str, count: int) -> MonthRange:
    """The ``count`` months ending with ``last``."""
    return MonthRange(shift_month(last, -(count - 1)), last)


# --- lifecycle --------------------------------------------------------------------------------


@dataclass(frozen=True)
class LifecycleRules:
    """Thresholds of the default lifecycle rule [default], configurable in Settings."""

    exploration_months: int = 6  # first order less than this long ago: exploration
    trend_months: int = 6  # compare the last N complete months with the N before
    trend_threshold: float = 0.10  # up more than this: formation; down more: decline
    quarter_months: int = 3  # stability needs an order in each such block of the trend window
    lost_after_days: int = 365  # no order for longer: lost

    def __post_init__(self) -> None:
        if min(self.exploration_months, self.trend_months, self.quarter_months) < 1:
            raise ValueError("lifecycle month counts must be at least 1")
        if self.quarter_months > self.trend_months:
            raise ValueError("a quarter cannot be longer than the trend window")
        if self.trend_threshold < 0 or self.lost_after_days < 1:
            raise ValueError("lifecycle thresholds must be positive")


DEFAULT_LIFECYCLE_RULES = LifecycleRules()


@dataclass(frozen=True)
class TrendWindows:
    """The month ranges the rule compares, all complete months before ``today``'s month.

    The current month is left out: early in a month it is nearly empty and would read as a
    decline for everyone.
    """

    recent: MonthRange
    earlier: MonthRange
    quarters: tuple[MonthRange, ...]  # blocks of the recent window, newest first


def trend_windows(today: date, rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES) -> TrendWindows:
    last_complete = shift_month(month_of(today), -1)
    recent = last_months(last_complete, rules.trend_months)
    earlier = last_months(shift_month(recent.first, -1), rules.trend_months)
    quarters = []
    end = last_complete
    while end >= recent.first:
        block = last_months(end, rules.quarter_months)
        quarters.append(MonthRange(max(block.first, recent.first), end))
        end = shift_month(block.first, -1)
    return TrendWindows(recent, earlier, tuple(quarters))


@dataclass(frozen=True)
class SalesHistory:
    """What the lifecycle rule needs to know about one account's sales."""

    first_order_on: date | None
    last_order_on: date | None
    recent: float  # sales in TrendWindows.recent
    earlier: float  # sales in TrendWindows.earlier
    quarters: tuple[float, ...]  # sales per TrendWindows.quarters block


def history_from_monthly(
    monthly_sales: Mapping[str, float | None],
    today: date,
    rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES,
    first_order_on: date | None = None,
    last_order_on: date | None = None,
) -> SalesHistory:
    """Summarise a monthly sales series; exact order dates, when known, beat month bounds."""
    windows = trend_windows(today, rules)
    selling = sorted(m for m, v in monthly_sales.items() if v and v > 0 and m <= month_of(today))
    if selling:
        first = month_start(selling[0])
        last = min(month_end(selling[-1]), today)
        first_order_on = min(first_order_on, first) if first_order_on else first
        last_order_on = max(last_order_on, last) if last_order_on else last

    def total(months: MonthRange) -> float:
        return sum(v or 0.0 for m, v in monthly_sales.items() if m in months)

    return SalesHistory(
        first_order_on=first_order_on,
        last_order_on=last_order_on,
        recent=total(windows.recent),
        earlier=total(windows.earlier),
        quarters=tuple(total(q) for q in windows.quarters),
    )


def lifecycle_stage(
    history: SalesHistory, today: date, rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES
) -> LifecycleStage | None:
    """The default rule over monthly sales; ``None`` for an account that never ordered.

    In order: none in ``lost_after_days`` -> lost; first order within ``exploration_months``
    -> exploration; no order in the last quarter -> decline; recent window up more than the
    threshold -> formation, down more -> decline; otherwise stability if every quarter of the
    recent window had orders, else decline.
    """
    if history.last_order_on is None:
        return None
    if (today - history.last_order_on).days > rules.lost_after_days:
        return LifecycleStage.LOST
    first = history.first_order_on or history.last_order_on
    if first > add_months(today, -rules.exploration_months):
        return LifecycleStage.EXPLORATION
    if history.last_order_on < add_months(today, -rules.quarter_months):
        return LifecycleStage.DECLINE
    if history.earlier <= 0:
        return LifecycleStage.FORMATION if history.recent > 0 else LifecycleStage.DECLINE
    change = (history.recent - history.earlier) / history.earlier
    if change > rules.trend_threshold:
        return LifecycleStage.FORMATION
    if change < -rules.trend_threshold:
        return LifecycleStage.DECLINE
    if all(q > 0 for q in history.quarters):
        return LifecycleStage.STABILITY
    return LifecycleStage.DECLINE


# --- revisit segment --------------------------------------------------------------------------

DORMANT_AFTER_DAYS = 180  # [default] DOMAIN §5.2: no order in 180 days -> dormant


def revisit_segment(
    tier: ValueTier | None,
    last_order_on: date | None,
    today: date,
    dormant_after_days: int = DORMANT_AFTER_DAYS,
) -> RevisitSegment | None:
    """回访分类 (§5.3): platinum high-value, gold high-contribution; the rest general while they
    order, dormant once they stop. An account that never ordered has no segment."""
    if tier is ValueTier.PLATINUM:
        return RevisitSegment.HIGH_VALUE
    if tier is ValueTier.GOLD:
        return RevisitSegment.HIGH_CONTRIBUTION
    if last_order_on is None:
        return None
    if (today - last_order_on).days > dormant_after_days:
        return RevisitSegment.DORMANT
    return RevisitSegment.GENERAL


# --- relationship mode ------------------------------------------------------------------------

#: [default] §7.6 (Kotler): few high-margin customers get the closer modes.
MODE_BY_TIER: Mapping[ValueTier, RelationshipMode] = MappingProxyType(
    {
        ValueTier.PLATINUM: RelationshipMode.PARTNERSHIP,
        ValueTier.GOLD: RelationshipMode.PROACTIVE,
        ValueTier.IRON: RelationshipMode.ACCOUNTABLE,
        ValueTier.LEAD: RelationshipMode.REACTIVE,
    }
)


def suggest_relationship_mode(
    tier: ValueTier | None, by_tier: Mapping[ValueTier, RelationshipMode] = MODE_BY_TIER
) -> RelationshipMode | None:
    """The relationship-marketing mode suggested for a tier (None for an unscored account)."""
    return None if tier is None else by_tier.get(tier)
