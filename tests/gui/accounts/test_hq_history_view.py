"""The profile shows what HQ changed: a former name under the HQ fields, and the changes dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kam_desktop.gui.accounts.accounts_page import AccountsPage
from kam_desktop.gui.accounts.hq_history_view import HqHistoryStrip
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.tasks import cancel_all
from kam_desktop.services.accounts.accounts import get_account_by_code
from kam_desktop.services.book.handle import Book
from kam_desktop.services.hq_import.run import run_import
from tests.services.hq_import.helpers import write_list

HEADER = ("客户编码", "客户名称", "统一社会信用代码", "客户等级")
CREDIT = "914403001922038216"
OLD = "旧名称有限公司"
NEW = "新名称科技有限公司"


@pytest.fixture
def page(qtbot, book: Book) -> Iterator[AccountsPage]:
    from PySide6.QtGui import QUndoStack

    widget = AccountsPage(QUndoStack(), None)
    qtbot.addWidget(widget)
    widget.set_book(book)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    cancel_all()  # no history read may outlive the book


def _import(book: Book, path: Path, name: str, grade: str) -> None:
    write_list(path, [["000020", name, CREDIT, grade]], header=HEADER)
    assert run_import(book, path).written


def _strip(page: AccountsPage) -> HqHistoryStrip:
    return page.form.hq_history


def test_a_renamed_account_shows_its_former_name_and_the_changes(
    qtbot, page: AccountsPage, book: Book, tmp_path: Path, languages: LanguageSwitcher
) -> None:
    _import(book, tmp_path / "一月.csv", OLD, "B")
    _import(book, tmp_path / "二月.csv", NEW, "A")
    page.set_book(book)
    page.open_account_code("000020")
    strip = _strip(page)
    qtbot.waitUntil(lambda: strip.isVisible() and len(strip.history) == 2)
    day = datetime.now().strftime("%Y-%m-%d")
    assert strip.former_label.isVisible()
    assert strip.former_label.text() == f"Former names: {OLD} (until {day})"
    assert strip.changes_button.text() == "Changes from HQ…"
    # drawn inside the HQ group, under its fields
    group = page.form.ui.findChild(QWidget, "groupHq")
    assert group.isAncestorOf(strip)
    sales = page.form.field("hq_sales")
    assert (
        strip.mapTo(group, strip.rect().topLeft()).y()
        > sales.mapTo(group, sales.rect().topLeft()).y()
    )

    qtbot.mouseClick(strip.changes_button, Qt.MouseButton.LeftButton)
    dialog = strip.dialog
    assert dialog is not None
    assert dialog.isVisible()
    rows = set(dialog.rows())
    assert rows == {
        (day, "Customer name", f"{OLD} → {NEW}", "二月.csv"),
        (day, "Grade", "Grade B → Grade A", "二月.csv"),
    }
    assert strip.open_changes() is None  # one dialog at a time
    languages.apply(QApplication.instance(), "zh_CN")
    assert {row[1:3] for row in dialog.rows()} == {
        ("客户名称", f"{OLD} → {NEW}"),
        ("客户等级", "B级 → A级"),
    }  # the open dialog follows the language
    dialog.reject()
    qtbot.waitUntil(lambda: strip.dialog is None)


def test_an_account_hq_never_changed_shows_nothing(
    qtbot, page: AccountsPage, book: Book, tmp_path: Path
) -> None:
    _import(book, tmp_path / "一月.csv", OLD, "B")
    page.set_book(book)
    page.open_account_code("000020")
    strip = _strip(page)
    account_id = get_account_by_code(book, "000020").id
    qtbot.waitUntil(lambda: not strip.is_reading())
    assert page.form.detail is not None
    assert page.form.detail.id == account_id
    assert strip.history == ()
    assert not strip.isVisible()
    assert strip.open_changes() is None


def test_a_grade_change_alone_shows_the_button_but_no_former_names(
    qtbot, page: AccountsPage, book: Book, tmp_path: Path
) -> None:
    _import(book, tmp_path / "1.csv", OLD, "B")
    _import(book, tmp_path / "2.csv", OLD, "C")
    page.set_book(book)
    page.open_account_code("000020")
    strip = _strip(page)
    qtbot.waitUntil(strip.isVisible)
    assert not strip.former_label.isVisible()
    assert strip.changes_button.isVisible()
    page.new_account()  # a new account has no history
    assert not strip.isVisible()
