"""HQ order rows (issue 10, point 6): code, date and a positive amount in 万元 are required; the
order number keeps its zeros; product, quantity and repurchase cycle are checked as the
``sales_order`` table holds them; a return or credit note is refused with that reason."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.accounts.hq_cells import ImplausibleDate, NotAListDate, NotAnAmount
from kam_desktop.domain.accounts.hq_columns import ListKind, match_header
from kam_desktop.domain.errors import KamError, NegativeNumber, Required, TooLong
from kam_desktop.domain.field_values import (
    ControlCharacter,
    NotAWholeNumber,
    NumberOutOfRange,
)
from kam_desktop.domain.value.hq_orders import (
    NotAnOrderAmount,
    NotAQuantity,
    OrderLine,
    order_row,
)

SECRET = "13987654321"  # a cell value that must never show in a message


def _row(**cells: str | date | None) -> dict[str, str | date | None]:
    return {"code": "000118", "order_date": "2025-03-04", "amount": "12.5", **cells}


def _problems(**cells: str | date | None) -> dict[str, type]:
    found = order_row(_row(**cells))
    assert found.order is None
    return {p.field: type(p.problem) for p in found.problems}


def test_the_least_an_order_needs() -> None:
    found = order_row(_row())
    assert found.problems == ()
    assert found.order == OrderLine("000118", date(2025, 3, 4), 12.5)


def test_a_full_order() -> None:
    cells = _row(
        order_no='="SO000123"',
        product=" 球阀  DN50\n不锈钢 ",
        quantity="1,200",
        repurchase_cycle_days="90天",
        amount="¥125,000.00",
        order_date=datetime(2025, 3, 4, 10, 30),
    )
    found = order_row(cells, {"amount": "元"})
    assert found.problems == ()
    assert found.order == OrderLine(
        code="000118",
        order_date=date(2025, 3, 4),
        amount=12.5,
        order_no="SO000123",
        product="球阀  DN50 不锈钢",
        quantity=1200.0,
        repurchase_cycle_days=90,
    )


def test_order_numbers_keep_their_zeros() -> None:
    for cell, number in [("000123", "000123"), ("'0042", "0042"), ("12345.0", "12345")]:
        order = order_row(_row(order_no=cell)).order
        assert order is not None
        assert order.order_no == number


@pytest.mark.parametrize(
    "cell", ["2025/3/4", "2025年3月4日", "20250304", "45720", "２０２５-３-４"]
)
def test_order_dates(cell: str) -> None:
    order = order_row(_row(order_date=cell)).order
    assert order is not None
    assert order.order_date == date(2025, 3, 4)


def test_required_fields() -> None:
    found = order_row({"product": "阀门"})
    assert found.order is None
    assert {p.field: type(p.problem) for p in found.problems} == {
        "code": Required,
        "order_date": Required,
        "amount": Required,
    }
    assert [p.message() for p in found.problems] == [
        "Customer code: is required.",
        "Order date: is required.",
        "Amount: is required.",
    ]


@pytest.mark.parametrize("cell", ["0", "0.00", "-12.5", "¥-1,000", "-0"])
def test_returns_and_credit_notes_are_refused(cell: str) -> None:
    found = order_row(_row(amount=cell))
    assert found.order is None
    (only,) = found.problems
    assert (only.field, type(only.problem)) == ("amount", NotAnOrderAmount)
    assert only.message() == (
        "Amount: must be more than 0; a zero or negative amount is a return or a credit note, "
        "not an order."
    )


def test_bad_amounts_and_dates() -> None:
    assert _problems(amount="abc") == {"amount": NotAnAmount}
    assert _problems(amount="2e12") == {"amount": NumberOutOfRange}
    assert _problems(order_date="2025-02-30") == {"order_date": NotAListDate}
    assert _problems(order_date="1969-12-31") == {"order_date": ImplausibleDate}


@pytest.mark.parametrize(("cell", "value"), [("0", 0.0), ("12", 12.0), ("1,200.5", 1200.5)])
def test_quantities(cell: str, value: float) -> None:
    order = order_row(_row(quantity=cell)).order
    assert order is not None
    assert order.quantity == value


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("-1", NegativeNumber),
        ("−2.5", NegativeNumber),
        ("12箱", NotAQuantity),
        ("1e3", NotAQuantity),
        ("nan", NotAQuantity),
        ("1,20", NotAQuantity),
        ("2000000000000", NumberOutOfRange),
        (date(2025, 1, 1), NotAQuantity),
    ],
)
def test_bad_quantities(cell: str | date, problem: type) -> None:
    assert _problems(quantity=cell) == {"quantity": problem}


@pytest.mark.parametrize(
    ("cell", "days"),
    [
        ("30", 30),
        ("30天", 30),
        ("30 日", 30),
        ("30 days", 30),
        ("1", 1),
        ("3650", 3650),
        ("90.0", 90),
    ],
)
def test_repurchase_cycles(cell: str, days: int) -> None:
    order = order_row(_row(repurchase_cycle_days=cell)).order
    assert order is not None
    assert order.repurchase_cycle_days == days


@pytest.mark.parametrize(
    ("cell", "problem"),
    [
        ("0", NumberOutOfRange),
        ("3651", NumberOutOfRange),
        ("-30", NumberOutOfRange),
        ("30.5", NotAWholeNumber),
        ("一个月", NotAWholeNumber),
        ("天", NotAWholeNumber),
        (date(2025, 1, 1), NotAWholeNumber),
    ],
)
def test_bad_repurchase_cycles(cell: str | date, problem: type) -> None:
    assert _problems(repurchase_cycle_days=cell) == {"repurchase_cycle_days": problem}


def test_text_limits() -> None:
    assert _problems(product="阀" * 201) == {"product": TooLong}
    assert order_row(_row(product="阀" * 200)).problems == ()
    assert _problems(order_no="9" * 65) == {"order_no": TooLong}
    assert _problems(product="球阀\x1b") == {"product": ControlCharacter}


def test_no_cell_in_a_message() -> None:
    found = order_row(
        {
            "code": SECRET * 3,
            "order_date": SECRET,
            "amount": SECRET + "x",
            "quantity": SECRET + "x",
            "repurchase_cycle_days": SECRET,
        }
    )
    assert len(found.problems) == 5
    for issue in found.problems:
        assert SECRET not in issue.message()


def test_order_headers() -> None:
    for header, field in [
        ("数量", "quantity"),
        ("Qty", "quantity"),
        ("复购周期", "repurchase_cycle_days"),
        ("重复购买周期（天）", "repurchase_cycle_days"),
        ("Repurchase Cycle", "repurchase_cycle_days"),
    ]:
        matched = match_header(header, ListKind.ORDERS)
        assert matched is not None
        assert matched.field == field


_FIELDS = (
    "code",
    "order_no",
    "order_date",
    "amount",
    "product",
    "quantity",
    "repurchase_cycle_days",
)


@given(
    st.fixed_dictionaries(
        {}, optional={f: st.one_of(st.none(), st.text(max_size=30), st.dates()) for f in _FIELDS}
    ),
    st.sampled_from([None, "元", "万元", "%"]),
)
def test_any_cells_give_an_order_or_problems(
    cells: dict[str, str | date | None], unit: str | None
) -> None:
    found = order_row(cells, {"amount": unit})
    assert (found.order is None) == bool(found.problems)
    for issue in found.problems:
        assert isinstance(issue.problem, KamError)
        issue.message()
    if found.order is not None:
        assert found.order.amount > 0
