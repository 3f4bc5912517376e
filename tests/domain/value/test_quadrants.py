"""Lifetime × referral quadrants by median splits (DOMAIN §7.5), and the default playbooks."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.enums import ValueQuadrant
from kam_desktop.domain.value.quadrants import (
    DEFAULT_PLAYBOOKS,
    median_splits,
    quadrant_of,
    quadrants,
)

A, F, P, M = (
    ValueQuadrant.ADVOCATE,
    ValueQuadrant.AFFLUENT,
    ValueQuadrant.PROMOTER,
    ValueQuadrant.MISER,
)


def test_four_corners() -> None:
    points = {"a": (100.0, 50.0), "f": (100.0, 1.0), "p": (1.0, 50.0), "m": (1.0, 1.0)}
    # medians 50.5 and 25.5
    assert quadrants(points) == {"a": A, "f": F, "p": P, "m": M}


def test_at_the_median_counts_as_high() -> None:
    points = {"low": (10.0, 10.0), "mid": (20.0, 20.0), "high": (30.0, 30.0)}
    assert median_splits(points) == (20.0, 20.0)
    assert quadrants(points) == {"low": M, "mid": A, "high": A}


def test_just_below_the_median_is_low() -> None:
    splits = (20.0, 20.0)
    assert quadrant_of((math.nextafter(20.0, 0), 20.0), splits) is P
    assert quadrant_of((20.0, math.nextafter(20.0, 0)), splits) is F
    assert quadrant_of((20.0, 20.0), splits) is A


def test_even_count_splits_between_the_middle_two() -> None:
    points = {k: (float(v), float(v)) for k, v in zip("abcd", (1, 2, 3, 4), strict=True)}
    assert median_splits(points) == (2.5, 2.5)
    assert [quadrants(points)[k] for k in "abcd"] == [M, M, A, A]


def test_nobody_referred_is_never_high_referral() -> None:
    # Most accounts refer nobody: the referral median is 0, yet 0 is low.
    points = {"a": (10.0, 0.0), "b": (20.0, 0.0), "c": (30.0, 0.0), "d": (40.0, 5.0)}
    assert median_splits(points)[1] == 0.0
    assert quadrants(points) == {"a": M, "b": M, "c": F, "d": A}


def test_negative_lifetime_is_never_high() -> None:
    points = {"a": (-30.0, 1.0), "b": (-20.0, 1.0), "c": (-10.0, 1.0)}
    assert {q for q in quadrants(points).values()} == {P}


def test_missing_values_have_no_quadrant_and_do_not_move_the_median() -> None:
    points = {
        "low": (10.0, 10.0),
        "mid": (20.0, 20.0),
        "high": (30.0, 30.0),
        "no_clv": (None, 1000.0),
        "no_ref": (1000.0, None),
        "nan": (math.nan, 5.0),
    }
    result = quadrants(points)
    assert result["no_clv"] is None
    assert result["no_ref"] is None
    assert result["nan"] is None
    assert median_splits(points) == (20.0, 20.0)
    assert result["mid"] is A


def test_no_complete_points() -> None:
    assert quadrants({"x": (None, None)}) == {"x": None}
    assert quadrants({}) == {}


def test_every_quadrant_has_a_playbook() -> None:
    assert set(DEFAULT_PLAYBOOKS) == set(ValueQuadrant)
    assert all(text.strip().endswith(".") for text in DEFAULT_PLAYBOOKS.values())


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(st.dictionaries(st.integers(), st.tuples(finite, finite), min_size=1))
def test_raising_a_value_never_lowers_its_side(points) -> None:
    splits = median_splits(points)
    assert splits is not None
    for lifetime, referral in points.values():
        q = quadrant_of((lifetime, referral), splits)
        higher = quadrant_of((lifetime + 1.0, referral + 1.0), splits)
        rank = {M: 0, F: 1, P: 1, A: 2}
        assert rank[higher] >= rank[q]


@given(st.dictionaries(st.integers(), st.tuples(finite, finite), min_size=1))
def test_every_complete_point_gets_a_quadrant(points) -> None:
    assert all(q is not None for q in quadrants(points).values())


maybe = st.one_of(st.none(), finite, st.sampled_from([math.nan, math.inf, 0.0]))


@given(st.lists(st.tuples(maybe, maybe), min_size=1, max_size=60))
def test_the_array_form_gives_the_same_splits_and_quadrants(points) -> None:
    import numpy as np

    from kam_desktop.domain.value.quadrants import (
        NO_QUADRANT,
        QUADRANT_BY_CODE,
        array_splits,
        quadrant_codes,
    )

    array = np.array([[math.nan if v is None else v for v in p] for p in points], dtype=float)
    splits = median_splits(dict(enumerate(points)))
    assert array_splits(array) == splits
    if splits is None:
        return
    codes = quadrant_codes(array, splits).tolist()
    for point, code in zip(points, codes, strict=True):
        expected = quadrant_of(point, splits)
        assert (None if code == NO_QUADRANT else QUADRANT_BY_CODE[code]) is expected
