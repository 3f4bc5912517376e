"""Lines between cards: solid elbows for "reports to", dashed curved arrows for "influences".

Edges hold their two cards and redraw themselves when a card moves (while it is dragged).
"""

from __future__ import annotations

from math import atan2, cos, hypot, sin

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPathItem, QStyleOptionGraphicsItem

from kam_desktop.reports.contact_map.node_item import CARD_HEIGHT, CARD_WIDTH, NodeItem
from kam_desktop.reports.contact_map.symbols import (
    INFLUENCE_COLOUR,
    REPORTS_COLOUR,
    arrow_head,
    influence_pen,
)

ARROW = 10.0


class Edge(QGraphicsPathItem):
    """An edge between two cards; subclasses recompute their path in ``adjust`` when a card
    moves."""

    def __init__(self, source: NodeItem, target: NodeItem) -> None:
        super().__init__()
        self.source = source
        self.target = target
        source.edges.append(self)
        target.edges.append(self)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class ReportsEdge(Edge):
    """Manager (source) above, report (target) below: down, across, down — an org chart."""

    def __init__(self, manager: NodeItem, report: NodeItem) -> None:
        super().__init__(manager, report)
        self.setPen(QPen(REPORTS_COLOUR, 1.5))
        self.setZValue(0)
        self.adjust()

    def adjust(self) -> None:
        top = self.source.pos() + QPointF(CARD_WIDTH / 2, CARD_HEIGHT)
        bottom = self.target.pos() + QPointF(CARD_WIDTH / 2, 0)
        middle = (top.y() + bottom.y()) / 2
        path = QPainterPath(top)
        path.lineTo(top.x(), middle)
        path.lineTo(bottom.x(), middle)
        path.lineTo(bottom)
        self.setPath(path)


def _border_point(rect: QRectF, towards: QPointF) -> QPointF:
    """Where the line from ``rect``'s centre towards ``towards`` leaves the rectangle."""
    centre = rect.center()
    dx, dy = towards.x() - centre.x(), towards.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    scale = min(
        (rect.width() / 2) / abs(dx) if dx else float("inf"),
        (rect.height() / 2) / abs(dy) if dy else float("inf"),
    )
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)


class InfluenceEdge(Edge):
    """``source`` influences ``target``: a dashed curve bowed to one side, arrow at the target."""

    def __init__(self, source: NodeItem, target: NodeItem, note: str | None) -> None:
        super().__init__(source, target)
        self.setPen(influence_pen())
        self.setZValue(2)  # over the cards they cross, so a link is never hidden
        self.setOpacity(0.85)
        self._arrow = QPolygonF()
        if note:
            self.setToolTip(note)
        self.adjust()

    def adjust(self) -> None:
        a = QRectF(self.source.pos(), QPointF(self.source.pos()) + QPointF(CARD_WIDTH, CARD_HEIGHT))
        b = QRectF(self.target.pos(), QPointF(self.target.pos()) + QPointF(CARD_WIDTH, CARD_HEIGHT))
        start = _border_point(a, b.center())
        end = _border_point(b, a.center())
        length = max(hypot(end.x() - start.x(), end.y() - start.y()), 1.0)
        # Bow the curve sideways so it does not run along the straight reports-to lines.
        bow = min(max(length * 0.25, 30.0), 120.0)
        normal = QPointF(-(end.y() - start.y()) / length, (end.x() - start.x()) / length)
        control = (start + end) / 2 + normal * bow
        angle = atan2(end.y() - control.y(), end.x() - control.x())
        back = QPointF(end.x() - ARROW * cos(angle), end.y() - ARROW * sin(angle))
        path = QPainterPath(start)
        path.quadTo(control, back)
        self.setPath(path)
        self._arrow = arrow_head(end, back, ARROW)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self._arrow.boundingRect()).adjusted(-2, -2, 2, 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None
    ) -> None:
        super().paint(painter, option, widget)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(INFLUENCE_COLOUR)
        painter.drawPolygon(self._arrow)
