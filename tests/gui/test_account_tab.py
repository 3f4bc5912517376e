"""The account-tab base: a tab reads the book only while visible, catches up when shown,
forgets a deleted account and opens one dialog at a time; a real demo book throughout."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.gui.account_tab import AccountTab
from kam_desktop.gui.contacts.contacts_tab import ContactsTab
from kam_desktop.services.accounts.accounts import create_account, delete_account
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import ContactRow, create_contact, list_contacts


class NamesTab(AccountTab):
    """The smallest tab: the names of the account's contacts, and a log of what it did."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(undo_stack, parent)
        self.reads: list[str] = []
        self.shown: list[list[str] | None] = []
        self.gone = 0

    def _read(self, book: Book, account_id: str) -> list[ContactRow]:
        self.reads.append(account_id)
        return list_contacts(book, account_id)

    def _show(self, data: list[ContactRow] | None, select_id: str | None) -> None:
        self.shown.append(None if data is None else [row.name for row in data])

    def _account_gone(self) -> None:
        self.gone += 1


@pytest.fixture
def accounts(demo_book: Book) -> tuple[str, str]:
    """Two accounts with one contact each."""
    ids = []
    for company, person in (("甲公司", "张三"), ("乙公司", "李四")):
        account = create_account(demo_book, AccountDraft(name=company))
        create_contact(demo_book, account.id, ContactDraft(name=person))
        ids.append(account.id)
    return ids[0], ids[1]


@pytest.fixture
def tabs(qtbot, demo_book: Book) -> tuple[QTabWidget, NamesTab]:
    """A tab widget whose first page is in front and whose second is ``NamesTab``."""
    widget = QTabWidget()
    qtbot.addWidget(widget)
    tab = NamesTab(QUndoStack())
    widget.addTab(QWidget(), "front")
    widget.addTab(tab, "names")
    tab.set_book(demo_book)
    widget.show()
    return widget, tab


def test_a_hidden_tab_reads_only_when_shown_and_then_the_latest_account(
    tabs: tuple[QTabWidget, NamesTab], accounts: tuple[str, str]
) -> None:
    widget, tab = tabs
    first, second = accounts
    tab.show_account(first)
    tab.show_account(second)
    assert tab.reads == []  # the rep is looking at another tab
    assert tab.is_stale

    widget.setCurrentWidget(tab)

    assert tab.reads == [second]
    assert tab.shown[-1] == ["李四"]
    assert not tab.is_stale


def test_a_visible_tab_reads_at_once_and_again_after_being_hidden(
    tabs: tuple[QTabWidget, NamesTab], accounts: tuple[str, str]
) -> None:
    widget, tab = tabs
    first, second = accounts
    widget.setCurrentWidget(tab)
    tab.show_account(first)
    assert tab.reads[-1] == first
    assert tab.shown[-1] == ["张三"]

    widget.setCurrentIndex(0)
    tab.show_account(second)
    assert tab.reads[-1] == first  # hidden: nothing read yet
    widget.setCurrentWidget(tab)
    assert tab.reads[-1] == second
    assert tab.shown[-1] == ["李四"]
    widget.setCurrentIndex(0)
    widget.setCurrentWidget(tab)
    assert tab.reads.count(second) == 1  # shown again unchanged: not read again


def test_no_account_and_a_deleted_account_show_the_empty_state(
    tabs: tuple[QTabWidget, NamesTab], demo_book: Book, accounts: tuple[str, str]
) -> None:
    widget, tab = tabs
    widget.setCurrentWidget(tab)
    tab.show_account(None)
    assert tab.shown[-1] is None
    assert tab.gone == 0

    first, _second = accounts
    delete_account(demo_book, first)
    tab.show_account(first)
    assert tab.shown[-1] is None
    assert tab.gone == 1


def test_a_change_made_here_reloads_this_tab_and_tells_the_others(
    qtbot, tabs: tuple[QTabWidget, NamesTab], demo_book: Book, accounts: tuple[str, str]
) -> None:
    widget, tab = tabs
    first, second = accounts
    widget.setCurrentWidget(tab)
    tab.show_account(first)
    create_contact(demo_book, first, ContactDraft(name="王五"))

    with qtbot.waitSignal(tab.account_changed) as changed:
        tab._after_change(first)
    assert changed.args == [first]
    assert sorted(tab.shown[-1] or []) == sorted(["王五", "张三"])

    reads = len(tab.reads)
    with qtbot.waitSignal(tab.account_changed):
        tab._after_change(second)  # another account (an undo): only the others hear of it
    assert len(tab.reads) == reads


def test_one_dialog_at_a_time_and_a_saved_one_is_heard(
    qtbot, tabs: tuple[QTabWidget, NamesTab], accounts: tuple[str, str]
) -> None:
    widget, tab = tabs
    widget.setCurrentWidget(tab)
    tab.show_account(accounts[0])
    accepted: list[QDialog] = []
    tab._dialog_accepted = accepted.append  # type: ignore[method-assign]

    dialog = tab._open_dialog(lambda _book, _account_id: QDialog(tab))
    assert dialog is not None
    assert tab.dialog is dialog
    assert tab._open_dialog(lambda _book, _account_id: QDialog(tab)) is None  # one at a time

    dialog.accept()
    assert tab.dialog is None
    assert accepted == [dialog]

    cancelled = tab._open_dialog(lambda _book, _account_id: QDialog(tab))
    assert cancelled is not None
    cancelled.reject()
    assert accepted == [dialog]  # a cancelled dialog changed nothing


def test_a_tab_may_read_while_hidden(
    qtbot, tabs: tuple[QTabWidget, NamesTab], accounts: tuple[str, str]
) -> None:
    _widget, tab = tabs
    tab.read_when_hidden = True  # as the contacts tab does, for its splitter's sake
    tab.show_account(accounts[1])
    assert tab.reads == [accounts[1]]
    assert not tab.is_stale


def test_the_contacts_tab_is_driven_by_the_base(qtbot, demo_book: Book, accounts) -> None:
    contacts = ContactsTab(QUndoStack())
    qtbot.addWidget(contacts)
    assert isinstance(contacts, AccountTab)
    contacts.set_book(demo_book)
    contacts.show_account(accounts[1])
    contacts.show()
    assert [contacts.model.row_data(r).name for r in range(contacts.model.rowCount())] == ["李四"]
    assert contacts.current_contact() is not None
