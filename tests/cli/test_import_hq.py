"""``kam import-hq``: the shared sample lists with their expected counts, the report, dry runs,
re-imports, Chinese output, and files that cannot be read (one line, exit 2, book untouched)."""

from __future__ import annotations

import csv
import io
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from kam_desktop.cli.app import main

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    path = tmp_path / "work.kambook"
    assert main(["init", "--book", str(path), "--owner", "测试员"]) == 0
    return path


def _count(book: Path, table: str) -> int:
    with closing(sqlite3.connect(f"file:{book}?mode=ro", uri=True)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _rows(book: Path, table: str) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{book}?mode=ro", uri=True)) as conn:
        return sorted(conn.execute(f"SELECT * FROM {table}"), key=repr)


def _counts(out: str) -> dict[str, int]:
    """The outcome lines (``  New   37``) as label → number."""
    found = re.findall(r"^  (\S.*?)\s+([\d,]+)$", out, flags=re.MULTILINE)
    return {label: int(number.replace(",", "")) for label, number in found}


def _import(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["import-hq", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_gbk_list_imports_37_and_reports_the_3_bad_rows(
    book_path: Path, shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "rejected.csv"
    code, out, err = _import(
        capsys,
        "--book",
        str(book_path),
        str(shared_data / "hq-customers-gbk.csv"),
        "--report",
        str(report),
    )
    assert code == 0, err
    assert "Read as CSV (customer list): encoding GBK, delimiter comma, header on line 1" in out
    counts = _counts(out)
    assert counts["New"] == 37
    assert counts["Rejected"] == 3
    assert counts["Summary rows skipped"] == 1
    assert counts["Updated"] == 0
    assert _count(book_path, "account") == 37
    assert str(report) in out
    rows = list(csv.reader(io.StringIO(report.read_text("utf-8-sig"), newline="")))
    assert rows[0] == ["File", "Row", "Column", "Value", "Reason"]
    assert {(r[1], r[2]) for r in rows[1:]} == {
        ("9", "统一社会信用代码"),
        ("20", "客户名称"),
        ("32", "年销售额(万元)"),
    }
    assert all(r[0] == "hq-customers-gbk.csv" for r in rows[1:])
    assert all(r[4] for r in rows[1:])


def test_the_report_can_be_xlsx(
    book_path: Path, shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    report = tmp_path / "rejected.xlsx"
    code, _, err = _import(
        capsys,
        "--book",
        str(book_path),
        "--dry-run",
        str(shared_data / "hq-customers-gbk.csv"),
        "--report",
        str(report),
    )
    assert code == 0, err
    rows = list(load_workbook(report).active.iter_rows(values_only=True))
    assert sorted(r[1] for r in rows[1:]) == [9, 20, 32]


def test_dry_run_writes_nothing(
    book_path: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _import(
        capsys, "--book", str(book_path), "--dry-run", str(shared_data / "hq-customers-utf8bom.csv")
    )
    assert code == 0
    assert _counts(out)["New"] == 40
    assert "Dry run: nothing was written." in out
    assert _count(book_path, "account") == 0


def test_utf8_list_then_the_same_file_again_changes_nothing(
    book_path: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = str(shared_data / "hq-customers-utf8bom.csv")
    code, out, _ = _import(capsys, "--book", str(book_path), listed)
    assert code == 0
    assert "encoding UTF-8 (BOM)" in out
    assert _counts(out)["New"] == 40
    assert _counts(out)["Rejected"] == 0
    assert "Imported into" in out
    before = _rows(book_path, "account")
    code, out, _ = _import(capsys, "--book", str(book_path), listed)
    assert code == 0
    assert "This file was already imported on" in out
    assert "Nothing to change" in out
    assert _count(book_path, "account") == 40
    assert _count(book_path, "import_log") == 1
    assert _rows(book_path, "account") == before


def test_value_figures_after_the_list(
    book_path: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        _import(capsys, "--book", str(book_path), str(shared_data / "hq-customers-utf8bom.csv"))[0]
        == 0
    )
    code, out, err = _import(
        capsys,
        "--book",
        str(book_path),
        "--kind",
        "values",
        str(shared_data / "value-figures-gbk.csv"),
    )
    assert code == 0, err
    assert "(value figures)" in out
    assert _counts(out)["New"] == 480
    assert _count(book_path, "value_record") == 480


def test_workbook_with_a_title_row(
    book_path: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _import(
        capsys, "--book", str(book_path), str(shared_data / "hq-customers-title-row.xlsx")
    )
    assert code == 0, err
    assert "Read as XLSX (customer list): sheet 重点客户, header on row 3" in out
    assert _counts(out)["New"] == 30
    assert _counts(out)["Rejected"] == 0
    with closing(sqlite3.connect(book_path)) as conn:
        codes = {row[0] for row in conn.execute("SELECT code FROM account")}
    assert {"005112", "005348"} <= codes


def test_chinese_output(
    book_path: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _import(
        capsys,
        "--lang",
        "zh_CN",
        "--book",
        str(book_path),
        "--dry-run",
        str(shared_data / "hq-customers-gbk.csv"),
    )
    assert code == 0
    counts = _counts(out)
    assert len(counts) == 7
    assert all(CJK.search(label) for label in counts), counts
    assert all(CJK.search(line) for line in out.splitlines()), out


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.csv", b"", "is empty"),
        ("picture.csv", PNG, "is not a customer list"),
        ("missing.csv", None, "could not be read"),
    ],
)
def test_unreadable_files_exit_2_with_one_line(
    book_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    says: str,
) -> None:
    listed = tmp_path / name
    if content is not None:
        listed.write_bytes(content)
    code, out, err = _import(capsys, "--book", str(book_path), str(listed))
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("kam: ")
    assert says in err
    assert name in err
    assert "Traceback" not in err
    assert _count(book_path, "account") == 0
    assert _count(book_path, "import_log") == 0


def test_unreadable_file_message_in_chinese(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.csv").write_bytes(b"")
    code, _, err = _import(
        capsys, "--lang", "zh_CN", "--book", str(book_path), str(tmp_path / "empty.csv")
    )
    assert code == 2
    assert "是空文件" in err


def test_a_report_of_another_kind_is_refused_before_importing(
    book_path: Path, shared_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = tmp_path / "list.csv"
    shutil.copy(shared_data / "hq-customers-utf8bom.csv", listed)
    code, _, err = _import(
        capsys, "--book", str(book_path), str(listed), "--report", str(tmp_path / "rejected.txt")
    )
    assert code == 2
    assert "rejected.txt" in err
    assert _count(book_path, "account") == 0


def test_a_missing_book_is_not_created(
    tmp_path: Path, shared_data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.kambook"
    code, _, err = _import(
        capsys, "--book", str(missing), str(shared_data / "hq-customers-utf8bom.csv")
    )
    assert code == 2
    assert "Traceback" not in err
    assert not missing.exists()


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_goes_to_stderr_on_a_terminal(
    book_path: Path, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    listed = str(shared_data / "hq-customers-utf8bom.csv")
    assert main(["import-hq", "--book", str(book_path), listed]) == 0
    shown = terminal.getvalue()
    assert "Reading the list" in shown
    percents = [int(p) for p in re.findall(r"\r\s*(\d+)% ", shown)]
    assert percents == sorted(percents)
    assert percents[-1] == 100


def test_delimiter_and_encoding_can_be_given(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listed = tmp_path / "tabs.txt"
    listed.write_text("客户编码\t客户名称\n000001\t杭州恒远贸易有限公司\n", encoding="gb18030")
    code, out, err = _import(
        capsys, "--book", str(book_path), "--encoding", "gb18030", "--delimiter", "tab", str(listed)
    )
    assert code == 0, err
    assert "encoding GB18030, delimiter tab" in out
    assert _counts(out)["New"] == 1
