"""A group's value summed over its tree."""

from __future__ import annotations

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import ValueTier
from kam_desktop.services.accounts.accounts import create_account, delete_account
from kam_desktop.services.value.group_rollup import group_rollup


def _sales(book: Book, account_id: str, sales: float | None, tier: ValueTier | None) -> None:
    from kam_desktop.db.models import Account

    with book.sessions.begin() as s:
        account = s.get(Account, account_id)
        assert account is not None
        account.sales_12m, account.value_tier, account.map_gap_count = sales, tier, 2


def test_a_group_sums_its_tree_and_skips_what_has_no_data(book: Book) -> None:
    group = create_account(book, AccountDraft(name="集团股份有限公司"))
    child = create_account(book, AccountDraft(name="子公司有限公司", parent_id=group.id))
    plant = create_account(book, AccountDraft(name="工厂有限公司", parent_id=child.id))
    gone = create_account(book, AccountDraft(name="已删除有限公司", parent_id=group.id))
    other = create_account(book, AccountDraft(name="别家有限公司"))
    _sales(book, group.id, 100.0, ValueTier.GOLD)
    _sales(book, child.id, 50.5, ValueTier.IRON)
    _sales(book, plant.id, None, None)
    _sales(book, gone.id, 1000.0, ValueTier.PLATINUM)
    _sales(book, other.id, 7.0, ValueTier.LEAD)
    delete_account(book, gone.id)
    rollup = group_rollup(book, group.id)
    assert rollup.members == 3
    assert rollup.sales_12m == 150.5
    assert rollup.tier_mix[ValueTier.GOLD] == 1
    assert rollup.tier_mix[ValueTier.IRON] == 1
    assert rollup.tier_mix[ValueTier.PLATINUM] == 0
    assert rollup.unscored == 1
    assert rollup.map_gaps == 6
    assert group_rollup(book, child.id).members == 2
    lone = group_rollup(book, other.id)
    assert not lone.is_group
