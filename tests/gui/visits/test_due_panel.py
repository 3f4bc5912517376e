"""The Due list (待回访) on the demo book: reasons shown, snooze and dismiss kept in the book
(and undoable), and the revisit-rule settings edited through their dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox

from kam_desktop.db.book import Book
from kam_desktop.domain.enums import RevisitRule, ValueTier
from kam_desktop.domain.revisits.revisit_settings import DEFAULT_SETTINGS
from kam_desktop.gui.visits.due_decisions import DismissDialog, SnoozeDialog
from kam_desktop.gui.visits.due_model import COLUMN_OF, DueModel
from kam_desktop.gui.visits.due_panel import DuePanel
from kam_desktop.gui.visits.revisit_rules_dialog import RevisitRulesDialog
from kam_desktop.services.revisits.revisits import due_list, load_settings
from tests.gui.conftest import DEMO_TODAY


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


def _panel(qtbot, book: Book, undo_stack: QUndoStack, today: date = DEMO_TODAY) -> DuePanel:
    panel = DuePanel(undo_stack)
    qtbot.addWidget(panel)
    panel.set_book(book)
    panel.set_today(today)
    panel.reload()
    panel.resize(560, 800)
    panel.show()
    return panel


@pytest.fixture
def panel(qtbot, demo_book: Book, undo_stack: QUndoStack) -> DuePanel:
    return _panel(qtbot, demo_book, undo_stack)


def test_the_due_list_shows_accounts_with_their_reasons(panel: DuePanel, demo_book: Book) -> None:
    expected = due_list(demo_book, DEMO_TODAY)
    assert len(expected) >= 10
    assert sorted(panel.account_ids()) == sorted(i.account_id for i in expected)
    assert panel.count_label.text().startswith(f"{len(expected)} account")
    assert not panel.empty_label.isVisible()
    rules = {r.rule for item in expected for r in item.reasons}
    assert {RevisitRule.AFTER_ORDER, RevisitRule.PERIODIC, RevisitRule.REPURCHASE} <= rules
    for row in range(panel.proxy.rowCount()):
        item = panel.items()[row]
        reasons = panel.proxy.index(row, COLUMN_OF["reasons"]).data()
        assert item.reasons[0].message() in reasons  # the most urgent reason is in the row
        account = panel.proxy.index(row, COLUMN_OF["account"]).data()
        assert account.startswith(item.account_name)
        if item.tier is not None:
            assert item.tier.label() in account
        due = panel.proxy.index(row, COLUMN_OF["due"]).data()
        assert due.startswith(item.due_on.isoformat())
    # Overdue first, then by date.
    assert [i.due_on for i in panel.items()] == sorted(i.due_on for i in expected)
    # The chosen account's every reason is spelled out under the list.
    item = panel.current_item()
    assert item is not None
    detail = panel.detail.toPlainText()
    assert item.account_name in detail
    assert all(r.message() in detail for r in item.reasons)


def test_an_empty_book_says_what_to_do(qtbot, book: Book, undo_stack) -> None:
    panel = _panel(qtbot, book, undo_stack)
    assert panel.model.rowCount() == 0
    assert panel.empty_label.isVisible()
    assert "Nothing due" in panel.empty_label.text()
    assert not panel.plan_button.isEnabled()


def test_snooze_hides_the_account_until_the_chosen_day(
    qtbot, panel: DuePanel, demo_book: Book, undo_stack
) -> None:
    item = panel.items()[0]
    assert panel.select_account(item.account_id)
    dialog = panel.snooze_current()
    assert isinstance(dialog, SnoozeDialog)
    assert dialog.until() == DEMO_TODAY + timedelta(days=7)  # the default
    until = DEMO_TODAY + timedelta(days=3)
    dialog.date_edit.setDate(QDate(until))
    with qtbot.waitSignal(panel.changed) as changed:
        dialog.accept()
    assert changed.args == [item.account_id]
    assert item.account_id not in panel.account_ids()

    reopened = _panel(qtbot, demo_book, QUndoStack())  # the decision is in the book
    assert item.account_id not in reopened.account_ids()
    assert item.account_id not in [i.account_id for i in due_list(demo_book, DEMO_TODAY)]
    later = _panel(qtbot, demo_book, QUndoStack(), today=until)
    assert item.account_id in later.account_ids()  # due again on the snooze date

    undo_stack.undo()
    assert item.account_id in panel.account_ids()
    assert item.account_id in [i.account_id for i in due_list(demo_book, DEMO_TODAY)]


def test_dismiss_needs_a_reason_and_sticks(qtbot, panel: DuePanel, demo_book: Book) -> None:
    item = panel.items()[-1]
    assert panel.select_account(item.account_id)
    dialog = panel.dismiss_current()
    assert isinstance(dialog, DismissDialog)
    assert not dialog.ok_button().isEnabled()
    dialog.accept()  # refused without a reason
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.reason_edit, "Visited by HQ last week")
    assert dialog.ok_button().isEnabled()
    with qtbot.waitSignal(panel.changed) as changed:
        dialog.ok_button().click()
    assert changed.args == [item.account_id]
    assert item.account_id not in panel.account_ids()
    reopened = _panel(qtbot, demo_book, QUndoStack())
    assert item.account_id not in reopened.account_ids()
    # A month later the same reasons are still dismissed (the account may be due for new ones).
    later = due_list(demo_book, DEMO_TODAY + timedelta(days=30))
    keys = {r.rule_key for i in later for r in i.reasons}
    assert not keys & {r.rule_key for r in item.reasons}


def test_cancelling_a_decision_changes_nothing(qtbot, panel: DuePanel, undo_stack) -> None:
    before = panel.account_ids()
    dialog = panel.snooze_current()
    assert dialog is not None
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert panel.account_ids() == before
    assert undo_stack.count() == 0


def test_rules_dialog_saves_settings_and_the_list_follows(
    qtbot, panel: DuePanel, demo_book: Book
) -> None:
    dialog = panel.open_rules()
    assert isinstance(dialog, RevisitRulesDialog)
    assert dialog.tier_spins[ValueTier.LEAD].value() == 90  # DOMAIN §5.2 defaults
    assert dialog.after_order_edit.text() == "5, 15"
    for rule in (RevisitRule.PERIODIC, RevisitRule.AFTER_ORDER):
        dialog.rule_boxes[rule].setChecked(False)
    dialog.day_spins["dormant_after_days"].setValue(365)
    with qtbot.waitSignal(panel.changed) as changed:
        dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert changed.args == [""]  # every account may have changed
    saved = load_settings(demo_book)
    assert RevisitRule.PERIODIC not in saved.rules
    assert RevisitRule.AFTER_ORDER not in saved.rules
    assert saved.dormant_after_days == 365
    shown = {r.rule for item in panel.items() for r in item.reasons}
    assert shown
    assert not shown & {RevisitRule.PERIODIC, RevisitRule.AFTER_ORDER}
    assert panel.account_ids() == [i.account_id for i in due_list(demo_book, DEMO_TODAY)]


def test_rules_dialog_refuses_bad_values_and_saves_nothing(qtbot, demo_book: Book) -> None:
    dialog = RevisitRulesDialog(demo_book)
    qtbot.addWidget(dialog)
    dialog.after_order_edit.setText("5, fifteen")
    dialog.holiday_table.item(0, 0).setText("2025-13-40")
    dialog.tier_spins[ValueTier.LEAD].setValue(0)  # "off"
    assert not dialog.save()
    problems = dialog.visible_problems()
    assert set(problems) == {"after_order_days", "holiday_dates"}
    assert "fifteen" in problems["after_order_days"]
    assert dialog.message_label.isVisibleTo(dialog)
    assert load_settings(demo_book) == DEFAULT_SETTINGS  # nothing saved
    dialog.after_order_edit.setText("3，10")  # a Chinese comma is fine
    dialog.holiday_table.item(0, 0).setText("2025-01-29")
    assert dialog.save()
    saved = load_settings(demo_book)
    assert saved.after_order_days == (3, 10)
    assert ValueTier.LEAD not in dict(saved.periodic_days)


def test_rules_dialog_restores_defaults_and_adds_a_year(qtbot, demo_book: Book) -> None:
    dialog = RevisitRulesDialog(demo_book)
    qtbot.addWidget(dialog)
    years = dialog.holiday_table.rowCount()
    dialog.add_year_button.click()
    assert dialog.holiday_table.rowCount() == years + 1
    dialog.any_visit_radio.setChecked(True)
    assert not any(box.isEnabled() for box in dialog.purpose_boxes.values())
    assert dialog.save()
    saved = load_settings(demo_book)
    assert saved.any_visit_satisfies
    new_year = max(d.on.year for d in saved.holiday_dates)
    assert new_year == max(d.on.year for d in DEFAULT_SETTINGS.holiday_dates) + 1
    dialog.restore_button.click()
    assert dialog.read_settings() == DEFAULT_SETTINGS


def test_the_due_model_passes_qtmodeltester(qtmodeltester, demo_book: Book) -> None:
    model = DueModel()
    model.set_items(due_list(demo_book, DEMO_TODAY), DEMO_TODAY)
    qtmodeltester.check(model)
    model.set_items([], DEMO_TODAY)
    qtmodeltester.check(model)


def test_switching_language_relabels_the_list(qapp, languages, panel: DuePanel) -> None:
    item = next(i for i in panel.items() if i.tier is not None)
    row = panel.items().index(item)
    assert panel.select_account(item.account_id)
    assert item.tier.en in panel.proxy.index(row, COLUMN_OF["account"]).data()
    languages.apply(qapp, "zh_CN")
    assert item.tier.zh in panel.proxy.index(row, COLUMN_OF["account"]).data()
    assert item.reasons[0].rule.zh in panel.detail.toPlainText()
