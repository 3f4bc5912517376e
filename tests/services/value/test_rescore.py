"""Scoring from the indicator cache: the same answers as summing the records again."""

from __future__ import annotations

import math
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, IndicatorCache, ValueSnapshot
from kam_desktop.db.types import utc_now
from kam_desktop.domain.value.value import INDICATORS, TierThresholds
from kam_desktop.services.book.account_caches import REFRESHED_ON, refresh_all, rescore_all
from kam_desktop.services.value.derived import DerivedConfig, refresh_derived
from kam_desktop.services.value.indicator_cache import read_matrix
from kam_desktop.services.value.rescore import rescore, score_cached
from kam_desktop.services.value.snapshots import write_snapshot
from kam_desktop.services.value.value_models import set_weight

TODAY = date(2025, 6, 15)
CACHES = ("value_score", "value_tier", "value_incomplete", "revisit_segment")


def value_caches(book: Book) -> dict[str, tuple]:
    with book.sessions() as s:
        rows = s.execute(select(Account.id, *(getattr(Account, c) for c in CACHES)))
        return {row[0]: tuple(row[1:]) for row in rows}


def cached_indicators(book: Book) -> dict[str, tuple]:
    with book.sessions.begin() as s:
        cache = read_matrix(s.connection())
    return {
        account_id: tuple(None if x != x else x for x in row)
        for account_id, row in zip(cache.account_ids, cache.matrix.tolist(), strict=True)
    }


def test_the_refresh_caches_every_live_accounts_indicators(demo: Book) -> None:
    cache = cached_indicators(demo)
    with demo.sessions() as s:
        live = set(s.scalars(select(Account.id).where(Account.deleted_at.is_(None))))
        days = set(s.scalars(select(IndicatorCache.computed_for)))
    assert set(cache) == live
    assert days == {TODAY}
    # No data stays no data: some accounts have no relationship or collection figures.
    assert any(row[INDICATORS.index("collection_rate")] is None for row in cache.values())
    assert all(row[INDICATORS.index("coverage_gaps")] is not None for row in cache.values())


@pytest.mark.parametrize(
    "config",
    [
        DerivedConfig(weights={"sales_12m": 1.0}),
        DerivedConfig(weights={"coverage_gaps": 2.0, "potential": 1.0, "growth": 0.5}),
        DerivedConfig(tier_bands=TierThresholds(70.0, 50.0, 30.0)),
    ],
)
def test_rescoring_from_the_cache_matches_a_full_refresh(demo: Book, config: DerivedConfig) -> None:
    assert rescore(demo, TODAY, config)
    from_cache = value_caches(demo)
    refresh_derived(demo, TODAY, config=config)
    assert value_caches(demo) == from_cache
    assert len({row[1] for row in from_cache.values()}) > 1  # tiers were actually drawn


def test_a_cache_from_another_day_is_not_used(demo: Book) -> None:
    before = value_caches(demo)
    tomorrow = TODAY + timedelta(days=1)
    assert not rescore(demo, tomorrow, DerivedConfig(weights={"sales_12m": 1.0}))
    assert value_caches(demo) == before
    with demo.sessions.begin() as s:
        assert score_cached(s.connection(), tomorrow) is None
        assert score_cached(s.connection(), TODAY) is not None


def test_a_deleted_account_leaves_the_cache(demo: Book) -> None:
    victim = next(iter(cached_indicators(demo)))
    with demo.sessions.begin() as s:
        s.execute(update(Account).where(Account.id == victim).values(deleted_at=utc_now()))
        # The cache still holds its row, but reads leave it out: no live account is missing.
        scored = score_cached(s.connection(), TODAY)
        assert scored is not None
        assert victim not in scored.account_ids
    assert victim not in cached_indicators(demo)
    refresh_derived(demo, TODAY)
    assert victim not in cached_indicators(demo)


