"""The HQ header synonyms (DOMAIN §10): spelling variants a real list uses are matched."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.accounts.hq_columns import (
    REQUIRED,
    ListKind,
    fields,
    is_summary_label,
    match_header,
    normalise_header,
)


@pytest.mark.parametrize(
    ("text", "field", "unit"),
    [
        ("客户编码", "code", None),
        ("客户编码*", "code", None),
        ("客户 名称", "name", None),
        ("\u3000客户名称 ", "name", None),
        ("Customer Name", "name", None),
        ("customer  name", "name", None),
        ("Credit Code", "credit_code", None),
        ("年销售额（万元）", "hq_sales", "万元"),
        ("年销售额(元)", "hq_sales", "元"),
        ("销售额(万元)", "hq_sales", "万元"),
        ("客户级别", "hq_grade", None),
        ("Company Size", "size_class", None),
        ("手机号码", "phone", None),
        ("Ｐｈｏｎｅ", "phone", None),
    ],
)
def test_account_headers_match(text: str, field: str, unit: str | None) -> None:
    match = match_header(text, ListKind.ACCOUNTS)
    assert match is not None
    assert (match.field, match.unit) == (field, unit)


@pytest.mark.parametrize("text", ["最近下单日期", "", "   ", "*", "备注", "客户"])
def test_unknown_headers_do_not_match(text: str) -> None:
    assert match_header(text, ListKind.ACCOUNTS) is None


def test_value_and_order_headers() -> None:
    assert match_header("毛利(万元)", ListKind.VALUES).field == "margin"
    assert match_header("回款(万元)", ListKind.VALUES).field == "collections"
    assert match_header("月份", ListKind.VALUES).field == "month"
    assert match_header("订单日期", ListKind.ORDERS).field == "order_date"
    assert match_header("月份", ListKind.ACCOUNTS) is None


def test_every_kind_requires_its_own_fields() -> None:
    for kind in ListKind:
        assert REQUIRED[kind] <= set(fields(kind))
    assert REQUIRED[ListKind.ACCOUNTS] == {"name"}


@pytest.mark.parametrize("text", ["合计", "总计：", " 小计 ", "Grand Total", "TOTAL"])
def test_summary_labels(text: str) -> None:
    assert is_summary_label(text)


@pytest.mark.parametrize("text", ["合计公司有限公司", "000118", "", "总部"])
def test_not_summary_labels(text: str) -> None:
    assert not is_summary_label(text)


@given(st.text(max_size=40))
def test_matching_never_fails(text: str) -> None:
    match = match_header(text, ListKind.ACCOUNTS)
    assert match is None or match.field in fields(ListKind.ACCOUNTS)
    assert normalise_header(normalise_header(text)) == normalise_header(text)
