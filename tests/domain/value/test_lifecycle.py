"""Lifecycle stage (DOMAIN §7.4), revisit segment (§5.3), relationship mode (§7.6)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.enums import LifecycleStage, RelationshipMode, RevisitSegment, ValueTier
from kam_desktop.domain.value.lifecycle import (
    DEFAULT_LIFECYCLE_RULES,
    LifecycleRules,
    MonthRange,
    add_months,
    history_from_monthly,
    lifecycle_stage,
    month_end,
    month_of,
    revisit_segment,
    shift_month,
    suggest_relationship_mode,
    trend_windows,
)

TODAY = date(2025, 6, 15)


def monthly(first: str, amounts: list[float]) -> dict[str, float]:
    return {shift_month(first, i): a for i, a in enumerate(amounts)}


def stage(series: dict[str, float], rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES) -> object:
    return lifecycle_stage(history_from_monthly(series, TODAY, rules), TODAY, rules)


# --- months -----------------------------------------------------------------------------------


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.integers(-600, 600))
def test_shift_month_round_trips(day: date, delta: int) -> None:
    month = month_of(day)
    assert shift_month(shift_month(month, delta), -delta) == month
    moved = add_months(day, delta)
    assert month_of(moved) == shift_month(month, delta)
    assert moved.day == min(day.day, month_end(month_of(moved)).day)


def test_month_helpers() -> None:
    assert shift_month("2025-01", -1) == "2024-12"
    assert shift_month("2024-12", 13) == "2026-01"
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert "2025-03" in MonthRange("2025-01", "2025-05")
    assert "2025-06" not in MonthRange("2025-01", "2025-05")


def test_trend_windows_use_complete_months() -> None:
    w = trend_windows(TODAY)
    assert w.recent == MonthRange("2024-12", "2025-05")
    assert w.earlier == MonthRange("2024-06", "2024-11")
    assert w.quarters == (MonthRange("2025-03", "2025-05"), MonthRange("2024-12", "2025-02"))


# --- the default rule -------------------------------------------------------------------------


def test_never_ordered_has_no_stage() -> None:
    assert stage({}) is None
    assert stage(monthly("2024-01", [0.0] * 12)) is None


def test_first_order_less_than_six_months_ago_is_exploration() -> None:
    assert stage(monthly("2025-01", [5.0] * 6)) is LifecycleStage.EXPLORATION
    # The first order day, when known, is more exact than its month.
    history = history_from_monthly({}, TODAY, first_order_on=date(2024, 12, 16),
                                   last_order_on=date(2025, 6, 1))  # fmt: skip
    assert lifecycle_stage(history, TODAY) is LifecycleStage.EXPLORATION


def test_rising_sales_is_formation() -> None:
    assert stage(monthly("2024-06", [10.0] * 6 + [12.0] * 6)) is LifecycleStage.FORMATION


def test_flat_sales_with_orders_each_quarter_is_stability() -> None:
    series = monthly("2024-06", [10.0] * 6 + [0.0, 0.0, 30.0, 0.0, 0.0, 30.0])
    assert stage(series) is LifecycleStage.STABILITY
    assert stage(monthly("2024-06", [10.0] * 6 + [10.5] * 6)) is LifecycleStage.STABILITY


def test_falling_sales_is_decline() -> None:
    assert stage(monthly("2024-06", [10.0] * 6 + [8.0] * 6)) is LifecycleStage.DECLINE


def test_a_quarter_without_orders_is_decline() -> None:
    # Flat over the half-year, but nothing in Dec-Feb.
    series = monthly("2024-06", [10.0] * 6 + [0.0, 0.0, 0.0, 20.0, 20.0, 20.0])
    assert stage(series) is LifecycleStage.DECLINE
    # Nothing for more than a quarter before today.
    assert stage(monthly("2024-01", [10.0] * 14)) is LifecycleStage.DECLINE


def test_nothing_in_a_year_is_lost() -> None:
    assert stage(monthly("2023-01", [10.0] * 17)) is LifecycleStage.LOST  # last: May 2024


def test_thresholds_are_configurable() -> None:
    series = monthly("2024-06", [10.0] * 6 + [11.5] * 6)  # +15 %
    assert stage(series) is LifecycleStage.FORMATION
    assert stage(series, LifecycleRules(trend_threshold=0.2)) is LifecycleStage.STABILITY
    young = monthly("2024-11", [5.0] * 7)
    assert stage(young) is not LifecycleStage.EXPLORATION
    assert stage(young, LifecycleRules(exploration_months=9)) is LifecycleStage.EXPLORATION
    with pytest.raises(ValueError, match="quarter"):
        LifecycleRules(quarter_months=7)


def test_current_partial_month_does_not_read_as_decline() -> None:
    series = monthly("2024-06", [10.0] * 12)
    series["2025-06"] = 0.5  # two weeks in
    assert stage(series) is LifecycleStage.STABILITY


# --- revisit segment and relationship mode ----------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "last_order", "expected"),
    [
        (ValueTier.PLATINUM, None, RevisitSegment.HIGH_VALUE),
        (ValueTier.GOLD, date(2020, 1, 1), RevisitSegment.HIGH_CONTRIBUTION),
        (ValueTier.IRON, date(2025, 1, 1), RevisitSegment.GENERAL),
        (ValueTier.LEAD, date(2024, 12, 17), RevisitSegment.GENERAL),  # 180 days
        (ValueTier.LEAD, date(2024, 12, 16), RevisitSegment.DORMANT),  # 181 days
        (None, date(2025, 6, 1), RevisitSegment.GENERAL),
        (ValueTier.IRON, None, None),
    ],
)
def test_revisit_segment(
    tier: ValueTier | None, last_order: date | None, expected: RevisitSegment | None
) -> None:
    assert revisit_segment(tier, last_order, TODAY) is expected


def test_dormant_days_are_configurable() -> None:
    assert revisit_segment(ValueTier.IRON, date(2025, 5, 1), TODAY, dormant_after_days=30) is (
        RevisitSegment.DORMANT
    )


def test_relationship_mode_by_tier() -> None:
    assert [suggest_relationship_mode(t) for t in ValueTier] == [
        RelationshipMode.PARTNERSHIP, RelationshipMode.PROACTIVE,
        RelationshipMode.ACCOUNTABLE, RelationshipMode.REACTIVE,
    ]  # fmt: skip
    assert suggest_relationship_mode(None) is None
    custom = {ValueTier.LEAD: RelationshipMode.BASIC}
    assert suggest_relationship_mode(ValueTier.LEAD, custom) is RelationshipMode.BASIC
