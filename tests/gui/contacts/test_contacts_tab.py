"""The Contacts tab and the contact form, driven as the rep drives them, on a real demo book."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel
from kam_desktop.gui.contacts.contact_dialog import ContactDialog
from kam_desktop.gui.contacts.contact_table_model import COLUMN_OF, ContactTableModel
from kam_desktop.gui.contacts.contacts_tab import ContactsTab
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids
from kam_desktop.services.contacts.contacts import (
    contact_counts,
    create_contact,
    get_contact,
    list_contacts,
)
from kam_desktop.services.contacts.relationship_history import relationship_history
from tests.gui.conftest import type_text


def _biggest_account(book: Book) -> str:
    counts = contact_counts(book, find_account_ids(book, AccountQuery()))
    return max(counts, key=lambda account_id: (counts[account_id], account_id))


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def tab(qtbot, demo_book: Book, undo_stack: QUndoStack) -> ContactsTab:
    widget = ContactsTab(undo_stack)
    qtbot.addWidget(widget)
    widget.set_book(demo_book)
    widget.show_account(_biggest_account(demo_book))
    widget.resize(1100, 700)
    widget.show()
    return widget


def _save_button(dialog: ContactDialog):
    return dialog.button_box.button(QDialogButtonBox.StandardButton.Save)


def _names(tab: ContactsTab) -> list[str]:
    return [tab.proxy.index(r, COLUMN_OF["name"]).data() for r in range(tab.proxy.rowCount())]


def _select(tab: ContactsTab, contact_id: str) -> None:
    assert tab.select_contact(contact_id)
    assert tab.current_contact_id() == contact_id


def test_the_table_lists_the_accounts_contacts(tab: ContactsTab, demo_book: Book) -> None:
    rows = list_contacts(demo_book, tab.account_id)
    assert len(rows) >= 10
    assert sorted(_names(tab)) == sorted(r.name for r in rows)
    assert tab.count_label.text().startswith(f"{len(rows)} contact")  # "(s)" until en.qm has it
    assert not tab.empty_label.isVisible()
    # The chosen contact's history and the next step up the pyramid are shown below.
    contact = tab.current_contact()
    assert contact is not None
    assert contact.name in tab.history.title_label.text()
    assert len(tab.history.history_rows()) == len(relationship_history(demo_book, contact.id))


def test_add_a_contact_through_the_dialog(qtbot, tab: ContactsTab, demo_book: Book, undo_stack):
    before = len(list_contacts(demo_book, tab.account_id))
    tab.add_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, ContactDialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "New contact"
    type_text(dialog.field("name"), "欧阳晓燕")
    type_text(dialog.field("title"), "采购总监")
    type_text(dialog.field("department"), "采购部")
    dialog.field("decision_level").setCurrentIndex(1)  # after "—": the decision level
    dialog.role_boxes[BuyingRole.BUYER].setChecked(True)
    dialog.role_boxes[BuyingRole.GATEKEEPER].setChecked(True)
    attitude: QComboBox = dialog.field("attitude")
    attitude.setCurrentIndex(attitude.findData(Attitude.SUPPORTIVE))
    qtbot.keyClicks(dialog.field("mobile"), "138 1234 5678")

    with qtbot.waitSignal(tab.account_changed) as changed:
        qtbot.keyClick(dialog.field("email"), Qt.Key.Key_Return)  # Enter saves

    assert changed.args == [tab.account_id]
    assert tab.dialog is None
    rows = list_contacts(demo_book, tab.account_id)
    assert len(rows) == before + 1
    added = next(r for r in rows if r.name == "欧阳晓燕")
    assert (added.title, added.department) == ("采购总监", "采购部")
    assert added.decision_level is DecisionLevel.DECISION
    assert added.buying_roles == (BuyingRole.BUYER, BuyingRole.GATEKEEPER)
    assert added.attitude is Attitude.SUPPORTIVE
    assert added.mobile == "138 1234 5678"
    assert added.birthday is None
    assert tab.current_contact_id() == added.id  # the new contact is selected
    assert "欧阳晓燕" in _names(tab)

    # Adding is undoable too: undo takes the contact away again, redo brings it back.
    undo_stack.undo()
    assert "欧阳晓燕" not in _names(tab)
    undo_stack.redo()
    assert get_contact(demo_book, added.id).name == "欧阳晓燕"
    assert "欧阳晓燕" in _names(tab)


def test_edit_attitude_adds_a_history_row(qtbot, tab: ContactsTab, demo_book: Book) -> None:
    contact = next(r for r in list_contacts(demo_book, tab.account_id) if r.attitude.value >= 0)
    _select(tab, contact.id)
    history_before = len(tab.history.history_rows())
    dialog = tab.edit_current()
    assert dialog is not None
    reason: QLineEdit = dialog.field("reason")
    plan: QPlainTextEdit = dialog.field("opponent_plan")
    assert reason.isHidden()
    assert not plan.isEnabled()

    attitude: QComboBox = dialog.field("attitude")
    attitude.setCurrentIndex(attitude.findData(Attitude.OPPOSED))
    assert not reason.isHidden()
    assert plan.isEnabled()
    type_text(reason, "竞品请他去考察了工厂")
    type_text(plan, "请技术总监出面安排技术交流")
    with qtbot.waitSignal(tab.account_changed):
        qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)

    saved = get_contact(demo_book, contact.id)
    assert saved.attitude is Attitude.OPPOSED
    assert saved.opponent_plan == "请技术总监出面安排技术交流"
    rows = tab.history.history_rows()
    assert len(rows) == history_before + 1
    newest = rows[0]
    assert newest[0] == date.today().isoformat()
    assert newest[1] == "Attitude"
    assert newest[2].endswith("→ −1 Opposed")
    assert newest[3] == "竞品请他去考察了工厂"
    cell = tab.model.index(tab.model.row_of(contact.id), COLUMN_OF["attitude"])
    assert cell.data() == "−1 Opposed"  # the table shows the change too


def test_invalid_email_is_shown_inline_and_nothing_is_saved(
    qtbot, tab: ContactsTab, demo_book: Book, undo_stack
) -> None:
    before = list_contacts(demo_book, tab.account_id)
    dialog = tab.add_contact()
    type_text(dialog.field("name"), "钱多多")
    qtbot.keyClicks(dialog.field("email"), "qian@@example")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible()
    assert tab.dialog is dialog
    problems = dialog.visible_problems()
    assert list(problems) == ["email"]
    assert "is not an e-mail address" in problems["email"]
    assert "qian@@example" not in problems["email"]  # the field shows it; the message does not
    assert dialog.message_label.isVisible()
    assert dialog.focusWidget() is dialog.field("email")
    assert list_contacts(demo_book, tab.account_id) == before
    assert undo_stack.count() == 0

    # Corrected, it saves and the inline message is gone.
    dialog.field("email").clear()
    qtbot.keyClicks(dialog.field("email"), "qian@example.com")
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.visible_problems() == {}
    assert len(list_contacts(demo_book, tab.account_id)) == len(before) + 1


def test_an_empty_name_is_refused_when_editing_too(qtbot, tab: ContactsTab, demo_book) -> None:
    contact = tab.current_contact()
    dialog = tab.edit_current()
    dialog.field("name").clear()
    qtbot.mouseClick(_save_button(dialog), Qt.MouseButton.LeftButton)
    assert list(dialog.visible_problems()) == ["name"]
    assert get_contact(demo_book, contact.id) == contact  # revision unchanged too
    dialog.reject()
    assert tab.dialog is None


def test_delete_and_undo_restore_exactly(qtbot, tab: ContactsTab, demo_book, undo_stack) -> None:
    rows = list_contacts(demo_book, tab.account_id)
    manager = next(r for r in rows if any(o.reports_to_id == r.id for o in rows))
    reports = [r.id for r in rows if r.reports_to_id == manager.id]
    _select(tab, manager.id)

    with qtbot.waitSignal(tab.account_changed):
        tab.delete_button.click()

    assert manager.name not in _names(tab)
    assert undo_stack.undoText() == f"Delete contact {manager.name}"
    after = {r.id: r for r in list_contacts(demo_book, tab.account_id)}
    assert all(after[i].reports_to_id == manager.reports_to_id for i in reports)
    assert tab.current_contact() is not None  # the next row is chosen

    with qtbot.waitSignal(tab.account_changed):
        undo_stack.undo()

    restored = list_contacts(demo_book, tab.account_id)
    assert [(r.id, r.draft) for r in restored] == [(r.id, r.draft) for r in rows]
    assert tab.current_contact_id() == manager.id
    assert sorted(_names(tab)) == sorted(r.name for r in rows)


def test_empty_states(qtbot, demo_book: Book, undo_stack) -> None:
    tab = ContactsTab(undo_stack)
    qtbot.addWidget(tab)
    tab.set_book(demo_book)
    tab.show()
    assert tab.empty_label.text() == "Choose an account to see its contacts."
    assert not tab.add_button.isEnabled()

    new = create_account(demo_book, AccountDraft(name="杭州新客户有限公司"))
    tab.show_account(new.id)
    assert tab.empty_label.isVisible()
    assert tab.empty_label.text().startswith("No contacts yet. Add the people you meet")
    assert tab.add_button.isEnabled()
    assert not tab.edit_button.isEnabled()
    assert not tab.delete_button.isEnabled()
    assert tab.count_label.text() == ""


def test_reports_to_offers_only_contacts_that_make_no_loop(qtbot, demo_book: Book) -> None:
    account = create_account(demo_book, AccountDraft(name="测试集团")).id
    boss = create_contact(demo_book, account, ContactDraft(name="赵总"))
    middle = create_contact(demo_book, account, ContactDraft(name="钱经理", reports_to_id=boss.id))
    create_contact(demo_book, account, ContactDraft(name="孙工", reports_to_id=middle.id))
    peer = create_contact(demo_book, account, ContactDraft(name="李主任"))

    dialog = ContactDialog(demo_book, account, middle.id)
    qtbot.addWidget(dialog)
    combo: QComboBox = dialog.field("reports_to_id")
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert offered == ["— none —", "李主任", "赵总"]  # not itself, nor 孙工 who reports to it
    assert combo.currentData() == boss.id
    combo.setCurrentIndex(combo.findData(peer.id))
    assert dialog.save()
    assert get_contact(demo_book, middle.id).reports_to_id == peer.id


def test_birthday_can_be_left_empty_or_set(qtbot, demo_book: Book) -> None:
    account = create_account(demo_book, AccountDraft(name="生日测试公司")).id
    dialog = ContactDialog(demo_book, account, None, today=date(2026, 11, 25))
    qtbot.addWidget(dialog)
    type_text(dialog.field("name"), "周敏")
    assert not dialog.birthday_edit.isEnabled()
    assert dialog.read_draft().birthday is None
    dialog.birthday_known.setChecked(True)
    assert dialog.birthday_edit.isEnabled()
    dialog.birthday_edit.setDate(date(1978, 5, 20))
    assert dialog.save()
    assert get_contact(demo_book, dialog.saved_contact_id()).birthday == date(1978, 5, 20)

    again = ContactDialog(demo_book, account, dialog.saved_contact_id())
    qtbot.addWidget(again)
    assert again.birthday_known.isChecked()
    again.birthday_known.setChecked(False)
    assert again.save()
    assert get_contact(demo_book, dialog.saved_contact_id()).birthday is None


def test_language_switch_keeps_the_choices(qtbot, qapp, demo_book: Book, languages) -> None:
    account = create_account(demo_book, AccountDraft(name="语言测试公司")).id
    dialog = ContactDialog(demo_book, account, None)
    qtbot.addWidget(dialog)
    attitude: QComboBox = dialog.field("attitude")
    attitude.setCurrentIndex(attitude.findData(Attitude.STRONGLY_OPPOSED))
    level: QComboBox = dialog.field("relationship_level")
    level.setCurrentIndex(3)

    languages.apply(qapp, "zh_CN")
    assert attitude.currentData() is Attitude.STRONGLY_OPPOSED
    assert level.currentData() == 3
    assert level.currentText() == "3 · 对我友好的人"
    assert dialog.role_boxes[BuyingRole.DECIDER].text() == "决策者"
    languages.apply(qapp, "en")
    assert level.currentText() == "3 · Is friendly to me"


def test_the_model_passes_qtmodeltester(qtmodeltester, demo_book: Book) -> None:
    model = ContactTableModel()
    qtmodeltester.check(model)
    model.set_rows(list_contacts(demo_book, _biggest_account(demo_book)))
    assert model.rowCount() >= 10
    qtmodeltester.check(model)


def test_keyboard_order_follows_the_form(qtbot, demo_book: Book) -> None:
    account = create_account(demo_book, AccountDraft(name="键盘测试公司")).id
    dialog = ContactDialog(demo_book, account, None)
    qtbot.addWidget(dialog)
    dialog.show()
    order, widget = [], dialog.field("name")
    while len(order) < 12:
        order.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()  # the birthday date, until "Birthday" is ticked
        ):
            widget = widget.nextInFocusChain()
    assert order == [
        "edit_name", "edit_title", "edit_department", "edit_reports_to_id", "edit_mobile",
        "edit_phone", "edit_email", "edit_wechat", "birthday_known", "edit_interests",
        "edit_notes", "edit_decision_level",
    ]  # fmt: skip
    # Ctrl+Enter saves from a multi-line field, where Enter starts a new line.
    type_text(dialog.field("name"), "吴键盘")
    dialog.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.field("notes"), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_contact_id() is not None
    assert get_contact(demo_book, dialog.saved_contact_id()).name == "吴键盘"
