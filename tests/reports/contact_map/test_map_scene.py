"""The contact map as drawn for files: cards and lines that take no input, made by an
overridable factory."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QGraphicsItem

from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.reports.contact_map.map_scene import ContactMapScene, MapData, load_map_data
from kam_desktop.reports.contact_map.node_item import NodeItem
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contacts import create_contact

MOVABLE = QGraphicsItem.GraphicsItemFlag.ItemIsMovable
SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


@pytest.fixture
def data(qapp, book: Book) -> MapData:
    """A boss with two reports."""
    account = create_account(book, AccountDraft(name="华东精密机械有限公司"))
    boss = create_contact(book, account.id, ContactDraft(name="张总", title="总经理"))
    for name in ("李工", "王经理"):
        create_contact(book, account.id, ContactDraft(name=name, reports_to_id=boss.id))
    return load_map_data(book, account.id)


def test_the_drawn_cards_take_no_input(data: MapData) -> None:
    scene = ContactMapScene()
    scene.build(data)

    nodes = scene.nodes()
    assert len(nodes) == 3
    assert len(scene.reports_edges()) == 2
    for node in nodes:
        assert type(node) is NodeItem
        assert not node.flags() & (MOVABLE | SELECTABLE)
        assert node.toolTip() == ""
        node.setSelected(True)  # what a click would do; a drawing cannot be selected
        assert not node.isSelected()
    assert all(node.pos() == node.home for node in nodes)  # drawn where the layout put them


def test_a_subclass_makes_its_own_cards(data: MapData) -> None:
    class MarkedCard(NodeItem):
        pass

    made: list[str] = []

    class MarkedScene(ContactMapScene):
        def make_node(self, row, language, gap_reasons) -> NodeItem:
            made.append(row.id)
            return MarkedCard(row, language, gap_reasons)

    scene = MarkedScene()
    scene.build(data)

    assert sorted(made) == sorted(row.id for row in data.contacts)
    assert all(isinstance(node, MarkedCard) for node in scene.nodes())
    for edge in scene.reports_edges():  # the lines hang on the subclass's cards
        assert edge.source is scene.node(edge.source.contact_id)
        assert edge in edge.target.edges
