"""Value figures and order lists through the same import: upserts, idempotence, revisits."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import SalesOrder, ValueRecord
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.domain.enums import RecordSource
from kam_desktop.domain.revisits.revisit_rules import RevisitRule
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.hq_import.model import ImportOptions, Outcome
from kam_desktop.services.hq_import.notes import FieldFigures, NoSuchAccount
from kam_desktop.services.hq_import.plan import plan_import
from kam_desktop.services.hq_import.run import run_import
from kam_desktop.services.revisits.due_cache import refresh_due_cache
from kam_desktop.services.revisits.revisits import due_list

from .helpers import write_list

TODAY = date(2026, 12, 7)
VALUES = ("客户编码", "月份", "销售额(元)", "毛利(元)", "回款(元)")
ORDERS = ("客户编码", "订单号", "下单日期", "金额(万元)", "产品")


def _counts(plan) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {o.value: n for o, n in plan.counts.items()}


def test_shared_value_figures_after_the_shared_list(book: Book, shared_data: Path) -> None:
    run_import(book, shared_data / "hq-customers-utf8bom.csv", today=TODAY)
    plan = run_import(book, shared_data / "value-figures-gbk.csv", today=TODAY).plan
    assert plan.list_kind is ListKind.VALUES
    assert _counts(plan) == {"new": 480}
    with book.sessions() as s:
        records = s.scalars(select(ValueRecord)).all()
    assert len(records) == 480
    assert {r.month for r in records} == {f"2025-{m:02d}" for m in range(1, 13)}
    assert all(r.source is RecordSource.HQ for r in records)


def test_value_figures_upsert_by_account_and_month_in_the_headers_unit(
    book: Book, tmp_path: Path
) -> None:
    create_account(book, AccountDraft(name="甲公司", code="000001"))
    first = write_list(
        tmp_path / "v1.csv", [["000001", "2026年3月", "123,400", "20000", "100000"]], VALUES
    )
    assert _counts(run_import(book, first, today=TODAY).plan) == {"new": 1}
    second = write_list(
        tmp_path / "v2.csv",
        [["000001", "2026-03", "123400", "30000", ""], ["000002", "2026-03", "1", "", ""]],
        VALUES,
    )
    plan = run_import(book, second, today=TODAY).plan
    assert _counts(plan) == {"updated": 1, "rejected": 1}
    assert isinstance(plan.rejected[0].problem, NoSuchAccount)
    assert plan.rejected[0].column == "客户编码"
    (change,) = plan.changes[0].changes
    assert (change.field, change.old, change.new) == ("margin", 2.0, 3.0)  # 元 → 万元
    with book.sessions() as s:
        (record,) = s.scalars(select(ValueRecord)).all()
    assert (record.sales, record.gross_margin, record.collected, record.revision) == (
        12.34,
        3.0,
        10.0,
        2,
    )


def test_figures_the_rep_entered_are_never_overwritten(book: Book, tmp_path: Path) -> None:
    account = create_account(book, AccountDraft(name="甲公司", code="000001"))
    with book.sessions.begin() as s:
        s.add(
            ValueRecord(
                account_id=account.id, month="2026-03", sales=5.0, source=RecordSource.FIELD
            )
        )
    path = write_list(tmp_path / "v.csv", [["000001", "2026-03", "90000", "", ""]], VALUES)
    plan = run_import(book, path, today=TODAY).plan
    assert plan.counts[Outcome.CONFLICT] == 1
    assert isinstance(plan.changes[0].note, FieldFigures)
    with book.sessions() as s:
        assert s.scalars(select(ValueRecord.sales)).one() == 5.0


def test_orders_are_idempotent_by_order_number_or_by_account_date_amount(
    book: Book, tmp_path: Path
) -> None:
    create_account(book, AccountDraft(name="甲公司", code="000001"))
    rows = [
        ["000001", "SO-0001", "2026-11-20", "12.5", "A型泵"],
        ["000001", "", "2026-11-21", "3", "配件"],
    ]
    path = write_list(tmp_path / "o.csv", rows, ORDERS)
    assert _counts(run_import(book, path, today=TODAY).plan) == {"new": 2}
    corrected = write_list(
        tmp_path / "o2.csv",
        [
            ["000001", "SO-0001", "2026-11-20", "13", "A型泵"],
            ["000001", "", "2026/11/21", "3.00", ""],
        ],
        ORDERS,
    )
    plan = run_import(book, corrected, today=TODAY).plan
    assert _counts(plan) == {"updated": 1, "unchanged": 1}
    with book.sessions() as s:
        orders = {o.hq_ref: o for o in s.scalars(select(SalesOrder))}
    assert len(orders) == 2
    assert orders["SO-0001"].amount == 13.0
    assert orders["SO-0001"].source is RecordSource.HQ


def test_new_orders_make_the_day_5_and_day_15_revisits_appear(book: Book, tmp_path: Path) -> None:
    account = create_account(book, AccountDraft(name="甲公司", code="000001"))
    refresh_due_cache(book, TODAY)  # the book's cache is for today, as after opening it
    assert due_list(book, TODAY) == []
    path = write_list(
        tmp_path / "o.csv",
        [
            ["000001", "SO-1", (TODAY - timedelta(days=5)).isoformat(), "10", ""],
            ["000001", "SO-2", (TODAY - timedelta(days=15)).isoformat(), "10", ""],
        ],
        ORDERS,
    )
    run_import(book, path, today=TODAY)
    (item,) = due_list(book, TODAY)  # read from the refreshed cache
    assert item.account_id == account.id
    after_order = [r for r in item.reasons if r.rule is RevisitRule.AFTER_ORDER]
    # the 5-day-old order's day 5 and the 15-day-old one's day 15 are due today (its day 5
    # is overdue since ten days)
    due_today = sorted(r.rule_key.rsplit(":", 1)[1] for r in after_order if r.due_on == TODAY)
    assert due_today == ["15", "5"]


def test_an_explicit_kind_reads_the_list_as_that_kind(book: Book, shared_data: Path) -> None:
    plan = plan_import(
        book, shared_data / "value-figures-gbk.csv", ImportOptions(kind=ListKind.VALUES)
    )
    assert plan.counts[Outcome.REJECTED] == 480  # no accounts in this book yet
