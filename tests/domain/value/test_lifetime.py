"""Lifetime value and referral value (DOMAIN §7.5): hand-computed cases, validation, JSON."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.enums import LifecycleStage
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.value.lifetime import (
    DEFAULT_ASSUMPTIONS,
    DEFAULT_RETENTION,
    LifetimeAssumptions,
    assumptions_from_json,
    assumptions_to_json,
    lifetime_factor,
    lifetime_value,
    referral_value,
)

STABLE = LifecycleStage.STABILITY


def test_defaults_are_domain_defaults() -> None:
    a = LifetimeAssumptions()
    assert (a.discount_rate, a.horizon_years) == (0.08, 5)
    assert a.retention(LifecycleStage.LOST) == 0.0
    assert a.retention(STABLE) == 0.9
    assert a.retention(None) == a.retention(LifecycleStage.EXPLORATION)


def test_one_year_by_hand() -> None:
    a = LifetimeAssumptions(horizon_years=1)
    assert lifetime_value(100.0, None, STABLE, a) == pytest.approx(100 * 0.9 / 1.08)


def test_two_years_by_hand() -> None:
    a = LifetimeAssumptions(horizon_years=2)
    expected = 100 * 0.9 / 1.08 + 100 * 0.81 / 1.08**2  # 83.333 + 69.444
    assert lifetime_value(100.0, 0.0, STABLE, a) == pytest.approx(expected)
    assert expected == pytest.approx(152.7778, abs=1e-4)


def test_cost_to_serve_is_retained_and_discounted_like_margin() -> None:
    a = LifetimeAssumptions(discount_rate=0.0, horizon_years=3)
    # (100 - 20) x (0.75 + 0.75² + 0.75³) = 80 x 1.734375
    assert lifetime_value(100.0, 20.0, LifecycleStage.FORMATION, a) == pytest.approx(138.75)


def test_default_five_years() -> None:
    step = 0.9 / 1.08
    expected = 50.0 * sum(step**t for t in range(1, 6))
    assert lifetime_value(50.0, None, STABLE) == pytest.approx(expected)
    assert lifetime_factor(STABLE, DEFAULT_ASSUMPTIONS) == pytest.approx(expected / 50)


def test_lost_account_is_worth_nothing_more() -> None:
    assert lifetime_value(500.0, 10.0, LifecycleStage.LOST) == 0.0


def test_no_margin_is_no_data_never_zero() -> None:
    assert lifetime_value(None, 5.0, STABLE) is None
    assert lifetime_value(math.nan, None, STABLE) is None
    assert lifetime_value(math.inf, None, STABLE) is None


def test_margin_below_cost_gives_a_negative_value() -> None:
    value = lifetime_value(10.0, 30.0, STABLE)
    assert value is not None
    assert value < 0


def test_partial_retention_keeps_the_other_defaults() -> None:
    a = LifetimeAssumptions(retention_by_stage={STABLE: 0.95})
    assert a.retention(STABLE) == 0.95
    assert a.retention(LifecycleStage.DECLINE) == DEFAULT_RETENTION[LifecycleStage.DECLINE]
    assert hash(a) != hash(DEFAULT_ASSUMPTIONS)
    assert LifetimeAssumptions(retention_by_stage=dict(DEFAULT_RETENTION)) == DEFAULT_ASSUMPTIONS


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"discount_rate": -0.01}, "discount_rate"),
        ({"discount_rate": 1.5}, "discount_rate"),
        ({"discount_rate": math.nan}, "discount_rate"),
        ({"horizon_years": 0}, "horizon_years"),
        ({"horizon_years": 21}, "horizon_years"),
        ({"horizon_years": 2.5}, "horizon_years"),
        ({"retention_by_stage": {STABLE: 1.2}}, "retention_by_stage"),
        ({"retention_by_stage": {STABLE: -0.1}}, "retention_by_stage"),
        ({"retention_by_stage": {"stability": 0.5}}, "retention_by_stage"),
    ],
)
def test_bad_assumptions_name_the_field(kwargs: dict, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        LifetimeAssumptions(**kwargs)
    assert caught.value.fields() == [field]
    assert caught.value.message()


def test_edges_are_allowed() -> None:
    LifetimeAssumptions(discount_rate=0.0, horizon_years=1)
    LifetimeAssumptions(discount_rate=1.0, horizon_years=20)
    LifetimeAssumptions(retention_by_stage=dict.fromkeys(LifecycleStage, 1.0))


def test_json_round_trip() -> None:
    a = LifetimeAssumptions({LifecycleStage.DECLINE: 0.4}, discount_rate=0.1, horizon_years=7)
    assert assumptions_from_json(assumptions_to_json(a)) == a
    assert assumptions_from_json({}) == DEFAULT_ASSUMPTIONS


def test_bad_json_is_refused_or_defaulted() -> None:
    bad = {"retention_by_stage": {"nonsense": 0.5}, "horizon_years": 3}
    with pytest.raises(InvalidInput):
        assumptions_from_json(bad)
    assert assumptions_from_json(bad, strict=False) == DEFAULT_ASSUMPTIONS
    assert assumptions_from_json("junk", strict=False) == DEFAULT_ASSUMPTIONS
    with pytest.raises(InvalidInput) as caught:
        assumptions_from_json({"discount_rate": "8%"})
    assert caught.value.fields() == ["discount_rate"]


def test_referral_value() -> None:
    assert referral_value([]) == 0.0  # referred nobody: a known zero
    assert referral_value([10.0, None, 2.5]) == 12.5
    assert referral_value([None, None]) is None  # referred some, none has data
    assert referral_value([math.nan, 3.0, math.inf]) == 3.0


# --- properties -------------------------------------------------------------------------------

amounts = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
rates = st.floats(min_value=0.0, max_value=1.0)
stages = st.sampled_from([*LifecycleStage, None])
assumptions = st.builds(
    LifetimeAssumptions,
    retention_by_stage=st.dictionaries(st.sampled_from(list(LifecycleStage)), rates),
    discount_rate=rates,
    horizon_years=st.integers(1, 20),
)


@given(amounts, amounts, st.one_of(st.none(), amounts), stages, assumptions)
def test_monotone_in_margin(low: float, high: float, cost, stage, a) -> None:
    low, high = sorted((low, high))
    assert lifetime_value(low, cost, stage, a) <= lifetime_value(high, cost, stage, a) + 1e-9


@given(amounts, st.one_of(st.none(), amounts), rates, rates, st.data())
def test_monotone_in_retention(margin, cost, r1, r2, data) -> None:
    low, high = sorted((r1, r2))
    horizon = data.draw(st.integers(1, 20))
    stage = data.draw(st.sampled_from(list(LifecycleStage)))

    def value(r: float) -> float:
        a = LifetimeAssumptions({stage: r}, horizon_years=horizon)
        result = lifetime_value(margin, cost, stage, a)
        assert result is not None
        return result

    net = margin - (cost or 0.0)
    if net >= 0:  # keeping a profitable customer longer is worth more ...
        assert value(low) <= value(high) + 1e-6
    else:  # ... and a loss-making one costs more
        assert value(low) >= value(high) - 1e-6


@given(
    st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)),
    stages,
    assumptions,
)
def test_never_nan(margin, cost, stage, a) -> None:
    value = lifetime_value(margin, cost, stage, a)
    assert value is None or math.isfinite(value)


@given(st.lists(st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))))
def test_referral_never_nan(sales) -> None:
    value = referral_value(sales)
    assert value is None or not math.isnan(value)
