"""Customer satisfaction 1–5 as five stars: keys 1–5 set it, 0 or Backspace clears it."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from kam_desktop.gui.retranslate import translate_ui

STARS = 5
STAR = 22  # px per star
_FILLED, _EMPTY = QColor("#f2a900"), QColor("#c9c9c9")
_CLEAR_KEYS = (Qt.Key.Key_0, Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


class SatisfactionInput(QWidget):
    """``value()`` is None (not rated) or 1–5."""

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        translate_ui(self)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        value = None if value is None else min(max(int(value), 1), STARS)
        if value != self._value:
            self._value = value
            self.setAccessibleDescription(self._caption())
            self.update()
            self.value_changed.emit(value)

    def _caption(self) -> str:
        captions = {
            None: self.tr("not rated: press 1 to 5"),
            1: self.tr("1 · very unhappy"),
            2: self.tr("2 · unhappy"),
            3: self.tr("3 · neutral"),
            4: self.tr("4 · satisfied"),
            5: self.tr("5 · very satisfied"),
        }
        return captions[self._value]

    # --- input -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.set_value(key - Qt.Key.Key_0)
        elif key in _CLEAR_KEYS:
            self.set_value(None)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value((self._value or 0) + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down) and self._value is not None:
            self.set_value(self._value - 1 if self._value > 1 else None)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        star = int((event.position().x() - 4) // STAR) + 1
        if 1 <= star <= STARS:
            # Clicking the current rating again clears it.
            self.set_value(None if star == self._value else star)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    # --- drawing -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        text = self.fontMetrics().horizontalAdvance(self.tr("not rated: press 1 to 5"))
        return QSize(8 + STARS * STAR + 12 + text, max(STAR + 8, self.fontMetrics().height() + 8))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        top = (self.height() - STAR) / 2
        for i in range(STARS):
            filled = self._value is not None and i < self._value
            painter.setPen(_FILLED.darker(120) if filled else _EMPTY.darker(130))
            painter.setBrush(_FILLED if filled else _EMPTY)
            painter.drawPolygon(
                _star(QPointF(4 + i * STAR + STAR / 2, top + STAR / 2), STAR / 2 - 2)
            )
        painter.setPen(self.palette().color(self.foregroundRole()))
        text_rect = QRect(8 + STARS * STAR + 8, 0, self.width(), self.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, self._caption())
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = QRect(1, 1, 4 + STARS * STAR + 2, self.height() - 2)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter)
        painter.end()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Satisfaction"))
        self.setAccessibleDescription(self._caption())
        self.setToolTip(self.tr("Press 1 to 5 to rate, 0 to clear"))
        self.update()


def _star(center: QPointF, radius: float) -> QPolygonF:
    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle)))
    return QPolygonF(points)
