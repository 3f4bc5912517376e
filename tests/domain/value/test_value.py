"""Value scores (DOMAIN §7.1) and the value pyramid (§7.2)."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kam_desktop.domain.enums import SizeClass, ValueTier
from kam_desktop.domain.value import value
from kam_desktop.domain.value.value import (
    DEFAULT_WEIGHTS,
    INDICATORS,
    NEGATIVE_INDICATORS,
    TierBands,
    WalletEstimate,
    assign_tiers,
    composite_scores,
    percentile_ranks,
    two_tier,
)

amounts = st.one_of(st.none(), st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
value_maps = st.dictionaries(st.text(min_size=1, max_size=4), amounts, min_size=1, max_size=40)
rows = st.fixed_dictionaries({name: amounts for name in INDICATORS})
books = st.dictionaries(st.uuids().map(str), rows, min_size=1, max_size=30)


# --- percentile ranks -------------------------------------------------------------------------


@given(value_maps)
def test_percentiles_are_within_0_and_100_and_missing_stays_missing(values: dict) -> None:
    ranks = percentile_ranks(values)
    assert ranks.keys() == values.keys()
    for key, v in values.items():
        if v is None:
            assert ranks[key] is None
        else:
            assert 0.0 <= ranks[key] <= 100.0


@given(value_maps)
def test_percentiles_keep_order_and_ties(values: dict) -> None:
    ranks = percentile_ranks(values)
    present = [(v, ranks[k]) for k, v in values.items() if v is not None]
    for a, ra in present:
        for b, rb in present:
            if a == b:
                assert ra == rb
            elif a < b:
                assert ra < rb


def test_percentile_examples() -> None:
    assert percentile_ranks({"a": 1.0, "b": 2.0, "c": 3.0}) == {"a": 0.0, "b": 50.0, "c": 100.0}
    # Ties share the mean of their ranks (0 and 1 of 0..3).
    ranks = percentile_ranks({"a": 0.0, "b": 0.0, "c": 5.0, "d": 9.0, "e": None})
    assert ranks["a"] == ranks["b"] == pytest.approx(100 / 6)
    assert ranks["e"] is None
    assert percentile_ranks({"only": 7.0}) == {"only": 50.0}
    assert percentile_ranks({"x": math.nan, "y": 1.0}) == {"x": None, "y": 50.0}


# --- composite score --------------------------------------------------------------------------


@settings(deadline=None)  # whole-book scoring; slow CI machines vary
@given(books)
def test_scores_are_within_0_and_100_with_one_decimal(book: dict) -> None:
    for score in composite_scores(book).values():
        if score.score is not None:
            assert 0.0 <= score.score <= 100.0
            assert round(score.score, 1) == score.score


@settings(deadline=None)  # whole-book scoring; slow CI machines vary
@given(books)
def test_missing_data_is_flagged_and_drops_out(book: dict) -> None:
    scores = composite_scores(book)
    for account, row in book.items():
        has_gap = any(row[name] is None for name in DEFAULT_WEIGHTS)
        assert scores[account].incomplete == has_gap
        if all(row[name] is None for name in DEFAULT_WEIGHTS):
            assert scores[account].score is None


@settings(deadline=None)
@given(books, st.sampled_from(INDICATORS), st.floats(min_value=0.1, max_value=1e5))
def test_score_is_monotonic_in_each_indicator(book: dict, name: str, raise_by: float) -> None:
    account = next(iter(book))
    assume(book[account][name] is not None)
    better = {a: dict(row) for a, row in book.items()}
    better[account][name] = book[account][name] + raise_by
    before, after = composite_scores(book)[account], composite_scores(better)[account]
    assert after.score is not None
    assert before.score is not None
    if name in NEGATIVE_INDICATORS:  # more coverage gaps is worse
        assert after.score <= before.score
    else:
        assert after.score >= before.score


@settings(deadline=None)  # whole-book scoring; slow CI machines vary
@given(books)
def test_identical_accounts_score_alike(book: dict) -> None:
    first = next(iter(book))
    twin = {**book, "twin": dict(book[first])}
    scores = composite_scores(twin)
    assert scores["twin"] == scores[first]


def test_weighted_mean_of_available_indicators() -> None:
    data = {
        "a": {"sales_12m": 10.0, "growth": 0.5},
        "b": {"sales_12m": 20.0, "growth": None},
        "c": {"sales_12m": 30.0, "growth": -0.5},
    }
    scores = composite_scores(data, {"sales_12m": 3.0, "growth": 1.0})
    # a: sales rank 0, growth rank 100 -> (3*0 + 1*100) / 4
    assert scores["a"].score == 25.0
    assert scores["a"].incomplete is False
    # b: growth missing -> only sales (rank 50) counts
    assert scores["b"].score == 50.0
    assert scores["b"].incomplete is True
    assert scores["c"].score == 75.0
    assert value.normalise(data, ["growth"]) == {"growth": {"a": 100.0, "b": None, "c": 0.0}}


def test_zero_weight_indicators_do_not_count_and_negative_weights_are_refused() -> None:
    data = {"a": {"sales_12m": 1.0, "growth": None}, "b": {"sales_12m": 2.0, "growth": None}}
    scores = composite_scores(data, {"sales_12m": 1.0, "growth": 0.0})
    assert not scores["a"].incomplete
    with pytest.raises(ValueError, match="negative"):
        composite_scores(data, {"sales_12m": -1.0})


def test_default_model_is_a_plain_copy() -> None:
    model = value.default_value_model()
    assert model["name"] == "Overall value"
    assert model["weights"] == dict(DEFAULT_WEIGHTS)
    assert set(DEFAULT_WEIGHTS) == set(INDICATORS)
    model["weights"]["sales_12m"] = 0  # type: ignore[index]
    assert DEFAULT_WEIGHTS["sales_12m"] == 25.0


# --- indicators from raw figures --------------------------------------------------------------


def test_growth_is_symmetric_and_defined_for_new_and_lapsed_accounts() -> None:
    assert value.growth(110.0, 100.0) == pytest.approx(10 / 105)
    assert value.growth(50.0, 0.0) == 2.0
    assert value.growth(0.0, 50.0) == -2.0
    assert value.growth(0.0, 0.0) is None
    assert value.growth(None, 5.0) is None


def test_collection_rate() -> None:
    assert value.collection_rate(90.0, 100.0) == 0.9
    assert value.collection_rate(None, 100.0) is None
    assert value.collection_rate(10.0, 0.0) is None


def test_potential_is_the_untapped_wallet() -> None:
    assert value.potential(50_000.0, 400.0) == pytest.approx(600.0)  # 2 % of 50,000 minus 400
    assert value.potential(50_000.0, 5_000.0) == 0.0
    assert value.potential(50_000.0, None, WalletEstimate(share_of_revenue=0.1)) == 5_000.0
    assert value.potential(None, 10.0) is None
    with pytest.raises(ValueError, match="share_of_revenue"):
        WalletEstimate(share_of_revenue=0)


def test_size_relationship_and_referral() -> None:
    assert value.size_points(SizeClass.LARGE) > value.size_points(SizeClass.MICRO)  # type: ignore[operator]
    assert value.size_points(None) is None
    assert value.relationship([3, 4, 5]) == 4.0
    assert value.relationship([]) is None
    totals = value.referral(
        {"a": None, "b": "a", "c": "a", "d": "gone"}, {"a": 1.0, "b": 10.0, "c": None, "d": 4.0}
    )
    assert totals == {"a": 10.0, "b": 0.0, "c": 0.0, "d": 0.0}


# --- tiers ------------------------------------------------------------------------------------


@given(st.lists(st.floats(0, 100, allow_nan=False), min_size=1, max_size=300, unique=True))
def test_default_band_counts(scores: list[float]) -> None:
    n = len(scores)
    tiers = assign_tiers(dict(enumerate(scores)))
    counts = {t: sum(1 for x in tiers.values() if x is t) for t in ValueTier}
    platinum, gold, iron = math.ceil(n * 0.05), math.ceil(n * 0.20), math.ceil(n * 0.50)
    assert counts[ValueTier.PLATINUM] == platinum
    assert counts[ValueTier.GOLD] == gold - platinum
    assert counts[ValueTier.IRON] == iron - gold
    assert counts[ValueTier.LEAD] == n - iron
    top = two_tier(dict(enumerate(scores)))
    assert sum(top.values()) == counts[ValueTier.PLATINUM] + counts[ValueTier.GOLD]


@given(st.dictionaries(st.integers(), st.one_of(st.none(), st.sampled_from([10.0, 20.0, 30.0]))))
def test_ties_share_a_tier_and_higher_scores_never_get_a_lower_tier(scores: dict) -> None:
    tiers = assign_tiers(scores)
    order = list(ValueTier)
    for a, sa in scores.items():
        if sa is None:
            assert tiers[a] is None
            continue
        for b, sb in scores.items():
            if sb is not None and sa == sb:
                assert tiers[a] == tiers[b]
            elif sb is not None and sa > sb:
                assert order.index(tiers[a]) <= order.index(tiers[b])


def test_sixty_accounts_make_a_pyramid() -> None:
    tiers = assign_tiers({i: float(i) for i in range(60)})
    assert [tiers[i] for i in (59, 57, 56, 48, 47, 30, 29, 0)] == [
        ValueTier.PLATINUM, ValueTier.PLATINUM, ValueTier.GOLD, ValueTier.GOLD,
        ValueTier.IRON, ValueTier.IRON, ValueTier.LEAD, ValueTier.LEAD,
    ]  # fmt: skip


def test_custom_bands() -> None:
    bands = TierBands(platinum=0.10, gold=0.10, iron=0.0)
    tiers = assign_tiers({i: float(i) for i in range(10)}, bands)
    assert [tiers[i] for i in (9, 8, 7)] == [ValueTier.PLATINUM, ValueTier.GOLD, ValueTier.LEAD]
    with pytest.raises(ValueError, match="100 %"):
        TierBands(platinum=0.5, gold=0.5, iron=0.5)


def test_two_tier_share() -> None:
    top = two_tier({i: float(i) for i in range(10)}, top_share=0.3)
    assert {k for k, v in top.items() if v} == {7, 8, 9}
    assert two_tier({"a": None}) == {"a": None}
