"""The Analytics page, driven as the rep sees it: charts read in the background, filters, a click
on a point of the scatter or a double-click on a tier mover opening that account."""

from __future__ import annotations

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtWidgets import QApplication

from kam_desktop.db.book import Book
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import PAGE_ACCOUNTS, PAGE_ANALYTICS, MainWindow
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.gui.value.analytics_page import AnalyticsPage
from kam_desktop.services.accounts.find_accounts import filter_options
from kam_desktop.services.value.portfolio import PortfolioFilters, portfolio
from kam_desktop.services.value.snapshots import backfill_snapshots
from tests.gui.conftest import DEMO_TODAY


def _read(page: AnalyticsPage) -> None:
    assert wait_until_idle()
    QApplication.processEvents()
    assert not page.is_reading()


@pytest.fixture
def page(qtbot, demo_book: Book) -> AnalyticsPage:  # type: ignore[no-untyped-def]
    backfill_snapshots(demo_book, today=DEMO_TODAY)  # so there are tier movers
    widget = AnalyticsPage()
    qtbot.addWidget(widget)
    widget.set_today(DEMO_TODAY)
    widget.set_book(demo_book)
    widget.resize(1216, 700)
    widget.show()
    _read(widget)
    return widget


def test_the_page_reads_in_the_background_and_draws_every_chart(
    page: AnalyticsPage, demo_book: Book
) -> None:
    expected = portfolio(demo_book, today=DEMO_TODAY)
    assert page.portfolio() == expected
    for chart in (page.pyramid, page.pareto, page.quadrant, page.lifecycle):
        assert chart.figure is not None
        assert chart.figure.findobj(lambda a: a.get_gid() == "empty-state") == []
    pyramid = page.pyramid.figure.axes[0]  # type: ignore[union-attr]
    assert len(pyramid.patches) == 4
    chart = page.quadrant_chart()
    assert chart is not None
    shown = {a for ids in chart.ids.values() for a in ids}
    placed = {p.account_id for p in expected.points if None not in (p.lifetime, p.referral)}
    assert shown == placed
    assert len(placed) > 30
    assert page.count_label.text()  # "72 accounts"
    rows = page.movers_rows()
    assert len(rows) == len(expected.movers) > 0
    first = expected.movers[0]
    assert rows[0][0] == first.code
    assert rows[0][2] == f"{first.from_tier.label()} → {first.to_tier.label()}"
    assert page.movers_title.text().endswith(expected.movers_month or "?")


def test_two_charts_side_by_side_fit_the_page(page: AnalyticsPage) -> None:
    right = max(c.geometry().right() for c in (page.pareto, page.lifecycle))
    assert right <= page.scroll.viewport().width()
    assert page.pareto.geometry().left() > page.pyramid.geometry().right()


def test_a_filter_narrows_every_chart(qtbot, page: AnalyticsPage, demo_book: Book) -> None:  # type: ignore[no-untyped-def]
    owner = filter_options(demo_book).owners[0]
    assert page.choose("owner", owner)
    _read(page)
    data = page.portfolio()
    assert data is not None
    assert data.filters == PortfolioFilters(owner=owner)
    assert data == portfolio(demo_book, PortfolioFilters(owner=owner), today=DEMO_TODAY)
    assert data.accounts < portfolio(demo_book, today=DEMO_TODAY).accounts
    assert page.choose("owner", None)  # "All"
    _read(page)
    assert page.portfolio().filters == PortfolioFilters()  # type: ignore[union-attr]
    assert page.combos["owner"].itemText(0) == page.tr("All")
    assert not page.choose("owner", "nobody by that name")


def test_clicking_a_point_of_the_scatter_chooses_its_account(qtbot, page: AnalyticsPage) -> None:  # type: ignore[no-untyped-def]
    chart = page.quadrant_chart()
    assert chart is not None
    figure = page.quadrant.figure
    assert figure is not None
    gid, ids = next((gid, ids) for gid, ids in chart.ids.items() if ids)
    (artist,) = figure.findobj(lambda a: a.get_gid() == gid)
    figure.canvas.draw()
    x, y = artist.get_offset_transform().transform(artist.get_offsets()[0])
    click = MouseEvent("button_press_event", figure.canvas, x, y, button=1)
    with qtbot.waitSignal(page.account_chosen, timeout=1000) as chosen:
        figure.canvas.callbacks.process("button_press_event", click)
    assert chosen.args[0] in ids  # points may overlap: one of that quadrant's, never another's


def test_double_clicking_a_mover_chooses_its_account(qtbot, page: AnalyticsPage) -> None:  # type: ignore[no-untyped-def]
    data = page.portfolio()
    assert data is not None
    with qtbot.waitSignal(page.account_chosen, timeout=1000) as chosen:
        page.movers.cellDoubleClicked.emit(0, 1)
    assert chosen.args == [data.movers[0].account_id]


def test_the_window_opens_the_chosen_account(  # type: ignore[no-untyped-def]
    qtbot, demo_book: Book, app_settings: AppSettings, languages
) -> None:
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.set_book(demo_book)
    window.show()
    window.show_page(PAGE_ANALYTICS)
    assert window.pages.currentWidget() is window.analytics_page
    assert window.nav.item(window.nav.currentRow()).text() == window.tr("Analytics")
    _read(window.analytics_page)
    point = next(p for p in window.analytics_page.portfolio().points)  # type: ignore[union-attr]
    window.analytics_page.account_chosen.emit(point.account_id)
    assert window.pages.currentWidget() is window.accounts_page
    assert window._page_keys[window.nav.currentRow()] == PAGE_ACCOUNTS
    assert window.accounts_page.current_account_id() == point.account_id
