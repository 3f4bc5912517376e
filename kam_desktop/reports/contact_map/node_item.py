"""A contact's card on the map: who they are, where they stand with us, how well we know them.

Name, title and buying-role badges; attitude as a coloured stripe with a shape and a text cue;
the relationship level as five bars; coach badge, key-decision-maker star, and a warning
outline and mark when the contact is part of a coverage gap. Texts are measured once in
``__init__`` and painted in ``paint``, so 300 cards draw quickly and export to SVG as text.

This card only draws; the map window's draggable card (``gui.contact_map.interactive_scene``)
adds selection, dragging and the tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.contact_map.symbols import (
    ATTITUDE_STYLES,
    MUTED,
    TEXT,
    WARNING,
    MapLanguage,
    draw_attitude,
    draw_bars,
    draw_star,
    draw_warning,
    fonts,
)

if TYPE_CHECKING:
    from kam_desktop.services.contacts.contacts import ContactRow

CARD_WIDTH = 180.0
CARD_HEIGHT = 96.0
STRIPE = 22.0
SKETCH_BELOW = 0.3  # on-screen scale under which a card is drawn without its texts
COACH = QT_TRANSLATE_NOOP("ContactMap", "Coach")


class Edge(Protocol):
    """An edge attached to a card, redrawn when the card moves."""

    def adjust(self) -> None: ...


class NodeItem(QGraphicsItem):
    """One contact's card, drawn where the layout put it (``home``)."""

    def __init__(self, row: ContactRow, language: MapLanguage, gap_reasons: list[str]) -> None:
        super().__init__()
        self.contact_id = row.id
        self.row = row
        self.has_gap = bool(gap_reasons)
        self.edges: list[Edge] = []
        self.home = QPointF()
        draft = row.draft
        self._attitude = draft.attitude
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
        self.setZValue(1)  # above the lines

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

    # --- geometry and painting ---------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(-10, -10, CARD_WIDTH + 20, CARD_HEIGHT + 20)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: object = None
    ) -> None:
        card = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        self.paint_highlight(painter, card)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(card.translated(2, 2), 5, 5)
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(card, 5, 5)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if widget is not None and lod < SKETCH_BELOW:
            # Zoomed far out on screen, text would be a smudge: colour and outline only.
            # Exports (no widget) always get every detail.
            painter.setBrush(ATTITUDE_STYLES[self._attitude].fill)
            painter.drawRect(QRectF(0, 0, STRIPE, CARD_HEIGHT))
        else:
            self._paint_stripe(painter)
            self._paint_texts(painter)
            self._paint_marks(painter)
        self._paint_outline(painter, card)

    def paint_highlight(self, painter: QPainter, card: QRectF) -> None:
        """Marks around ``card`` (in ``boundingRect``'s margin), drawn before it: none here;
        the map window's cards show selection and the drop target."""

    def _paint_stripe(self, painter: QPainter) -> None:
        stripe = QPainterPath()  # rounded on the left only, like the card
        stripe.addRoundedRect(QRectF(0, 0, STRIPE + 5, CARD_HEIGHT), 5, 5)
        body = QPainterPath()
        body.addRect(QRectF(STRIPE, 0, 10, CARD_HEIGHT))
        painter.setBrush(ATTITUDE_STYLES[self._attitude].fill)
        painter.drawPath(stripe.subtracted(body))
        draw_attitude(painter, self._attitude, QRectF(0, 0, STRIPE, CARD_HEIGHT), vertical=True)

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
            draw_star(painter, QPointF(CARD_WIDTH - 15, 15), 9)
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
            draw_warning(painter, QPointF(CARD_WIDTH - 56, 82))
        draw_bars(painter, CARD_WIDTH - 8, 89, self.row.draft.relationship_level)

    def _paint_outline(self, painter: QPainter, card: QRectF) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.has_gap:
            painter.setPen(QPen(WARNING, 2.5))
        else:
            painter.setPen(QPen(QColor("#8C959F"), 1))
        painter.drawRoundedRect(card, 5, 5)

    # --- lines -------------------------------------------------------------------------------

    def centre(self) -> QPointF:
        return self.pos() + QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2)

    def adjust_edges(self) -> None:
        """Redraw the lines attached to the card after it moved."""
        for edge in self.edges:
            edge.adjust()
