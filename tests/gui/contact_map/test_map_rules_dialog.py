"""The contact-map rules dialog: edit a threshold, save it in the book, the gaps follow."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kam_desktop.db.book import Book
from kam_desktop.domain.contacts.coverage import DEFAULT_RULES, GapKind
from kam_desktop.gui.contact_map.edit_map_rules import RECOMPUTE_GAPS
from kam_desktop.gui.contact_map.map_rules_dialog import MapRulesDialog
from kam_desktop.gui.contact_map.map_tab import ContactMapTab
from kam_desktop.gui.shell.app_settings import AppSettings
from kam_desktop.gui.shell.main_window import MainWindow
from kam_desktop.gui.tasks import busy
from kam_desktop.services.accounts.accounts import get_account
from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids
from kam_desktop.services.contacts.coverage import account_gaps
from kam_desktop.services.contacts.coverage_settings import load_rules, save_rules


def _when_dialog_opens(qtbot, act: Callable[[MapRulesDialog], None]) -> list[bool]:
    """Run ``act`` on the rules dialog once it is open (it runs its own modal loop)."""
    done: list[bool] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MapRulesDialog):
            QTimer.singleShot(20, poll)
            return
        act(dialog)
        done.append(True)

    QTimer.singleShot(0, poll)
    return done


def _ok(dialog: MapRulesDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _not_single_threaded(book: Book) -> str:
    """An account with contacts that is not single-threaded under the default rules."""
    for account_id in find_account_ids(book, AccountQuery()):
        kinds = [g.kind for g in account_gaps(book, account_id)]
        if GapKind.SINGLE_THREADED not in kinds:
            return account_id
    raise AssertionError("the demo book has no account with two strong relationships")


@pytest.fixture
def tab(qtbot, demo_book: Book, languages) -> ContactMapTab:
    widget = ContactMapTab(QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_book(demo_book)
    return widget


def test_changed_threshold_changes_the_gap_list(qtbot, tab: ContactMapTab, demo_book: Book):
    account_id = _not_single_threaded(demo_book)
    tab.show_account(account_id)
    before = tab.gap_texts()
    assert not any("at least 20 needed" in text for text in before)
    changed: list[str] = []
    tab.account_changed.connect(changed.append)

    def raise_minimum(dialog: MapRulesDialog) -> None:
        dialog.spins["min_strong_contacts"].setValue(20)
        _ok(dialog)

    done = _when_dialog_opens(qtbot, raise_minimum)
    with qtbot.waitSignal(tab.account_changed, timeout=10_000):  # after the recompute
        assert tab.open_rules()
    assert done == [True]

    assert load_rules(demo_book).min_strong_contacts == 20
    after = tab.gap_texts()
    assert after != before
    assert any("at least 20 needed" in text for text in after)
    assert changed == [account_id]


def test_invalid_value_is_shown_inline_and_nothing_saved(qtbot, demo_book: Book, languages):
    dialog = MapRulesDialog(demo_book)
    qtbot.addWidget(dialog)
    dialog.spins["not_met_days"].setValue(0)  # the spin box lets it through; the service refuses
    _ok(dialog)
    assert dialog.result() != MapRulesDialog.DialogCode.Accepted
    assert dialog.saved_rules is None
    assert "not_met_days" in dialog.problems.visible()
    assert "between 1 and 3650" in dialog.problems.visible()["not_met_days"]
    assert load_rules(demo_book) == DEFAULT_RULES


def test_restore_defaults_and_cancel(qtbot, demo_book: Book, languages):
    save_rules(demo_book, replace(DEFAULT_RULES, strong_level=5, not_met_days=30))
    dialog = MapRulesDialog(demo_book)
    qtbot.addWidget(dialog)
    assert dialog.spins["strong_level"].value() == 5  # opens on the book's rules
    dialog.restore_button.click()
    assert dialog.rules() == DEFAULT_RULES
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert load_rules(demo_book).not_met_days == 30  # cancel saves nothing


def test_file_menu_action_saves_and_recomputes_the_list(
    qtbot, demo_book: Book, app_settings: AppSettings, languages
):
    window = MainWindow(app_settings)
    qtbot.addWidget(window)
    window.set_book(demo_book)
    window.show()
    qtbot.waitExposed(window)
    assert window.act_map_rules in window.menu_file.actions()
    ids = find_account_ids(demo_book, AccountQuery())
    before = sum(get_account(demo_book, a).map_gap_count or 0 for a in ids)

    def lower_days(dialog: MapRulesDialog) -> None:
        assert dialog.parent() is window
        dialog.spins["not_met_days"].setValue(7)
        _ok(dialog)

    done = _when_dialog_opens(qtbot, lower_days)
    window.act_map_rules.trigger()
    assert done == [True]
    assert load_rules(demo_book).not_met_days == 7
    # Recomputed off the GUI thread, saying so in the status bar meanwhile.
    assert window.statusBar().currentMessage().startswith("Updating coverage gaps")
    qtbot.waitUntil(lambda: not busy(RECOMPUTE_GAPS), timeout=10_000)
    assert window.statusBar().currentMessage() == ""
    after = sum(get_account(demo_book, a).map_gap_count or 0 for a in ids)
    assert after > before  # the stored gap column was recomputed with the new rules
