"""HQ list cells cleaned per field, and whole rows as account drafts (issue 10, point 3)."""

from __future__ import annotations

import math
from datetime import date, datetime

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kam_desktop.domain.accounts import account_fields
from kam_desktop.domain.accounts.account_fields import MAX_AMOUNT, AccountField
from kam_desktop.domain.accounts.credit_code import ALPHABET, check_character
from kam_desktop.domain.accounts.hq_cells import (
    ImplausibleDate,
    NotAListDate,
    NotAnAmount,
    UnknownUnit,
    clean_code,
    clean_text,
    excel_serial_date,
    parse_amount,
    parse_date,
)
from kam_desktop.domain.accounts.hq_values import account_row, clean_cell
from kam_desktop.domain.enums import Grade, Industry, SizeClass
from kam_desktop.domain.errors import (
    BadCreditCodeCheck,
    BadPhone,
    KamError,
    NegativeNumber,
)
from kam_desktop.domain.field_values import (
    ControlCharacter,
    NotFinite,
    NotText,
    NumberOutOfRange,
    UnknownChoice,
)

FIELDS = [
    *(m.value for m in AccountField),
    "mobile",
    "email",
    "month",
    "sales",
    "margin",
    "collections",
    "order_no",
    "order_date",
    "amount",
    "product",
]
TEXT_FIELDS = ["name", "province", "city", "address", "owner", "short_name"]
UNITS = [None, "万元", "元", "千元", "亿元", "%"]


# --- text --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "clean"),
    [
        ("\u3000 北京市\xa0", "北京市"),
        ("ＡＢＣ１２３", "ABC123"),
        ("九州（青岛）物流", "九州(青岛)物流"),
        ("北京市\r\n海淀区", "北京市 海淀区"),
        ("N/A", None),
        ("n/a", None),
        ("-", None),
        ("—", None),
        ("－", None),
        ("无", None),
        ("/", None),
        ("", None),
        ("  ", None),
    ],
)
def test_text_is_half_width_and_trimmed_and_markers_are_empty(typed: str, clean: str) -> None:
    assert clean_text(typed) == clean


@given(st.sampled_from(TEXT_FIELDS), st.text())
def test_cleaning_text_is_idempotent(field: str, typed: str) -> None:
    once = clean_cell(field, typed)
    if isinstance(once, KamError):  # only control characters or broken surrogates
        assert isinstance(once, ControlCharacter | NotText)
    else:
        assert clean_cell(field, once) == once


def test_control_characters_in_a_cell_are_a_problem() -> None:
    assert isinstance(clean_cell("code", "00\x1b51"), ControlCharacter)
    assert isinstance(clean_cell("name", "甲\ud800乙"), NotText)
    assert clean_cell("notes", "one\ttwo") == "one\ttwo"


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("000118", "000118"),
        (" 005112 ", "005112"),
        ("5112.0", "5112"),
        ("5112", "5112"),
        ('="005112"', "005112"),
        ("'005112", "005112"),
        ("００５１１２", "005112"),
        ("A-0012", "A-0012"),
        ("N/A", None),
    ],
)
def test_codes_stay_text_with_their_leading_zeros(typed: str, code: str | None) -> None:
    assert clean_code(typed) == code
    assert clean_cell("code", typed) == code


@given(st.text())
def test_cleaning_a_code_is_idempotent(typed: str) -> None:
    once = clean_code(typed)
    assert clean_code(once) == once


# --- dates -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("serial", "day"),
    [
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (60, None),  # 1900-02-29, Lotus's leap day that never was
        (61, date(1900, 3, 1)),
        (25569, date(1970, 1, 1)),
        (45000, date(2023, 3, 15)),
        (0, None),
    ],
)
def test_excel_serials_follow_the_1900_date_system(serial: int, day: date | None) -> None:
    assert excel_serial_date(serial) == day


@pytest.mark.parametrize(
    "typed",
    [
        "2026-3-5",
        "2026/3/5",
        "2026/03/05",
        "2026.3.5",
        "2026年3月5日",
        "2026年03月05日",
        "20260305",
        "2026-03-05 00:00:00",
        "46086",
        "46086.75",
        "２０２６/３/５",
        date(2026, 3, 5),
        datetime(2026, 3, 5, 14, 30),
    ],
)
def test_dates_as_hq_writes_them(typed: str | date) -> None:
    assert parse_date(typed) == date(2026, 3, 5)
    assert clean_cell("order_date", typed) == date(2026, 3, 5)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("2026-13-01", NotAListDate),
        ("2026-02-30", NotAListDate),
        ("2026/3-5", NotAListDate),
        ("60", NotAListDate),
        ("5112", ImplausibleDate),  # a code in a date column
        ("1899/12/31", ImplausibleDate),
        ("2200-01-01", ImplausibleDate),
        ("next week", NotAListDate),
        (date(1066, 10, 14), ImplausibleDate),
    ],
)
def test_impossible_and_implausible_dates_are_refused(typed: str, problem: type) -> None:
    assert isinstance(parse_date(typed), problem)


