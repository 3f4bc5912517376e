"""The import wizard on real books: the pages in order, the preview's counts and rejected rows,
a changed mapping, the import, and Cancel in the middle of it."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton

from kam_desktop.gui.hq_import import preview_page, rejected_report
from kam_desktop.gui.hq_import.wizard import (
    PAGE_FORMAT,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_SUMMARY,
    ImportWizard,
)
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.services.book.book_info import book_info
from kam_desktop.services.book.handle import Book
from kam_desktop.services.hq_import.model import Outcome
from kam_desktop.services.hq_import.profiles import profile_names


def _accounts(book: Book) -> int:
    return book_info(book).counts["account"]


def _row_of(wizard: ImportWizard, field: str) -> int:
    return next(i for i, c in enumerate(wizard.state.overview.columns) if c.field == field)


def test_the_gbk_list_reads_maps_previews_and_imports(open_wizard, book: Book, gbk_list: Path):
    wizard = open_wizard(gbk_list)
    assert wizard.file_page.isComplete()

    assert wizard.go_to(PAGE_FORMAT)
    page = wizard.format_page
    assert page.encoding_combo.currentData() == "gbk"
    assert page.delimiter_combo.currentData() == ","
    assert page.encoding_combo.isVisibleTo(page)
    assert not page.sheet_combo.isVisibleTo(page)
    assert page.sample.rowCount() > 0
    assert page.sample.horizontalHeaderItem(1).text() == "客户名称"
    assert page.sample.item(0, 0).text() == "002029"  # the leading zeros kept

    assert wizard.go_to(PAGE_MAPPING)
    mapping = wizard.mapping_page.mapping()
    assert mapping[1] == "name"
    assert wizard.mapping_page.field_combo(1).currentText() == "Customer name"
    assert not wizard.mapping_page.missing.isVisibleTo(wizard.mapping_page)

    assert wizard.go_to(PAGE_PREVIEW)
    preview = wizard.preview_page
    assert preview.counts.count(Outcome.NEW) == 37
    assert preview.counts.count(Outcome.REJECTED) == 3
    assert preview.counts.count(Outcome.UPDATED) == 0
    rejected = preview.rejected_model
    rows = [rejected.index(r, 1).data() for r in range(rejected.rowCount())]
    assert rows == ["9", "20", "32"]
    assert [rejected.index(r, 2).data() for r in range(3)] == [
        "统一社会信用代码",
        "客户名称",
        "年销售额(万元)",
    ]
    assert all(rejected.index(r, 0).data() == gbk_list.name for r in range(3))
    assert "summary row" in preview.skipped.text()
    assert _accounts(book) == 0  # the preview writes nothing

    preview.outcome_combo.setCurrentIndex(preview_page.FILTERS.index(Outcome.UPDATED))
    assert preview.changes_filter.rowCount() == 0
    preview.outcome_combo.setCurrentIndex(preview_page.FILTERS.index(Outcome.NEW))
    assert preview.changes_filter.rowCount() == 37
    preview.outcome_combo.setCurrentIndex(0)
    assert preview.changes_filter.rowCount() == preview.changes_model.rowCount()

    wizard.next()  # Import
    assert wait_until_idle(60_000)
    assert wizard.currentId() == PAGE_SUMMARY
    assert _accounts(book) == 37
    assert "New: 37" in wizard.summary_page.counts.text()
    assert wizard.summary_page.save_button.isVisibleTo(wizard.summary_page)


def test_a_missing_name_column_blocks_the_way_and_a_changed_mapping_is_imported(
    open_wizard, book: Book, gbk_list: Path
):
    wizard = open_wizard(gbk_list)
    assert wizard.go_to(PAGE_MAPPING)
    page = wizard.mapping_page
    name_row, phone_row = _row_of(wizard, "name"), _row_of(wizard, "phone")

    page.field_combo(name_row).setCurrentIndex(0)  # Ignore
    page.field_combo(name_row).activated.emit(0)
    assert not page.isComplete()
    assert page.missing.isVisibleTo(page)
    assert "Customer name" in page.missing.text()
    assert not wizard.go_to(PAGE_PREVIEW)

    combo = page.field_combo(name_row)
    combo.setCurrentIndex(combo.findData("name"))
    combo.activated.emit(combo.currentIndex())
    page.field_combo(phone_row).setCurrentIndex(0)  # the phone is not imported
    page.field_combo(phone_row).activated.emit(0)
    assert page.isComplete()
    assert page.table.item(phone_row, 3).text() == "Ignored"
    page.save_edit.setText("HQ monthly")

    assert wizard.go_to(PAGE_PREVIEW)
    assert profile_names(book) == ("HQ monthly",)
    first = wizard.preview_page.changes_model.changes_text(wizard.state.plan.changes[0])
    assert "Phone" not in first
    assert wizard.state.options().columns[phone_row] is None


def test_a_field_chosen_for_a_second_column_leaves_the_first(open_wizard, gbk_list: Path):
    wizard = open_wizard(gbk_list)
    assert wizard.go_to(PAGE_MAPPING)
    page = wizard.mapping_page
    name_row, address_row = _row_of(wizard, "name"), _row_of(wizard, "address")
    combo = page.field_combo(address_row)
    combo.setCurrentIndex(combo.findData("name"))
    combo.activated.emit(combo.currentIndex())
    assert page.mapping()[address_row] == "name"
    assert page.mapping()[name_row] is None
    assert page.table.item(address_row, 3).text() == "Chosen by you"


def test_another_encoding_is_read_again_in_the_background(open_wizard, gbk_list: Path):
    wizard = open_wizard(gbk_list)
    assert wizard.go_to(PAGE_FORMAT)
    page = wizard.format_page
    index = page.encoding_combo.findData("gb18030")
    page.encoding_combo.setCurrentIndex(index)
    page.encoding_combo.activated.emit(index)
    assert wait_until_idle()
    assert wizard.state.overview.format.encoding == "gb18030"
    assert page.encoding_combo.currentData() == "gb18030"
    assert page.isComplete()


def test_a_workbook_offers_its_sheets(open_wizard, shared_data: Path):
    wizard = open_wizard(shared_data / "hq-customers-title-row.xlsx")
    assert wizard.go_to(PAGE_FORMAT)
    page = wizard.format_page
    assert page.sheet_combo.isVisibleTo(page)
    assert not page.encoding_combo.isVisibleTo(page)
    assert page.sheet_combo.currentText() == "重点客户"
    assert page.header_row.text() == "Row 3"


def test_an_unreadable_file_says_why_and_stays(open_wizard, tmp_path: Path, shown_boxes: list[str]):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    wizard = open_wizard(empty)
    assert wizard.go_to(PAGE_FORMAT)
    assert not wizard.go_to(PAGE_MAPPING)
    assert wizard.currentId() == PAGE_FORMAT
    assert not wizard.format_page.isComplete()
    assert len(shown_boxes) == 1
    assert "empty.csv" in shown_boxes[0]


def test_the_rejected_rows_are_saved_as_a_report(
    open_wizard, gbk_list: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    target = tmp_path / "rejected.csv"
    monkeypatch.setattr(rejected_report, "ask_report_path", lambda _parent, _suggested: target)
    wizard = open_wizard(gbk_list)
    assert wizard.go_to(PAGE_PREVIEW)
    wizard.preview_page.save_button.click()
    assert wait_until_idle()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 4  # header and the three rows
    assert str(target) in wizard.preview_page.saved_note.text()


def test_cancel_in_the_middle_of_the_import_leaves_the_book_as_it_was(
    qtbot,
    open_wizard,
    book: Book,
    gbk_list: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_boxes: list[str],
):
    pressed = threading.Event()
    real_run = preview_page.run_import

    def run_after_cancel(book, path, options, progress):
        assert pressed.wait(30)  # the import is under way when the rep presses Cancel
        return real_run(book, path, options, progress)

    monkeypatch.setattr(preview_page, "run_import", run_after_cancel)
    wizard = open_wizard(gbk_list)
    assert wizard.go_to(PAGE_PREVIEW)
    before = book_info(book).counts

    wizard.next()  # Import
    qtbot.waitUntil(lambda: _progress_dialog(wizard) is not None, timeout=5000)
    _progress_dialog(wizard).findChild(QPushButton).click()  # its Cancel
    pressed.set()
    assert wait_until_idle(30_000)

    assert wizard.currentId() == PAGE_PREVIEW
    assert book_info(book).counts == before
    assert shown_boxes == ["Cancelled. Nothing was changed."]
    assert wizard.preview_page.isComplete()  # the rep may import after all


def _progress_dialog(wizard: ImportWizard) -> QProgressDialog | None:
    shown = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
    return shown[0] if shown else None
