"""An account's HQ history read back from real imports: display values, files, former names."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import delete, select, update

from kam_desktop.db.book import Book
from kam_desktop.db.models import AccountChange, ImportLog
from kam_desktop.domain.enums import Grade, SizeClass
from kam_desktop.services.accounts.hq_history import HqChange, former_names, hq_history
from kam_desktop.services.hq_import.run import run_import
from tests.services.hq_import.helpers import accounts, write_list

CREDIT = "914403001922038216"  # a valid GB 32100-2015 code
HEADER = ("客户编码", "客户名称", "统一社会信用代码", "客户等级", "企业规模", "年销售额(万元)")
OLD = "旧名称科技有限公司"
NEW = "新名称网络有限公司"


def _import(book: Book, path: Path, name: str, grade: str, size: str = "", sales: str = "") -> str:
    write_list(path, [["000020", name, CREDIT, grade, size, sales]], header=HEADER)
    run_import(book, path)
    return accounts(book)["000020"].id


def test_a_rename_and_a_grade_change_read_back_as_display_values(
    book: Book, tmp_path: Path
) -> None:
    account_id = _import(book, tmp_path / "一月.csv", OLD, "B", "中型", "120")
    assert hq_history(book, account_id) == ()  # a new account has no changes
    _import(book, tmp_path / "二月.csv", NEW, "A", "大型", "150.5")
    history = hq_history(book, account_id)
    by_field = {c.field: c for c in history}
    assert set(by_field) == {"name", "hq_grade", "size_class", "hq_sales"}
    assert (by_field["name"].old, by_field["name"].new) == (OLD, NEW)
    assert (by_field["hq_grade"].old, by_field["hq_grade"].new) == (Grade.B, Grade.A)
    assert (by_field["size_class"].old, by_field["size_class"].new) == (
        SizeClass.MEDIUM,
        SizeClass.LARGE,
    )
    assert (by_field["hq_sales"].old, by_field["hq_sales"].new) == (120.0, 150.5)
    assert {c.file_name for c in history} == {"二月.csv"}
    assert all(c.changed_at.tzinfo is not None for c in history)
    assert former_names(book, account_id) == (OLD,)


def test_newest_first_and_each_former_name_once(book: Book, tmp_path: Path) -> None:
    account_id = _import(book, tmp_path / "1.csv", OLD, "B")
    _import(book, tmp_path / "2.csv", NEW, "B")
    _import(book, tmp_path / "3.csv", OLD, "C")  # renamed back, grade changed
    _import(book, tmp_path / "4.csv", "第三名称有限公司", "C")
    history = hq_history(book, account_id)
    assert [c.file_name for c in history] == ["4.csv", "3.csv", "3.csv", "2.csv"]
    assert [c.changed_at for c in history] == sorted((c.changed_at for c in history), reverse=True)
    grade = next(c for c in history if c.field == "hq_grade")
    assert (grade.old, grade.new) == (Grade.B, Grade.C)
    assert former_names(book, account_id) == (OLD, NEW)


def test_deleted_rows_are_skipped_and_a_missing_log_leaves_no_file_name(
    book: Book, tmp_path: Path
) -> None:
    account_id = _import(book, tmp_path / "1.csv", OLD, "B")
    _import(book, tmp_path / "2.csv", NEW, "A")
    with book.sessions.begin() as s:
        s.execute(update(AccountChange).where(AccountChange.field == "hq_grade").values(
            deleted_at=AccountChange.changed_at
        ))  # fmt: skip
        s.execute(delete(ImportLog).where(ImportLog.file_name == "2.csv"))
    (only,) = hq_history(book, account_id)
    assert only == HqChange("name", OLD, NEW, only.changed_at, None)


def test_other_accounts_and_unknown_ids_have_no_history(book: Book, tmp_path: Path) -> None:
    account_id = _import(book, tmp_path / "1.csv", OLD, "B")
    write_list(tmp_path / "other.csv", [["000099", "别家有限公司", "", "C", "", ""]], header=HEADER)
    run_import(book, tmp_path / "other.csv")
    _import(book, tmp_path / "2.csv", NEW, "B")
    other = accounts(book)["000099"].id
    assert hq_history(book, other) == ()
    assert former_names(book, other) == ()
    assert hq_history(book, "no-such-id") == ()
    with book.sessions() as s:
        assert s.scalar(select(AccountChange.account_id)) == account_id


def test_a_stored_value_that_no_longer_parses_stays_text(book: Book, tmp_path: Path) -> None:
    account_id = _import(book, tmp_path / "1.csv", OLD, "B")
    _import(book, tmp_path / "2.csv", OLD, "A")
    with book.sessions.begin() as s:
        s.execute(update(AccountChange).values(old_value="Z"))
    (grade,) = hq_history(book, account_id)
    assert (grade.old, grade.new) == ("Z", Grade.A)
