"""export_workbook on the demo book: counts per sheet, and the accounts sheet re-imports."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from kam_desktop.db.book import open_book
from kam_desktop.db.models import (
    Account,
    Complaint,
    Contact,
    NextStep,
    SpinNote,
    ValueRecord,
    Visit,
)
from kam_desktop.domain.accounts.hq_columns import ListKind, fields
from kam_desktop.formats.hq_list.reader import open_hq_list
from kam_desktop.services.book.export_workbook import export_workbook
from kam_desktop.services.demo import build_demo_book

MODELS = (Account, Contact, Visit, NextStep, Complaint, SpinNote, ValueRecord)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("export")
    path = build_demo_book(folder / "demo.kambook", today=date(2026, 6, 1))
    seen = []

    class Watch:
        def update(self, done, total, note=None):
            seen.append((done, total))

        def cancelled(self):
            return False

    with open_book(path, create=False) as book:
        out = export_workbook(book, folder / "book.xlsx", Watch())
        with book.sessions.begin() as s:
            counts = [
                s.scalar(select(func.count()).select_from(m).where(m.deleted_at.is_(None)))
                for m in MODELS
            ]
            codes = set(s.scalars(select(Account.code).where(Account.deleted_at.is_(None))))
    return out, counts, codes, seen


def test_counts_per_sheet_match_live_rows(exported):
    out, counts, _, seen = exported
    wb = load_workbook(out, read_only=True)
    assert len(wb.sheetnames) == 7
    rows = [wb[name].max_row - 1 for name in wb.sheetnames]
    assert rows == counts
    assert all(c > 0 for c in counts)
    assert seen[-1][0] == seen[-1][1]  # progress reached the end


def test_accounts_sheet_reimports_as_hq_list(exported):
    out, counts, codes, _ = exported
    hq = open_hq_list(out)
    assert hq.format.sheet == "Accounts"
    assert hq.header.list_kind is ListKind.ACCOUNTS
    assert set(hq.header.field_columns()) == set(fields(ListKind.ACCOUNTS))
    code_at = hq.header.field_columns()["code"]
    read = [row.cells[code_at] for row in hq.rows()]
    assert len(read) == counts[0]
    assert {c for c in read if c} == {c for c in codes if c}
    assert any(c.startswith("0") for c in read if c)  # leading zeros kept
