"""The rejected-rows report: CSV that Excel opens right, XLSX, the UI language, no formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.domain.errors import BadCreditCodeCheck, KamError
from kam_desktop.domain.i18n import set_translator
from kam_desktop.formats.hq_list.model import DetectedFormat, FileKind
from kam_desktop.services.hq_import.model import (
    ImportPlan,
    ListOverview,
    Outcome,
    Rejection,
    SourceFile,
)
from kam_desktop.services.hq_import.report import UnknownReportFormat, write_rejected_report


class _Empty(KamError):
    template = "the name is empty"


def _plan(rejected: tuple[Rejection, ...]) -> ImportPlan:
    overview = ListOverview(
        path=Path("list.csv"),
        format=DetectedFormat(FileKind.CSV, header_row=1, encoding="gbk", delimiter=","),
        list_kind=ListKind.ACCOUNTS,
        columns=(),
        fields=(),
        required=("name",),
        missing=(),
        profile=None,
        profiles=(),
        sample=(),
    )
    return ImportPlan(
        overview=overview,
        source=SourceFile("list.csv", 10, "0" * 64),
        counts={Outcome.REJECTED: len(rejected)},
        changes=(),
        rejected=rejected,
    )


REJECTED = (
    Rejection(
        "客户清单.csv",
        9,
        "统一社会信用代码",
        "9111010866T8EK80AN",
        BadCreditCodeCheck(expected="Y", actual="N"),
    ),
    Rejection("客户清单.csv", 20, "客户名称", "", _Empty()),
    Rejection("客户清单.csv", 32, "备注", '=HYPERLINK("http://x","y")', _Empty()),
    Rejection("客户清单.csv", 33, "地址", "北京市\n朝阳区, 1号", _Empty()),
)


@pytest.fixture
def tagged() -> Iterator[None]:
    """A translator that tags every text with its context, to see what went through it."""
    set_translator(lambda context, text: f"<{context}>{text}", "xx")
    yield
    set_translator(None)


def test_csv_has_bom_crlf_and_every_rejection(tmp_path: Path) -> None:
    path = tmp_path / "rejected.csv"
    write_rejected_report(_plan(REJECTED), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 1 + len(REJECTED)  # the embedded line break stays a bare \n
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["File", "Row", "Column", "Value", "Reason"]
    assert rows[1][:4] == ["客户清单.csv", "9", "统一社会信用代码", "9111010866T8EK80AN"]
    assert "should be Y, not N" in rows[1][4]
    assert [r[1] for r in rows[1:]] == ["9", "20", "32", "33"]
    assert rows[4][3] == "北京市\n朝阳区, 1号"


def test_csv_neutralises_formulas(tmp_path: Path) -> None:
    path = tmp_path / "rejected.csv"
    write_rejected_report(_plan(REJECTED), path)
    text = path.read_text("utf-8-sig")
    assert "'=HYPERLINK" in text
    assert ',"=HYPERLINK' not in text
    assert ",=HYPERLINK" not in text


def test_xlsx_has_the_same_rows_as_strings(tmp_path: Path) -> None:
    path = tmp_path / "rejected.xlsx"
    write_rejected_report(_plan(REJECTED), path)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert sheet.title == "Rejected rows"
    assert rows[0] == ("File", "Row", "Column", "Value", "Reason")
    assert rows[1][:4] == ("客户清单.csv", 9, "统一社会信用代码", "9111010866T8EK80AN")
    assert rows[3][3] == '\'=HYPERLINK("http://x","y")'
    assert sheet["D4"].data_type == "s"
    assert len(rows) == 1 + len(REJECTED)


def test_headers_and_reasons_are_translated(tmp_path: Path, tagged: None) -> None:
    path = tmp_path / "rejected.csv"
    write_rejected_report(_plan(REJECTED[:1]), path)
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"), newline="")))
    assert rows[0] == ["<hq_import>File", "<hq_import>Row", "<hq_import>Column",
                       "<hq_import>Value", "<hq_import>Reason"]  # fmt: skip
    assert rows[1][4].startswith("<errors>")


def test_an_empty_report_has_the_header_only(tmp_path: Path) -> None:
    path = tmp_path / "none.xlsx"
    write_rejected_report(_plan(()), path)
    assert len(list(load_workbook(path).active.iter_rows())) == 1


@pytest.mark.parametrize("name", ["rejected.txt", "rejected", "rejected.xls"])
def test_other_suffixes_are_refused_and_nothing_is_written(tmp_path: Path, name: str) -> None:
    with pytest.raises(UnknownReportFormat) as raised:
        write_rejected_report(_plan(REJECTED), tmp_path / name)
    assert name in raised.value.message()
    assert list(tmp_path.iterdir()) == []
