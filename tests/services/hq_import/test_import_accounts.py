"""Customer lists into a real book: outcomes, matching, HQ-owned fields only, the log."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import AccountChange, ImportLog
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import AccountSource, Grade
from kam_desktop.formats.hq_list.errors import MissingColumns
from kam_desktop.services.accounts.accounts import create_account, get_account, update_account
from kam_desktop.services.hq_import.model import Outcome
from kam_desktop.services.hq_import.notes import (
    ClaimedByOther,
    CreditCodeTwice,
    MergedDuplicate,
    Renamed,
)
from kam_desktop.services.hq_import.plan import plan_import
from kam_desktop.services.hq_import.run import run_import
from kam_desktop.services.progress import Cancelled, NoProgress

from .helpers import accounts, write_list

# valid GB 32100-2015 codes (check digit right)
CREDIT_A = "914403001922038216"
CREDIT_B = "9144030071526726XG"


def _counts(plan) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {o.value: n for o, n in plan.counts.items()}


def test_shared_gbk_list_imports_37_and_rejects_3_naming_line_and_column(
    book: Book, shared_data: Path
) -> None:
    path = shared_data / "hq-customers-gbk.csv"
    plan = plan_import(book, path)
    assert _counts(plan) == {"new": 37, "rejected": 3}
    assert plan.summary_rows == 1
    assert [(r.row, r.column) for r in plan.rejected] == [
        (9, "统一社会信用代码"),
        (20, "客户名称"),
        (32, "年销售额(万元)"),
    ]
    assert accounts(book) == {}  # the preview wrote nothing
    result = run_import(book, path)
    assert result.written
    assert result.touched_accounts == 37
    book_accounts = accounts(book)
    assert len(book_accounts) == 37
    assert all(a.source is AccountSource.HQ_ASSIGNED for a in book_accounts.values())
    assert all(code.startswith("00") for code in book_accounts)


def test_shared_lists_each_give_their_expected_accounts(book: Book, shared_data: Path) -> None:
    assert _counts(run_import(book, shared_data / "hq-customers-utf8bom.csv").plan) == {"new": 40}
    xlsx = run_import(book, shared_data / "hq-customers-title-row.xlsx").plan
    assert xlsx.counts[Outcome.NEW] == 30
    assert not xlsx.rejected
    found = accounts(book)
    assert {"005112", "005348"} <= set(found)  # numeric cells with format 000000
    assert len(found) == 70


def test_reimporting_the_same_file_says_so_and_changes_nothing(
    book: Book, shared_data: Path
) -> None:
    path = shared_data / "hq-customers-utf8bom.csv"
    first = run_import(book, path)
    before = (
        sqlite3.connect(book.path).execute("select count(*), max(revision) from account").fetchone()
    )
    again = plan_import(book, path)
    assert again.previous is not None
    assert again.previous.log_id == first.log_id
    assert not again.writes_anything
    result = run_import(book, path)
    assert not result.written
    assert result.log_id is None
    after = (
        sqlite3.connect(book.path).execute("select count(*), max(revision) from account").fetchone()
    )
    assert after == before
    with book.sessions() as s:
        assert len(s.scalars(select(ImportLog)).all()) == 1


def test_the_import_log_keeps_size_checksum_encoding_mapping_counts(
    book: Book, shared_data: Path
) -> None:
    path = shared_data / "hq-customers-gbk.csv"
    run_import(book, path)
    with book.sessions() as s:
        log = s.scalars(select(ImportLog)).one()
    import hashlib

    assert log.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert log.file_size == path.stat().st_size
    assert log.encoding == "gbk"
    assert log.kind == "hq_accounts"
    assert log.counts == {"new": 37, "rejected": 3}
    assert "1:客户编码" in log.mapping
    assert log.mapping["1:客户编码"] == "code"
    assert log.rows_rejected == 3
    assert log.rows_ok == 37
    assert all(set(p) == {"row", "column", "problem"} for p in log.problems)  # no cell values


def test_hq_import_never_touches_field_owned_values(book: Book, tmp_path: Path) -> None:
    mine = create_account(
        book,
        AccountDraft(
            name="甲乙科技有限公司",
            code="000001",
            city="杭州",
            phone="0571-88888888",
            notes="老板爱喝茶",
        ),
    )
    path = write_list(
        tmp_path / "l.csv",
        [["000001", "甲乙科技有限公司", CREDIT_A, "A", "12.5", "北京", "010-66666666"]],
    )
    plan = run_import(book, path).plan
    change = plan.changes[0]
    assert change.outcome is Outcome.UPDATED
    assert {c.field for c in change.changes} == {"credit_code", "hq_grade", "hq_sales"}
    after = get_account(book, mine.id)
    assert (after.draft.city, after.draft.phone, after.draft.notes) == (
        "杭州",
        "0571-88888888",
        "老板爱喝茶",
    )
    assert after.draft.hq_grade is Grade.A
    assert after.draft.credit_code == CREDIT_A
    assert after.revision == mine.revision + 1


def test_matching_by_credit_code_then_company_key(book: Book, tmp_path: Path) -> None:
    by_credit = create_account(book, AccountDraft(name="丙丁贸易有限公司", credit_code=CREDIT_B))
    by_key = create_account(book, AccountDraft(name="戊己（杭州）科技有限责任公司"))
    path = write_list(
        tmp_path / "l.csv",
        [
            ["000010", "丙丁贸易有限公司", CREDIT_B, "B", "", "", ""],
            ["000011", "戊己(杭州)科技有限公司", "", "C", "", "", ""],
        ],
    )
    plan = run_import(book, path).plan
    assert [c.account_id for c in plan.changes] == [by_credit.id, by_key.id]
    assert get_account(book, by_credit.id).code == "000010"
    assert get_account(book, by_key.id).code == "000011"
    assert len(accounts(book)) == 2


def test_a_renamed_company_keeps_its_old_name_in_the_history(book: Book, tmp_path: Path) -> None:
    old = create_account(book, AccountDraft(name="旧名称科技有限公司", credit_code=CREDIT_A))
    path = write_list(
        tmp_path / "l.csv", [["000020", "新名称网络有限公司", CREDIT_A, "", "", "", ""]]
    )
    change = run_import(book, path).plan.changes[0]
    assert change.outcome is Outcome.CONFLICT
    assert isinstance(change.note, Renamed)
    assert get_account(book, old.id).name == "新名称网络有限公司"
    with book.sessions() as s:
        history = {(h.field, h.old_value, h.new_value) for h in s.scalars(select(AccountChange))}
    assert ("name", "旧名称科技有限公司", "新名称网络有限公司") in history


def test_a_field_the_rep_edited_that_hq_changes_is_flagged(book: Book, tmp_path: Path) -> None:
    path = write_list(tmp_path / "one.csv", [["000030", "庚辛物流有限公司", "", "B", "", "", ""]])
    run_import(book, path)
    account = accounts(book)["000030"]
    detail = get_account(book, account.id)
    from dataclasses import replace

    update_account(book, account.id, replace(detail.draft, hq_grade=Grade.A))  # the rep's view
    changed = write_list(
        tmp_path / "two.csv", [["000030", "庚辛物流有限公司", "", "C", "", "", ""]]
    )
    plan = plan_import(book, changed)
    (grade,) = plan.changes[0].changes
    assert (grade.field, grade.old, grade.new, grade.locally_edited) == (
        "hq_grade",
        Grade.A,
        Grade.C,
        True,
    )
    same_again = write_list(
        tmp_path / "three.csv", [["000030", "庚辛物流有限公司", "", "D", "", "", ""]]
    )
    run_import(book, changed)  # HQ's C is now the baseline
    (grade,) = plan_import(book, same_again).changes[0].changes
    assert grade.locally_edited is False


def test_duplicates_in_the_file_are_merged_naming_both_lines(book: Book, tmp_path: Path) -> None:
    path = write_list(
        tmp_path / "l.csv",
        [
            ["000040", "壬癸电子有限公司", "", "B", "", "", ""],
            ["000041", "子丑机械有限公司", "", "", "", "", ""],
            ["000040", "壬癸电子有限公司", "", "", "88", "", ""],
        ],
    )
    plan = run_import(book, path).plan
    assert _counts(plan) == {"new": 2, "duplicate": 1}
    duplicate = next(c for c in plan.changes if c.outcome is Outcome.DUPLICATE)
    assert duplicate.rows == (2, 4)
    assert isinstance(duplicate.note, MergedDuplicate)
    merged = accounts(book)["000040"]
    assert (merged.hq_grade, merged.hq_sales) == (Grade.B, 88.0)


def test_contradictions_are_conflicts_not_writes(book: Book, tmp_path: Path) -> None:
    create_account(book, AccountDraft(name="寅卯化工有限公司", code="000050", credit_code=CREDIT_A))
    path = write_list(
        tmp_path / "l.csv",
        [
            ["000051", "辰巳食品有限公司", CREDIT_A, "", "", "", ""],  # CREDIT_A is 000050's
            ["000052", "午未纺织有限公司", CREDIT_B, "", "", "", ""],
            ["000053", "申酉建材有限公司", CREDIT_B, "", "", "", ""],  # CREDIT_B twice
        ],
    )
    plan = run_import(book, path).plan
    notes = [type(c.note) for c in plan.changes if c.outcome is Outcome.CONFLICT]
    assert notes == [ClaimedByOther, CreditCodeTwice]
    assert set(accounts(book)) == {"000050", "000052"}
    assert {r.row for r in plan.rejected} == {2, 4}  # in the report too


def test_near_duplicate_names_are_warnings_never_merges(book: Book, tmp_path: Path) -> None:
    create_account(book, AccountDraft(name="杭州甲乙科技有限公司"))
    path = write_list(tmp_path / "l.csv", [["000060", "杭州甲已科技有限公司", "", "", "", "", ""]])
    plan = plan_import(book, path)
    (warning,) = plan.warnings
    assert warning.row == 2
    assert warning.other_account_id is not None
    run_import(book, path)
    assert len(accounts(book)) == 2


def test_a_list_without_a_name_column_names_the_headers_it_saw(book: Book, tmp_path: Path) -> None:
    path = write_list(tmp_path / "l.csv", [["000070", "x"]], header=("客户编码", "备注信息"))
    with pytest.raises(MissingColumns) as caught:
        plan_import(book, path)
    assert "客户编码" in caught.value.message()
    assert "备注信息" in caught.value.message()


def test_cancel_leaves_the_book_as_it_was(book: Book, shared_data: Path) -> None:
    class CancelWhenSaving(NoProgress):
        def __init__(self) -> None:
            self.saving = False

        def update(self, done: int, total: int, note: object = None) -> None:
            self.saving = self.saving or (note is not None and "Saving" in str(note))

        def cancelled(self) -> bool:
            return self.saving

    with pytest.raises(Cancelled):
        run_import(book, shared_data / "hq-customers-utf8bom.csv", progress=CancelWhenSaving())
    assert accounts(book) == {}
    with book.sessions() as s:
        assert s.scalars(select(ImportLog)).all() == []


def test_new_accounts_are_in_the_refreshed_lists_at_once(book: Book, shared_data: Path) -> None:
    run_import(book, shared_data / "hq-customers-utf8bom.csv", today=date(2026, 12, 7))
    found = accounts(book)
    assert all(a.value_tier is not None for a in found.values())  # scored
    assert all(a.map_gap_count is not None for a in found.values())  # coverage gaps counted


def test_look_alikes_are_one_per_new_name_and_skipped_for_huge_lists(
    book: Book, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kam_desktop.services.hq_import import plan_accounts

    create_account(book, AccountDraft(name="杭州甲乙科技有限公司"))
    create_account(book, AccountDraft(name="杭州甲丙科技有限公司"))
    path = write_list(tmp_path / "l.csv", [["000061", "杭州甲已科技有限公司", "", "", "", "", ""]])
    (warning,) = plan_import(book, path).warnings  # two look-alikes in the book: the closest
    assert warning.row == 2
    monkeypatch.setattr(plan_accounts, "NEAR_DUPLICATE_NAMES", 2)
    plan = plan_import(book, path)
    assert plan.warnings == ()
    assert not plan.near_duplicates_checked
