"""The Value settings dialog: weights of the value models (new, rename, delete), the tier rule
and the lifecycle thresholds, saved through the services; a refusal is shown on its page and
nothing is saved; after a change every account is rescored in the background and the account
list shows the new tiers."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from kam_desktop.db.book import Book
from kam_desktop.domain.value.value import INDICATORS, TierBands, TierThresholds, tier_for_score
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import MainWindow
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.gui.value.lifecycle_page import LifecyclePage
from kam_desktop.gui.value.tiers_page import TiersPage
from kam_desktop.gui.value.value_settings_dialog import ValueSettingsDialog, edit_value_settings
from kam_desktop.gui.value.weights_page import WeightsPage
from kam_desktop.services.accounts.find_accounts import AccountQuery, account_rows, find_account_ids
from kam_desktop.services.book.account_caches import needs_refresh, refresh_all
from kam_desktop.services.value.value_models import active_model, add_model, list_models, set_weight
from kam_desktop.services.value.value_rules import load_lifecycle_settings, load_tier_rule


def _when_dialog_opens(act: Callable[[ValueSettingsDialog], None]) -> list[bool]:
    """Run ``act`` on the dialog once it is open (it runs its own modal loop)."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ValueSettingsDialog):
            QTimer.singleShot(20, poll)
            return
        act(dialog)
        done.append(True)

    QTimer.singleShot(0, poll)
    return done


def _tiers(book: Book) -> dict[str, object]:
    ids = find_account_ids(book, AccountQuery())
    return {row.id: row.value_tier for row in account_rows(book, ids)}


def _scored(book: Book) -> list[tuple[float, object]]:
    ids = find_account_ids(book, AccountQuery())
    rows = account_rows(book, ids)
    return [(r.value_score, r.value_tier) for r in rows if r.value_score is not None]


@pytest.fixture
def dialog(qtbot, demo_book: Book, languages) -> ValueSettingsDialog:  # type: ignore[no-untyped-def]
    widget = ValueSettingsDialog(demo_book)
    qtbot.addWidget(widget)
    return widget


def weights_page(dialog: ValueSettingsDialog) -> WeightsPage:
    page = dialog.page(WeightsPage)
    assert isinstance(page, WeightsPage)
    return page


def tiers_page(dialog: ValueSettingsDialog) -> TiersPage:
    page = dialog.page(TiersPage)
    assert isinstance(page, TiersPage)
    return page


def test_tabs_and_the_active_model_with_live_shares(dialog: ValueSettingsDialog, demo_book: Book):
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles[:3] == ["Weights", "Tiers", "Lifecycle"]
    assert dialog.windowTitle() == "Value settings"
    assert not dialog.is_modified()
    page = weights_page(dialog)
    model = active_model(demo_book)
    assert page.model().name == model.name
    assert page.weights() == pytest.approx(dict(model.weights))
    assert page.table.item(0, 0).text() == "Sales, last 12 months"
    before = page.table.item(0, 2).text()
    page.spins["sales_12m"].setValue(page.spins["sales_12m"].value() * 4)
    assert page.table.item(0, 2).text() != before
    shares = [float(page.table.item(r, 2).text().rstrip("%")) for r in range(len(INDICATORS))]
    assert sum(shares) == pytest.approx(100, abs=0.5)
    assert dialog.is_modified()


def test_all_zero_weights_are_refused_inline(dialog: ValueSettingsDialog, demo_book: Book):
    before = dict(active_model(demo_book).weights)
    page = weights_page(dialog)
    for spin in page.spins.values():
        spin.setValue(0)
    assert "must not all be zero" in page.weights_error.text()
    assert not page.weights_error.isHidden()
    assert page.table.item(0, 2).text() == "—"
    assert not dialog.save()
    assert not dialog.message_label.isHidden()
    assert dict(active_model(demo_book).weights) == before
    page.spins["referral"].setValue(1)
    assert page.weights_error.isHidden()


def test_choosing_another_model_makes_it_active(qtbot, demo_book: Book, languages):
    add_model(demo_book, "Margin first")
    set_weight(demo_book, "Margin first", "margin_12m", 90)
    widget = ValueSettingsDialog(demo_book)
    qtbot.addWidget(widget)
    page = weights_page(widget)
    page.model_combo.setCurrentIndex(page.model_combo.findText("Margin first"))
    assert page.spins["margin_12m"].value() == 90
    assert widget.save()
    assert widget.rescore_needed
    assert active_model(demo_book).name == "Margin first"


def test_edits_of_two_models_are_kept_until_save(dialog: ValueSettingsDialog, demo_book: Book):
    add_model(demo_book, "Spare")
    page = weights_page(dialog)
    page._load(page.model().name)  # the model added after opening
    page.spins["growth"].setValue(33)
    page.model_combo.setCurrentIndex(page.model_combo.findText("Spare"))
    page.spins["referral"].setValue(44)
    page.model_combo.setCurrentIndex(page.model_combo.findText(active_model(demo_book).name))
    assert page.spins["growth"].value() == 33  # the entry survived the switch
    assert dialog.save()
    models = {m.name: m for m in list_models(demo_book)}
    assert models["Spare"].weights["referral"] == 44
    assert active_model(demo_book).weights["growth"] == 33
    assert dialog.rescore_needed


def test_nothing_changed_needs_no_rescore(dialog: ValueSettingsDialog, demo_book: Book):
    refresh_all(demo_book)
    assert dialog.save()
    assert not dialog.rescore_needed
    assert not needs_refresh(demo_book)