@given(st.dates(min_value=date(1970, 1, 1), max_value=date(2099, 12, 31)))
def test_every_plausible_date_round_trips_in_every_format(day: date) -> None:
    serial = (day - date(1899, 12, 30)).days
    for typed in (
        day.isoformat(),
        f"{day.year}/{day.month}/{day.day}",
        f"{day.year}年{day.month}月{day.day}日",
        day.strftime("%Y%m%d"),
        str(serial),
    ):
        assert parse_date(typed) == day
    assert parse_date(parse_date(day.isoformat()).isoformat()) == day  # type: ignore[union-attr]


# --- amounts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "unit", "amount"),
    [
        ("12,345.67", "万元", 12345.67),
        ("12345.67", None, 12345.67),
        ("１２，３４５", "万元", 12345.0),
        ("123,456,789", "元", 12345.6789),
        ("5000", "元", 0.5),
        ("¥12,000.00", "元", 1.2),
        ("1.5", "亿元", 15000.0),
        ("0", "万元", 0.0),
        ("-0", "万元", 0.0),
        ("1.2E+3", "万元", 1200.0),
        ("N/A", "万元", None),
        ("", "元", None),
    ],
)
def test_amounts_in_10k_cny_whatever_the_header_unit(
    typed: str, unit: str | None, amount: float | None
) -> None:
    assert parse_amount(typed, unit, MAX_AMOUNT) == amount
    assert clean_cell("hq_sales", typed, unit) == amount


@pytest.mark.parametrize(
    ("typed", "unit", "problem"),
    [
        ("待核实", "万元", NotAnAmount),
        ("12,34.5", "万元", NotAnAmount),
        ("-12.5", "万元", NegativeNumber),
        ("nan", "万元", NotFinite),
        ("inf", "万元", NotFinite),
        ("1e400", "万元", NotFinite),
        ("1e13", "万元", NumberOutOfRange),
        ("12", "%", UnknownUnit),
        (date(2026, 1, 1), "万元", NotAnAmount),
    ],
)
def test_bad_amounts_are_refused(typed: str, unit: str, problem: type) -> None:
    assert isinstance(parse_amount(typed, unit, MAX_AMOUNT), problem)


@given(st.decimals(min_value=0, max_value=10**9, places=2), st.sampled_from(["万元", "元"]))
def test_an_amount_written_with_separators_reads_back(amount: object, unit: str) -> None:
    typed = f"{amount:,.2f}"
    parsed = parse_amount(typed, unit, MAX_AMOUNT)
    expected = float(amount) / (10_000 if unit == "元" else 1)  # type: ignore[arg-type]
    assert isinstance(parsed, float)
    assert math.isclose(parsed, expected, rel_tol=1e-9, abs_tol=1e-6)
    assert parse_amount(repr(parsed), "万元", MAX_AMOUNT) == parsed  # idempotent in 万元


# --- enumerations, phones, credit codes ---------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "typed", "member"),
    [
        ("hq_grade", "A", Grade.A),
        ("hq_grade", "a", Grade.A),
        ("hq_grade", "A级", Grade.A),
        ("hq_grade", "A类", Grade.A),
        ("hq_grade", "Ａ", Grade.A),
        ("hq_grade", "Grade B", Grade.B),
        ("size_class", "大型", SizeClass.LARGE),
        ("size_class", "大型企业", SizeClass.LARGE),
        ("size_class", "medium", SizeClass.MEDIUM),
        ("size_class", "Micro", SizeClass.MICRO),
        ("industry", "C", Industry.C),
        ("industry", "制造业", Industry.C),
        ("industry", "Finance", Industry.J),
    ],
)
def test_choices_by_code_or_label_in_either_language(
    field: str, typed: str, member: object
) -> None:
    assert clean_cell(field, typed) is member


