"""Reading stored snapshots: tier history, tier movers and falling accounts in a real book."""

from __future__ import annotations

import pytest

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, ValueModel, ValueSnapshot
from kam_desktop.db.types import utc_now
from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value.movers import FallingValueRule, TierMove
from kam_desktop.services.value.snapshot_history import (
    falling_accounts,
    tier_history,
    tier_movers,
)

PT, GO, IR, LE = ValueTier.PLATINUM, ValueTier.GOLD, ValueTier.IRON, ValueTier.LEAD

#: Per account, (score, tier) for 2025-01 .. 2025-04 (None: no snapshot that month).
HISTORIES = {
    "steady": [(60.0, GO), (61.0, GO), (62.0, GO), (62.0, GO)],
    "slipped": [(90.0, PT), (89.0, PT), (88.0, PT), (86.0, GO)],  # tier drop in April
    "sliding": [(58.0, IR), (54.0, IR), (50.0, IR), (47.0, IR)],  # 11 points in 3 months
    "climber": [(10.0, LE), (20.0, LE), (30.0, IR), (70.0, GO)],
    "lapsed": [(80.0, GO), (40.0, LE), (30.0, LE), None],  # no April snapshot: not judged
    "deleted": [(90.0, PT), (90.0, PT), (90.0, PT), (10.0, LE)],
}
MONTHS = ["2025-01", "2025-02", "2025-03", "2025-04"]


@pytest.fixture
def ids(book: Book) -> dict[str, str]:
    with book.sessions.begin() as s:
        model = ValueModel(name="Overall value", weights={"sales_12m": 1.0}, is_default=True)
        other = ValueModel(name="Other", weights={"margin_12m": 1.0})
        accounts = {key: Account(name=key, code=key) for key in HISTORIES}
        s.add_all([model, other, *accounts.values()])
        s.flush()
        accounts["deleted"].deleted_at = utc_now()
        for key, history in HISTORIES.items():
            for month, entry in zip(MONTHS, history, strict=True):
                if entry is None:
                    continue
                score, tier = entry
                s.add(ValueSnapshot(account_id=accounts[key].id, model_id=model.id, month=month,
                                    indicators={}, score=score, tier=tier))  # fmt: skip
                # Another model's snapshots must never be mixed in.
                s.add(ValueSnapshot(account_id=accounts[key].id, model_id=other.id, month=month,
                                    indicators={}, score=100 - score, tier=LE))  # fmt: skip
        return {key: account.id for key, account in accounts.items()}


def test_tier_history(book: Book, ids: dict[str, str]) -> None:
    assert tier_history(book, ids["climber"]) == [
        ("2025-01", 10.0, LE), ("2025-02", 20.0, LE), ("2025-03", 30.0, IR), ("2025-04", 70.0, GO),
    ]  # fmt: skip
    assert tier_history(book, ids["lapsed"])[-1] == ("2025-03", 30.0, LE)
    assert tier_history(book, "no-such-account") == []


def test_tier_movers_month_over_month(book: Book, ids: dict[str, str]) -> None:
    assert tier_movers(book, "2025-04") == [
        TierMove(ids["climber"], IR, GO, 40.0),
        TierMove(ids["slipped"], PT, GO, -2.0),
    ]  # the deleted account's fall is not listed; lapsed has no April
    assert tier_movers(book, "2025-02") == [TierMove(ids["lapsed"], GO, LE, -40.0)]
    assert tier_movers(book, "2025-01") == []  # nothing before
    assert tier_movers(book, "2026-01") == []


def test_falling_accounts(book: Book, ids: dict[str, str]) -> None:
    assert falling_accounts(book) == {ids["slipped"], ids["sliding"]}
    assert falling_accounts(book, FallingValueRule(score_drop=12.0)) == {ids["slipped"]}
    # Two months back, sliding lost only 7 points.
    assert falling_accounts(book, FallingValueRule(score_drop=5.0, months=2)) == {
        ids["slipped"], ids["sliding"],
    }  # fmt: skip
    assert falling_accounts(book, FallingValueRule(score_drop=8.0, months=2)) == {ids["slipped"]}


def test_no_snapshots_nothing_falls(book: Book) -> None:
    assert falling_accounts(book) == set()
    assert tier_movers(book, "2025-01") == []


