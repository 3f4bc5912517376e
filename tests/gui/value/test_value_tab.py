"""The Value tab, driven as the rep sees it: the facts of the account and its monthly chart."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.gui.value.value_tab import ValueTab
from kam_desktop.services.accounts.accounts import account_id_for_code, create_account
from kam_desktop.services.value.account_value import account_value
from tests.gui.conftest import DEMO_TODAY


@pytest.fixture
def tab(qtbot, demo_book: Book) -> ValueTab:  # type: ignore[no-untyped-def]
    widget = ValueTab(QUndoStack(), today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.set_book(demo_book)
    widget.resize(700, 760)
    widget.show()
    return widget


def test_the_tab_shows_the_accounts_value_and_its_months(tab: ValueTab, demo_book: Book) -> None:
    account_id = account_id_for_code(demo_book, "006566")
    tab.show_account(account_id)
    assert wait_until_idle()  # the tab reads in the background
    expected = account_value(demo_book, account_id, DEMO_TODAY)
    assert tab.value() == expected
    assert tab.values["score"].text().startswith(f"{expected.score:.1f}")
    assert tab.values["quadrant"].text() == expected.quadrant.label()  # type: ignore[union-attr]
    assert str(expected.playbook) == tab.values["playbook"].text()
    figure = tab.chart.figure
    assert figure is not None
    (axes,) = figure.axes
    months_with_sales = [m for m in expected.months if m.sales is not None]
    heights = sorted(round(p.get_height(), 2) for p in axes.containers[0])
    assert heights == sorted(round(m.sales, 2) for m in months_with_sales)  # type: ignore[arg-type]


def test_an_account_without_figures_says_no_data_never_zero(tab: ValueTab, demo_book: Book) -> None:
    new = create_account(demo_book, AccountDraft(name="新客户有限公司"))
    tab.show_account(new.id)
    assert wait_until_idle()
    assert tab.values["sales"].text() == tab.tr("no data")
    assert tab.values["lifetime"].text() == tab.tr("no data")
    assert "0.00" not in tab.values["sales"].text()


def test_no_account_shows_the_empty_state(tab: ValueTab) -> None:
    tab.show_account(None)
    assert tab.stack.currentWidget() is tab.stack.label
    assert tab.chart.figure is None
