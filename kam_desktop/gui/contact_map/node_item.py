"""A contact's card on the map: who they are, where they stand with us, how well we know them.

Attitude is never told by colour alone: the left stripe has a colour-blind-safe colour
(Okabe–Ito), a shape (▲▲ ▲ ● ▼ ▼▼) and a text cue (++ + 0 − −−). Everything is painted in
``paint`` from texts measured once in ``__init__``, so 300 cards draw quickly and export to
SVG as real text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from math import cos, pi, sin
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem

from kam_desktop.domain.enums import Attitude, RelationshipLevel
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled

if TYPE_CHECKING:
    from kam_desktop.services.contacts import ContactRow

CARD_WIDTH = 180.0
CARD_HEIGHT = 96.0
STRIPE = 22.0
SKETCH_BELOW = 0.3  # on-screen scale under which a card is drawn without its texts
CONTEXT = "ContactMap"
COACH = QT_TRANSLATE_NOOP("ContactMap", "Coach")

WARNING = QColor("#D55E00")
TEXT = QColor("#1F2328")
MUTED = QColor("#57606A")


class Edge(Protocol):
    """An edge attached to a card, redrawn when the card moves."""

    def adjust(self) -> None: ...


@dataclass(frozen=True)
class AttitudeStyle:
    fill: QColor
    ink: QColor  # text and shape on the stripe, chosen for contrast with the fill
    cue: str
    shape: str  # "up2" | "up" | "circle" | "down" | "down2"


ATTITUDE_STYLES: dict[Attitude, AttitudeStyle] = {
    Attitude.STRONGLY_SUPPORTIVE: AttitudeStyle(QColor("#0072B2"), QColor("white"), "++", "up2"),
    Attitude.SUPPORTIVE: AttitudeStyle(QColor("#56B4E9"), TEXT, "+", "up"),
    Attitude.NEUTRAL: AttitudeStyle(QColor("#999999"), TEXT, "0", "circle"),
    Attitude.OPPOSED: AttitudeStyle(QColor("#E69F00"), TEXT, "\u2212", "down"),
    Attitude.STRONGLY_OPPOSED: AttitudeStyle(
        QColor("#D55E00"), QColor("white"), "\u2212\u2212", "down2"
    ),
}


@dataclass(frozen=True)
class MapLanguage:
    """How the map's own words are translated: by the installed translator (the GUI), or for
    a given language with its own translator (an export from the CLI)."""

    language: str | None = None
    translator: Callable[[str, str], str] | None = None

    def tr(self, text: str) -> str:
        if self.translator is not None:
            return self.translator(CONTEXT, text) or text
        return QCoreApplication.translate(CONTEXT, text)

    def label(self, member: Labeled) -> str:
        return member.label(self.language) if self.language else member.label()


@cache
def fonts() -> dict[str, QFont]:
    """Fonts in pixel sizes, so a card measures the same on screen, in PNG and in SVG."""

    def font(pixels: int, bold: bool = False) -> QFont:
        f = QFont()
        f.setPixelSize(pixels)
        f.setBold(bold)
        return f

    return {"name": font(14, True), "title": font(12), "badge": font(11), "cue": font(12, True)}


def attitude_shape(kind: str, centre: QPointF, size: float) -> QPainterPath:
    """The shape cue of an attitude, centred on ``centre``."""
    path = QPainterPath()
    half = size / 2
    if kind == "circle":
        path.addEllipse(centre, half * 0.8, half * 0.8)
        return path
    up = kind.startswith("up")
    count = 2 if kind.endswith("2") else 1
    height = size / count
    top = centre.y() - half
    for i in range(count):
        y0, y1 = top + i * height, top + (i + 1) * height - (1 if count == 2 else 0)
        tip, base = (y0, y1) if up else (y1, y0)
        path.addPolygon(
            QPolygonF([QPointF(centre.x(), tip), QPointF(centre.x() + half, base),
                       QPointF(centre.x() - half, base), QPointF(centre.x(), tip)])
        )  # fmt: skip
    return path


def star_path(centre: QPointF, radius: float) -> QPainterPath:
    """A five-pointed star (drawn, not a glyph: every font and SVG viewer shows it)."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -pi / 2 + i * pi / 5
        points.append(QPointF(centre.x() + r * cos(angle), centre.y() + r * sin(angle)))
    path = QPainterPath()
    path.addPolygon(QPolygonF([*points, points[0]]))
    return path


