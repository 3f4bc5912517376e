"""An account's contacts as a Qt table model (tens of contacts: all rows are kept in memory)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kam_desktop.domain.contacts.contact_fields import ContactField
from kam_desktop.domain.enums import Attitude, RelationshipLevel
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.contacts.contacts import ContactRow

_ROOT = QModelIndex()
_CONTEXT = "ContactTableModel"

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

# (column key, header: a ContactField or this model's own translatable text)
COLUMNS: tuple[tuple[str, ContactField | str], ...] = (
    ("name", ContactField.NAME),
    ("title", ContactField.TITLE),
    ("department", ContactField.DEPARTMENT),
    ("decision_level", ContactField.DECISION_LEVEL),
    ("buying_roles", ContactField.BUYING_ROLES),
    ("attitude", ContactField.ATTITUDE),
    ("relationship_level", ContactField.RELATIONSHIP_LEVEL),
    ("marks", QT_TRANSLATE_NOOP(_CONTEXT, "Coach / KDM")),
    ("last_contact_on", ContactField.LAST_CONTACT),
)
COLUMN_OF = {key: i for i, (key, _header) in enumerate(COLUMNS)}

# Okabe-Ito derived, readable on white; the sign in the text carries the meaning too.
ATTITUDE_COLOURS = {
    Attitude.STRONGLY_SUPPORTIVE: QColor("#00734d"),
    Attitude.SUPPORTIVE: QColor("#0a6fa8"),
    Attitude.NEUTRAL: QColor("#555555"),
    Attitude.OPPOSED: QColor("#b35c00"),
    Attitude.STRONGLY_OPPOSED: QColor("#a8326e"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def attitude_text(attitude: Attitude) -> str:
    """The attitude with its sign ("+1 Supportive"), so it reads without colour too."""
    value = attitude.value
    sign = "+" if value > 0 else "−" if value < 0 else ""
    return f"{sign}{abs(value)} {attitude.label()}"


def level_text(level: int) -> str:
    """The level with its pyramid label, e.g. "3 · Is friendly to me" (DOMAIN §3.1)."""
    return f"{level} · {RelationshipLevel(level).label()}"


def marks_text(row: ContactRow) -> str:
    marks = []
    if row.is_key_decision_maker:
        marks.append(_tr("KDM"))
    if row.is_coach:
        marks.append(_tr("Coach"))
    return ", ".join(marks)


def display(row: ContactRow, key: str) -> str:
    if key == "decision_level":
        return row.decision_level.label() if row.decision_level else ""
    if key == "buying_roles":
        return ", ".join(role.label() for role in row.buying_roles)
    if key == "attitude":
        return attitude_text(row.attitude)
    if key == "relationship_level":
        return level_text(row.relationship_level)
    if key == "marks":
        return marks_text(row)
    if key == "last_contact_on":
        return row.last_contact_on.isoformat() if row.last_contact_on else ""
    value = getattr(row, key)
    return "" if value is None else str(value)


def sort_value(row: ContactRow, key: str) -> Any:
    """A value that sorts the way the rep expects (numbers for ranks, dates as dates)."""
    if key == "decision_level":
        order = {"decision": 0, "influence": 1, "execution": 2}
        return order[row.decision_level.value] if row.decision_level else 9
    if key == "attitude":
        return row.attitude.value
    if key == "relationship_level":
        return row.relationship_level
    if key == "marks":
        return int(row.is_key_decision_maker) * 2 + int(row.is_coach)
    if key == "last_contact_on":
        return (row.last_contact_on or date.min).toordinal()
    return display(row, key)


class ContactTableModel(QAbstractTableModel):
    """Rows of ``ContactRow``; sort through a ``QSortFilterProxyModel`` on ``SORT_ROLE``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []

    def set_rows(self, rows: list[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ContactRow]:
        return list(self._rows)

    def row_of(self, contact_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == contact_id), -1)

    def row_data(self, row: int) -> ContactRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, key)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return sort_value(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "marks":
                return self._marks_tooltip(row) or None
            return display(row, key) or None
        if role == Qt.ItemDataRole.ForegroundRole and key == "attitude":
            return QBrush(ATTITUDE_COLOURS[row.attitude])
        return None

    def _marks_tooltip(self, row: ContactRow) -> str:
        marks = []
        if row.is_key_decision_maker:
            marks.append(ContactField.KEY_DECISION_MAKER.label())
        if row.is_coach:
            marks.append(ContactField.COACH.label())
        return ", ".join(marks)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            header = COLUMNS[section][1]
            return header.label() if isinstance(header, ContactField) else _tr(header)
        return None

    def retranslate(self) -> None:
        """Labels come from the translator: tell views every cell and header changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
