"""The map of one account as a QGraphicsScene: cards laid out as a tidy org chart, edges, legend.

The scene is what an exported file and the map window both draw; it knows nothing of the book
beyond the plain data ``load_map_data`` reads, and takes no input: the window's
``gui.contact_map.interactive_scene.InteractiveMapScene`` adds dragging and double-clicks by
making its own cards (``make_node``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene

from kam_desktop.domain.contacts.coverage import Gap
from kam_desktop.domain.contacts.org_layout import tidy_layout
from kam_desktop.domain.enums import DecisionLevel
from kam_desktop.reports.contact_map.edge_items import InfluenceEdge, ReportsEdge
from kam_desktop.reports.contact_map.node_item import CARD_HEIGHT, CARD_WIDTH, NodeItem
from kam_desktop.reports.contact_map.symbols import LegendItem, MapLanguage
from kam_desktop.services.book.handle import Book
from kam_desktop.services.contacts.contact_links import InfluenceLink, influence_links
from kam_desktop.services.contacts.contacts import ContactRow, list_contacts
from kam_desktop.services.contacts.coverage import account_gaps

H_GAP = 24.0
V_GAP = 56.0
LEGEND_GAP = 48.0

_LEVEL_ORDER = {DecisionLevel.DECISION: 0, DecisionLevel.INFLUENCE: 1, DecisionLevel.EXECUTION: 2}


@dataclass(frozen=True)
class MapData:
    """Everything one account's map shows."""

    contacts: tuple[ContactRow, ...] = ()
    links: tuple[InfluenceLink, ...] = ()
    gaps: tuple[Gap, ...] = ()


def load_map_data(book: Book, account_id: str, today: date | None = None) -> MapData:
    return MapData(
        tuple(list_contacts(book, account_id)),
        tuple(influence_links(book, account_id)),
        tuple(account_gaps(book, account_id, today)),
    )


def _sibling_key(row: ContactRow) -> tuple[int, str]:
    """Left to right among colleagues: decision level first, then by name."""
    return (_LEVEL_ORDER.get(row.draft.decision_level, 3), row.draft.name)  # type: ignore[arg-type]


class ContactMapScene(QGraphicsScene):
    """One account's map, rebuilt as a whole by ``build``."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self._nodes: dict[str, NodeItem] = {}
        self._reports: list[ReportsEdge] = []
        self._influences: list[InfluenceEdge] = []
        self.setBackgroundBrush(QColor("#F6F8FA"))

    # --- building ----------------------------------------------------------------------------

    def build(self, data: MapData, language: MapLanguage | None = None) -> None:
        language = language or MapLanguage()
        self.clear()
        self._nodes, self._reports, self._influences = {}, [], []
        if not data.contacts:
            self.setSceneRect(QRectF())
            return
        ids = {row.id for row in data.contacts}
        parents = {
            row.id: row.draft.reports_to_id if row.draft.reports_to_id in ids else None
            for row in data.contacts
        }
        order = [row.id for row in sorted(data.contacts, key=_sibling_key)]
        boxes = tidy_layout(
            parents, width=CARD_WIDTH, height=CARD_HEIGHT, h_gap=H_GAP, v_gap=V_GAP, order=order
        )
        reasons: dict[str, list[str]] = {}
        for gap in data.gaps:
            for contact_id in gap.contact_ids:
                reasons.setdefault(contact_id, []).append(gap.reason())
        for row in data.contacts:
            node = self.make_node(row, language, reasons.get(row.id, []))
            box = boxes[row.id]
            node.home = QPointF(box.x, box.y)
            node.setPos(node.home)  # before any edge exists: edges read positions when made
            self.addItem(node)
            self._nodes[row.id] = node
        for row in data.contacts:
            manager = parents[row.id]
            if manager is not None:
                edge = ReportsEdge(self._nodes[manager], self._nodes[row.id])
                self.addItem(edge)
                self._reports.append(edge)
        for link in data.links:
            source, target = (
                self._nodes.get(link.from_contact_id),
                self._nodes.get(link.to_contact_id),
            )
            if source is not None and target is not None and source is not target:
                influence = InfluenceEdge(source, target, link.note)
                self.addItem(influence)
                self._influences.append(influence)
        tree = QRectF()
        for node in self._nodes.values():
            tree = tree.united(node.sceneBoundingRect())
        legend = LegendItem(language)
        legend.setPos(tree.left() - LEGEND_GAP - legend.boundingRect().width(), tree.top())
        self.addItem(legend)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-32, -32, 32, 32))

    def make_node(self, row: ContactRow, language: MapLanguage, gap_reasons: list[str]) -> NodeItem:
        """The card for ``row``; a subclass makes cards that take input."""
        return NodeItem(row, language, gap_reasons)

    # --- lookup ------------------------------------------------------------------------------

    def node(self, contact_id: str) -> NodeItem | None:
        return self._nodes.get(contact_id)

    def nodes(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def reports_edges(self) -> list[ReportsEdge]:
        return list(self._reports)

    def influence_edges(self) -> list[InfluenceEdge]:
        return list(self._influences)
