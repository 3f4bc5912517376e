"""HQ value-figure rows (issue 10, point 6): months as HQ writes them, figures in 万元 with a
margin that may be negative, and every bad cell a ``FieldProblem`` that never shows the cell."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.accounts.account_fields import MAX_AMOUNT
from kam_desktop.domain.accounts.hq_cells import ImplausibleDate, NotAnAmount, UnknownUnit
from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.domain.errors import KamError, NegativeNumber, Required, Text, TooLong
from kam_desktop.domain.field_values import ControlCharacter, NumberOutOfRange
from kam_desktop.domain.value.hq_figures import (
    ROW,
    NoFigures,
    NotAMonth,
    ValueFigure,
    parse_month,
    signed_amount,
    value_row,
)
from kam_desktop.formats.hq_list.reader import open_hq_list

SECRET = "13987654321"  # a cell value that must never show in a message

# --- months ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "cell",
    [
        "2025-01",
        "2025-1",
        "2025/01",
        "2025.1",
        "2025 - 01",
        "2025年1月",
        "2025年01月",
        "2025年1月份",
        "2025年一月",
        "202501",
        "2025-01-31",
        "2025/1/31",
        "2025.1.31",
        "2025年1月31日",
        "20250131",
        "2025-01-31 00:00:00",
        "45658",  # Excel serial of 2025-01-01
        "45688.75",  # 2025-01-31, 18:00
        "２０２５－０１",  # full width
        "２０２５年１月",
        " 2025-01\u00a0",
        "Jan 2025",
        "January 2025",
        "jan-2025",
        "2025 Jan",
        date(2025, 1, 15),
        datetime(2025, 1, 31, 23, 59),
    ],
)
def test_january_2025_in_every_form(cell: str | date) -> None:
    assert parse_month(cell) == "2025-01"


@pytest.mark.parametrize(
    ("cell", "month"),
    [
        ("2025.10", "2025-10"),
        ("2025年十二月", "2025-12"),
        ("2025年十一月", "2025-11"),
        ("Sept 2025", "2025-09"),
        ("1970-01", "1970-01"),
        ("2099/12", "2099-12"),
        ("2024-02-29", "2024-02"),
    ],
)
def test_other_months(cell: str, month: str) -> None:
    assert parse_month(cell) == month


@pytest.mark.parametrize("cell", [None, "", "  ", "N/A", "-", "—", "无", "／"])
def test_empty_month_is_none(cell: str | None) -> None:
    assert parse_month(cell) is None


@pytest.mark.parametrize(
    "cell",
    [
        "2025-13",
        "2025-0",
        "2025-00",
        "2025年13月",
        "2025年二十月",
        "202513",
        "2025Q1",
        "Q1",
        "一月",
        "01",
        "2025",
        "1",
        "99999",  # a serial in 2173
        "2025-02-30",
        "2025-01~2025-03",
        "Janu 25",
        "Ju 2025",
        "abc",
        "2025013",
        SECRET,
    ],
)
def test_not_a_month(cell: str) -> None:
    found = parse_month(cell)
    assert isinstance(found, NotAMonth)
    assert found.message() == "is not a month; write 2025-01 or 2025年1月."


@pytest.mark.parametrize(
    "cell", ["1969-12", "2100-01", "1900年1月", "190001", "1969-12-31", date(1969, 12, 31)]
)
def test_implausible_year(cell: str | date) -> None:
    assert isinstance(parse_month(cell), ImplausibleDate)


@given(
    st.integers(1970, 2099),
    st.integers(1, 12),
    st.sampled_from(
        [
            "{y}-{m:02d}",
            "{y}-{m}",
            "{y}/{m}",
            "{y}.{m:02d}",
            "{y}年{m}月",
            "{y}{m:02d}",
            "{y}年{m:02d}月",
        ]
    ),
)
def test_month_round_trip(year: int, month: int, form: str) -> None:
    expected = f"{year:04d}-{month:02d}"
    assert parse_month(form.format(y=year, m=month)) == expected
    assert parse_month(expected) == expected
    assert parse_month(date(year, month, 28)) == expected


@given(st.one_of(st.text(), st.text(alphabet="0123456789-/.年月 日")))
def test_any_text_is_a_month_or_a_problem(text: str) -> None:
    found = parse_month(text)
    assert found is None or isinstance(found, KamError) or len(found) == 7
    if isinstance(found, str):
        assert found[4] == "-"
        assert 1 <= int(found[5:]) <= 12


# --- signed amounts (margins) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "unit", "value"),
    [
        ("-12.5", None, -12.5),
        ("−12.5", None, -12.5),  # U+2212 minus sign
        ("- 12.5", "万元", -12.5),
        ("-1,234.5", None, -1234.5),
        ("¥-12", None, -12.0),
        ("-¥12", None, -12.0),
        ("-125000", "元", -12.5),
        ("12.5", None, 12.5),
        ("-0", None, 0.0),
        ("-", None, None),
        (None, None, None),
    ],
)
def test_signed_amount(cell: str | None, unit: str | None, value: float | None) -> None:
    assert signed_amount(cell, unit, MAX_AMOUNT) == value


@pytest.mark.parametrize("cell", ["--12", "-+12", "−", "-¥-12", "-abc", date(2025, 1, 1)])
def test_signed_amount_refused(cell: str | date) -> None:
    assert isinstance(signed_amount(cell, None, MAX_AMOUNT), NotAnAmount)


def test_signed_amount_bounds_both_ways() -> None:
    for cell in ("-2e12", "2e12"):
        found = signed_amount(cell, None, MAX_AMOUNT)
        assert isinstance(found, NumberOutOfRange)
        assert found.params["low"].startswith("-")
    assert isinstance(signed_amount("-12", "%", MAX_AMOUNT), UnknownUnit)


# --- rows --------------------------------------------------------------------------------------


def _row(**cells: str | date | None) -> dict[str, str | date | None]:
    return {"code": "000118", "month": "2025-01", **cells}


def test_a_full_row() -> None:
    found = value_row(_row(sales="3.33", margin="0.51", collections="2.68"))
    assert found.problems == ()
    assert found.figure == ValueFigure("000118", "2025-01", 3.33, 0.51, 2.68)


def test_units_convert_to_wan_yuan() -> None:
    cells = _row(sales="33,300", margin="-5,100", collections="¥26,800.00")
    units = {"sales": "元", "margin": "元", "collections": "元"}
    assert value_row(cells, units).figure == ValueFigure("000118", "2025-01", 3.33, -0.51, 2.68)


def test_a_loss_month_keeps_its_negative_margin() -> None:
    figure = value_row(_row(sales="10", margin="-2.5")).figure
    assert figure is not None
    assert (figure.margin, figure.collections) == (-2.5, None)


@pytest.mark.parametrize("field", ["sales", "collections"])
def test_sales_and_collections_are_never_negative(field: str) -> None:
    found = value_row(_row(**{field: "-1"}, margin="1"))
    assert found.figure is None
    assert [(p.field, type(p.problem)) for p in found.problems] == [(field, NegativeNumber)]


def test_one_figure_is_enough() -> None:
    for field in ("sales", "margin", "collections"):
        figure = value_row(_row(**{field: "0"})).figure
        assert figure is not None
        assert getattr(figure, field) == 0.0  # zero is a figure, not "no figure"


def test_no_figures_is_a_row_problem() -> None:
    found = value_row(_row(sales="", margin="N/A"))
    assert found.figure is None
    (only,) = found.problems
    assert (only.field, type(only.problem)) == (ROW, NoFigures)
    assert only.message() == (
        "Figures: are all empty; fill in at least one of sales, margin and collections."
    )


def test_missing_code_and_month_are_required() -> None:
    found = value_row({"code": " ", "sales": "1"})
    assert found.figure is None
    assert {p.field: type(p.problem) for p in found.problems} == {
        "code": Required,
        "month": Required,
    }
    assert found.problems[0].label == Text("hq_columns", "Customer code")
    assert found.problems[1].message() == "Month: is required."


@pytest.mark.parametrize(
    ("cell", "code"),
    [("000118", "000118"), ('="000118"', "000118"), ("'000118", "000118"), ("５１１２.0", "5112")],
)
def test_codes_keep_their_zeros(cell: str, code: str) -> None:
    figure = value_row(_row(code=cell, sales="1")).figure
    assert figure is not None
    assert figure.code == code


def test_bad_code_cells() -> None:
    too_long = value_row(_row(code="A" * 33, sales="1")).problems
    assert [type(p.problem) for p in too_long] == [TooLong]
    control = value_row(_row(code="00\x07118", sales="1")).problems
    assert [type(p.problem) for p in control] == [ControlCharacter]


def test_every_problem_at_once_and_no_cell_in_a_message() -> None:
    found = value_row(
        {"code": SECRET * 3, "month": SECRET, "sales": SECRET + "x", "margin": "--1"},
        {"collections": "%"},
    )
    assert found.figure is None
    assert [p.field for p in found.problems] == ["code", "month", "sales", "margin"]
    for issue in found.problems:
        assert SECRET not in issue.message()


def test_other_fields_are_ignored() -> None:
    assert value_row(_row(sales="1", name=SECRET, amount="x")).problems == ()


_CELL = st.one_of(st.none(), st.text(max_size=30), st.dates())


@given(
    st.fixed_dictionaries(
        {},
        optional={f: _CELL for f in ("code", "month", "sales", "margin", "collections")},
    ),
    st.dictionaries(st.sampled_from(["sales", "margin"]), st.sampled_from([None, "元", "%"])),
)
def test_any_cells_give_a_figure_or_problems(
    cells: dict[str, str | date | None], units: dict[str, str | None]
) -> None:
    found = value_row(cells, units)
    assert (found.figure is None) == bool(found.problems)
    for issue in found.problems:
        assert isinstance(issue.problem, KamError)
        issue.message()


# --- the shared sample -------------------------------------------------------------------------


def test_the_gbk_sample(shared_data: Path) -> None:
    listed = open_hq_list(shared_data / "value-figures-gbk.csv", kind=ListKind.VALUES)
    columns = {c.field: c for c in listed.header.columns if c.field}
    units = {field: c.unit for field, c in columns.items()}
    figures = []
    for raw in listed.rows():
        found = value_row({f: raw.cells[c.index] for f, c in columns.items()}, units)
        assert found.problems == (), raw.number
        figures.append(found.figure)
    assert len(figures) == 480
    assert all(f is not None and f.code.startswith("0") for f in figures)
    months = sorted({f.month for f in figures if f is not None})
    assert months == [f"2025-{m:02d}" for m in range(1, 13)]
    first = figures[0]
    assert first == ValueFigure("000118", "2025-01", 3.33, 0.51, 2.68)
