"""account_value and the value settings against real books: a small hand-made one, the demo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account, SalesOrder, Setting, ValueRecord
from kam_desktop.db.types import utc_now
from kam_desktop.domain.enums import LifecycleStage, RelationshipMode, ValueQuadrant, ValueTier
from kam_desktop.domain.errors import InvalidInput, NotFound
from kam_desktop.domain.value.lifecycle import shift_month
from kam_desktop.domain.value.lifetime import (
    DEFAULT_ASSUMPTIONS,
    LifetimeAssumptions,
    lifetime_value,
)
from kam_desktop.domain.value.quadrants import DEFAULT_PLAYBOOKS, quadrants
from kam_desktop.services.demo import build_demo_book
from kam_desktop.services.value.account_value import MONTHS_SHOWN, account_value
from kam_desktop.services.value.derived import refresh_derived
from kam_desktop.services.value.value_points import value_points
from kam_desktop.services.value.value_settings import (
    LIFETIME_KEY,
    load_lifetime_assumptions,
    load_playbooks,
    save_lifetime_assumptions,
    save_playbook,
)

TODAY = date(2025, 6, 15)
MY_TEXT = "请总经理年底亲自拜访并赠送礼品。"
THIS_MONTH = "2025-06"


@pytest.fixture
def ids(book: Book) -> dict[str, str]:
    """big (records every month, referred two), small (records, gaps), fresh (orders only,
    referred by big), quiet (nothing), gone (deleted, referred by big)."""
    with book.sessions.begin() as s:
        acc = {
            k: Account(name=f"客户{k}", code=k.upper())
            for k in ("big", "small", "fresh", "quiet", "gone")
        }
        s.add_all(acc.values())
        s.flush()
        acc["fresh"].referred_by_id = acc["big"].id
        acc["small"].referred_by_id = acc["big"].id
        acc["gone"].referred_by_id = acc["big"].id
        acc["gone"].deleted_at = utc_now()
        for back in range(24):
            month = shift_month(THIS_MONTH, -back)
            s.add(
                ValueRecord(
                    account_id=acc["big"].id, month=month, sales=100.0, gross_margin=20.0,
                    cost_to_serve=1.0,
                )
            )  # fmt: skip
        # small: two months with figures, one with sales but no margin
        s.add(
            ValueRecord(account_id=acc["small"].id, month="2025-03", sales=10.0, gross_margin=3.0)
        )
        s.add(ValueRecord(account_id=acc["small"].id, month="2025-01", sales=5.0))
        s.add(SalesOrder(account_id=acc["fresh"].id, order_date=date(2025, 5, 10), amount=7.0))
        s.add(SalesOrder(account_id=acc["fresh"].id, order_date=date(2025, 5, 20), amount=3.0))
        s.add(SalesOrder(account_id=acc["gone"].id, order_date=date(2025, 5, 20), amount=99.0))
    refresh_derived(book, today=TODAY)
    with book.sessions() as s:
        return {a.code.lower(): a.id for a in s.scalars(select(Account))}


def test_months_are_gaps_where_nothing_was_recorded(book: Book, ids) -> None:
    small = account_value(book, ids["small"], TODAY)
    assert len(small.months) == MONTHS_SHOWN
    assert small.months[-1].month == THIS_MONTH
    assert small.months[0].month == "2023-07"
    by_month = {m.month: m for m in small.months}
    assert (by_month["2025-03"].sales, by_month["2025-03"].margin) == (10.0, 3.0)
    assert (by_month["2025-01"].sales, by_month["2025-01"].margin) == (5.0, None)
    assert by_month["2025-02"].sales is None
    assert by_month["2025-02"].margin is None
    assert small.sales_12m == 15.0
    assert small.margin_12m == 3.0
    assert small.cost_to_serve_12m is None


def test_orders_stand_in_for_missing_records(book: Book, ids) -> None:
    fresh = account_value(book, ids["fresh"], TODAY)
    by_month = {m.month: m for m in fresh.months}
    assert by_month["2025-05"].sales == 10.0
    assert by_month["2025-05"].margin is None
    assert fresh.sales_12m == 10.0
    assert fresh.margin_12m is None
    assert fresh.lifetime_value is None
    assert fresh.quadrant is None
    assert fresh.playbook is None


def test_nothing_recorded(book: Book, ids) -> None:
    quiet = account_value(book, ids["quiet"], TODAY)
    assert all(m.sales is None and m.margin is None for m in quiet.months)
    assert quiet.sales_12m is None
    assert quiet.lifetime_value is None
    assert quiet.referral_value == 0.0
    assert quiet.referred_count == 0


def test_lifetime_value_by_hand(book: Book, ids) -> None:
    big = account_value(book, ids["big"], TODAY)
    assert big.margin_12m == pytest.approx(240.0)
    assert big.cost_to_serve_12m == pytest.approx(12.0)
    assert big.lifecycle_stage is LifecycleStage.STABILITY
    step = 0.9 / 1.08
    expected = 228.0 * sum(step**t for t in range(1, 6))
    assert big.lifetime_value == pytest.approx(expected)
    assert big.retention == 0.9
    assert big.assumptions == DEFAULT_ASSUMPTIONS


def test_referral_value_sums_live_referred_accounts_caches(book: Book, ids) -> None:
    big = account_value(book, ids["big"], TODAY)
    assert big.referred_count == 2  # the deleted one does not count
    assert big.referral_value == pytest.approx(15.0 + 10.0)


def test_quadrant_playbook_and_mode(book: Book, ids) -> None:
    big = account_value(book, ids["big"], TODAY)
    small = account_value(book, ids["small"], TODAY)
    # Points with both values: big (CLV > 0, 25 referred), small (CLV > 0, referred none).
    assert big.quadrant is ValueQuadrant.ADVOCATE
    assert small.quadrant is ValueQuadrant.MISER
    assert big.playbook is not None
    assert big.playbook.source == DEFAULT_PLAYBOOKS[ValueQuadrant.ADVOCATE]
    assert big.tier is not None
    expected = {
        ValueTier.PLATINUM: RelationshipMode.PARTNERSHIP,
        ValueTier.GOLD: RelationshipMode.PROACTIVE,
    }
    assert big.suggested_mode is expected.get(big.tier, big.suggested_mode)
    assert big.suggested_mode is not None


def test_deleted_or_unknown_account(book: Book, ids) -> None:
    with pytest.raises(NotFound):
        account_value(book, ids["gone"], TODAY)
    with pytest.raises(NotFound):
        account_value(book, "no-such-id", TODAY)


def test_saved_assumptions_change_the_figure(book: Book, ids) -> None:
    before = account_value(book, ids["big"], TODAY).lifetime_value
    chosen = LifetimeAssumptions(
        {LifecycleStage.STABILITY: 1.0}, discount_rate=0.0, horizon_years=2
    )
    save_lifetime_assumptions(book, chosen)
    assert load_lifetime_assumptions(book) == chosen
    after = account_value(book, ids["big"], TODAY)
    assert after.assumptions == chosen
    assert after.lifetime_value == pytest.approx(228.0 * 2) != before


def test_unusable_stored_assumptions_fall_back_to_defaults(book: Book, ids) -> None:
    with book.sessions.begin() as s:
        s.add(Setting(key=LIFETIME_KEY, value={"discount_rate": 7, "horizon_years": "x"}))
    assert load_lifetime_assumptions(book) == DEFAULT_ASSUMPTIONS


def test_edited_playbook_is_shown_and_reset(book: Book, ids) -> None:
    save_playbook(book, ValueQuadrant.ADVOCATE, "  请总经理年底亲自拜访并赠送礼品。 ")
    assert load_playbooks(book)[ValueQuadrant.ADVOCATE].source == "请总经理年底亲自拜访并赠送礼品。"
    assert (
        str(account_value(book, ids["big"], TODAY).playbook) == "请总经理年底亲自拜访并赠送礼品。"
    )
    others = load_playbooks(book)
    assert others[ValueQuadrant.MISER].source == DEFAULT_PLAYBOOKS[ValueQuadrant.MISER]
    save_playbook(book, ValueQuadrant.ADVOCATE, "")
    assert (
        load_playbooks(book)[ValueQuadrant.ADVOCATE].source
        == DEFAULT_PLAYBOOKS[ValueQuadrant.ADVOCATE]
    )


def test_too_long_playbook_is_refused(book: Book, ids) -> None:
    with pytest.raises(InvalidInput) as caught:
        save_playbook(book, ValueQuadrant.MISER, "x" * 501)
    assert caught.value.fields() == ["playbook"]
    assert (
        load_playbooks(book)[ValueQuadrant.MISER].source == DEFAULT_PLAYBOOKS[ValueQuadrant.MISER]
    )


# --- the demo book ----------------------------------------------------------------------------

DEMO_DAY = date(2026, 6, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return build_demo_book(tmp_path_factory.mktemp("value") / "demo.kambook", today=DEMO_DAY)


def test_demo_book_agrees_with_the_pure_rules(demo: Path) -> None:
    with open_book(demo, create=False) as book:
        with book.sessions() as s:
            points = value_points(s.connection(), DEMO_DAY, DEFAULT_ASSUMPTIONS)
            live = list(s.scalars(select(Account.id).where(Account.deleted_at.is_(None))))
        expected = quadrants(points)
        seen = set()
        for account_id in live:
            v = account_value(book, account_id, DEMO_DAY)
            assert v.quadrant is expected[account_id]
            assert points[account_id] == (
                pytest.approx(v.lifetime_value) if v.lifetime_value is not None else None,
                v.referral_value,
            )
            assert v.lifetime_value == lifetime_value(
                v.margin_12m, v.cost_to_serve_12m, v.lifecycle_stage, DEFAULT_ASSUMPTIONS
            )
            assert all(m.sales is None or m.sales >= 0 for m in v.months)
            seen.add(v.quadrant)
    assert len(points) == len(live) > 20
    assert {ValueQuadrant.AFFLUENT, ValueQuadrant.MISER} <= seen
