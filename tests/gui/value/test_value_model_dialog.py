"""The value-model dialog: edit the weights, save through the services, every account is
rescored in the background and the account list shows the new tiers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kam_desktop.db.book import Book
from kam_desktop.domain.value.value import INDICATORS
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import MainWindow
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.gui.value.value_model_dialog import ValueModelDialog
from kam_desktop.services.accounts.find_accounts import AccountQuery, account_rows, find_account_ids
from kam_desktop.services.book.account_caches import needs_refresh, refresh_all
from kam_desktop.services.value.value_models import active_model, add_model, set_weight


def _when_dialog_opens(act: Callable[[ValueModelDialog], None]) -> list[bool]:
    """Run ``act`` on the dialog once it is open (it runs its own modal loop)."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ValueModelDialog):
            QTimer.singleShot(20, poll)
            return
        act(dialog)
        done.append(True)

    QTimer.singleShot(0, poll)
    return done


def _tiers(book: Book) -> dict[str, object]:
    ids = find_account_ids(book, AccountQuery())
    return {row.id: row.value_tier for row in account_rows(book, ids)}


@pytest.fixture
def dialog(qtbot, demo_book: Book, languages) -> ValueModelDialog:  # type: ignore[no-untyped-def]
    widget = ValueModelDialog(demo_book)
    qtbot.addWidget(widget)
    return widget


def test_opens_on_the_active_model_with_live_shares(dialog: ValueModelDialog, demo_book: Book):
    model = active_model(demo_book)
    assert dialog.model().name == model.name
    assert dialog.weights() == pytest.approx(dict(model.weights))
    assert dialog.table.rowCount() == len(INDICATORS)
    assert dialog.table.item(0, 0).text() == "Sales, last 12 months"
    before = dialog.table.item(0, 2).text()
    dialog.spins["sales_12m"].setValue(dialog.spins["sales_12m"].value() * 4)
    after = dialog.table.item(0, 2).text()
    assert after != before
    assert after.endswith("%")
    shares = [float(dialog.table.item(r, 2).text().rstrip("%")) for r in range(len(INDICATORS))]
    assert sum(shares) == pytest.approx(100, abs=0.5)


def test_all_zero_disables_save_and_says_why(dialog: ValueModelDialog, demo_book: Book):
    before = dict(active_model(demo_book).weights)
    for spin in dialog.spins.values():
        spin.setValue(0)
    assert not dialog.save_button.isEnabled()
    assert "must not all be zero" in dialog.problems.visible()["weights"]
    assert dialog.table.item(0, 2).text() == "—"
    assert not dialog.save()  # Ctrl+Enter bypasses the button: the service's rule still holds
    assert dict(active_model(demo_book).weights) == before
    dialog.spins["referral"].setValue(1)
    assert dialog.save_button.isEnabled()
    assert "weights" not in dialog.problems.visible()


def test_choosing_another_model_makes_it_active(qtbot, demo_book: Book, languages):
    add_model(demo_book, "Margin first")
    set_weight(demo_book, "Margin first", "margin_12m", 90)
    widget = ValueModelDialog(demo_book)
    qtbot.addWidget(widget)
    widget.model_combo.setCurrentIndex(widget.model_combo.findText("Margin first"))
    assert widget.spins["margin_12m"].value() == 90
    assert widget.save()
    assert widget.rescore_needed
    assert active_model(demo_book).name == "Margin first"


def test_nothing_changed_needs_no_rescore(dialog: ValueModelDialog, demo_book: Book):
    refresh_all(demo_book)
    assert dialog.save()
    assert not dialog.rescore_needed
    assert not needs_refresh(demo_book)


def test_sales_only_weights_change_tiers_in_the_list(
    qtbot, demo_book: Book, app_settings: AppSettings, languages
):
    refresh_all(demo_book)  # today's tiers under the default weights, so only the weights differ
    before = _tiers(demo_book)
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.set_book(demo_book)
    window.show()
    qtbot.waitExposed(window)
    assert window.act_value_model in window.menu_file.actions()

    def sales_only(dialog: ValueModelDialog) -> None:
        assert dialog.parent() is window
        for code, spin in dialog.spins.items():
            spin.setValue(100 if code == "sales_12m" else 0)
        assert dialog.save_button.isEnabled()
        dialog.save_button.click()

    done = _when_dialog_opens(sales_only)
    window.act_value_model.trigger()
    assert done == [True]
    weights = active_model(demo_book).weights
    assert weights["sales_12m"] == 100
    assert all(w == 0 for code, w in weights.items() if code != "sales_12m")
    assert wait_until_idle(60_000)

    after = _tiers(demo_book)
    changed = [a for a in before if after[a] != before[a]]
    assert changed, "no account changed tier with sales-only weights"
    assert not needs_refresh(demo_book)  # the rescore stamped the caches fresh
    # The list shows the new tiers (it was reloaded after the rescore).
    model = window.accounts_page.model
    for account_id in changed:
        row = model.row_data(model.row_of(account_id))
        assert row is not None
        assert row.value_tier == after[account_id]
