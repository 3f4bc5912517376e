"""Properties of the value score and the pyramid (DOMAIN §7.1-§7.2, issue 12 point 10).

The safety net for any rewrite of ``domain/value/value.py``: each property is checked against a
plain reference computed here with exact fractions, so a faster implementation must give the
same scores (to the one decimal shown), the same flags and the same tiers.
"""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value.movers import TIER_RANK
from kam_desktop.domain.value.value import (
    Score,
    TierBands,
    TierThresholds,
    assign_tiers,
    composite_scores,
    percentile_ranks,
    tier_for_score,
    two_tier,
)

FAST = settings(max_examples=60, deadline=None)
NAMES = ("sales_12m", "margin_12m", "growth", "referral")

# Few distinct small values make ties common; NaN is "no data" like None.
values = st.one_of(
    st.none(),
    st.integers(-3, 3).map(float),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.just(math.nan),
)
rows = st.fixed_dictionaries({name: values for name in NAMES})
books = st.dictionaries(
    st.text("abcdefghij", min_size=1, max_size=3), rows, min_size=1, max_size=40
)
weight = st.one_of(st.just(0.0), st.integers(1, 40).map(float), st.floats(0.01, 100.0))
weights_st = st.fixed_dictionaries(dict.fromkeys(NAMES, weight))
score_values = st.one_of(st.none(), st.integers(0, 20).map(float), st.floats(0, 100))
score_maps = st.dictionaries(st.integers(0, 10_000), score_values, max_size=200)
percents = st.integers(0, 100)  # tier shares as whole percents: exact expectations


def _missing(x: float | None) -> bool:
    return x is None or math.isnan(x)


# --- the reference ----------------------------------------------------------------------------


def ref_ranks(column: dict[str, float | None]) -> dict[str, Fraction | None]:
    """Percentile rank by its definition: the mean of the 0-based ranks a value's ties span,
    scaled onto 0..100; a single value 50."""
    present = [x for x in column.values() if not _missing(x)]
    n = len(present)
    ranks: dict[str, Fraction | None] = {}
    for key, x in column.items():
        if _missing(x):
            ranks[key] = None
            continue
        less = sum(1 for p in present if p < x)
        equal = sum(1 for p in present if p == x)
        ranks[key] = Fraction(50) if n == 1 else Fraction(50 * (2 * less + equal - 1), n - 1)
    return ranks


def ref_scores(book: dict, weights: dict[str, float]) -> dict[str, tuple[Fraction | None, bool]]:
    used = {name: Fraction(w) for name, w in weights.items() if w > 0}
    columns = {name: ref_ranks({a: row.get(name) for a, row in book.items()}) for name in used}
    result = {}
    for account in book:
        total = weight = Fraction(0)
        incomplete = False
        for name, w in used.items():
            x = columns[name][account]
            if x is None:
                incomplete = True
            else:
                total += w * x
                weight += w
        result[account] = (total / weight if weight else None, incomplete)
    return result


def assert_matches_reference(scores: dict[str, Score], book: dict, weights: dict) -> None:
    expected = ref_scores(book, weights)
    assert scores.keys() == book.keys()
    for account, (exact, incomplete) in expected.items():
        got = scores[account]
        assert got.incomplete is incomplete, account
        if exact is None:
            assert got.score is None, account
        else:
            assert got.score is not None, account
            assert round(got.score, 1) == got.score
            # one decimal: within half a step of the exact mean (either way at a .x5 tie)
            assert abs(Fraction(got.score) - exact) <= Fraction(1, 20) + Fraction(1, 10**9)


def tier_rank(tier: ValueTier | None) -> int:
    assert tier is not None
    return TIER_RANK[tier]


# --- percentile ranks -------------------------------------------------------------------------


@FAST
@given(st.dictionaries(st.integers(0, 500), values, max_size=200))
def test_percentile_ranks_are_the_mean_rank_of_their_ties(column: dict) -> None:
    ranks = percentile_ranks(column)
    assert ranks.keys() == column.keys()
    for key, exact in ref_ranks(column).items():
        if exact is None:
            assert ranks[key] is None
        else:
            assert ranks[key] == pytest.approx(float(exact), abs=1e-9)


