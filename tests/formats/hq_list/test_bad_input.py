"""Bad HQ lists: each is a typed error naming the file (and line), never a cell value, never
a traceback, never latin-1 garbage read as rows."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import openpyxl
import pytest

from kam_desktop.domain.errors import KamError
from kam_desktop.formats.hq_list.errors import (
    BadCsvLine,
    BadDelimiter,
    BadEncodingLine,
    HqListEmpty,
    HqListUnreadable,
    MissingColumns,
    NoHeader,
    NoSuchSheet,
    NotAList,
    UnknownEncoding,
    WorkbookDamaged,
    WorkbookProtected,
)
from kam_desktop.formats.hq_list.reader import open_hq_list

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"
FIXTURES = Path(__file__).resolve().parents[2] / "data" / "hq_lists"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n  \r\n", b"\xff\xfe"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "空.csv", data)
    with pytest.raises(HqListEmpty) as caught:
        open_hq_list(path)
    assert "空.csv is empty" in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(HqListUnreadable):
        open_hq_list(tmp_path / "none.csv")


def test_png_renamed_csv(tmp_path: Path) -> None:
    with pytest.raises(NotAList, match=r"image \(PNG\)"):
        open_hq_list(_write(tmp_path, "list.csv", PNG + bytes(200)))


def test_random_bytes(tmp_path: Path) -> None:
    data = bytes((i * 7919 + 13) % 256 for i in range(5000))
    with pytest.raises(NotAList):
        open_hq_list(_write(tmp_path, "random.csv", data))


def test_latin1_text_is_not_read_as_chinese(tmp_path: Path) -> None:
    text = "Customer Name,City\r\nMüller GmbH,Köln\r\nSchäfer AG,Düsseldorf\r\n"
    lst = open_hq_list(_write(tmp_path, "de.csv", text.encode("latin-1")))
    assert lst.format.encoding not in ("gbk", "gb18030")
    assert [r.cells[0] for r in lst.rows()] == ["Müller GmbH", "Schäfer AG"]


def test_latin1_without_header_is_refused(tmp_path: Path) -> None:
    text = "Müller GmbH;Köln;Straße 5\r\nSchäfer AG;Düsseldorf;Königsallee\r\n"
    with pytest.raises(NoHeader) as caught:
        open_hq_list(_write(tmp_path, "de.csv", text.encode("latin-1")))
    assert "first 20 rows" in str(caught.value)


def test_truncated_xlsx(tmp_path: Path) -> None:
    data = (SHARED / "hq-customers-title-row.xlsx").read_bytes()
    with pytest.raises(WorkbookDamaged) as caught:
        open_hq_list(_write(tmp_path, "cut.xlsx", data[: len(data) // 2]))
    assert "cut.xlsx" in str(caught.value)


def test_xlsx_renamed_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    shutil.copy(SHARED / "hq-customers-title-row.xlsx", path)
    assert len(list(open_hq_list(path).rows())) == 30


def test_other_zip(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(NotAList, match="zip archive"):
        open_hq_list(_write(tmp_path, "a.xlsx", buffer.getvalue()))


def test_password_protected_xlsx(tmp_path: Path) -> None:
    # The layout Excel writes: an OLE2 compound file holding EncryptionInfo/EncryptedPackage.
    ole = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1016))
    ole += "EncryptedPackage".encode("utf-16-le") + bytes(2000)
    with pytest.raises(WorkbookProtected, match="password"):
        open_hq_list(_write(tmp_path, "secret.xlsx", bytes(ole)))


def test_no_header(tmp_path: Path) -> None:
    data = "甲,乙,丙\r\n1,2,3\r\n".encode("gbk")
    with pytest.raises(NoHeader, match=re.escape("甲 | 乙 | 丙")):
        open_hq_list(_write(tmp_path, "x.csv", data))


def test_no_name_column_names_the_headers(tmp_path: Path) -> None:
    data = "客户编码,城市,联系电话\r\n000118,杭州市,0571-35713197\r\n".encode()
    with pytest.raises(MissingColumns) as caught:
        open_hq_list(_write(tmp_path, "x.csv", data), kind=None)
    message = str(caught.value)
    assert "客户编码 | 城市 | 联系电话" in message
    assert "0571-35713197" not in message  # never a cell value


def test_no_name_column_in_a_workbook(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["客户编码", "城市"])
    wb.active.append(["000118", "杭州市"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(MissingColumns, match=re.escape("客户编码 | 城市")):
        open_hq_list(tmp_path / "x.xlsx", kind=None)


def test_empty_workbook(tmp_path: Path) -> None:
    openpyxl.Workbook().save(tmp_path / "empty.xlsx")
    with pytest.raises(NotAList, match="no sheet with any cells"):
        open_hq_list(tmp_path / "empty.xlsx")


def test_unknown_sheet(tmp_path: Path) -> None:
    with pytest.raises(NoSuchSheet, match=re.escape("说明 | 客户清单")):
        open_hq_list(FIXTURES / "cover-sheet-hidden-column.xlsx", sheet="Sheet9")


def test_sheet_override() -> None:
    with pytest.raises(NoHeader):
        open_hq_list(FIXTURES / "cover-sheet-hidden-column.xlsx", sheet="说明")


def test_encoding_override(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.csv", "客户名称,城市\r\n杭州公司,杭州市\r\n".encode("gbk"))
    assert open_hq_list(path, encoding="GB18030").format.encoding == "gb18030"
    with pytest.raises(UnknownEncoding):
        open_hq_list(path, encoding="klingon")
    with pytest.raises(BadEncodingLine) as caught:
        open_hq_list(path, encoding="utf-8")
    assert caught.value.params["row"] == 1


def test_bad_encoding_line_is_counted(tmp_path: Path) -> None:
    data = "客户名称,城市\r\n杭州公司,杭州市\r\n".encode() + "上海公司,上海\r\n".encode("gbk")
    with pytest.raises(BadEncodingLine) as caught:
        open_hq_list(_write(tmp_path, "x.csv", data), encoding="utf-8")
    assert caught.value.params["row"] == 3


def test_delimiter_override(tmp_path: Path) -> None:
    path = _write(tmp_path, "x.csv", "客户名称;城市\r\n杭州公司;杭州市\r\n".encode())
    lst = open_hq_list(path, delimiter=";")
    assert [r.cells for r in lst.rows()] == [("杭州公司", "杭州市")]
    with pytest.raises(BadDelimiter):
        open_hq_list(path, delimiter=";;")


def test_ten_thousand_character_cell(tmp_path: Path) -> None:
    long = "长" * 10_000
    data = f'客户名称,备注\r\n"{long}",x\r\n杭州公司,"a ""quoted"" word"\r\n'.encode()
    rows = list(open_hq_list(_write(tmp_path, "x.csv", data)).rows())
    assert [len(rows[0].cells[0]), rows[1].cells[1]] == [10_000, 'a "quoted" word']


def test_cell_over_the_csv_limit_names_the_line(tmp_path: Path) -> None:
    data = ("客户名称,备注\r\n杭州公司,x\r\n上海公司," + "x" * 200_000 + "\r\n").encode()
    lst = open_hq_list(_write(tmp_path, "x.csv", data))
    with pytest.raises(BadCsvLine) as caught:
        list(lst.rows())
    assert caught.value.params["row"] == 3
    assert "x" * 20 not in str(caught.value)


def test_every_error_has_a_message_naming_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "清单.csv", PNG)
    with pytest.raises(KamError) as caught:
        open_hq_list(path)
    assert str(path) in caught.value.message()


def test_a_document_with_a_csv_example_is_not_a_list(tmp_path: Path, shared_data: Path) -> None:
    """The shared data README holds the list's header line in a code block, then prose."""
    readme = shared_data / "README.md"
    copy = tmp_path / "README.csv"
    shutil.copyfile(readme, copy)
    with pytest.raises(NotAList) as caught:
        open_hq_list(copy)
    assert "README.csv" in caught.value.message()


def test_a_list_whose_rows_leave_trailing_cells_empty_is_still_a_list(tmp_path: Path) -> None:
    rows = ["客户编码,客户名称,城市,电话,地址,客户经理"]
    rows += [f"{i:06d},甲{i}有限公司,杭州,,," for i in range(10)]  # as Excel writes empty cells
    path = tmp_path / "l.csv"
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    assert len(list(open_hq_list(path).rows())) == 10