def warning_path(centre: QPointF, size: float) -> QPainterPath:
    """A warning triangle; the "!" is drawn over it."""
    x, y, half = centre.x(), centre.y(), size / 2
    path = QPainterPath()
    path.addPolygon(
        QPolygonF([QPointF(x, y - half), QPointF(x + half, y + half),
                   QPointF(x - half, y + half), QPointF(x, y - half)])
    )  # fmt: skip
    return path


def draw_bars(painter: QPainter, right: float, bottom: float, level: int) -> None:
    """The relationship level (0-5) as five rising bars, ``level`` of them filled."""
    for i in range(5):
        height = 5 + 2 * i
        rect = QRectF(right - (5 - i) * 7 + 2, bottom - height, 5, height)
        if i < level:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#33414E"))
        else:
            painter.setPen(QPen(QColor("#A8B3BD"), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)


class NodeItem(QGraphicsItem):
    """One contact. Movable: the scene decides what a drop means (see ``ContactMapScene``)."""

    def __init__(self, row: ContactRow, language: MapLanguage, gap_reasons: list[str]) -> None:
        super().__init__()
        self.contact_id = row.id
        self.row = row
        self.has_gap = bool(gap_reasons)
        self.edges: list[Edge] = []
        self.drop_target = False
        self.home = QPointF()
        draft = row.draft
        self._style = ATTITUDE_STYLES[draft.attitude]
        self._kdm = draft.is_key_decision_maker
        f = fonts()
        name_width = CARD_WIDTH - STRIPE - 14 - (18 if self._kdm else 0)
        self._name = QFontMetricsF(f["name"]).elidedText(
            draft.name, Qt.TextElideMode.ElideRight, name_width
        )
        self._title = QFontMetricsF(f["title"]).elidedText(
            draft.title or "", Qt.TextElideMode.ElideRight, CARD_WIDTH - STRIPE - 14
        )
        self._coach = language.tr(COACH) if draft.is_coach else ""
        self._badges = self._fit_badges([language.label(r) for r in draft.buying_roles])
        self.setToolTip(self._tooltip(row, language, gap_reasons))
        # No ItemSendsGeometryChanges/itemChange: with 300 cards the Python round trip for
        # every change costs more than moving the edges by hand while dragging.
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        )
        self.setZValue(1)

    @staticmethod
    def _fit_badges(labels: list[str]) -> list[tuple[QRectF, str]]:
        metrics = QFontMetricsF(fonts()["badge"])
        x, right = STRIPE + 8, CARD_WIDTH - 8
        placed: list[tuple[QRectF, str]] = []
        for i, text in enumerate(labels):
            width = metrics.horizontalAdvance(text) + 8
            more = f"+{len(labels) - i}"
            reserve = 0 if i == len(labels) - 1 else metrics.horizontalAdvance(more) + 11
            if x + width + reserve > right:
                placed.append((QRectF(x, 52, metrics.horizontalAdvance(more) + 8, 17), more))
                break
            placed.append((QRectF(x, 52, width, 17), text))
            x += width + 3
        return placed

    @staticmethod
    def _tooltip(row: ContactRow, language: MapLanguage, gap_reasons: list[str]) -> str:
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

    # --- geometry and painting ---------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(-6, -6, CARD_WIDTH + 12, CARD_HEIGHT + 12)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None
    ) -> None:
        card = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        if self.isSelected():
            painter.setPen(QPen(TEXT, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-4.5, -4.5, 4.5, 4.5), 8, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(card.translated(2, 2), 5, 5)
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(card, 5, 5)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if widget is not None and lod < SKETCH_BELOW:
            # Zoomed far out on screen, text would be a smudge: colour and outline only.
            # Exports (no widget) always get every detail.
            painter.setBrush(self._style.fill)
            painter.drawRect(QRectF(0, 0, STRIPE, CARD_HEIGHT))
        else:
            self._paint_stripe(painter)
            self._paint_texts(painter)
            self._paint_marks(painter)
        self._paint_outline(painter, card)

    def _paint_stripe(self, painter: QPainter) -> None:
        style = self._style
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(0, 0, STRIPE + 5, CARD_HEIGHT), 5, 5)
        body = QPainterPath()
        body.addRect(QRectF(STRIPE, 0, 10, CARD_HEIGHT))
        painter.setBrush(style.fill)
        painter.drawPath(stripe.subtracted(body))
        painter.setBrush(style.ink)
        painter.drawPath(attitude_shape(style.shape, QPointF(STRIPE / 2, 19), 13))
        painter.setPen(style.ink)
        painter.setFont(fonts()["cue"])
        painter.drawText(QRectF(0, 30, STRIPE, 18), Qt.AlignmentFlag.AlignCenter, style.cue)

    def _paint_texts(self, painter: QPainter) -> None:
        f = fonts()
        left = STRIPE + 8
        painter.setPen(TEXT)
        painter.setFont(f["name"])
        painter.drawText(QRectF(left, 6, CARD_WIDTH, 20), Qt.AlignmentFlag.AlignVCenter, self._name)
        painter.setPen(MUTED)
        painter.setFont(f["title"])
        painter.drawText(
            QRectF(left, 27, CARD_WIDTH, 18), Qt.AlignmentFlag.AlignVCenter, self._title
        )
        painter.setFont(f["badge"])
        for rect, text in self._badges:
            painter.setPen(QPen(QColor("#8C959F"), 1))
            painter.setBrush(QColor("#EEF1F4"))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(TEXT)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_marks(self, painter: QPainter) -> None:
        if self._kdm:
            painter.setPen(QPen(TEXT, 1))
            painter.setBrush(QColor("#F0E442"))
            painter.drawPath(star_path(QPointF(CARD_WIDTH - 15, 15), 9))
        if self._coach:
            metrics = QFontMetricsF(fonts()["badge"])
            rect = QRectF(STRIPE + 8, 73, metrics.horizontalAdvance(self._coach) + 10, 17)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#007A5A"))
            painter.drawRoundedRect(rect, 8, 8)
            painter.setPen(QColor("white"))
            painter.setFont(fonts()["badge"])
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._coach)
        if self.has_gap:
            centre = QPointF(CARD_WIDTH - 56, 82)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(WARNING)
            painter.drawPath(warning_path(centre, 14))
            painter.setPen(QColor("white"))
            painter.setFont(fonts()["cue"])
            painter.drawText(QRectF(centre.x() - 7, centre.y() - 5, 14, 13),
                             Qt.AlignmentFlag.AlignCenter, "!")  # fmt: skip
        draw_bars(painter, CARD_WIDTH - 8, 89, self.row.draft.relationship_level)

    def _paint_outline(self, painter: QPainter, card: QRectF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.drop_target:
            painter.setPen(QPen(QColor("#009E73"), 3, Qt.PenStyle.DashLine))
        elif self.has_gap:
            painter.setPen(QPen(WARNING, 2.5))
        else:
            painter.setPen(QPen(QColor("#8C959F"), 1))
        painter.drawRoundedRect(card, 5, 5)

    # --- interaction ---------------------------------------------------------------------------

    def centre(self) -> QPointF:
        return self.pos() + QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2)

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def move_to(self, pos: QPointF) -> None:
        """Move the card and the lines attached to it."""
        self.setPos(pos)
        self.adjust_edges()

    def adjust_edges(self) -> None:
        for edge in self.edges:
            edge.adjust()

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.setZValue(10)  # above every other card while it is dragged
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)  # moves this card and every other selected one
        scene = self.scene()
        if scene is not None:
            scene.node_dragged(self, event.scenePos())  # type: ignore[attr-defined]

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(1)
        self.unsetCursor()
        scene = self.scene()
        if scene is not None and self.pos() != self.home:
            scene.node_dropped(self, event.scenePos())  # type: ignore[attr-defined]

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self.scene()
        if scene is not None:
            scene.node_activated.emit(self.contact_id)  # type: ignore[attr-defined]
        event.accept()
