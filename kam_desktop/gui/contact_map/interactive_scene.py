"""The contact map as the map tab shows it: cards to select, drag onto another card, double-click.

``kam_desktop.reports.contact_map`` draws the map; this module adds what the rep does with it.
What a drop or a double-click means is left to whoever listens to ``reparent_requested`` and
``node_activated`` (the map tab).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from kam_desktop.domain.enums import RelationshipLevel
from kam_desktop.reports.contact_map.map_scene import ContactMapScene
from kam_desktop.reports.contact_map.node_item import NodeItem
from kam_desktop.reports.contact_map.symbols import TEXT, MapLanguage

if TYPE_CHECKING:
    from kam_desktop.services.contacts.contacts import ContactRow

DROP = QColor("#009E73")  # Okabe–Ito bluish green: "drop here"


def card_tooltip(row: ContactRow, language: MapLanguage, gap_reasons: list[str]) -> str:
    """Everything the card stands for, one fact a line, with the coverage gaps it is part of."""
    d = row.draft
    lines = [d.name, " · ".join(t for t in (d.title, d.department) if t)]
    lines.append(" · ".join(language.label(r) for r in d.buying_roles))
    lines.append(language.label(d.attitude))
    if d.influence is not None:
        lines.append(language.label(d.influence))
    level = RelationshipLevel(d.relationship_level)
    lines.append(f"{d.relationship_level}/5 {language.label(level)}")
    lines.extend(f"\u26a0 {reason}" for reason in gap_reasons)
    return "\n".join(line for line in lines if line)


class DraggableCard(NodeItem):
    """A card that can be selected and dragged; its scene decides what a drop means."""

    def __init__(self, row: ContactRow, language: MapLanguage, gap_reasons: list[str]) -> None:
        super().__init__(row, language, gap_reasons)
        self.drop_target = False
        self.setToolTip(card_tooltip(row, language, gap_reasons))
        # No ItemSendsGeometryChanges/itemChange: with 300 cards the Python round trip for
        # every change costs more than moving the edges by hand while dragging.
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )

    def paint_highlight(self, painter: QPainter, card: QRectF) -> None:
        if self.drop_target:  # outside the card, so it shows around the card dragged over it
            painter.setPen(QPen(DROP, 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-7, -7, 7, 7), 10, 10)
        if self.isSelected():
            painter.setPen(QPen(TEXT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-4.5, -4.5, 4.5, 4.5), 8, 8)

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def move_to(self, pos: QPointF) -> None:
        """Move the card and the lines attached to it."""
        self.setPos(pos)
        self.adjust_edges()

    def _map_scene(self) -> InteractiveMapScene | None:
        scene = self.scene()
        return scene if isinstance(scene, InteractiveMapScene) else None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setZValue(10)  # above every other card while it is dragged
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)  # moves this card and every other selected one
        self.setOpacity(0.75)  # the card under it stays visible
        scene = self._map_scene()
        if scene is not None:
            scene.node_dragged(self, event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(1)
        self.setOpacity(1.0)
        self.unsetCursor()
        scene = self._map_scene()
        if scene is not None and self.pos() != self.home:
            scene.node_dropped(self, event.scenePos())

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._map_scene()
        if scene is not None:
            scene.node_activated.emit(self.contact_id)
        event.accept()


class InteractiveMapScene(ContactMapScene):
    """``reparent_requested(contact_id, manager_id)`` when a card is dropped on another card;
    ``node_activated(contact_id)`` on a double-click. Cards always snap back after a drop:
    a change that is made rebuilds the map."""

    reparent_requested = Signal(str, str)
    node_activated = Signal(str)

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # few items, all moving

    def make_node(self, row: ContactRow, language: MapLanguage, gap_reasons: list[str]) -> NodeItem:
        return DraggableCard(row, language, gap_reasons)

    def cards(self) -> list[DraggableCard]:
        return [node for node in self.nodes() if isinstance(node, DraggableCard)]

    def select_contacts(self, contact_ids: Iterable[str]) -> QRectF:
        """Select these contacts' cards (and only them); returns the area they cover."""
        self.clearSelection()
        area = QRectF()
        for contact_id in contact_ids:
            node = self.node(contact_id)
            if node is not None:
                node.setSelected(True)
                area = area.united(node.sceneBoundingRect())
        return area

    # --- dragging (called by the cards) -------------------------------------------------------

    def _card_at(self, pos: QPointF, dragged: NodeItem) -> DraggableCard | None:
        for item in self.items(pos):
            if isinstance(item, DraggableCard) and item is not dragged:
                return item
        return None

    def node_dragged(self, node: DraggableCard, pos: QPointF) -> None:
        node.adjust_edges()
        for item in self.selectedItems():
            if isinstance(item, NodeItem) and item is not node:
                item.adjust_edges()
        target = self._card_at(pos, node)
        for other in self.cards():
            other.set_drop_target(other is target)

    def node_dropped(self, node: DraggableCard, pos: QPointF) -> None:
        target = self._card_at(pos, node)
        for other in self.cards():  # every selected card moved along with this one
            other.set_drop_target(False)
            if other.pos() != other.home:
                other.move_to(other.home)
        if target is not None and target.contact_id != node.row.draft.reports_to_id:
            self.reparent_requested.emit(node.contact_id, target.contact_id)
