"""``kam export-excel`` and formula-safe CSV from ``kam accounts list``."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from kam_desktop.cli.app import main
from kam_desktop.db.book import open_book
from kam_desktop.services.accounts.accounts import AccountDraft, create_account
from kam_desktop.services.demo import build_demo_book


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    return build_demo_book(tmp_path_factory.mktemp("cli") / "d.kambook", today=date(2026, 6, 1))


def test_export_excel_writes_the_workbook(demo, tmp_path, capsys):
    out = tmp_path / "book.xlsx"
    assert main(["export-excel", "--book", str(demo), str(out)]) == 0
    assert load_workbook(out).sheetnames[0] == "Accounts"
    assert str(out) in capsys.readouterr().out


def test_export_excel_in_chinese(demo, tmp_path):
    out = tmp_path / "zh.xlsx"
    assert main(["--lang", "zh_CN", "export-excel", "--book", str(demo), str(out)]) == 0
    assert load_workbook(out).sheetnames[:2] == ["客户", "联系人"]


def test_csv_injection_probe_is_prefixed(tmp_path, capsys):
    book_path = tmp_path / "b.kambook"
    assert main(["init", "--book", str(book_path)]) == 0
    with open_book(book_path, create=False) as book:
        create_account(book, AccountDraft(name='=HYPERLINK("http://x","y")'))
    capsys.readouterr()
    assert main(["accounts", "list", "--book", str(book_path), "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "'=HYPERLINK" in out
    assert ",=HYPERLINK" not in out