def test_the_account_list_finds_the_falling_accounts(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The list's "value falling" filter is exactly ``falling_accounts`` (and combines)."""
    from kam_desktop.db.book import open_book
    from kam_desktop.services.accounts.find_accounts import (
        AccountQuery,
        count_accounts,
        find_account_ids,
    )
    from kam_desktop.services.demo import build_demo_book
    from kam_desktop.services.value.snapshots import backfill_snapshots

    path = tmp_path / "demo.kambook"
    build_demo_book(path)
    with open_book(path) as book:
        backfill_snapshots(book)
        falling = falling_accounts(book)
        assert falling  # the demo has some (else this test proves nothing)
        found = find_account_ids(book, AccountQuery(value_falling=True))
        assert set(found) == falling
        assert count_accounts(book, AccountQuery(value_falling=True)) == len(falling)
        assert find_account_ids(book, AccountQuery()) != found  # the filter narrows


def test_an_accounts_indicators_stand_against_its_tiers_median(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from statistics import median

    from kam_desktop.db.book import open_book
    from kam_desktop.domain.value.value import INDICATORS
    from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids
    from kam_desktop.services.demo import build_demo_book
    from kam_desktop.services.value.snapshot_history import indicator_standing
    from kam_desktop.services.value.snapshots import backfill_snapshots

    path = tmp_path / "demo.kambook"
    build_demo_book(path)
    with open_book(path) as book:
        ids = find_account_ids(book, AccountQuery())
        backfill_snapshots(book)  # the build wrote the current month's; the rest too
        standings = {i: indicator_standing(book, i) for i in ids}
    first = standings[ids[0]]
    assert first is not None
    assert first.indicators == tuple(INDICATORS)
    assert all(r is None or 0 <= r <= 100 for r in first.ranks)
    # the tier's median is the median of its accounts' ranks, indicator by indicator
    same_tier = [s for s in standings.values() if s is not None and s.tier == first.tier]
    for index, _name in enumerate(first.indicators):
        ranks = [s.ranks[index] for s in same_tier if s.ranks[index] is not None]
        expected = median(ranks) if ranks else None
        assert first.tier_medians[index] == expected


def test_tier_cutoffs_kept_when_written_match_the_snapshots(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import delete

    from kam_desktop.db.book import open_book
    from kam_desktop.db.models import BookMeta
    from kam_desktop.services.demo import build_demo_book
    from kam_desktop.services.value.snapshot_cutoffs import CUTOFFS_KEY
    from kam_desktop.services.value.snapshot_history import tier_cutoffs

    path = tmp_path / "demo.kambook"
    build_demo_book(path)  # its build backfills every month's snapshots
    with open_book(path) as book:
        months = [month for month, *_ in tier_history(book, _any_account(book))]
        assert len(months) > 12
        kept = tier_cutoffs(book, months)
        with book.sessions.begin() as s:
            s.execute(delete(BookMeta).where(BookMeta.key == CUTOFFS_KEY))
        assert tier_cutoffs(book, months) == kept  # the same, read from the snapshots
    assert all(kept[m][ValueTier.PLATINUM] > kept[m][ValueTier.LEAD] for m in months)


def _any_account(book: Book) -> str:
    from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids

    return find_account_ids(book, AccountQuery())[0]


def test_cut_offs_of_months_written_before_they_were_kept_are_kept_by_the_refresh(
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    from sqlalchemy import delete, select

    from kam_desktop.db.book import open_book
    from kam_desktop.db.models import BookMeta
    from kam_desktop.services.demo import build_demo_book
    from kam_desktop.services.value.snapshot_cutoffs import CUTOFFS_KEY
    from kam_desktop.services.value.snapshot_history import tier_cutoffs
    from kam_desktop.services.value.snapshots import keep_missing_cutoffs

    path = tmp_path / "demo.kambook"
    build_demo_book(path)
    with open_book(path) as book:
        months = [month for month, *_ in tier_history(book, _any_account(book))]
        kept = tier_cutoffs(book, months)
        with book.sessions.begin() as s:  # as a book of the previous version has it
            s.execute(delete(BookMeta).where(BookMeta.key == CUTOFFS_KEY))
        assert keep_missing_cutoffs(book) == len(months)
        with book.sessions() as s:
            assert s.scalar(select(BookMeta.value).where(BookMeta.key == CUTOFFS_KEY))
        assert tier_cutoffs(book, months) == kept
        assert keep_missing_cutoffs(book) == 0
