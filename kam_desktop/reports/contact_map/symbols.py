"""The map's visual vocabulary — colours, fonts, shapes, marks — and the legend that explains it.

Attitude is never told by colour alone: each has a colour-blind-safe colour (Okabe–Ito), a
shape (▲▲ ▲ ● ▼ ▼▼) and a text cue (++ + 0 − −−). Shapes are drawn as paths, not glyphs, so
every font, PNG and SVG viewer shows them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from math import cos, pi, sin

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled

CONTEXT = "ContactMap"
TEXT = QColor("#1F2328")
MUTED = QColor("#57606A")
WARNING = QColor("#D55E00")
STAR = QColor("#F0E442")
REPORTS_COLOUR = QColor("#6E7781")
INFLUENCE_COLOUR = QColor("#A8488A")  # Okabe–Ito reddish purple, darkened to read on white

LEGEND_TEXTS = (
    QT_TRANSLATE_NOOP("ContactMap", "Key decision maker"),
    QT_TRANSLATE_NOOP("ContactMap", "Relationship level 0–5"),
    QT_TRANSLATE_NOOP("ContactMap", "Coverage gap"),
    QT_TRANSLATE_NOOP("ContactMap", "Reports to"),
    QT_TRANSLATE_NOOP("ContactMap", "Influences"),
)


@dataclass(frozen=True)
class AttitudeStyle:
    fill: QColor
    ink: QColor  # text and shape drawn on the fill, chosen for contrast with it
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


def draw_attitude(painter: QPainter, attitude: Attitude, rect: QRectF, vertical: bool) -> None:
    """Colour, shape and text cue of ``attitude`` in ``rect`` (shape above or left of cue)."""
    style = ATTITUDE_STYLES[attitude]
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.ink)
    if vertical:
        shape_at, size = QPointF(rect.center().x(), rect.top() + 19), 13.0
        cue_rect = QRectF(rect.left(), rect.top() + 30, rect.width(), 18)
    else:
        shape_at, size = QPointF(rect.left() + 11, rect.center().y()), 11.0
        cue_rect = QRectF(rect.left() + 18, rect.top(), rect.width() - 18, rect.height())
    painter.drawPath(attitude_shape(style.shape, shape_at, size))
    painter.setPen(style.ink)
    painter.setFont(fonts()["cue"])
    painter.drawText(cue_rect, Qt.AlignmentFlag.AlignCenter, style.cue)


def draw_star(painter: QPainter, centre: QPointF, radius: float) -> None:
    """The key-decision-maker star."""
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -pi / 2 + i * pi / 5
        points.append(QPointF(centre.x() + r * cos(angle), centre.y() + r * sin(angle)))
    painter.setPen(QPen(TEXT, 1))
    painter.setBrush(STAR)
    painter.drawPolygon(QPolygonF(points))


def draw_warning(painter: QPainter, centre: QPointF) -> None:
    """A warning triangle with "!": the contact is part of a coverage gap."""
    x, y, half = centre.x(), centre.y(), 7.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(WARNING)
    painter.drawPolygon(
        QPolygonF([QPointF(x, y - half), QPointF(x + half, y + half), QPointF(x - half, y + half)])
    )
    painter.setPen(QColor("white"))
    painter.setFont(fonts()["cue"])
    painter.drawText(QRectF(x - 7, y - 5, 14, 13), Qt.AlignmentFlag.AlignCenter, "!")


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


def influence_pen() -> QPen:
    pen = QPen(INFLUENCE_COLOUR, 2, Qt.PenStyle.CustomDashLine)
    pen.setDashPattern([4, 3])
    return pen


def arrow_head(tip: QPointF, back: QPointF, width: float) -> QPolygonF:
    """A triangle pointing at ``tip`` from ``back``."""
    dx, dy = tip.x() - back.x(), tip.y() - back.y()
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    side = QPointF(-dy / length, dx / length) * (width / 2)
    return QPolygonF([tip, back + side, back - side])


class LegendItem(QGraphicsItem):
    """What the colours, shapes and marks mean, drawn beside the chart (and in exports)."""

    ROW = 24.0
    TEXT_LEFT = 58.0

    def __init__(self, language: MapLanguage) -> None:
        super().__init__()
        self._attitudes = [(a, language.label(a)) for a in ATTITUDE_STYLES]
        self._marks = [language.tr(text) for text in LEGEND_TEXTS]
        metrics = QFontMetricsF(fonts()["title"])
        labels = [text for _a, text in self._attitudes] + self._marks
        self._width = self.TEXT_LEFT + max(metrics.horizontalAdvance(t) for t in labels) + 12
        self._height = 16 + self.ROW * len(labels)
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: object = None
    ) -> None:
        painter.setPen(QPen(QColor("#D0D7DE"), 1))
        painter.setBrush(QColor("white"))
        painter.drawRoundedRect(self.boundingRect(), 6, 6)
        y = 10.0
        for attitude, text in self._attitudes:
            swatch = QRectF(10, y, 40, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ATTITUDE_STYLES[attitude].fill)
            painter.drawRoundedRect(swatch, 3, 3)
            draw_attitude(painter, attitude, swatch, vertical=False)
            self._label(painter, y, text)
            y += self.ROW
        for index, text in enumerate(self._marks):
            self._mark(painter, index, QPointF(30, y + (self.ROW - 4) / 2))
            self._label(painter, y, text)
            y += self.ROW

    def _label(self, painter: QPainter, y: float, text: str) -> None:
        painter.setPen(TEXT)
        painter.setFont(fonts()["title"])
        rect = QRectF(self.TEXT_LEFT, y, self._width, self.ROW - 4)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, text)

    @staticmethod
    def _mark(painter: QPainter, index: int, centre: QPointF) -> None:
        left, right = QPointF(centre.x() - 20, centre.y()), QPointF(centre.x() + 20, centre.y())
        if index == 0:
            draw_star(painter, centre, 9)
        elif index == 1:
            draw_bars(painter, centre.x() + 18, centre.y() + 6, 3)
        elif index == 2:
            draw_warning(painter, centre)
        elif index == 3:
            painter.setPen(QPen(REPORTS_COLOUR, 1.5))
            painter.drawLine(left, right)
        else:
            painter.setPen(influence_pen())
            painter.drawLine(left, right - QPointF(10, 0))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INFLUENCE_COLOUR)
            painter.drawPolygon(arrow_head(right, right - QPointF(10, 0), 10))
