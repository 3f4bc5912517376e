"""The shared HQ samples (../shared/data, README counts) and this folder's fixtures, read at the
reader level: rows, line numbers, skipped summary rows, detected format, cells as typed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.formats.hq_list.errors import TooManyCells
from kam_desktop.formats.hq_list.model import FileKind, SkipReason
from kam_desktop.formats.hq_list.reader import HqList, open_hq_list

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"
FIXTURES = Path(__file__).resolve().parents[2] / "data" / "hq_lists"


def _column(lst: HqList, field: str) -> int:
    return lst.header.field_columns()[field]


def test_utf8_bom_sample() -> None:
    lst = open_hq_list(SHARED / "hq-customers-utf8bom.csv")
    rows = list(lst.rows())
    assert (lst.format.encoding, lst.format.delimiter, lst.format.header_row) == (
        "utf-8-sig",
        ",",
        1,
    )
    assert lst.header.list_kind is ListKind.ACCOUNTS
    assert len(rows) == 40
    assert [r.number for r in rows] == list(range(2, 42))
    assert lst.header.columns[0].text == "客户编码"  # the BOM is not part of the header
    by_code = {r.cells[0]: r for r in rows}
    assert (
        by_code["000194"].cells[_column(lst, "address")] == "天津市滨海新区黄海路471号,3号楼501室"
    )
    assert lst.skipped == ()
    assert all(r.problem is None for r in rows)


def test_gbk_sample_skips_its_total_row() -> None:
    lst = open_hq_list(SHARED / "hq-customers-gbk.csv")
    rows = list(lst.rows())
    assert lst.format.encoding == "gbk"
    assert len(rows) == 40
    assert rows[-1].number == 41
    assert [(s.number, s.reason) for s in lst.skipped] == [(42, SkipReason.SUMMARY)]
    # The deliberately bad rows are rows here: rejecting them is the next layer's job.
    by_line = {r.number: r for r in rows}
    assert by_line[20].cells[_column(lst, "name")] == ""
    assert by_line[32].cells[_column(lst, "hq_sales")] == "待核实"
    assert by_line[13].cells[_column(lst, "hq_sales")].count(",") == 1


def test_title_row_sample() -> None:
    lst = open_hq_list(SHARED / "hq-customers-title-row.xlsx")
    rows = list(lst.rows())
    assert lst.format.kind is FileKind.XLSX
    assert (lst.format.sheet, lst.format.header_row) == ("重点客户", 3)
    assert len(rows) == 30
    assert [r.number for r in rows] == list(range(4, 34))
    codes = {r.number: r.cells[_column(lst, "code")] for r in rows}
    assert (codes[8], codes[21]) == ("005112", "005348")
    assert all(len(c) == 6 and c.isdigit() for c in codes.values())
    fields = {c.text: c.field for c in lst.header.columns}
    assert fields["Customer Code"] == "code"
    assert fields["客户级别"] == "hq_grade"
    assert fields["年销售额（万元）"] == "hq_sales"
    assert [c.text for c in lst.header.unknown()] == ["最近下单日期"]
    last_order = {r.number: r.cells[12] for r in rows}
    assert last_order[13] == ""
    assert all(isinstance(d, date) for n, d in last_order.items() if n != 13)
    sales = [r.cells[_column(lst, "hq_sales")] for r in rows]
    assert "152736.3" in sales  # a numeric cell, as typed
    assert not any("E+" in s or s.endswith(".0") for s in sales)


def test_value_figures_sample() -> None:
    lst = open_hq_list(SHARED / "value-figures-gbk.csv")
    rows = list(lst.rows())
    assert lst.header.list_kind is ListKind.VALUES
    assert lst.format.encoding == "gbk"
    assert len(rows) == 480
    assert set(lst.header.field_columns()) == {"code", "month", "sales", "margin", "collections"}
    assert {c.unit for c in lst.header.columns if c.field != "code" and c.field != "month"} == {
        "万元"
    }


def test_value_figures_are_not_a_customer_list() -> None:
    from kam_desktop.formats.hq_list.errors import MissingColumns

    with pytest.raises(MissingColumns) as caught:
        open_hq_list(SHARED / "value-figures-gbk.csv", kind=ListKind.ACCOUNTS)
    assert "客户编码" in str(caught.value)
    assert "customer name" in str(caught.value)


THREE_ROWS = [
    ("utf16le-unicode-text.txt", "utf-16", "\t"),
    ("utf16be-unicode-text.txt", "utf-16", "\t"),
    ("gb18030-rare-chars.csv", "gb18030", ","),
    ("lo-gb18030.csv", "gb18030", ","),
    ("utf8-no-bom.csv", "utf-8", ","),
    ("semicolon.csv", "utf-8", ";"),
    ("pipe.csv", "utf-8", "|"),
]


@pytest.mark.parametrize(("name", "encoding", "delimiter"), THREE_ROWS)
def test_each_encoding_and_delimiter(name: str, encoding: str, delimiter: str) -> None:
    lst = open_hq_list(FIXTURES / name)
    rows = list(lst.rows())
    assert (lst.format.encoding, lst.format.delimiter) == (encoding, delimiter)
    assert [r.number for r in rows] == [2, 3, 4]
    assert [r.cells[0] for r in rows] == ["000118", "000125", "000194"]
    assert rows[1].cells[1] == "䶮𠀀（深圳）科技有限公司"  # outside GBK: survives
    assert rows[1].cells[4] == "13000000000"


WORKBOOK_LIKE = [
    ("cover-sheet-hidden-column.xlsx", FileKind.XLSX),
    ("lo-cover-sheet.xls", FileKind.XLS),
    ("lo-gbk.csv", FileKind.CSV),
    ("lo-utf16-tab.txt", FileKind.CSV),
]


@pytest.mark.parametrize(("name", "kind"), WORKBOOK_LIKE)
def test_cover_sheet_title_summary_and_hidden_column(name: str, kind: FileKind) -> None:
    lst = open_hq_list(FIXTURES / name)
    rows = list(lst.rows())
    assert lst.format.kind is kind
    assert lst.format.header_row == 3
    if kind is not FileKind.CSV:
        assert lst.format.sheet == "客户清单"  # the second sheet: the cover comes first
        assert lst.format.sheets == ("说明", "客户清单")
    assert [r.number for r in rows] == [4, 5, 7, 9]
    assert [(s.number, s.reason) for s in lst.skipped] == [
        (8, SkipReason.SUMMARY),
        (10, SkipReason.SUMMARY),
    ]
    assert lst.blank_rows == 1
    assert lst.header.field_columns()["code"] == 0  # "客户编码*"
    assert lst.header.field_columns()["name"] == 1  # "客户 名称"
    credit = lst.header.field_columns()["credit_code"]  # hidden in the workbook
    assert rows[0].cells[credit] == "9133010665W3014F5G"
    assert rows[0].cells[4] == "13000000000"  # a numeric mobile, as typed
    assert [r.cells[5] for r in rows] == ["3799.25", "4804.35", "88", "0.1"]
    if kind is not FileKind.CSV:
        assert rows[0].cells[6] == date(2026, 3, 5)
    assert rows[2].cells[0] == "005348"


def test_zero_padded_number_format_in_xlsx() -> None:
    rows = list(open_hq_list(FIXTURES / "cover-sheet-hidden-column.xlsx").rows())
    assert rows[1].cells[0] == "005112"  # the number 5112 with format 000000


def test_zero_padded_number_format_in_xls() -> None:
    rows = list(open_hq_list(FIXTURES / "lo-cover-sheet.xls").rows())
    assert rows[1].cells[0] == "005112"


def test_quoted_line_breaks_quotes_and_too_many_cells() -> None:
    lst = open_hq_list(FIXTURES / "quoted-breaks.csv")
    rows = list(lst.rows())
    assert [r.number for r in rows] == [2, 5, 6, 8]  # the first record spans lines 2-4
    assert rows[0].cells[1] == '杭州"福瑞"有限公司'
    assert rows[0].cells[2].count("\n") == 2
    assert isinstance(rows[1].problem, TooManyCells)
    assert rows[1].problem.params["row"] == 5
    assert len(rows[1].cells) == 4
    assert all(r.problem is None for r in rows if r.number != 5)
    assert [s.number for s in lst.skipped] == [9, 10]


def test_header_only_gives_no_rows() -> None:
    lst = open_hq_list(FIXTURES / "header-only.csv")
    assert list(lst.rows()) == []
    assert lst.header.field_columns()["name"] == 1


def test_rows_can_be_read_twice() -> None:
    lst = open_hq_list(SHARED / "hq-customers-gbk.csv")
    assert len(list(lst.rows())) == len(list(lst.rows())) == 40
    assert len(lst.skipped) == 1
