"""The shared HQ samples read by the readers (formats/hq_list) and cleaned by the domain rules
(domain/accounts/hq_values): the rows the shared data README says are bad, and only those."""

from __future__ import annotations

from pathlib import Path

from kam_desktop.domain.accounts.account_fields import AccountField
from kam_desktop.domain.accounts.hq_cells import Cell, NotAnAmount
from kam_desktop.domain.accounts.hq_values import AccountRow, account_row
from kam_desktop.domain.errors import BadCreditCodeCheck, Required
from kam_desktop.formats.hq_list.reader import open_hq_list


def _account_rows(path: Path) -> dict[int, tuple[dict[str, Cell], AccountRow]]:
    hq_list = open_hq_list(path)
    columns = hq_list.header.columns
    units = {c.field: c.unit for c in columns if c.field}
    every = frozenset(f.value for f in AccountField)
    result = {}
    for raw in hq_list.rows():
        cells = {c.field: raw.cells[c.index] for c in columns if c.field}
        result[raw.number] = (cells, account_row(cells, units, only=every))
    return result


def test_the_gbk_sample_rejects_exactly_its_three_bad_rows(shared_data: Path) -> None:
    rows = _account_rows(shared_data / "hq-customers-gbk.csv")
    assert len(rows) == 40
    rejected = {
        n: [(p.field, type(p.problem)) for p in r.problems]
        for n, (_, r) in rows.items()
        if r.problems
    }
    assert rejected == {
        9: [("credit_code", BadCreditCodeCheck)],
        20: [("name", Required)],
        32: [("hq_sales", NotAnAmount)],
    }
    for number in (13, 28):  # "12,345.67" quoted with thousands separators
        cells, row = rows[number]
        assert "," in str(cells["hq_sales"])
        assert row.draft.hq_sales == float(str(cells["hq_sales"]).replace(",", ""))
    assert all(len(r.draft.code) == 6 for _, r in rows.values())


def test_the_xlsx_sample_keeps_numeric_codes_as_six_digits(shared_data: Path) -> None:
    rows = _account_rows(shared_data / "hq-customers-title-row.xlsx")
    assert len(rows) == 30
    assert all(not r.problems for _, r in rows.values())
    codes = {r.draft.code for _, r in rows.values()}
    assert {"005112", "005348"} <= codes
    assert all(isinstance(r.draft.hq_sales, float) for _, r in rows.values())


def test_the_utf8_sample_is_all_valid(shared_data: Path) -> None:
    rows = _account_rows(shared_data / "hq-customers-utf8bom.csv")
    assert len(rows) == 40
    assert all(not r.problems for _, r in rows.values())
