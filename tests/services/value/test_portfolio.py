"""The portfolio figures of the Analytics page against real books: the demo, with its snapshots
backfilled, and a small hand-made one for the edge cases (no sales, no tier, deleted)."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account
from kam_desktop.db.types import utc_now
from kam_desktop.domain.enums import Grade, LifecycleStage, ValueTier
from kam_desktop.domain.value.quadrants import median_splits, quadrants
from kam_desktop.services.accounts.find_accounts import (
    AccountQuery,
    AccountRow,
    filter_options,
    list_accounts,
)
from kam_desktop.services.demo import build_demo_book
from kam_desktop.services.value.account_value import account_value
from kam_desktop.services.value.portfolio import PortfolioFilters, TierTotals, portfolio
from kam_desktop.services.value.snapshot_history import tier_movers
from kam_desktop.services.value.snapshots import backfill_snapshots
from kam_desktop.services.value.value_points import value_points
from kam_desktop.services.value.value_settings import stored_lifetime_assumptions

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_demo_book(tmp_path_factory.mktemp("portfolio") / "demo.kambook", today=TODAY)
    with open_book(path, create=False) as book:
        backfill_snapshots(book, today=TODAY)
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Book]:
    copy = tmp_path / "demo.kambook"
    shutil.copy(demo_file, copy)
    with open_book(copy, create=False) as book:
        yield book


def _rows(book: Book, query: AccountQuery | None = None) -> list[AccountRow]:
    return list_accounts(book, query or AccountQuery())


def test_whole_book_figures_agree_with_the_account_list(demo: Book) -> None:
    rows = _rows(demo)
    figures = portfolio(demo, today=TODAY)
    assert figures.accounts == len(rows) > 50
    by_tier = Counter(r.value_tier for r in rows)
    assert [t.tier for t in figures.tiers] == list(ValueTier)
    for totals in figures.tiers:
        assert totals.accounts == by_tier[totals.tier]
        sales = [r.sales_12m for r in rows if r.value_tier is totals.tier and r.sales_12m]
        assert totals.value == pytest.approx(sum(sales))
    assert figures.unscored == by_tier[None]
    assert sorted(s for s in figures.sales if s is not None) == sorted(
        r.sales_12m for r in rows if r.sales_12m is not None
    )
    assert figures.sales.count(None) == sum(r.sales_12m is None for r in rows)
    stages = Counter(r.lifecycle_stage for r in rows)
    assert figures.stages == tuple((s, stages[s]) for s in LifecycleStage)
    assert figures.unknown_stage == stages[None]


def test_quadrants_are_the_value_tabs(demo: Book) -> None:
    """Split at the whole book's medians, so the same as each account's Value tab, filter or not."""
    with demo.sessions() as s:
        points = value_points(s.connection(), TODAY, stored_lifetime_assumptions(s))
    expected = quadrants(points)
    figures = portfolio(demo, today=TODAY)
    assert (figures.lifetime_median, figures.referral_median) == median_splits(points)
    assert {p.account_id: p.quadrant for p in figures.points} == expected
    assert sum(p.quadrant is not None for p in figures.points) > 30
    owner = filter_options(demo).owners[0]
    narrowed = portfolio(demo, PortfolioFilters(owner=owner), today=TODAY)
    assert (narrowed.lifetime_median, narrowed.referral_median) == median_splits(points)
    for point in narrowed.points[:5]:
        assert point.quadrant == expected[point.account_id]
        assert point.quadrant == account_value(demo, point.account_id, TODAY).quadrant


@pytest.mark.parametrize("key", ["owner", "province", "industry", "grade"])
def test_each_filter_narrows_to_the_account_lists_accounts(demo: Book, key: str) -> None:
    options = filter_options(demo)
    values = {
        "owner": options.owners,
        "province": options.provinces,
        "industry": options.industries,
        "grade": list(Grade),
    }[key]
    query_field = {"owner": "owners", "province": "provinces", "industry": "industries",
                   "grade": "grades"}[key]  # fmt: skip
    seen = 0
    for value in values:
        figures = portfolio(demo, PortfolioFilters(**{key: value}), today=TODAY)
        rows = _rows(demo, AccountQuery(**{query_field: frozenset([value])}))
        assert figures.accounts == len(rows)
        assert {p.account_id for p in figures.points} == {r.id for r in rows}
        assert sum(t.accounts for t in figures.tiers) + figures.unscored == len(rows)
        seen += figures.accounts
    assert 0 < seen <= portfolio(demo, today=TODAY).accounts


def test_filters_combine(demo: Book) -> None:
    options = filter_options(demo)
    owner, province = options.owners[0], options.provinces[0]
    figures = portfolio(demo, PortfolioFilters(owner=owner, province=province), today=TODAY)
    rows = _rows(demo, AccountQuery(owners=frozenset([owner]), provinces=frozenset([province])))
    assert figures.accounts == len(rows)
    assert figures.filters == PortfolioFilters(owner=owner, province=province)


def test_tier_movers_of_the_latest_month(demo: Book) -> None:
    figures = portfolio(demo, today=TODAY)
    assert figures.movers_month == "2026-11"
    moves = tier_movers(demo, "2026-11")
    assert moves  # the demo's history has tier changes
    assert [(m.account_id, m.from_tier, m.to_tier, m.score_change) for m in figures.movers] == [
        (m.account_id, m.from_tier, m.to_tier, m.score_change) for m in moves
    ]
    rows = {r.id: r for r in _rows(demo)}
    for move in figures.movers:
        assert (move.code, move.name) == (rows[move.account_id].code, rows[move.account_id].name)
    owner = rows[figures.movers[0].account_id].owner
    narrowed = portfolio(demo, PortfolioFilters(owner=owner), today=TODAY)
    assert narrowed.movers
    assert all(rows[m.account_id].owner == owner for m in narrowed.movers)


def test_edge_cases_in_a_small_book(book: Book) -> None:
    with book.sessions.begin() as s:
        s.add_all(
            [
                Account(name="甲", value_tier=ValueTier.GOLD, sales_12m=100.0, owner="王磊",
                        lifecycle_stage=LifecycleStage.STABILITY),
                Account(name="乙", value_tier=ValueTier.GOLD, sales_12m=None, owner="王磊"),
                Account(name="丙", value_tier=ValueTier.LEAD, sales_12m=None),
                Account(name="丁", value_tier=None, sales_12m=5.0),
                Account(name="戊", value_tier=ValueTier.PLATINUM, sales_12m=900.0,
                        deleted_at=utc_now()),
            ]
        )  # fmt: skip
    figures = portfolio(book, today=TODAY)
    assert figures.accounts == 4  # the deleted account is not counted anywhere
    assert figures.tiers == (
        TierTotals(ValueTier.PLATINUM, 0, None),
        TierTotals(ValueTier.GOLD, 2, 100.0),  # a missing figure is skipped, not zero
        TierTotals(ValueTier.IRON, 0, None),
        TierTotals(ValueTier.LEAD, 1, None),  # no account with a figure: no data
    )
    assert figures.unscored == 1
    assert sorted(figures.sales, key=lambda v: (v is None, v)) == [5.0, 100.0, None, None]
    assert dict(figures.stages)[LifecycleStage.STABILITY] == 1
    assert figures.unknown_stage == 3
    assert figures.movers_month is None
    assert figures.movers == ()
    assert all(p.quadrant is None for p in figures.points)  # no margin data: no lifetime value
    mine = portfolio(book, PortfolioFilters(owner="王磊"), today=TODAY)
    assert mine.accounts == 2
    assert mine.unscored == 0
    nobody = portfolio(book, PortfolioFilters(owner="nobody"), today=TODAY)
    assert nobody.accounts == 0
    assert nobody.sales == ()
    assert nobody.points == ()


def test_the_points_kept_by_the_refresh_are_the_points_computed_afresh(demo: Book) -> None:
    from kam_desktop.services.accounts.accounts import delete_account
    from kam_desktop.services.value.point_cache import cached_points
    from kam_desktop.services.value.quadrant_splits import store_splits

    store_splits(demo, TODAY)  # what the daily refresh does
    gone = next(iter(value_points_now(demo)))
    delete_account(demo, gone)  # deleted after the refresh: left out of the kept points
    with demo.sessions() as s:
        kept = cached_points(s.connection(), TODAY)
        assert cached_points(s.connection(), date(2026, 11, 24)) is None  # another day's
    assert kept is not None
    ids, matrix = kept
    fresh = value_points_now(demo)
    assert gone not in ids
    assert set(ids) == set(fresh)
    for account_id, (lifetime, referral) in zip(ids, matrix.tolist(), strict=True):
        expected = tuple(float("nan") if v is None else v for v in fresh[account_id])
        assert (lifetime, referral) == pytest.approx(expected, nan_ok=True)
    from_cache = portfolio(demo, today=TODAY)
    with demo.sessions.begin() as s:  # without the kept points: computed in place
        s.connection().exec_driver_sql("DELETE FROM indicator_cache WHERE id = 2")
    assert portfolio(demo, today=TODAY) == from_cache


def value_points_now(book: Book) -> dict[str, tuple[float | None, float | None]]:
    with book.sessions() as s:
        return value_points(s.connection(), TODAY, stored_lifetime_assumptions(s))
