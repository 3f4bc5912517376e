"""The Today page driven offscreen on real books: its sections, what each line opens (the
account, the visit form to log a planned visit, the Visits page), what an empty book and a
book with nothing to do say, and the page as the window's start screen with counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kam_desktop.db.book import Book, open_book
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import PAGE_ACCOUNTS, PAGE_TODAY, PAGE_VISITS, MainWindow
from kam_desktop.gui.tasks import cancel_all, wait_until_idle
from kam_desktop.gui.today.today_page import TodayPage
from kam_desktop.gui.visits.visit_dialog import VisitDialog
from kam_desktop.services.today.model import AccountRef, Greeting, PlannedVisit, TodayCounts
from tests.services.today.today_book import TODAY, TodayBook, make_today_book


@pytest.fixture
def today_book(tmp_path: Path) -> Iterator[tuple[Book, TodayBook]]:
    book = open_book(tmp_path / "today.kambook", owner="测试员")
    made = make_today_book(book)
    yield book, made
    cancel_all()
    book.close()


@pytest.fixture
def empty_book(tmp_path: Path) -> Iterator[Book]:
    book = open_book(tmp_path / "empty.kambook", owner="测试员")
    yield book
    cancel_all()
    book.close()


def _page(qtbot, book: Book | None, today: date = TODAY) -> TodayPage:  # type: ignore[no-untyped-def]
    page = TodayPage()
    qtbot.addWidget(page)
    page.resize(1216, 720)
    page.show()
    page._today = today
    page.set_book(book)
    assert wait_until_idle()
    return page


def test_each_section_lists_its_items(qtbot, languages, today_book) -> None:  # type: ignore[no-untyped-def]
    book, made = today_book
    page = _page(qtbot, book)
    visits = page.visits.payloads()
    assert [v.visit_id for v in visits] == [made.visits["today"], made.visits["overdue"]]  # type: ignore[attr-defined]
    assert page.visits.count.text() == "1 today, 1 overdue"
    due = [p.code for p in page.due.payloads()]  # type: ignore[attr-defined]
    assert due.index("L01") < due.index("G01") < due.index("P01")
    first = page.due.tree.topLevelItem(0)
    assert "overdue" in first.text(2)
    assert first.text(1)  # the one-line reason
    assert page.steps.tree.topLevelItemCount() == 2
    assert page.complaints.tree.topLevelItem(0).text(1).startswith("Critical")
    assert page.slipping.tree.topLevelItem(1).text(1) == "Tier dropped: Gold → Iron"
    assert page.greetings.tree.topLevelItem(0).text(0) == "Mid-Autumn Festival"
    assert not page.banner.isVisible()
    for card in (page.visits, page.due, page.steps, page.complaints, page.slipping,
                 page.greetings):  # fmt: skip
        assert card.stack.currentWidget() is card.tree


def test_a_planned_visit_opens_the_visit_form_to_log_it(qtbot, languages, today_book) -> None:  # type: ignore[no-untyped-def]
    book, _made = today_book
    page = _page(qtbot, book)
    page.visits.activate(0)
    dialog = page.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.mode == "log"
    dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)


def test_logging_from_today_refreshes_the_page(qtbot, languages, today_book) -> None:  # type: ignore[no-untyped-def]
    book, made = today_book
    page = _page(qtbot, book)
    visit = page.visits.payloads()[0]
    assert isinstance(visit, PlannedVisit)
    with qtbot.waitSignal(page.account_changed, timeout=5000) as changed:
        dialog = page.log_visit(visit)
        assert dialog is not None
        assert page.log_visit(visit) is None  # one form at a time
        qtbot.keyClicks(dialog.form.text("outcome"), "Delivered the samples")
        dialog.accept()
    assert changed.args == [made.ids["work"]]
    assert wait_until_idle()
    assert made.visits["today"] not in [v.visit_id for v in page.visits.payloads()]  # type: ignore[attr-defined]


def test_lines_open_their_account_or_page(qtbot, languages, today_book) -> None:  # type: ignore[no-untyped-def]
    book, made = today_book
    page = _page(qtbot, book)
    for card in (page.due, page.steps, page.complaints, page.slipping):
        payload = card.payloads()[0]
        assert isinstance(payload, AccountRef)
        with qtbot.waitSignal(page.account_requested, timeout=1000) as requested:
            card.activate(0)
        assert requested.args == [payload.account_id]
    assert isinstance(page.greetings.payloads()[0], Greeting)  # the holiday
    with qtbot.waitSignal(page.page_requested, timeout=1000) as asked:
        page.greetings.activate(0)
    assert asked.args == [PAGE_VISITS]
    with qtbot.waitSignal(page.account_requested, timeout=1000) as requested:
        page.greetings.activate(1)  # a birthday: the contact's account
    assert requested.args == [made.ids["gold"]]


def test_an_empty_book_says_what_to_do(qtbot, languages, empty_book) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, empty_book, date(2026, 11, 2))  # no holiday that week
    assert page.banner.isVisible()
    assert "Import" in page.banner.text()
    for card in (page.visits, page.due, page.steps, page.complaints, page.slipping,
                 page.greetings):  # fmt: skip
        assert card.stack.currentWidget() is card.stack.label
        assert len(card.stack.label.text()) > 20
    assert "import or add accounts" in page.due.stack.label.text()
    assert "Visit plan" in page.visits.stack.label.text()


def test_no_book_says_to_open_one(qtbot, languages) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, None)
    assert page.banner.isVisible()
    assert "Open an account book" in page.banner.text()


def test_the_page_speaks_chinese(
    qtbot, qapp: QApplication, languages: LanguageSwitcher, today_book
) -> None:  # type: ignore[no-untyped-def]
    book, _made = today_book
    page = _page(qtbot, book)
    languages.apply(qapp, "zh_CN")
    qapp.processEvents()
    assert page.greetings.tree.topLevelItem(0).text(0) == "中秋节"
    shown = [
        page.due.tree.topLevelItem(i).text(0) for i in range(page.due.tree.topLevelItemCount())
    ]
    assert any(text.endswith("· 铂金") for text in shown)


def test_today_is_the_start_page_with_counts(  # type: ignore[no-untyped-def]
    qtbot, languages, app_settings: AppSettings, today_book
) -> None:
    book, _made = today_book
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.today_page._today = TODAY
    with qtbot.waitSignal(window.today_page.counts_changed, timeout=10000) as counted:
        window.set_book(book)
        window.show()
    assert counted.args == [TodayCounts(today=4, visits=2)]
    assert window.pages.currentWidget() is window.today_page
    assert window._page_keys[0] == PAGE_TODAY
    assert window.nav.item(0).text() == "Today 4"
    assert window.nav.item(window._page_keys.index(PAGE_VISITS)).text() == "Visits 2"
    assert window.nav.item(window._page_keys.index(PAGE_ACCOUNTS)).text() == "Accounts"
    assert wait_until_idle()
    # the sections fit at 1366×768: nothing to scroll, the day's lists several lines tall
    page = window.today_page
    assert page.scroll.verticalScrollBar().maximum() == 0
    assert page.scroll.horizontalScrollBar().maximum() == 0
    line = page.due.tree.sizeHintForRow(0)
    assert page.visits.tree.viewport().height() >= 8 * line
    assert page.due.tree.viewport().height() >= 12 * line
    for card in (page.steps, page.complaints, page.greetings):
        assert card.tree.viewport().height() >= 3 * line
    payload = page.due.payloads()[0]
    assert isinstance(payload, AccountRef)
    page.due.activate(0)
    assert window.pages.currentWidget() is window.accounts_page
    assert window.accounts_page.current_account_id() == payload.account_id
