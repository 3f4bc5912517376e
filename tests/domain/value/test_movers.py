"""Tier movers and the falling-value rule: examples and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value.lifecycle import shift_month
from kam_desktop.domain.value.movers import (
    TIER_RANK,
    FallingValueRule,
    TierMove,
    ValueFall,
    falling,
    tier_moves,
    value_fall,
)

PT, GO, IR, LE = ValueTier.PLATINUM, ValueTier.GOLD, ValueTier.IRON, ValueTier.LEAD
BY_RANK = sorted(TIER_RANK, key=TIER_RANK.__getitem__)  # lead .. platinum

tiers = st.one_of(st.none(), st.sampled_from(list(ValueTier)))
scores = st.one_of(st.none(), st.floats(0, 100).map(lambda x: round(x, 1)))
standings = st.dictionaries(st.sampled_from("abcdefgh"), st.tuples(scores, tiers), max_size=8)


def months(count: int, first: str = "2024-01") -> list[str]:
    return [shift_month(first, i) for i in range(count)]


# --- tier moves -------------------------------------------------------------------------------


def test_moves_up_and_down_biggest_first() -> None:
    previous = {
        "a": (50.0, IR), "b": (90.0, PT), "c": (70.0, GO), "d": (20.0, LE), "e": (30.0, LE),
        "gone": (80.0, GO), "unscored": (None, None),
    }  # fmt: skip
    current = {
        "a": (55.0, GO), "b": (40.0, IR), "c": (71.0, GO), "d": (35.0, IR), "e": (None, None),
        "new": (99.0, PT), "unscored": (60.0, GO),
    }  # fmt: skip
    assert tier_moves(previous, current) == [
        TierMove("b", PT, IR, -50.0),  # two tiers down
        TierMove("d", LE, IR, 15.0),  # one tier, bigger score change than a's
        TierMove("a", IR, GO, 5.0),
    ]
    moves = tier_moves(previous, current)
    assert [m.steps for m in moves] == [-2, 1, 1]
    assert [m.up for m in moves] == [False, True, True]


def test_score_change_is_none_without_both_scores() -> None:
    assert tier_moves({"a": (None, LE)}, {"a": (10.0, IR)}) == [TierMove("a", LE, IR, None)]


@given(standings, standings)
def test_moves_are_antisymmetric(previous: dict, current: dict) -> None:
    forward = tier_moves(previous, current)
    backward = tier_moves(current, previous)
    assert [m.account_id for m in forward] == [m.account_id for m in backward]
    for there, back in zip(forward, backward, strict=True):
        assert (there.from_tier, there.to_tier) == (back.to_tier, back.from_tier)
        assert there.steps == -back.steps != 0
        if there.score_change is None:
            assert back.score_change is None
        else:
            assert there.score_change == pytest.approx(-back.score_change)  # type: ignore[operator]


@given(standings, standings)
def test_moves_are_exactly_the_changed_tiers(previous: dict, current: dict) -> None:
    changed = {
        k for k in previous.keys() & current.keys()
        if None not in (previous[k][1], current[k][1]) and previous[k][1] is not current[k][1]
    }  # fmt: skip
    moves = tier_moves(previous, current)
    assert {m.account_id for m in moves} == changed
    sizes = [abs(m.steps) for m in moves]
    assert sizes == sorted(sizes, reverse=True)


@given(standings)
def test_same_month_twice_has_no_moves(standing: dict) -> None:
    assert tier_moves(standing, standing) == []


# --- falling value ----------------------------------------------------------------------------


def test_tier_drop_since_last_month_is_falling() -> None:
    assert falling([("2025-01", 80.0, PT), ("2025-02", 81.0, GO)])
    assert not falling([("2025-01", 80.0, GO), ("2025-02", 79.0, PT)])
    # The order of the entries does not matter; the latest month is the one judged.
    assert not falling([("2025-02", 81.0, GO), ("2025-01", 80.0, PT), ("2025-03", 81.0, GO)])


def test_score_slide_over_the_window() -> None:
    rule = FallingValueRule(score_drop=10.0, months=3)
    slide = [
        ("2025-01", 60.0, IR),
        ("2025-02", 56.0, IR),
        ("2025-03", 52.0, IR),
        ("2025-04", 49.5, IR),
    ]
    assert falling(slide, rule)  # 60 -> 49.5 within 3 months
    assert not falling([*slide[:3], ("2025-04", 50.0, IR)], rule)  # exactly 10: not more
    assert not falling(slide, FallingValueRule(score_drop=10.0, months=2))  # 56 -> 49.5
    # A drop older than the window is not news.
    old = [("2024-01", 90.0, IR), ("2025-03", 50.0, IR), ("2025-04", 49.0, IR)]
    assert not falling(old, rule)


def test_gaps_and_missing_scores() -> None:
    assert not falling([])
    assert not falling([("2025-01", 10.0, LE)])
    assert not falling([("2025-01", 80.0, GO), ("2025-02", None, None)])
    # An unscored month in the window is skipped, not read as zero.
    assert falling([("2025-01", None, None), ("2025-02", 80.0, IR), ("2025-03", 60.0, IR)])


@pytest.mark.parametrize(
    "kwargs", [{"score_drop": -1.0}, {"months": 0}, {"score_drop": float("nan")}]
)
def test_rule_refuses_nonsense(kwargs: dict) -> None:
    with pytest.raises(ValueError, match="must"):
        FallingValueRule(**kwargs)


rules = st.builds(FallingValueRule, st.floats(0, 50), st.integers(1, 12))


@given(st.lists(st.floats(0, 100), min_size=1, max_size=24), st.data(), rules)
def test_never_falling_while_score_and_tier_never_fall(
    values: list[float], data: st.DataObject, rule: FallingValueRule
) -> None:
    ranks = sorted(
        data.draw(st.lists(st.integers(0, 3), min_size=len(values), max_size=len(values)))
    )
    history = list(
        zip(months(len(values)), sorted(values), (BY_RANK[r] for r in ranks), strict=True)
    )
    assert not falling(history, rule)


@given(st.lists(st.floats(0, 100), min_size=2, max_size=24), rules)
def test_a_drop_beyond_the_rule_is_falling(values: list[float], rule: FallingValueRule) -> None:
    history = [(m, v, IR) for m, v in zip(months(len(values)), values, strict=True)]
    window_start = max(0, len(values) - 1 - rule.months)
    dropped = values[window_start] - values[-1] > rule.score_drop
    assert falling(history, rule) == dropped


# --- how the value fell -----------------------------------------------------------------------


def test_value_fall_says_how() -> None:
    rule = FallingValueRule(score_drop=10.0, months=3)
    drop = [("2026-09", 80.0, GO), ("2026-10", 81.0, IR)]
    assert value_fall(drop, rule) == ValueFall("2026-10", GO, IR, months=1)
    slide = [("2026-07", 60.0, IR), ("2026-08", 55.0, IR), ("2026-10", 47.5, IR)]
    assert value_fall(slide, rule) == ValueFall("2026-10", score_drop=12.5, months=3)
    # The tier drop is reported first, across a gap month too.
    both = [("2026-07", 60.0, GO), ("2026-09", 40.0, IR)]
    assert value_fall(both, rule) == ValueFall("2026-09", GO, IR, months=2)
    assert value_fall([("2026-09", 60.0, GO), ("2026-10", 55.0, GO)], rule) is None


@given(st.lists(st.tuples(scores, tiers), min_size=0, max_size=8), rules)
def test_value_fall_agrees_with_falling(entries: list, rule: FallingValueRule) -> None:
    history = [(m, s, t) for m, (s, t) in zip(months(len(entries)), entries, strict=True)]
    fall = value_fall(history, rule)
    assert (fall is not None) == falling(history, rule)
    if fall is not None:
        assert fall.month == history[-1][0]
        assert 1 <= fall.months <= rule.months
        assert (fall.from_tier is None) == (fall.to_tier is None) == (fall.score_drop is not None)
        if fall.score_drop is not None:
            assert fall.score_drop >= round(rule.score_drop, 1)
