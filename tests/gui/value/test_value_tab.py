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
    (bars,) = [c for c in axes.collections if c.get_gid() == "sales"]
    heights = sorted(round(float(p.vertices[:4, 1].max()), 2) for p in bars.get_paths())
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


def test_the_tier_history_line_names_the_runs_newest_first(tab: ValueTab, demo_book: Book) -> None:
    from kam_desktop.domain.value.tier_runs import tier_runs
    from kam_desktop.services.value.snapshot_history import tier_history
    from kam_desktop.services.value.snapshots import write_snapshot

    new = create_account(demo_book, AccountDraft(name="新客户有限公司"))
    tab.show_account(new.id)
    assert wait_until_idle()
    assert tab.values["history"].text() == "no monthly snapshots yet"
    account_id = account_id_for_code(demo_book, "006566")
    for month in ("2026-08", "2026-09", "2026-10"):
        write_snapshot(demo_book, month, DEMO_TODAY)
    tab.show_account(account_id)
    assert wait_until_idle()
    runs = tier_runs(tier_history(demo_book, account_id))
    assert sum(run.months for run in runs) >= 4  # the demo's own month and the three above
    newest = runs[0].tier.label() if runs[0].tier else "not scored"
    text = tab.values["history"].text()
    assert text.startswith(f"{newest} since {runs[0].first}")
    shown = min(len(runs), 4)  # older runs are "…"
    assert text.count(" · ") == shown - 1 + (len(runs) > shown)
    assert text.endswith("…") == (len(runs) > shown)
    assert tab.values["history"].isVisible()
    assert tab.captions["history"].text() == "Tier history"


def test_the_tier_history_line_shows_at_most_four_runs(tab: ValueTab, demo_book: Book) -> None:
    from kam_desktop.domain.enums import ValueTier
    from kam_desktop.domain.value.tier_runs import TierRun

    tab.show_account(account_id_for_code(demo_book, "006566"))
    assert wait_until_idle()
    tab._runs = (  # what tier_runs gives for five runs, newest first
        TierRun(ValueTier.PLATINUM, "2026-03", "2026-04", 2),
        TierRun(ValueTier.GOLD, "2025-11", "2026-02", 4),
        TierRun(None, "2025-10", "2025-10", 1),
        TierRun(ValueTier.IRON, "2025-09", "2025-09", 1),
        TierRun(ValueTier.LEAD, "2025-01", "2025-08", 8),
    )
    tab._fill()
    assert tab.values["history"].text() == (
        "Platinum since 2026-03 · Gold 2025-11 – 2026-02 · not scored 2025-10 · Iron 2025-09 · …"
    )