# --- the composite score ----------------------------------------------------------------------


@FAST
@given(books, weights_st)
def test_scores_are_the_weighted_mean_of_the_ranks_with_data(book: dict, weights: dict) -> None:
    """A missing value (None or NaN) flags the account incomplete and drops out of its mean:
    it is never counted as a zero (the reference leaves it out)."""
    assert_matches_reference(composite_scores(book, weights), book, weights)


def test_a_missing_value_is_not_a_zero() -> None:
    book = {
        "gap": {"sales_12m": None, "growth": 1.0},
        "zero": {"sales_12m": 0.0, "growth": 1.0},
        "big": {"sales_12m": 9.0, "growth": 0.0},
    }
    scores = composite_scores(book, {"sales_12m": 1.0, "growth": 1.0})
    # growth ranks: big 0, gap and zero tied at 75; sales ranks among the two with data
    assert scores["gap"] == Score(75.0, True)  # growth alone: sales drops out, not rank 0
    assert scores["zero"] == Score(37.5, False)  # (sales 0 + growth 75) / 2
    assert scores["big"] == Score(50.0, False)  # (sales 100 + growth 0) / 2
    with_nan = {**book, "gap": {"sales_12m": math.nan, "growth": 1.0}}
    assert composite_scores(with_nan, {"sales_12m": 1.0, "growth": 1.0}) == scores


@FAST
@given(books, weights_st, st.sampled_from(NAMES), st.floats(1e-3, 1e6), st.data())
def test_raising_an_indicator_never_lowers_the_score(
    book: dict, weights: dict, name: str, raise_by: float, data: st.DataObject
) -> None:
    account = data.draw(st.sampled_from(sorted(book)))
    assume(not _missing(book[account][name]))
    better = {a: dict(row) for a, row in book.items()}
    better[account][name] = book[account][name] + raise_by
    before, after = (
        composite_scores(book, weights)[account],
        composite_scores(better, weights)[account],
    )
    assert after.incomplete is before.incomplete
    if before.score is None:
        assert after.score is None
    else:
        assert after.score is not None
        assert after.score >= before.score


@FAST
@given(books, weights_st, st.data())
def test_equal_rows_score_and_tier_alike(book: dict, weights: dict, data: st.DataObject) -> None:
    first = data.draw(st.sampled_from(sorted(book)))
    twins = {**book, "twin1": dict(book[first]), "twin2": dict(book[first])}
    scores = composite_scores(twins, weights)
    assert scores["twin1"] == scores["twin2"] == scores[first]
    tiers = assign_tiers({a: s.score for a, s in scores.items()})
    assert tiers["twin1"] == tiers["twin2"] == tiers[first]


@FAST
@given(books, weights_st, st.randoms(use_true_random=False))
def test_the_order_of_accounts_changes_nothing(
    book: dict, weights: dict, rnd: random.Random
) -> None:
    keys = list(book)
    rnd.shuffle(keys)
    shuffled = {k: dict(reversed(list(book[k].items()))) for k in keys}
    scores = composite_scores(book, weights)
    assert composite_scores(shuffled, weights) == scores
    by_score = {a: s.score for a, s in scores.items()}
    reordered = {k: by_score[k] for k in keys}
    assert assign_tiers(reordered) == assign_tiers(by_score)
    assert two_tier(reordered) == two_tier(by_score)
    assert percentile_ranks({k: book[k]["growth"] for k in keys}) == percentile_ranks(
        {k: row["growth"] for k, row in book.items()}
    )


@FAST
@given(books, weights_st, st.randoms(use_true_random=False))
def test_the_order_of_weights_changes_nothing(
    book: dict, weights: dict, rnd: random.Random
) -> None:
    names = list(weights)
    rnd.shuffle(names)
    reordered = {n: weights[n] for n in names}
    assert composite_scores(book, reordered) == composite_scores(book, weights)


# --- weights ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [-1.0, -1e-9, math.nan, -math.inf])
def test_negative_or_nan_weights_are_refused(bad: float) -> None:
    book = {"a": {"sales_12m": 1.0, "growth": 2.0}, "b": {"sales_12m": 2.0, "growth": 1.0}}
    with pytest.raises(ValueError, match="weights"):
        composite_scores(book, {"sales_12m": 1.0, "growth": bad})


