"""The main window on the demo book, driven like a rep would: search, filter, edit, delete, undo."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from kam_desktop.db.book import Book
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import Attitude, Grade
from kam_desktop.gui.accounts.account_table_model import COLUMN_OF, ROW_ROLE, AccountTableModel
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import PAGE_ACCOUNTS, PAGE_TODAY, MainWindow
from kam_desktop.services.accounts.accounts import get_account
from kam_desktop.services.accounts.find_accounts import AccountQuery, count_accounts, list_accounts
from kam_desktop.services.contacts.contacts import create_contact
from tests.gui.conftest import type_text


@pytest.fixture
def window(qtbot, demo_book: Book, app_settings: AppSettings, languages: LanguageSwitcher):
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.set_book(demo_book)
    win.resize(1400, 900)
    win.show_page(PAGE_ACCOUNTS)  # these tests work on the list; Today is the start page
    win.show()
    qtbot.waitExposed(win)
    return win


def _names(window: MainWindow) -> list[str]:
    model = window.accounts_page.model
    return [model.row_data(r).name for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, demo_book: Book) -> None:
    model = AccountTableModel(demo_book)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == count_accounts(demo_book)


def test_window_lists_every_demo_account(window: MainWindow, demo_book: Book) -> None:
    total = count_accounts(demo_book)
    assert total >= 60
    assert window.accounts_page.model.rowCount() == total
    assert str(total) in window.count_label.text()


def test_chinese_search_narrows_the_list(qtbot, window: MainWindow, demo_book: Book) -> None:
    some = list_accounts(demo_book, limit=1)[0]
    fragment = some.name[2:4]  # two characters from the middle, as reps search
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.accounts_page.filter_bar.search.hasFocus()
    type_text(window.accounts_page.filter_bar.search, fragment)
    expected = {r.name for r in list_accounts(demo_book, AccountQuery(text=fragment))}
    qtbot.waitUntil(lambda: set(_names(window)) == expected, timeout=3000)
    assert some.name in expected
    assert window.accounts_page.model.rowCount() < count_accounts(demo_book)


def test_nothing_found_shows_what_to_do(qtbot, window: MainWindow) -> None:
    page = window.accounts_page
    page.filter_bar.search.setText("不存在的客户名称")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=3000)
    assert page.list_stack.currentWidget() is page.empty_label
    assert "Clear filters" in page.empty_label.text()


def test_grade_filter_shows_only_that_grade(qtbot, window: MainWindow, demo_book: Book) -> None:
    button = window.accounts_page.filter_bar.grade
    action = next(a for a in button.menu().actions() if a.data() == Grade.A)
    action.trigger()
    model = window.accounts_page.model
    expected = count_accounts(demo_book, AccountQuery(grades=frozenset({Grade.A})))
    assert 0 < model.rowCount() == expected
    assert all(model.row_data(r).hq_grade == Grade.A for r in range(model.rowCount()))
    assert "A" in button.text()


def test_sorting_by_clicking_a_header(qtbot, window: MainWindow) -> None:
    table = window.accounts_page.table
    table.sortByColumn(COLUMN_OF["code"], Qt.SortOrder.DescendingOrder)
    model = window.accounts_page.model
    codes = [model.row_data(r).code for r in range(model.rowCount())]
    present = [c for c in codes if c]
    assert present == sorted(present, reverse=True)
    assert model.index(0, 0).data(ROW_ROLE).code == present[0]


def _select_first(window: MainWindow) -> str:
    page = window.accounts_page
    page.table.selectRow(0)
    account_id = page.current_account_id()
    assert account_id is not None
    assert page.form.detail is not None
    assert page.form.detail.id == account_id
    return account_id


def test_edit_and_save_an_account(qtbot, window: MainWindow, demo_book: Book) -> None:
    account_id = _select_first(window)
    form = window.accounts_page.form
    qtbot.mouseClick(form.edit_button, Qt.MouseButton.LeftButton)
    assert form.is_editing
    short = form.field("short_name")
    assert isinstance(short, QLineEdit)
    short.clear()
    type_text(short, "新简称")
    notes = form.field("notes")
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("三楼会议室，需提前登记")
    with qtbot.waitSignal(form.account_saved, timeout=3000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    saved = get_account(demo_book, account_id)
    assert saved.draft.short_name == "新简称"
    assert saved.draft.notes == "三楼会议室，需提前登记"
    assert not form.is_editing
    assert form.field("short_name").isReadOnly()


def test_invalid_input_shows_messages_and_saves_nothing(
    qtbot, window: MainWindow, demo_book: Book
) -> None:
    account_id = _select_first(window)
    before = get_account(demo_book, account_id)
    form = window.accounts_page.form
    form.start_edit()
    name = form.field("name")
    credit = form.field("credit_code")
    phone = form.field("phone")
    assert isinstance(name, QLineEdit)
    assert isinstance(credit, QLineEdit)
    assert isinstance(phone, QLineEdit)
    name.clear()
    credit.setText("9111010866T8EK80AN")  # wrong check digit
    phone.setText("12345")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    problems = form.visible_problems()
    assert set(problems) >= {"name", "credit_code", "phone"}
    assert "required" in problems["name"]
    assert "F" in problems["credit_code"]  # says what the check character should be
    assert form.message_label.isVisible()
    assert form.is_editing  # the rep's typing is kept
    after = get_account(demo_book, account_id)
    assert after.revision == before.revision
    assert after.draft == before.draft


def test_new_account_with_ctrl_n(qtbot, window: MainWindow, demo_book: Book) -> None:
    before = count_accounts(demo_book)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.accounts_page.form
    assert form.is_editing
    assert form.detail is None
    type_text(form.field("name"), "宁波海曙新客户贸易有限公司")
    grade = form.field("hq_grade")
    assert isinstance(grade, QComboBox)
    grade.setCurrentIndex(grade.findData(Grade.B))
    with qtbot.waitSignal(form.account_saved, timeout=3000) as blocker:
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_accounts(demo_book) == before + 1
    created = get_account(demo_book, blocker.args[0])
    assert created.draft.hq_grade == Grade.B
    assert created.draft.owner == demo_book.meta["owner"]  # the rep's own account
    assert window.accounts_page.current_account_id() == created.id


def test_delete_and_undo(qtbot, window: MainWindow, demo_book: Book) -> None:
    account_id = _select_first(window)
    total = count_accounts(demo_book)
    window.act_delete_account.trigger()
    assert count_accounts(demo_book) == total - 1
    assert window.accounts_page.model.row_of(account_id) == -1
    assert "Ctrl+Z" in window.statusBar().currentMessage()
    window.act_undo.trigger()
    assert count_accounts(demo_book) == total
    assert window.accounts_page.model.row_of(account_id) >= 0
    assert get_account(demo_book, account_id).deleted_at is None


def test_switching_language_relabels_the_window(
    qtbot, qapp: QApplication, window: MainWindow, languages: LanguageSwitcher
) -> None:
    accounts = window.nav.item(window._page_keys.index(PAGE_ACCOUNTS))
    assert accounts.text() == "Accounts"
    assert window.menu_file.title() == "&File"
    languages.apply(qapp, "zh_CN")
    qapp.processEvents()
    assert accounts.text() == "客户"
    assert "文件" in window.menu_file.title()
    header = window.accounts_page.model.headerData(COLUMN_OF["name"], Qt.Orientation.Horizontal, 0)
    assert header == "客户名称"
    row = window.accounts_page.model.row_data(0)
    assert row is not None
    if row.lifecycle_stage is not None:
        shown = window.accounts_page.model.index(0, COLUMN_OF["lifecycle_stage"]).data()
        assert shown == row.lifecycle_stage.zh
    languages.apply(qapp, "en")
    qapp.processEvents()
    assert accounts.text() == "Accounts"
    assert window._page_keys[0] == PAGE_TODAY  # the start page, first in the navigation


def test_window_geometry_is_remembered(
    qtbot, demo_book: Book, app_settings: AppSettings, languages: LanguageSwitcher
) -> None:
    first = MainWindow(app_settings)
    qtbot.addWidget(first)
    first.set_book(demo_book)
    first.resize(1111, 777)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    second = MainWindow(app_settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (1111, 777)


def test_edits_are_not_lost_when_another_row_is_clicked(
    qtbot, window: MainWindow, demo_book: Book
) -> None:
    account_id = _select_first(window)
    form = window.accounts_page.form
    form.start_edit()
    form.field("district").setText("西湖区")  # type: ignore[attr-defined]
    window.accounts_page.table.selectRow(1)
    assert form.is_editing
    assert form.detail is not None
    assert form.detail.id == account_id
    assert form.field("district").text() == "西湖区"  # type: ignore[attr-defined]
    assert replace(get_account(demo_book, account_id).draft).district != "西湖区"


def test_map_gap_filter_and_column(qtbot, window: MainWindow, demo_book: Book) -> None:
    page = window.accounts_page
    action = next(a for a in page.filter_bar.attention.menu().actions() if a.data() == "gaps")
    action.trigger()
    model = page.model
    expected = count_accounts(demo_book, AccountQuery(with_map_gaps=True))
    assert 0 < model.rowCount() == expected < count_accounts(demo_book)
    column = COLUMN_OF["map_gap_count"]
    first = model.row_data(0)
    assert first is not None
    assert first.map_gap_count
    assert model.index(0, column).data() == str(first.map_gap_count)
    tooltip = model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip  # names the gaps in words
    assert len(tooltip.splitlines()) == first.map_gap_count


def test_adding_a_contact_updates_the_gap_column(
    qtbot, window: MainWindow, demo_book: Book
) -> None:
    page = window.accounts_page
    page.filter_bar.search.setText("")
    row = next(
        r
        for r in range(page.model.rowCount())
        if "no_coach" in (page.model.row_data(r).map_gaps or ())
    )
    account_id = page.model.account_id(row)
    before = page.model.row_data(row).map_gap_count
    page.select_account(account_id)
    create_contact(
        demo_book, account_id, ContactDraft(name="新教练", is_coach=True, attitude=Attitude(2))
    )
    page.detail.account_changed.emit(account_id)  # what a tab does after a change
    after = page.model.row_data(page.model.row_of(account_id))
    assert after is not None
    assert "no_coach" not in (after.map_gaps or ())
    assert after.map_gap_count is not None
    assert after.map_gap_count < before


def test_visit_rules_are_reachable_from_the_file_menu(qtbot, window: MainWindow) -> None:
    assert window.act_visit_rules in window.menu_file.actions()
    window.act_visit_rules.trigger()
    assert window.pages.currentWidget() is window.visits_page
    dialog = window.visits_page.due.dialog
    assert dialog is not None
    assert dialog.isVisible()
    dialog.reject()


def test_account_header_shows_spin_progress(qtbot, window: MainWindow, demo_book: Book) -> None:
    page = window.accounts_page
    with_stage = next(
        r for r in range(page.model.rowCount()) if page.model.row_data(r).spin_stage is not None
    )
    row = page.model.row_data(with_stage)
    page.select_account(row.id)
    summary = page.form.summary_label.text()
    assert row.spin_stage.label() in summary
