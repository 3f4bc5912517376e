"""The account list shows risk first (issue 16, point 2): name, value, how overdue, map gaps and
lifecycle by default; due dates in words coloured by urgency; the account named above every tab
on one line; the split between list and detail the same on every tab."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.gui.accounts.account_table_model import COLUMN_OF, HIDDEN_AT_FIRST, due_text
from kam_desktop.gui.accounts.accounts_page import AccountsPage
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.tasks import cancel_all
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.book.handle import Book

TODAY = date(2026, 12, 8)
LONG = "浙江省杭州市西湖区恒远精密机械设备制造与进出口贸易集团股份有限公司第二分公司"


@pytest.fixture
def page(qtbot, book: Book) -> Iterator[AccountsPage]:
    create_account(book, AccountDraft(name=LONG, code="0000001"))
    widget = AccountsPage(QUndoStack(), None)
    qtbot.addWidget(widget)
    widget.set_book(book)
    widget.resize(1216, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    cancel_all()


@pytest.mark.parametrize(
    ("language", "days", "text"),
    [
        ("zh_CN", -29, "逾期 29 天"),
        ("zh_CN", 0, "今天"),
        ("zh_CN", 3, "3 天后"),
        ("en", -1, "1 day overdue"),
        ("en", -29, "29 days overdue"),
        ("en", 3, "in 3 days"),
    ],
)
def test_a_due_date_reads_as_words(qapp, language: str, days: int, text: str) -> None:
    switcher = LanguageSwitcher()
    switcher.apply(QApplication.instance(), language)  # type: ignore[arg-type]
    try:
        assert due_text(TODAY + timedelta(days=days), TODAY) == text
        assert due_text(None, TODAY) == ""
    finally:
        switcher.apply(QApplication.instance(), "en")  # type: ignore[arg-type]


def test_risk_columns_come_first_and_the_rest_is_optional(page: AccountsPage) -> None:
    header = page.table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    shown.sort(key=header.visualIndex)
    expected = ["name", "value_tier", "next_due_on", "map_gap_count", "lifecycle_stage"]
    assert shown == [COLUMN_OF[attr] for attr in expected]
    assert {"code", "city"} <= set(HIDDEN_AT_FIRST)


def test_the_account_is_named_above_every_tab_on_one_line(qtbot, page: AccountsPage) -> None:
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.heading.isVisible())
    heading = page.detail.heading
    assert heading.full_text().startswith(LONG)
    assert "0000001" in heading.full_text()
    sizes = []
    for key in page.detail.tab_keys():
        page.detail.show_tab(key)
        QApplication.processEvents()
        assert heading.isVisible()
        assert heading.height() < 2.2 * heading.fontMetrics().height()  # one line, not wrapped
        assert heading.text().endswith("…") or heading.text() == heading.full_text()
        sizes.append(tuple(page.splitter.sizes()))
    assert len(set(sizes)) == 1  # the split does not move with the tab


def test_every_filter_stays_in_sight_in_a_narrow_list(qtbot, page: AccountsPage) -> None:
    page.splitter.setSizes([420, 700])
    QApplication.processEvents()
    bar = page.filter_bar
    buttons = [b for b in bar._buttons() if not b.isHidden()]
    assert buttons
    for button in buttons:  # laid out inside the bar, wrapped onto rows: none cut off
        assert button.isVisible()
        assert button.geometry().right() < button.parentWidget().width()
    rows = {b.y() for b in buttons}
    assert len(rows) >= 2  # they wrapped
