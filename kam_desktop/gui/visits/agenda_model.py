"""The agenda as a two-level Qt model: one row per local day, the day's visits beneath it.

Rows arrive sorted by planned start (``list_visits``); they are grouped by the rep's local
calendar day, so a visit at 08:00 in Shanghai (00:00 UTC) sits under its Shanghai day.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from itertools import groupby
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from kam_desktop.domain.enums import VisitStatus
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.visits.visit_fields import VisitField
from kam_desktop.services.visits.visits import VisitRow

_ROOT = QModelIndex()
_CONTEXT = "AgendaModel"
_DAY = 0  # internalId of a day row; a visit row's is its day's position + 1

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the VisitRow (None on a day row)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the visit's id
DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # the local date of the row's day

COLUMNS: tuple[tuple[str, VisitField | str], ...] = (
    ("time", QT_TRANSLATE_NOOP(_CONTEXT, "Time")),
    ("account", QT_TRANSLATE_NOOP(_CONTEXT, "Account")),
    ("purpose", VisitField.PURPOSE),
    ("method", VisitField.METHOD),
    ("status", VisitField.STATUS),
    ("attendees", VisitField.ATTENDEES),
    ("summary", QT_TRANSLATE_NOOP(_CONTEXT, "Objective / outcome")),
    ("next_steps", QT_TRANSLATE_NOOP(_CONTEXT, "Steps")),
)
COLUMN_OF = {key: i for i, (key, _header) in enumerate(COLUMNS)}

OVERDUE_COLOUR = QColor("#b3261e")
MUTED_COLOUR = QColor("#6b6b6b")
DAY_BACKGROUND = QColor("#eef2f8")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def local_day(row: VisitRow) -> date:
    return row.planned_start.astimezone().date()


def time_text(row: VisitRow) -> str:
    """Local "09:30–10:30" (or just the start)."""
    start = row.planned_start.astimezone().strftime("%H:%M")
    if row.planned_end is None:
        return start
    return f"{start}–{row.planned_end.astimezone().strftime('%H:%M')}"


def day_text(day: date, count: int) -> str:
    long_date = QLocale().toString(QDate(day), QLocale.FormatType.LongFormat)
    return QCoreApplication.translate(_CONTEXT, "%1 · %n visit(s)", "", count).replace(
        "%1", long_date
    )


class AgendaModel(QAbstractItemModel):
    """Days, each with its visits; read-only. ``set_rows`` replaces everything."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._days: list[tuple[date, list[VisitRow]]] = []
        self._now = datetime.now(UTC)

    def set_rows(self, rows: list[VisitRow], now: datetime | None = None) -> None:
        """Show ``rows`` (sorted by planned start); ``now`` decides which are overdue."""
        self.beginResetModel()
        self._now = now or datetime.now(UTC)
        self._days = [(day, list(group)) for day, group in groupby(rows, key=local_day)]
        self.endResetModel()

    def visit_count(self) -> int:
        return sum(len(visits) for _day, visits in self._days)

    def days(self) -> list[date]:
        return [day for day, _visits in self._days]

    def visit_rows(self) -> list[VisitRow]:
        return [row for _day, visits in self._days for row in visits]

    def index_of(self, visit_id: str, column: int = 0) -> QModelIndex:
        for day_row, (_day, visits) in enumerate(self._days):
            for row, visit in enumerate(visits):
                if visit.id == visit_id:
                    return self.createIndex(row, column, id=day_row + 1)
        return QModelIndex()

    def row_of(self, index: QModelIndex | QPersistentModelIndex) -> VisitRow | None:
        if not index.isValid() or index.internalId() == _DAY:
            return None
        return self._days[index.internalId() - 1][1][index.row()]

    # --- QAbstractItemModel ------------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = _ROOT
    ) -> QModelIndex:
        if not 0 <= column < len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, id=_DAY) if row < len(self._days) else _ROOT
        if parent.internalId() != _DAY or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._days[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, id=parent.row() + 1)

    def parent(self, child: QModelIndex | QPersistentModelIndex | None = None) -> Any:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()
        if not child.isValid() or child.internalId() == _DAY:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, id=_DAY)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        if not parent.isValid():
            return len(self._days)
        if parent.internalId() == _DAY and parent.column() == 0:
            return len(self._days[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _DAY:
            return self._day_data(index, role)
        row = self.row_of(index)
        assert row is not None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == DAY_ROLE:
            return local_day(row)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_overdue(self._now) and key in ("time", "status"):
                return QBrush(OVERDUE_COLOUR)
            if row.status in (VisitStatus.CANCELLED, VisitStatus.MISSED, VisitStatus.RESCHEDULED):
                return QBrush(MUTED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "next_steps":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _day_data(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        day, visits = self._days[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return day_text(day, len(visits))
        if role == DAY_ROLE:
            return day
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(DAY_BACKGROUND)
        return None

    def _display(self, row: VisitRow, key: str) -> str:
        if key == "time":
            return time_text(row)
        if key == "account":
            return row.account_name
        if key == "purpose":
            return row.purpose.label() if row.purpose else ""
        if key == "method":
            return row.method.label()
        if key == "status":
            if row.is_overdue(self._now):
                return _tr("%1 (overdue)").replace("%1", row.status.label())
            return row.status.label()
        if key == "attendees":
            return "、".join(row.attendee_names)
        if key == "summary":
            text = row.outcome if row.status == VisitStatus.DONE and row.outcome else row.objectives
            return " ".join((text or "").split())  # one line in the table
        if key == "next_steps":
            return str(row.open_next_steps) if row.open_next_steps else ""
        return ""

    def _tooltip(self, row: VisitRow, key: str) -> str | None:
        if key == "summary":
            parts = []
            if row.objectives:
                parts.append(f"{VisitField.OBJECTIVES.label()}: {row.objectives}")
            if row.outcome:
                parts.append(f"{VisitField.OUTCOME.label()}: {row.outcome}")
            return "\n".join(parts) or None
        if key == "account":
            return " · ".join(p for p in (row.account_code, row.account_name, row.location) if p)
        return self._display(row, key) or None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            header = COLUMNS[section][1]
            return header.label() if isinstance(header, VisitField) else _tr(header)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] == "next_steps":
            return _tr("Agreed next steps not done yet")
        return None

    def retranslate(self) -> None:
        """Labels come from the translator: tell views every header and cell changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        last = len(COLUMNS) - 1
        if self._days:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._days) - 1, last))
        for day_row, (_day, visits) in enumerate(self._days):
            first = self.createIndex(0, 0, id=day_row + 1)
            self.dataChanged.emit(first, self.createIndex(len(visits) - 1, last, id=day_row + 1))
