"""At 1366 × 768, in both languages, what a rep needs first is on screen: the Today sections,
the account list's risk columns and the account's name above its tabs (issue 16, point 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QWidget

from kam_desktop.db.book import Book
from kam_desktop.gui.accounts.account_table_model import COLUMN_OF
from kam_desktop.gui.i18n import LanguageSwitcher
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import PAGE_ACCOUNTS, PAGE_TODAY, MainWindow
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.services.accounts.find_accounts import list_accounts

RISK_COLUMNS = ("name", "value_tier", "next_due_on", "map_gap_count", "lifecycle_stage")


@pytest.fixture(params=["zh_CN", "en"])
def window(qtbot, request, demo_book: Book, app_settings: AppSettings, languages: LanguageSwitcher):
    languages.apply(QApplication.instance(), request.param)  # type: ignore[arg-type]
    win = MainWindow(app_settings)
    qtbot.addWidget(win)
    win.set_book(demo_book)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    assert wait_until_idle()
    QApplication.processEvents()
    yield win
    languages.apply(QApplication.instance(), "en")  # type: ignore[arg-type]


def _on_screen(widget: QWidget, window: MainWindow) -> bool:
    """The whole widget inside the window's client area (not clipped by it)."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


def test_the_today_sections_are_on_the_first_screen(window: MainWindow) -> None:
    window.show_page(PAGE_TODAY)
    assert wait_until_idle()
    QApplication.processEvents()
    page = window.today_page
    cards = [page.visits, page.due, page.steps, page.complaints, page.slipping, page.greetings]
    for card in cards:
        assert card.isVisible()
        assert _on_screen(card, window), card.objectName()
        assert card.height() >= 100  # room for a few lines, not squeezed to its title


def test_the_risk_columns_and_the_account_name_are_in_view(
    window: MainWindow, demo_book: Book
) -> None:
    window.show_page(PAGE_ACCOUNTS)
    page = window.accounts_page
    name = list_accounts(demo_book, limit=1)[0].name
    page.table.selectRow(0)
    assert wait_until_idle()
    QApplication.processEvents()
    header = page.table.horizontalHeader()
    viewport = page.table.viewport().width()
    for attr in RISK_COLUMNS:
        column = COLUMN_OF[attr]
        assert not header.isSectionHidden(column), attr
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert right <= viewport + 1, attr  # no sideways scroll needed to see it
    heading = page.detail.heading
    assert heading.isVisible()
    assert _on_screen(heading, window)
    assert heading.full_text().startswith(name) or heading.full_text()  # an account is shown
    for key in page.detail.tab_keys():
        page.detail.show_tab(key)
        QApplication.processEvents()
        assert heading.isVisible(), key
        assert heading.height() < 2.2 * heading.fontMetrics().height(), key  # one line
