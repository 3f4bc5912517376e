"""The decision chain on the Contacts tab: groups, fields, empty states and double-click, on a
small real book built with the services."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel
from kam_desktop.gui.contacts.contact_dialog import ContactDialog
from kam_desktop.gui.contacts.contacts_tab import ContactsTab
from kam_desktop.gui.contacts.decision_chain import ID_ROLE
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.contacts.contacts import create_contact, list_contacts


def _tab(qtbot, book: Book) -> ContactsTab:
    tab = ContactsTab(QUndoStack())
    qtbot.addWidget(tab)
    tab.set_book(book)
    tab.resize(900, 700)
    tab.show()
    return tab


def _small_book(book: Book) -> tuple[str, dict[str, str]]:
    account = create_account(book, AccountDraft(name="常州聚丰包装有限公司")).id
    drafts = {
        "boss": ContactDraft(
            name="赵总",
            decision_level=DecisionLevel.DECISION,
            is_key_decision_maker=True,
            attitude=Attitude.SUPPORTIVE,
            relationship_level=4,
        ),
        "cfo": ContactDraft(
            name="钱总监",
            decision_level=DecisionLevel.DECISION,
            attitude=Attitude.OPPOSED,
            relationship_level=1,
        ),
        "tech": ContactDraft(
            name="孙工",
            decision_level=DecisionLevel.INFLUENCE,
            buying_roles=(BuyingRole.INFLUENCER,),
            is_coach=True,
            attitude=Attitude.STRONGLY_SUPPORTIVE,
            relationship_level=5,
        ),
        "user": ContactDraft(name="李师傅", decision_level=DecisionLevel.EXECUTION),
    }
    return account, {key: create_contact(book, account, d).id for key, d in drafts.items()}


def _rows_of(tab: ContactsTab) -> dict[str, list[list[str]]]:
    tree = tab.chain.tree
    out = {}
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        out[head.text(0)] = [
            [head.child(j).text(col) for col in range(4)] for j in range(head.childCount())
        ]
    return out


def test_the_chain_groups_deciders_influencers_coach_and_opponents(qtbot, book: Book) -> None:
    account, ids = _small_book(book)
    tab = _tab(qtbot, book)
    tab.show_account(account)
    assert tab.chain.isVisible()
    assert tab.chain.tree.isVisible()
    assert list(_rows_of(tab)) == ["Deciders (2)", "Influencers (1)", "Coach (1)", "Opponents (1)"]
    rows = _rows_of(tab)
    # the key decision maker first and marked; the opposing decider also under Opponents
    assert rows["Deciders (2)"][0] == ["★ 赵总", "+1 Supportive", "4 · Respects me", "never met"]
    assert rows["Deciders (2)"][1][:2] == ["钱总监", "−1 Opposed"]
    assert [r[0] for r in rows["Influencers (1)"]] == ["孙工"]
    assert [r[0] for r in rows["Coach (1)"]] == ["孙工"]
    assert [r[0] for r in rows["Opponents (1)"]] == ["钱总监"]
    assert "李师傅" not in str(rows)  # execution level, neutral: not in the chain
    assert tab.chain.contact_ids("deciders") == [ids["boss"], ids["cfo"]]


def test_days_since_last_met(qtbot, book: Book) -> None:
    account, _ids = _small_book(book)
    tab = _tab(qtbot, book)
    tab.show_account(account)
    met = [replace(r, last_contact_on=date(2026, 10, 1)) for r in list_contacts(book, account)]
    tab.chain.show_rows(met, today=date(2026, 11, 12))
    assert _rows_of(tab)["Deciders (2)"][0][3] in {"42 days ago", "42 day(s) ago"}
    tab.chain.show_rows(met, today=date(2026, 10, 2))
    assert _rows_of(tab)["Deciders (2)"][0][3] in {"1 day ago", "1 day(s) ago"}


def test_double_click_opens_the_contact_dialog(qtbot, book: Book) -> None:
    account, ids = _small_book(book)
    tab = _tab(qtbot, book)
    tab.show_account(account)
    tree = tab.chain.tree
    item = tree.topLevelItem(0).child(0)
    assert item.data(0, ID_ROLE) == ids["boss"]
    rect = tree.visualItemRect(item)
    assert tree.viewport().rect().contains(rect.center())
    with qtbot.waitSignal(tab.chain.contact_activated, timeout=1000) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [ids["boss"]]
    assert isinstance(tab.dialog, ContactDialog)
    assert not tab.dialog.is_new()
    assert tab.dialog.field("name").text() == "赵总"
    tab.dialog.reject()


def test_empty_states(qtbot, book: Book) -> None:
    tab = _tab(qtbot, book)
    empty = create_account(book, AccountDraft(name="杭州新客户有限公司")).id
    tab.show_account(empty)
    assert tab.empty_label.isVisible()
    assert tab.chain.empty_label.isVisible()
    assert tab.chain.empty_label.text().startswith("No decision chain yet: add the contacts")

    create_contact(book, empty, ContactDraft(name="周经理"))
    tab.reload()
    assert tab.chain.empty_label.isVisible()
    assert "set each contact's decision level" in tab.chain.empty_label.text()