def test_current_month_snapshot_from_the_cache_equals_one_from_the_records(demo: Book) -> None:
    def rows() -> dict[str, tuple]:
        with demo.sessions() as s:
            found = s.execute(
                select(ValueSnapshot.account_id, ValueSnapshot.score, ValueSnapshot.tier,
                       ValueSnapshot.indicators).where(ValueSnapshot.month == "2025-06")
            )  # fmt: skip
            return {row[0]: tuple(row[1:]) for row in found}

    write_snapshot(demo, None, TODAY)  # the cache is fresh: weighed from it
    from_cache = rows()
    with demo.sessions.begin() as s:  # a cache from another day: summed from the records
        s.execute(update(IndicatorCache).values(computed_for=TODAY - timedelta(days=1)))
    write_snapshot(demo, None, TODAY)
    from_records = rows()
    assert from_cache.keys() == from_records.keys()
    for account_id, (score, tier, indicators) in from_cache.items():
        other_score, other_tier, other_indicators = from_records[account_id]
        assert (score, tier) == (other_score, other_tier)
        assert indicators.keys() == other_indicators.keys()
        for name, value in indicators.items():
            other = other_indicators[name]
            if isinstance(value, float) and isinstance(other, float):
                assert math.isclose(value, other, rel_tol=1e-9)
            else:
                assert value == other


def test_rescore_all_after_new_weights_uses_the_cache_and_marks_caches_fresh(demo: Book) -> None:
    set_weight(demo, next(iter(_model_names(demo))), "sales_12m", 100)  # marks caches stale
    assert REFRESHED_ON not in demo.meta
    rescore_all(demo, TODAY)
    assert demo.meta.get(REFRESHED_ON) == TODAY.isoformat()
    from_cache = value_caches(demo)
    refresh_all(demo, TODAY)  # the long way gives the same
    assert value_caches(demo) == from_cache


def _model_names(book: Book) -> list[str]:
    from kam_desktop.services.value.value_models import list_models

    return [m.name for m in list_models(book)]


def test_an_account_added_since_the_refresh_makes_the_cache_stale(demo: Book) -> None:
    from kam_desktop.domain.accounts.account_fields import AccountDraft
    from kam_desktop.services.accounts.accounts import create_account

    create_account(demo, AccountDraft(code="NEW-1", name="新客户有限公司"))
    with demo.sessions.begin() as s:
        assert score_cached(s.connection(), TODAY) is None
    assert not rescore(demo, TODAY)
    write_snapshot(demo, None, TODAY)  # summed from the records instead, the new account too
    with demo.sessions() as s:
        month = set(
            s.scalars(select(ValueSnapshot.account_id).where(ValueSnapshot.month == "2025-06"))
        )
    assert len(month) == len(cached_indicators(demo)) + 1


def test_indicator_standing_from_the_cache_equals_the_one_from_snapshots(demo: Book) -> None:
    from kam_desktop.services.value.snapshot_history import indicator_standing

    ids = list(cached_indicators(demo))[:8]
    from_cache = [indicator_standing(demo, account_id, TODAY) for account_id in ids]
    with demo.sessions.begin() as s:  # a stale cache: read from the month's snapshots
        s.execute(update(IndicatorCache).values(computed_for=TODAY - timedelta(days=1)))
    from_snapshots = [indicator_standing(demo, account_id, TODAY) for account_id in ids]
    for cached, stored in zip(from_cache, from_snapshots, strict=True):
        assert cached is not None
        assert stored is not None
        assert (cached.month, cached.tier, cached.indicators) == (
            stored.month, stored.tier, stored.indicators,
        )  # fmt: skip
        assert cached.ranks == pytest.approx(stored.ranks)
        assert cached.tier_medians == pytest.approx(stored.tier_medians)


def test_one_accounts_cached_row_is_its_row_of_the_whole_matrix(demo: Book) -> None:
    from kam_desktop.services.accounts.accounts import delete_account
    from kam_desktop.services.value.indicator_cache import read_account_row

    ids = list(cached_indicators(demo))
    delete_account(demo, ids[3])  # deleted after the refresh: left out of both
    with demo.sessions.begin() as s:
        whole = read_matrix(s.connection())
        rows = {a: read_account_row(s.connection(), a) for a in (ids[0], ids[4], ids[-1])}
        assert read_account_row(s.connection(), "no-such-account") is None
    assert ids[3] not in whole.account_ids
    for account_id, row in rows.items():
        assert row is not None
        index = whole.account_ids.index(account_id)
        assert row.values.tobytes() == whole.matrix[index].tobytes()  # NaN included
        assert row.matrix.tobytes() == whole.matrix.tobytes()
        assert (row.computed_for, row.tier_medians) == (whole.computed_for, whole.tier_medians)