def test_an_unknown_grade_is_a_problem_and_an_unknown_industry_is_a_sub_industry() -> None:
    assert isinstance(clean_cell("hq_grade", "E"), UnknownChoice)
    row = account_row(
        {"name": "甲公司", "industry": "食品饮料"}, only=frozenset({"name", "industry"})
    )
    assert row.problems == ()
    assert row.draft.industry is None
    assert row.draft.sub_industry == "食品饮料"


@pytest.mark.parametrize(
    "typed",
    ["0571-35713197", "13683920029", "１３６８３９２００２９", "+1 418 656 9254", "'010-74787057"],
)
def test_phones_china_and_abroad(typed: str) -> None:
    assert isinstance(clean_cell("phone", typed), str)


def test_a_bad_phone_email_or_website_is_a_problem() -> None:
    assert isinstance(clean_cell("phone", "12345"), BadPhone)
    assert isinstance(clean_cell("email", "someone at example"), KamError)
    assert clean_cell("email", " Name@Example.com ") == "Name@Example.com"
    assert isinstance(clean_cell("website", "not a site"), KamError)


def test_credit_codes_are_upper_case_and_checked() -> None:
    assert clean_cell("credit_code", " 9144030071526726xg ") == "9144030071526726XG"
    assert clean_cell("credit_code", "９１４４０３００１９２２０３８２１６") == "914403001922038216"
    assert isinstance(clean_cell("credit_code", "9111010866T8EK80AN"), BadCreditCodeCheck)


@given(st.text(alphabet=ALPHABET, min_size=17, max_size=17))
def test_every_valid_credit_code_passes_in_lower_case_too(head: str) -> None:
    code = head + check_character(head)
    assert clean_cell("credit_code", code.lower()) == code


# --- any text, any field -----------------------------------------------------------------------


@given(st.sampled_from(FIELDS), st.text(max_size=60), st.sampled_from(UNITS))
def test_any_text_in_any_field_is_a_value_or_a_problem_without_the_text(
    field: str, typed: str, unit: str | None
) -> None:
    value = clean_cell(field, typed, unit)
    if isinstance(value, KamError):
        assume(len(typed.strip()) >= 2 and typed.strip() not in type(value).template)
        shown = value.message() + str(value) + repr(value.params)
        assert typed.strip() not in shown
    elif isinstance(value, float):
        assert clean_cell(field, repr(value), "万元") == value  # an amount in 万元 reads back
    elif isinstance(value, str | date):
        assert clean_cell(field, value, "万元") == value  # cleaning twice changes nothing


@given(st.dictionaries(st.sampled_from(FIELDS), st.text(max_size=30)), st.sampled_from(UNITS))
def test_a_row_never_raises_and_its_draft_is_valid(cells: dict[str, str], unit: str | None) -> None:
    every = frozenset(f.value for f in AccountField)
    row = account_row(cells, {"hq_sales": unit}, only=every)
    bad = {p.field for p in row.problems}
    assert bad <= set(cells) | {"name"}
    for problem in row.problems:
        assert isinstance(problem.problem, KamError)
        assert problem.message()
    if "name" not in bad:
        assert row.draft.name
    if not row.problems:  # what an import accepts, the account form accepts too
        assert account_fields.problems(row.draft) == []


@given(
    st.dictionaries(
        st.sampled_from(FIELDS),
        st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=320),
    ),
)
def test_long_and_odd_cells_never_pass_what_the_form_refuses(cells: dict[str, str]) -> None:
    every = frozenset(f.value for f in AccountField)
    row = account_row({"name": "甲有限公司", **cells}, only=every)
    found = {p.field for p in account_fields.problems(row.draft)}
    assert found - {"name"} == set()  # bad fields are left out of the draft, never kept
    if "name" in found:  # the one field a draft cannot leave out: the row says so
        assert "name" in {p.field for p in row.problems}


def test_a_row_keeps_only_hq_owned_fields_by_default() -> None:
    row = account_row(
        {"name": "甲有限公司", "address": "某路1号", "owner": "张伟", "hq_grade": "B"}
    )
    assert row.problems == ()
    assert row.draft.name == "甲有限公司"
    assert row.draft.hq_grade is Grade.B
    assert row.draft.address is None
    assert row.draft.owner is None


def test_a_bad_cell_is_named_and_left_out_of_the_draft() -> None:
    row = account_row({"name": "甲有限公司", "code": "x" * 40, "hq_sales": "-3"})
    assert {p.field for p in row.problems} == {"code", "hq_sales"}
    assert row.draft.code is None
    assert row.draft.hq_sales is None
    assert row.draft.name == "甲有限公司"
