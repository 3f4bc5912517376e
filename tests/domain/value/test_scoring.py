"""The array scorer: the same answers as the per-account rules of DOMAIN §7.1-§7.2."""

from __future__ import annotations

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value.scoring import (
    NO_TIER,
    TIER_ORDER,
    _round_one_decimal,
    percentile_column,
    tiers_by_share,
    tiers_by_threshold,
    weighted_scores,
)

finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(st.lists(st.floats(min_value=0, max_value=100, allow_nan=False), max_size=300))
def test_rounding_matches_pythons_round(values: list[float]) -> None:
    rounded = _round_one_decimal(np.array(values, dtype=np.float64)).tolist()
    assert rounded == [round(v, 1) for v in values]


def test_rounding_near_halves_matches_pythons_round() -> None:
    values = [k / 20 for k in range(2001)] + [2.675, 0.05, 0.15, 0.25, 0.35, 99.95]
    rounded = _round_one_decimal(np.array(values)).tolist()
    assert rounded == [round(v, 1) for v in values]


@given(st.lists(st.one_of(finite, st.just(math.nan)), max_size=200))
def test_percentiles_share_ties_and_keep_missing(values: list[float]) -> None:
    ranks = percentile_column(np.array(values, dtype=np.float64)).tolist()
    present = sorted(v for v in values if v == v)
    for value, rank in zip(values, ranks, strict=True):
        if value != value:
            assert rank != rank
            continue
        first, last = present.index(value), len(present) - 1 - present[::-1].index(value)
        expected = 50.0 if len(present) == 1 else 50.0 * (first + last) / (len(present) - 1)
        assert math.isclose(rank, expected, abs_tol=1e-9)


def test_a_negative_indicator_ranks_the_other_way() -> None:
    gaps = np.array([[0.0], [2.0], [5.0]])
    plain = weighted_scores(gaps, [1.0]).scores.tolist()
    reversed_ = weighted_scores(gaps, [1.0], [True]).scores.tolist()
    assert plain == [0.0, 50.0, 100.0]
    assert reversed_ == [100.0, 50.0, 0.0]


def test_a_row_without_weighed_data_has_no_score_and_is_incomplete() -> None:
    matrix = np.array([[1.0, math.nan], [math.nan, math.nan], [3.0, 4.0]])
    scored = weighted_scores(matrix, [1.0, 1.0])
    assert math.isnan(scored.scores[1])
    assert scored.incomplete.tolist() == [True, True, False]


@settings(max_examples=60)
@given(st.lists(st.one_of(st.floats(0, 100), st.just(math.nan)), max_size=200))
def test_share_tiers_fill_from_the_top(scores: list[float]) -> None:
    codes = tiers_by_share(np.array(scores, dtype=np.float64), [0.05, 0.20, 0.50, 1.0]).tolist()
    scored = [(s, c) for s, c in zip(scores, codes, strict=True) if s == s]
    assert all(c == NO_TIER for s, c in zip(scores, codes, strict=True) if s != s)
    assert all(0 <= c < len(TIER_ORDER) for _, c in scored)
    # a better score never has a worse tier
    for s1, c1 in scored:
        for s2, c2 in scored:
            if s1 > s2:
                assert c1 <= c2


def test_threshold_tiers() -> None:
    codes = tiers_by_threshold(np.array([95.0, 80.0, 79.9, 40.0, 39.9, math.nan]), [80, 60, 40])
    tiers = [None if c == NO_TIER else TIER_ORDER[c] for c in codes.tolist()]
    platinum, gold, iron, lead = TIER_ORDER
    assert tiers == [platinum, platinum, gold, iron, lead, None]
    assert lead is ValueTier.LEAD