@FAST
@given(books, weights_st, st.sampled_from([0.25, 0.5, 2.0, 8.0, 1024.0]))
def test_scaling_every_weight_by_a_power_of_two_changes_nothing(
    book: dict, weights: dict, factor: float
) -> None:
    scaled = {n: w * factor for n, w in weights.items()}  # exact in binary floating point
    assert composite_scores(book, scaled) == composite_scores(book, weights)


@FAST
@given(books, weights_st, st.floats(0.001, 1000.0))
def test_scaling_every_weight_keeps_every_score_within_rounding(
    book: dict, weights: dict, factor: float
) -> None:
    scaled = {n: w * factor for n, w in weights.items()}
    assume(all(w > 0 for w in scaled.values() if w) and all(map(math.isfinite, scaled.values())))
    before, after = composite_scores(book, weights), composite_scores(book, scaled)
    for account, score in before.items():
        assert after[account].incomplete is score.incomplete
        if score.score is None:
            assert after[account].score is None
        else:
            assert after[account].score == pytest.approx(score.score, abs=0.1 + 1e-9)


@FAST
@given(books, weights_st, st.sampled_from(NAMES), st.lists(values, min_size=40, max_size=40))
def test_a_zero_weight_indicator_has_no_effect(
    book: dict, weights: dict, name: str, replacements: list
) -> None:
    """Not in the score, not in the incomplete flag, whatever its values (missing included)."""
    zeroed = {**weights, name: 0.0}
    without = {n: w for n, w in weights.items() if n != name}
    changed = {a: {**row, name: replacements[i]} for i, (a, row) in enumerate(book.items())}
    expected = composite_scores(book, without)
    assert composite_scores(book, zeroed) == expected
    assert composite_scores(changed, zeroed) == expected


def test_all_weights_zero_scores_nobody() -> None:
    book = {"a": {"sales_12m": 1.0}, "b": {"sales_12m": None}}
    assert composite_scores(book, dict.fromkeys(NAMES, 0.0)) == {
        "a": Score(None, False),
        "b": Score(None, False),
    }


# --- tier bands -------------------------------------------------------------------------------


def _cumulative_counts(scores: dict, shares: tuple[int, int, int]) -> dict[ValueTier, int]:
    """How many scored accounts the bands put in each tier or above: the top ceil(n × share)
    ranks, widened to the whole tie group of the last one (ties share their best rank)."""
    ranked = sorted((s for s in scores.values() if not _missing(s)), reverse=True)
    n = len(ranked)
    platinum, gold, iron = shares
    tops = {
        ValueTier.PLATINUM: platinum,
        ValueTier.GOLD: platinum + gold,
        ValueTier.IRON: platinum + gold + iron,
        ValueTier.LEAD: 100,
    }
    counts = {}
    for tier, percent in tops.items():
        cut = math.ceil(Fraction(n * percent, 100))
        counts[tier] = 0 if cut == 0 else sum(1 for s in ranked if s >= ranked[cut - 1])
    return counts


def _bands(shares: tuple[int, int, int]) -> TierBands:
    return TierBands(*(p / 100 for p in shares))


band_shares = st.tuples(percents, percents, percents).filter(lambda t: sum(t) <= 100)


@FAST
@given(score_maps, band_shares)
def test_bands_partition_the_scored_accounts(scores: dict, shares: tuple[int, int, int]) -> None:
    tiers = assign_tiers(scores, _bands(shares))
    assert tiers.keys() == scores.keys()
    for account, score in scores.items():
        if _missing(score):
            assert tiers[account] is None
        else:
            assert isinstance(tiers[account], ValueTier)
    expected = _cumulative_counts(scores, shares)
    for tier in ValueTier:
        at_or_above = sum(
            1 for t in tiers.values() if t is not None and TIER_RANK[t] >= TIER_RANK[tier]
        )
        assert at_or_above == expected[tier], tier


