"""Dates and times in the visit form.

A date is typed the quick way into a plain ``QLineEdit`` (``2026-12-01``, ``12-1``, ``12月1日``,
``+7`` for a week from today) or picked from a calendar (F4 or the field's calendar button);
an empty field is "no date", which a ``QDateEdit`` cannot show. Times go through local wall-clock
values: the services store UTC, the rep reads and types local time.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

import shiboken6
from PySide6.QtCore import QDate, QDateTime, QEvent, QObject, QPoint, QPointF, QRectF, Qt, QTime
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP


class BadDate(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{value} is not a date; type it as 2026-12-01, 12-1 or +7 (days from today)."
    )


_FULL = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_OFFSET = re.compile(r"^\+\s*(\d{1,3})\s*([dw天周]?)$", re.IGNORECASE)


def parse_date(text: str, today: date, *, future: bool = False) -> date | None:
    """The date ``text`` names (None when empty); ``ValueError`` when it names none.

    A month and day without a year fall in ``today``'s year, or with ``future`` on their next
    occurrence from today (a due date typed in December for January is next year's).
    """
    clean = unicodedata.normalize("NFKC", text).strip()  # full-width digits from a Chinese IME
    if not clean:
        return None
    if match := _OFFSET.match(clean):
        days = int(match.group(1)) * (7 if match.group(2).lower() in ("w", "周") else 1)
        return today + timedelta(days=days)
    if match := _FULL.match(clean) or _COMPACT.match(clean):
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    if match := _MONTH_DAY.match(clean):
        month, day = (int(g) for g in match.groups())
        found = date(today.year, month, day)
        if future and found < today:
            found = date(today.year + 1, month, day)
        return found
    raise ValueError(text)


def to_qdatetime(value: datetime) -> QDateTime:
    """An aware time as the rep's local wall-clock time."""
    local = value.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    """A local wall-clock time from a date-time editor, as an aware datetime."""
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


class DateField(QObject):
    """Makes a ``QLineEdit`` a date field: ``value()``, ``set_value()``, a calendar popup."""

    def __init__(self, edit: QLineEdit, today: date, *, future: bool = False) -> None:
        super().__init__(edit)
        self.edit = edit
        self._today = today
        self._future = future
        self._calendar: QCalendarWidget | None = None
        self._action = QAction(_calendar_icon(), "", edit)
        self._action.triggered.connect(self.show_calendar)
        edit.addAction(self._action, QLineEdit.ActionPosition.TrailingPosition)
        edit.editingFinished.connect(self._tidy)
        edit.installEventFilter(self)
        self.retranslate()

    def value(self) -> date | None:
        """The typed date; ``BadDate`` when the text is not one."""
        try:
            return parse_date(self.edit.text(), self._today, future=self._future)
        except ValueError:
            raise BadDate(value=self.edit.text().strip()) from None

    def set_value(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")

    def _tidy(self) -> None:
        # Show the date the rep's shorthand stands for; leave text that is not a date alone.
        if not shiboken6.isValid(self.edit):  # focus lost while the form is being destroyed
            return
        try:
            value = parse_date(self.edit.text(), self._today, future=self._future)
        except ValueError:
            return
        if value is not None and self.edit.text() != value.isoformat():
            self.edit.setText(value.isoformat())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if event.key() == Qt.Key.Key_F4 or alt_down:
                self.show_calendar()
                return True
        return False

    def show_calendar(self) -> None:
        if self._calendar is None:
            self._calendar = QCalendarWidget(self.edit, Qt.WindowType.Popup)
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._picked)
            self._calendar.activated.connect(self._picked)
        try:
            current = self.value() or self._today
        except BadDate:
            current = self._today
        self._calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self._calendar.adjustSize()
        self._calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._calendar.show()
        self._calendar.setFocus()

    def _picked(self, picked: QDate) -> None:
        self.set_value(picked.toPython())
        if self._calendar is not None:
            self._calendar.hide()
        self.edit.setFocus()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("+7 or 12-1"))
        self.edit.setToolTip(
            self.tr("Type 2026-12-01, 12-1 or +7 (days from today); F4 opens a calendar.")
        )
        self._action.setToolTip(self.tr("Pick a date (F4)"))


def _calendar_icon() -> QIcon:
    """A small calendar glyph drawn here: icon themes are missing on many Windows laptops."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(Qt.GlobalColor.darkGray, 1.2))
    painter.drawRoundedRect(QRectF(1.5, 2.5, 13, 12), 1.5, 1.5)
    painter.fillRect(QRectF(1.5, 2.5, 13, 3.5), Qt.GlobalColor.darkGray)
    for row in range(2):
        for col in range(3):
            painter.drawPoint(QPointF(4.5 + col * 3.5, 8.5 + row * 3))
    painter.end()
    return QIcon(pixmap)
