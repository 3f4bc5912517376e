"""The Excel writer: sheets, frozen bold header, typed cells, widths, inert formula probes."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from kam_desktop.formats.excel_writer import CellKind, Column, Sheet, write_workbook
from kam_desktop.formats.spreadsheet_safety import neutralise

PROBES = ('=HYPERLINK("http://x","y")', "+1+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "\tx", "\nx")


def _write(tmp_path):
    sheet = Sheet(
        "客户",
        (Column("编码"), Column("金额", CellKind.NUMBER), Column("日期", CellKind.DATE)),
        [["005112", -12.5, date(2026, 5, 1)], *[[p, 1.0, None] for p in PROBES],
         ["很长的中文名称" * 3, None, None]],
    )  # fmt: skip
    path = tmp_path / "out.xlsx"
    write_workbook(path, [sheet, Sheet("Two", (Column("a"),), [])])
    return load_workbook(path)


def test_sheets_header_and_cell_types(tmp_path):
    wb = _write(tmp_path)
    assert wb.sheetnames == ["客户", "Two"]
    ws = wb["客户"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].value == "编码"
    assert ws["A1"].font.bold
    assert ws["A2"].value == "005112"
    assert ws["A2"].data_type == "s"
    assert ws["A2"].number_format == "@"
    assert ws["B2"].value == -12.5
    assert ws["B2"].data_type == "n"
    assert ws["C2"].is_date
    assert ws["C2"].value.date() == date(2026, 5, 1)


def test_injection_probes_round_trip_as_inert_strings(tmp_path):
    ws = _write(tmp_path)["客户"]
    for row, probe in enumerate(PROBES, start=3):
        cell = ws.cell(row=row, column=1)
        assert cell.data_type == "s"
        assert cell.value == "'" + probe


def test_neutralise_leaves_harmless_text():
    assert neutralise("上海") == "上海"
    assert neutralise("a=b") == "a=b"
    assert neutralise("") == ""


def test_widths_count_cjk_double_and_are_capped(tmp_path):
    ws = _write(tmp_path)["客户"]
    assert ws.column_dimensions["A"].width == 44  # 21 CJK characters = 42 columns + 2
    assert ws.column_dimensions["C"].width >= 10
    wide = Sheet("w", (Column("x"),), [["字" * 200]])
    write_workbook(tmp_path / "w.xlsx", [wide])
    assert load_workbook(tmp_path / "w.xlsx")["w"].column_dimensions["A"].width == 50