@FAST
@given(
    st.lists(st.floats(0, 100), min_size=1, max_size=200, unique=True),
    band_shares,
)
def test_distinct_scores_fill_each_band_by_the_rounded_up_share(
    scores: list[float], shares: tuple[int, int, int]
) -> None:
    n = len(scores)
    tiers = assign_tiers(dict(enumerate(scores)), _bands(shares))
    counts = {t: sum(1 for x in tiers.values() if x is t) for t in ValueTier}
    platinum, gold, iron = shares
    cuts = [
        math.ceil(Fraction(n * p, 100)) for p in (platinum, platinum + gold, platinum + gold + iron)
    ]
    assert counts[ValueTier.PLATINUM] == cuts[0]
    assert counts[ValueTier.GOLD] == cuts[1] - cuts[0]
    assert counts[ValueTier.IRON] == cuts[2] - cuts[1]
    assert counts[ValueTier.LEAD] == n - cuts[2]


@FAST
@given(score_maps, band_shares)
def test_a_higher_score_never_gets_a_lower_tier(scores: dict, shares: tuple[int, int, int]) -> None:
    tiers = assign_tiers(scores, _bands(shares))
    scored = sorted((s, tier_rank(tiers[a])) for a, s in scores.items() if not _missing(s))
    for (s1, r1), (s2, r2) in itertools.pairwise(scored):
        assert r1 <= r2 if s1 < s2 else r1 == r2


@FAST
@given(score_maps, percents)
def test_two_tier_takes_the_rounded_up_top_share_and_its_ties(scores: dict, percent: int) -> None:
    top = two_tier(scores, percent / 100)
    assert top.keys() == scores.keys()
    assert all((top[a] is None) == _missing(s) for a, s in scores.items())
    ranked = sorted((s for s in scores.values() if not _missing(s)), reverse=True)
    cut = math.ceil(Fraction(len(ranked) * percent, 100))
    expected = 0 if cut == 0 else sum(1 for s in ranked if s >= ranked[cut - 1])
    assert sum(1 for v in top.values() if v) == expected


@pytest.mark.parametrize(
    "shares", [(-0.01, 0.1, 0.1), (0.5, 0.5, 0.01), (0.1, -0.2, 0.3), (1.0, 0.0, 1e-6)]
)
def test_impossible_bands_are_refused(shares: tuple[float, float, float]) -> None:
    with pytest.raises(ValueError, match="tier shares"):
        TierBands(*shares)


def test_a_nan_share_is_refused() -> None:
    """A NaN share would make every account platinum: refused, as TierThresholds does."""
    with pytest.raises(ValueError, match="tier shares"):
        TierBands(math.nan, 0.1, 0.1)


# --- tier thresholds --------------------------------------------------------------------------

limits = st.lists(st.floats(0, 100), min_size=3, max_size=3).map(
    lambda xs: TierThresholds(*sorted(xs, reverse=True))
)


@FAST
@given(limits, st.floats(0, 100), st.floats(0, 100))
def test_threshold_tiers_are_monotone_in_the_score(
    thresholds: TierThresholds, a: float, b: float
) -> None:
    low, high = sorted((a, b))
    assert tier_rank(tier_for_score(low, thresholds)) <= tier_rank(tier_for_score(high, thresholds))


@FAST
@given(limits, score_maps)
def test_threshold_tiers_follow_the_limits(thresholds: TierThresholds, scores: dict) -> None:
    tiers = assign_tiers(scores, thresholds)
    assert tiers.keys() == scores.keys()
    for account, score in scores.items():
        tier = tiers[account]
        if _missing(score):
            assert tier is None
            continue
        expected = (
            ValueTier.PLATINUM if score >= thresholds.platinum
            else ValueTier.GOLD if score >= thresholds.gold
            else ValueTier.IRON if score >= thresholds.iron
            else ValueTier.LEAD
        )  # fmt: skip
        assert tier is expected


@pytest.mark.parametrize(
    "limits", [(80.0, 60.0, -1.0), (101.0, 60.0, 40.0), (60.0, 80.0, 40.0), (math.nan, 60.0, 40.0)]
)
def test_impossible_thresholds_are_refused(limits: tuple[float, float, float]) -> None:
    with pytest.raises(ValueError, match="tier thresholds"):
        TierThresholds(*limits)
