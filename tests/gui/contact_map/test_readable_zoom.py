"""A wide contact map opens at a readable zoom (names >= 11 px) centred on the deciders; Fit
still shows it whole."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from kam_desktop.db.book import Book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import DecisionLevel
from kam_desktop.gui.contact_map.map_tab import ContactMapTab
from kam_desktop.gui.contact_map.map_view import READABLE_PX
from kam_desktop.reports.contact_map.symbols import fonts
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.contacts.contacts import create_contact


def _wide_account(book: Book) -> tuple[str, str]:
    account = create_account(book, AccountDraft(name="宁波宽组织有限公司")).id
    boss = create_contact(
        book,
        account,
        ContactDraft(
            name="赵总", decision_level=DecisionLevel.DECISION, is_key_decision_maker=True
        ),
    ).id
    for i in range(14):  # 14 managers with a report each: a wide chart
        manager = create_contact(
            book, account, ContactDraft(name=f"经理{i:02d}", reports_to_id=boss)
        ).id
        create_contact(book, account, ContactDraft(name=f"员工{i:02d}", reports_to_id=manager))
    return account, boss


def test_a_wide_map_opens_readable_on_the_deciders_and_fit_shows_it_whole(
    qtbot, book: Book
) -> None:
    account, boss = _wide_account(book)
    tab = ContactMapTab(QUndoStack())
    qtbot.addWidget(tab)
    tab.resize(900, 650)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_book(book)
    tab.show_account(account)
    view = tab.view
    name_px = fonts()["name"].pixelSize()
    assert name_px * view.zoom() >= READABLE_PX - 1e-6
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    boss_card = tab.scene.node(boss).sceneBoundingRect()
    assert visible.contains(boss_card)  # the key decision maker in view
    assert not visible.contains(view.sceneRect())  # too wide to fit at a readable zoom
    assert view.horizontalScrollBar().maximum() > 0  # so it pans

    readable = view.zoom()
    tab.act_fit.trigger()
    assert view.zoom() < readable
    fitted = view.mapToScene(view.viewport().rect()).boundingRect()
    assert fitted.width() >= view.sceneRect().width() - 1  # the whole chart's width in view