def test_new_rename_and_delete_a_model(
    dialog: ValueSettingsDialog, demo_book: Book, monkeypatch: pytest.MonkeyPatch
):
    page = weights_page(dialog)
    active = active_model(demo_book).name
    assert not page.delete_button.isEnabled()  # the active model cannot be deleted
    names = iter(["Growth first", "Growth focus", active])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_: (next(names), True))
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    page.spins["growth"].setValue(50)
    page.new_button.click()
    assert page.model().name == "Growth first"
    assert page.spins["growth"].value() == 50  # copied as entered
    assert page.delete_button.isEnabled()
    page.rename_button.click()
    assert page.model().name == "Growth focus"
    page.rename_button.click()  # the active model's name: refused, shown beside the name
    assert "already the name" in page.name_error.text()
    assert not page.name_error.isHidden()
    assert page.model().name == "Growth focus"
    page.delete_button.click()
    assert [m.name for m in list_models(demo_book)] == [active]
    assert page.model().name == active
    assert page.model_combo.count() == 1


def test_invalid_threshold_order_is_refused_inline_and_nothing_saved(
    dialog: ValueSettingsDialog, demo_book: Book
):
    page = tiers_page(dialog)
    assert page.bands_radio.isChecked()
    assert not page.thresholds.isEnabled()
    page.thresholds_radio.setChecked(True)
    assert page.thresholds.isEnabled()
    assert not page.bands.isEnabled()
    page.thresholds.spins["gold"].setValue(85)  # above platinum's 80
    shown = page.findChild(QWidget, "error_thresholds_gold")
    assert shown is not None
    assert not shown.isHidden()
    assert "Platinum" in shown.text()
    weights_page(dialog).spins["growth"].setValue(77)  # a page saved before the refusal
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is page
    assert "Gold" in dialog.message_label.text()
    assert load_tier_rule(demo_book) == TierBands()  # nothing of the tiers saved
    page.thresholds.spins["gold"].setValue(60)
    assert shown.isHidden()
    assert dialog.save()
    assert load_tier_rule(demo_book) == TierThresholds(80, 60, 40)


def test_the_bands_remainder_is_shown_live(dialog: ValueSettingsDialog):
    page = tiers_page(dialog)
    assert "50.0%" in page.bands.remainder.text()
    page.bands.spins["iron"].setValue(40)
    assert "40.0%" in page.bands.remainder.text()
    page.bands.spins["iron"].setValue(90)
    assert not page.findChild(QWidget, "error_bands_shares").isHidden()
    assert not dialog.save()


def test_lifecycle_thresholds_save_and_refuse_inline(dialog: ValueSettingsDialog, demo_book: Book):
    page = dialog.page(LifecyclePage)
    assert isinstance(page, LifecyclePage)
    page.spins["trend_months"].setValue(2)  # the quarter (3) is now longer
    error = page.findChild(QWidget, "error_quarter_months")
    assert not error.isHidden()
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is page
    page.spins["quarter_months"].setValue(2)
    page.spins["trend_threshold"].setValue(25)
    page.spins["dormant_after_days"].setValue(90)
    assert dialog.save()
    assert dialog.rescore_needed
    saved = load_lifecycle_settings(demo_book)
    assert saved.rules.trend_months == 2
    assert saved.rules.trend_threshold == pytest.approx(0.25)
    assert saved.dormant_after_days == 90


def test_switching_to_thresholds_rescores_and_changes_tiers(qtbot, demo_book: Book, languages):
    refresh_all(demo_book)
    before = _tiers(demo_book)
    parent = QWidget()
    qtbot.addWidget(parent)
    rescored: list[bool] = []

    def thresholds(dialog: ValueSettingsDialog) -> None:
        page = tiers_page(dialog)
        page.thresholds_radio.setChecked(True)
        for level, score in (("platinum", 60), ("gold", 45), ("iron", 30)):
            page.thresholds.spins[level].setValue(score)
        dialog.save_button.click()

    done = _when_dialog_opens(thresholds)
    assert edit_value_settings(parent, demo_book, lambda: rescored.append(True))
    assert done == [True]
    qtbot.waitUntil(lambda: rescored == [True], timeout=60_000)
    rule = TierThresholds(60, 45, 30)
    scored = _scored(demo_book)
    assert scored
    wrong = [(score, tier) for score, tier in scored if tier != tier_for_score(score, rule)]
    assert not wrong, "the rescore did not draw tiers by the stored thresholds"
    assert _tiers(demo_book) != before


def test_sales_only_weights_change_tiers_in_the_list(
    qtbot, demo_book: Book, app_settings: AppSettings, languages
):
    """Issue 12 point 10: edit a weight and see an account change tier."""
    refresh_all(demo_book)  # today's tiers under the default weights, so only the weights differ
    before = _tiers(demo_book)
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.set_book(demo_book)
    window.show()
    qtbot.waitExposed(window)
    assert window.act_value_model in window.menu_file.actions()
    assert window.act_value_model.text() == "Value settings…"

    def sales_only(dialog: ValueSettingsDialog) -> None:
        assert dialog.parent() is window
        for code, spin in weights_page(dialog).spins.items():
            spin.setValue(100 if code == "sales_12m" else 0)
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
    model = window.accounts_page.model  # the list was reloaded after the rescore
    for account_id in changed:
        row = model.row_data(model.row_of(account_id))
        assert row is not None
        assert row.value_tier == after[account_id]
