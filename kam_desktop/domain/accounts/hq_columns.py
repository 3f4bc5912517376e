"""Which column of an HQ list holds which field: the header synonyms of DOMAIN §10.

HQ sends three kinds of list (customer lists, monthly value figures, order lists); each has its
fields, the header texts that name them, and the fields without which a list is useless. Headers
are compared after NFKC (full-width ``（）`` → ``()``), with all whitespace and a leading or
trailing ``*`` removed and case ignored. When that finds nothing, a trailing unit in parentheses
(``年销售额(万元)``) and then a leading ``客户`` / ``Customer`` / ``Company`` are dropped, so
``客户级别`` and ``Company Size`` still match; the unit is kept for the amounts (万元 vs 元).

Also here: the labels of summary rows (合计, 总计, 小计 …) that a reader skips instead of
reporting them as bad rows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum


class ListKind(Enum):
    """What an HQ list holds."""

    ACCOUNTS = "accounts"
    VALUES = "values"
    ORDERS = "orders"


_ACCOUNT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("客户编码", "客户代码", "客户编号", "编码", "Customer Code", "Account No"),
    "name": (
        "客户名称",
        "客户全称",
        "公司名称",
        "公司全称",
        "企业名称",
        "单位名称",
        "名称",
        "Customer Name",
        "Account Name",
    ),
    "credit_code": ("统一社会信用代码", "信用代码", "税号", "USCC", "Credit Code"),
    "province": ("省份", "省", "所在省份", "Province"),
    "city": ("城市", "市", "地市", "所在城市", "City"),
    "industry": ("行业", "所属行业", "Industry"),
    "hq_grade": ("客户等级", "等级", "级别", "Grade"),
    "size_class": ("企业规模", "规模", "Size"),
    "hq_sales": ("年销售额", "销售额(万元)", "Sales"),
    "phone": ("联系电话", "电话", "固定电话", "手机", "手机号码", "Phone", "Mobile"),
    "address": ("地址", "详细地址", "Address"),
    "owner": ("客户经理", "负责人", "销售代表", "Owner", "Sales Rep"),
}

# Value figures and orders (issue 10, points 6): not in DOMAIN §10 yet; the obvious names.
_VALUE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": _ACCOUNT_SYNONYMS["code"],
    "month": ("月份", "月", "年月", "期间", "Month", "Period"),
    "sales": ("销售额", "销售金额", "Sales"),
    "margin": ("毛利", "毛利额", "Margin", "Gross Margin"),
    "collections": ("回款", "回款额", "回款金额", "Collections"),
}
_ORDER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": _ACCOUNT_SYNONYMS["code"],
    "order_no": ("订单号", "订单编号", "单号", "Order No", "Order Number"),
    "order_date": ("订单日期", "下单日期", "日期", "Order Date", "Date"),
    "amount": ("金额", "订单金额", "Amount"),
    "product": ("产品", "产品名称", "品名", "Product"),
    "quantity": ("数量", "Quantity", "Qty"),
    "repurchase_cycle_days": (
        "重复购买周期",
        "复购周期",
        "Repurchase Cycle",
        "重复购买周期(天)",  # a "(天)" is no amount unit: name it whole
        "复购周期(天)",
        "Repurchase Cycle (days)",
    ),
}

_SYNONYMS: dict[ListKind, dict[str, tuple[str, ...]]] = {
    ListKind.ACCOUNTS: _ACCOUNT_SYNONYMS,
    ListKind.VALUES: _VALUE_SYNONYMS,
    ListKind.ORDERS: _ORDER_SYNONYMS,
}

#: Fields a list of each kind cannot do without (only the name, for customer lists: §10, #10).
REQUIRED: dict[ListKind, frozenset[str]] = {
    ListKind.ACCOUNTS: frozenset({"name"}),
    ListKind.VALUES: frozenset({"code", "month"}),
    ListKind.ORDERS: frozenset({"code", "order_date", "amount"}),
}

_SPACES = re.compile(r"\s+")
_UNIT = re.compile(r"^(.+?)\((万元|元|千元|百万元|亿元|rmb|cny|10kcny|%)\)$")
_PREFIX = re.compile(r"^(客户|customer|company|企业|公司)(?=.)")


def normalise_header(text: str) -> str:
    """A header as compared: NFKC, no whitespace, no leading/trailing ``*``, case folded."""
    folded = _SPACES.sub("", unicodedata.normalize("NFKC", text)).strip("*").casefold()
    return unicodedata.normalize("NFKC", folded)  # casefolding can undo NFKC ("E¯" → "ē")


def _table(kind: ListKind) -> dict[str, str]:
    return {
        normalise_header(synonym): field
        for field, synonyms in _SYNONYMS[kind].items()
        for synonym in synonyms
    }


_TABLES = {kind: _table(kind) for kind in ListKind}


@dataclass(frozen=True)
class HeaderMatch:
    """The field a header names, and the unit in its parentheses (``万元``), if any."""

    field: str
    unit: str | None = None


def match_header(text: str, kind: ListKind) -> HeaderMatch | None:
    """The field ``text`` names in a list of ``kind``, or ``None`` for an unknown header."""
    table = _TABLES[kind]
    key = normalise_header(text)
    if not key:
        return None
    unit_match = _UNIT.match(key)
    unit = unit_match.group(2) if unit_match else None
    candidates = [key]
    if unit_match:
        candidates.append(unit_match.group(1))
    candidates += [_PREFIX.sub("", c) for c in candidates if _PREFIX.match(c)]
    for candidate in candidates:
        if candidate in table:
            return HeaderMatch(table[candidate], unit)
    return None


def header_unit(text: str) -> str | None:
    """The unit in a header's trailing parentheses (``销售额（元）`` → ``元``), if any: a column
    mapped by hand keeps the unit its header states."""
    found = _UNIT.match(normalise_header(text))
    return found.group(2) if found else None


def fields(kind: ListKind) -> tuple[str, ...]:
    """The fields of a list of ``kind``, in the order of DOMAIN §10."""
    return tuple(_SYNONYMS[kind])


_SUMMARY_LABELS = frozenset(
    {"合计", "总计", "小计", "总合计", "合计数", "共计", "total", "grandtotal", "subtotal", "sum"}
)


def is_summary_label(text: str) -> bool:
    """Whether ``text`` labels a summary row (``合计``, ``总计：``, ``Grand Total`` …)."""
    key = normalise_header(text).rstrip(":")
    return key in _SUMMARY_LABELS
