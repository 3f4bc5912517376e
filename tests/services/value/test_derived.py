"""refresh_derived against a real book: caches from value records, orders, visits, contacts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import (
    Account,
    Contact,
    SalesOrder,
    ValueModel,
    ValueRecord,
    Visit,
    VisitAttendee,
)
from kam_desktop.db.types import utc_now
from kam_desktop.domain.enums import (
    DecisionLevel,
    LifecycleStage,
    RecordSource,
    RevisitSegment,
    SizeClass,
    ValueTier,
    VisitStatus,
)
from kam_desktop.domain.value.lifecycle import shift_month
from kam_desktop.services.contacts.coverage import refresh_map_gaps
from kam_desktop.services.progress import Cancelled
from kam_desktop.services.value.derived import DerivedConfig, refresh_derived

TODAY = date(2025, 6, 15)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


class Recorder:
    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def update(self, done: int, total: int, note: str = "") -> None:
        self.calls.append((done, total))

    def cancelled(self) -> bool:
        return self.cancel_at is not None and len(self.calls) >= self.cancel_at


@pytest.fixture
def ids(book: Book) -> dict[str, str]:
    """A small portfolio covering every source of each cache."""
    with book.sessions.begin() as s:
        acc = {
            key: Account(name=f"客户{key}", code=key)
            for key in ("steady", "orders", "records", "prospect", "gone", "pinned", "referred")
        }
        acc["steady"].annual_revenue = 100_000.0
        acc["steady"].size_class = SizeClass.LARGE
        acc["prospect"].annual_revenue = 200_000.0
        acc["gone"].deleted_at = utc_now()
        acc["gone"].sales_12m = 123.0
        acc["pinned"].lifecycle_stage = LifecycleStage.STABILITY
        acc["pinned"].lifecycle_overridden = True
        s.add_all(acc.values())
        s.flush()
        acc["referred"].referred_by_id = acc["steady"].id

        # steady: 24 months of HQ figures, 10/month then 10/month (flat), margin and collections.
        for i in range(24):
            month = shift_month("2023-06", i)
            s.add(ValueRecord(account_id=acc["steady"].id, month=month, sales=10.0,
                              gross_margin=2.0, collected=9.0))  # fmt: skip
        s.add(ValueRecord(account_id=acc["steady"].id, month="2025-07", sales=99.0))  # future
        s.add(ValueRecord(account_id=acc["steady"].id, month="2022-01", sales=5.0,
                          deleted_at=utc_now()))  # fmt: skip
        s.add(SalesOrder(account_id=acc["steady"].id, order_date=date(2025, 6, 3), amount=4.0))
        # orders: no HQ figures; orders in the last year and the one before.
        for day, amount in [(date(2025, 5, 20), 6.0), (date(2024, 8, 1), 4.0),
                            (date(2024, 3, 1), 7.0), (date(2025, 7, 1), 50.0)]:  # fmt: skip
            s.add(SalesOrder(account_id=acc["orders"].id, order_date=day, amount=amount,
                             source=RecordSource.FIELD))  # fmt: skip
        s.add(SalesOrder(account_id=acc["orders"].id, order_date=date(2025, 6, 1), amount=1.0,
                         deleted_at=utc_now()))  # fmt: skip
        # records: HQ figures that stop in Nov 2024.
        for i in range(8):
            s.add(ValueRecord(account_id=acc["records"].id, month=shift_month("2024-04", i),
                              sales=3.0 if i < 8 else 0.0))  # fmt: skip
        s.add(ValueRecord(account_id=acc["records"].id, month="2025-01", sales=0.0))
        # referred: new this year, referred by steady.
        s.add(ValueRecord(account_id=acc["referred"].id, month="2025-04", sales=8.0))

        # contacts and visits of steady
        boss = Contact(account_id=acc["steady"].id, name="王总", is_key_decision_maker=True,
                       relationship_level=4)  # fmt: skip
        cfo = Contact(account_id=acc["steady"].id, name="李财务",
                      decision_level=DecisionLevel.DECISION, relationship_level=2)  # fmt: skip
        clerk = Contact(account_id=acc["steady"].id, name="张采购", relationship_level=5)
        left = Contact(account_id=acc["steady"].id, name="赵前任", is_key_decision_maker=True,
                       relationship_level=0, deleted_at=utc_now())  # fmt: skip
        s.add_all([boss, cfo, clerk, left])
        visits = {
            "done_old": Visit(account_id=acc["steady"].id, status=VisitStatus.DONE,
                              planned_start=noon(date(2025, 3, 1)), done_at=noon(date(2025, 3, 2))),
            "done_new": Visit(account_id=acc["steady"].id, status=VisitStatus.DONE,
                              planned_start=noon(date(2025, 5, 9))),  # no done_at: planned time
            "planned": Visit(account_id=acc["steady"].id, status=VisitStatus.PLANNED,
                             planned_start=noon(date(2025, 6, 20))),
            "cancelled": Visit(account_id=acc["steady"].id, status=VisitStatus.CANCELLED,
                               planned_start=noon(date(2025, 6, 10))),
            "deleted": Visit(account_id=acc["steady"].id, status=VisitStatus.DONE,
                             planned_start=noon(date(2025, 6, 12)), deleted_at=utc_now()),
        }  # fmt: skip
        s.add_all(visits.values())
        s.flush()
        s.add_all([
            VisitAttendee(visit_id=visits["done_old"].id, contact_id=boss.id),
            VisitAttendee(visit_id=visits["done_old"].id, contact_id=cfo.id),
            VisitAttendee(visit_id=visits["done_new"].id, contact_id=boss.id),
            VisitAttendee(visit_id=visits["planned"].id, contact_id=cfo.id),
            VisitAttendee(visit_id=visits["deleted"].id, contact_id=cfo.id),
            VisitAttendee(visit_id=visits["done_new"].id, contact_id=clerk.id,
                          deleted_at=utc_now()),
        ])  # fmt: skip
        # A stale cache that the refresh must clear.
        clerk.last_contact_on = date(2020, 1, 1)
        out = {key: a.id for key, a in acc.items()}
        out.update(boss=boss.id, cfo=cfo.id, clerk=clerk.id)
        return out


def accounts(book: Book) -> dict[str, Account]:
    with book.sessions() as s:
        return {a.code: a for a in s.scalars(select(Account))}  # type: ignore[misc]


def test_sales_and_last_dates(book: Book, ids: dict[str, str]) -> None:
    refresh_derived(book, today=TODAY)
    a = accounts(book)
    # HQ figures win over orders; Jul 2024 .. Jun 2025, future and deleted rows ignored.
    assert a["steady"].sales_12m == pytest.approx(110.0)  # 11 months x 10 (no June figure)
    assert a["steady"].last_order_on == date(2025, 6, 3)
    assert a["steady"].last_visit_on == date(2025, 5, 9)
    # Orders stand in where there are no figures; future and deleted orders ignored.
    assert a["orders"].sales_12m == pytest.approx(10.0)
    assert a["orders"].last_order_on == date(2025, 5, 20)
    assert a["orders"].last_visit_on is None
    # Without orders, the last month with sales counts, as its last day.
    assert a["records"].sales_12m == pytest.approx(15.0)  # Jul-Nov 2024
    assert a["records"].last_order_on == date(2024, 11, 30)
    assert a["referred"].last_order_on == date(2025, 4, 30)
    # No data at all: no sales figure, no dates.
    assert a["prospect"].sales_12m is None
    assert a["prospect"].last_order_on is None


def test_value_scores_tiers_and_segments(book: Book, ids: dict[str, str]) -> None:
    refresh_map_gaps(book, TODAY)  # the coverage-gap indicator, as refresh_all does first
    refresh_derived(book, today=TODAY)
    a = {k: v for k, v in accounts(book).items() if v.deleted_at is None}
    # steady has all nine indicators. Percentiles among the six live accounts: sales 100,
    # margin 100, referral 100 (it referred "referred"); collection, size and relationship 50
    # (the only account with data); growth 0 (the only one shrinking); potential 0 (prospect's
    # untapped wallet is bigger); coverage gaps 100 (3 gaps, the others 4: fewest is best).
    # (25*100 + 20*100 + 10*50 + 10*0 + 15*0 + 5*50 + 10*50 + 5*100 + 5*100) / 105 = 64.3
    assert a["steady"].map_gap_count == 3
    assert a["steady"].value_score == 64.3
    assert a["steady"].value_incomplete is False
    # records has only sales (80), growth (66.7), referral (40, tied with four others) and
    # gaps (40: tied at 4 with four others, reversed): the missing indicators drop out,
    # (25*80 + 10*66.67 + 5*40 + 5*40) / 45 = 68.1, flagged.
    assert a["records"].value_score == 68.1
    assert a["records"].value_incomplete is True
    # Six scored accounts: 1 platinum, 1 gold, 1 iron, 3 lead, by score.
    ranked = sorted(a.values(), key=lambda x: -x.value_score)  # type: ignore[operator]
    assert [x.value_tier for x in ranked] == [
        ValueTier.PLATINUM, ValueTier.GOLD, ValueTier.IRON,
        ValueTier.LEAD, ValueTier.LEAD, ValueTier.LEAD,
    ]  # fmt: skip
    assert ranked[0].code == "records"
    assert ranked[0].revisit_segment is RevisitSegment.HIGH_VALUE
    assert a["steady"].revisit_segment is RevisitSegment.HIGH_CONTRIBUTION
    # Lead accounts: general while ordering (orders: 20 May), none if they never ordered.
    assert a["orders"].value_tier is ValueTier.LEAD
    assert a["orders"].revisit_segment is RevisitSegment.GENERAL
    assert a["prospect"].value_tier is ValueTier.LEAD
    assert a["prospect"].revisit_segment is None


def test_dormant_segment(book: Book, ids: dict[str, str]) -> None:
    refresh_derived(book, today=TODAY, config=DerivedConfig(dormant_after_days=20))
    a = accounts(book)
    # orders (lead) last ordered on 20 May, 26 days before; steady (gold) stays high-contribution.
    assert a["orders"].value_tier is ValueTier.LEAD
    assert a["orders"].revisit_segment is RevisitSegment.DORMANT
    assert a["steady"].revisit_segment is RevisitSegment.HIGH_CONTRIBUTION


def test_lifecycle_stages_and_override(book: Book, ids: dict[str, str]) -> None:
    refresh_derived(book, today=TODAY)
    a = accounts(book)
    assert a["steady"].lifecycle_stage is LifecycleStage.STABILITY
    assert a["referred"].lifecycle_stage is LifecycleStage.EXPLORATION
    assert a["records"].lifecycle_stage is LifecycleStage.DECLINE
    assert a["prospect"].lifecycle_stage is None
    assert a["pinned"].lifecycle_stage is LifecycleStage.STABILITY  # the rep's override is kept


def test_contacts_last_contact(book: Book, ids: dict[str, str]) -> None:
    refresh_derived(book, today=TODAY)
    with book.sessions() as s:
        last = dict(s.execute(select(Contact.id, Contact.last_contact_on)).all())
    assert last[ids["boss"]] == date(2025, 5, 9)
    assert last[ids["cfo"]] == date(2025, 3, 2)  # planned and deleted visits do not count
    assert last[ids["clerk"]] is None  # only a deleted attendance; the stale cache is cleared


def test_deleted_rows_are_left_alone(book: Book, ids: dict[str, str]) -> None:
    refresh_derived(book, today=TODAY)
    gone = accounts(book)["gone"]
    assert gone.sales_12m == 123.0
    assert gone.value_score is None


def test_refresh_does_not_touch_sync_identity(book: Book, ids: dict[str, str]) -> None:
    def identity() -> dict[str, tuple[int, datetime, str]]:
        with book.sessions() as s:
            rows = s.execute(select(Account.id, Account.revision, Account.updated_at,
                                    Account.updated_by)).all()  # fmt: skip
            contacts = s.execute(select(Contact.id, Contact.revision, Contact.updated_at,
                                        Contact.updated_by)).all()  # fmt: skip
        return {r[0]: tuple(r[1:]) for r in [*rows, *contacts]}  # type: ignore[misc]

    before = identity()
    refresh_derived(book, today=TODAY)
    assert accounts(book)["steady"].value_tier is ValueTier.GOLD
    assert identity() == before


def test_the_books_default_value_model_is_used(book: Book, ids: dict[str, str]) -> None:
    with book.sessions.begin() as s:
        s.add(ValueModel(name="销售", weights={"sales_12m": 1.0, "retired": 2.0}, is_default=True))
    refresh_derived(book, today=TODAY)
    a = {k: v for k, v in accounts(book).items() if v.deleted_at is None}
    # Ranked on sales alone: prospect/pinned 0 (tied), records 15, orders 10, referred 8,
    # steady 110 -> percentiles over the six live accounts.
    assert a["steady"].value_score == 100.0
    assert a["prospect"].value_score == a["pinned"].value_score == 10.0
    assert not any(x.value_incomplete for x in a.values())


def test_config_weights_and_bands(book: Book, ids: dict[str, str]) -> None:
    config = DerivedConfig(weights={"potential": 1.0})
    refresh_derived(book, today=TODAY, config=config)
    a = accounts(book)
    # 2 % of 200,000 untapped beats 2 % of 100,000 minus 110 already bought.
    assert a["prospect"].value_score == 100.0
    assert a["steady"].value_score == 0.0
    assert a["orders"].value_score is None  # no revenue: no potential, no score
    assert a["orders"].value_tier is None


def test_progress_is_reported_and_cancel_changes_nothing(book: Book, ids: dict[str, str]) -> None:
    with pytest.raises(Cancelled):
        refresh_derived(book, today=TODAY, progress=Recorder(cancel_at=5))
    assert accounts(book)["steady"].value_score is None
    recorder = Recorder()
    refresh_derived(book, today=TODAY, progress=recorder)
    assert recorder.calls[-1][0] == recorder.calls[-1][1]
    assert [done for done, _ in recorder.calls] == sorted(done for done, _ in recorder.calls)


def test_a_second_refresh_is_stable(book: Book, ids: dict[str, str]) -> None:
    refresh_derived(book, today=TODAY)
    first = {k: (v.value_score, v.value_tier, v.lifecycle_stage) for k, v in accounts(book).items()}
    refresh_derived(book, today=TODAY)
    again = {k: (v.value_score, v.value_tier, v.lifecycle_stage) for k, v in accounts(book).items()}
    assert again == first
    refresh_derived(book, today=date(2026, 9, 1))  # over a year on, everything has lapsed
    later = accounts(book)
    assert later["steady"].lifecycle_stage is LifecycleStage.LOST
    assert later["steady"].sales_12m == pytest.approx(0.0)


def test_an_empty_book_refreshes(book: Book) -> None:
    recorder = Recorder()
    refresh_derived(book, today=TODAY, progress=recorder)
    assert recorder.calls[-1] == (6, 6)
