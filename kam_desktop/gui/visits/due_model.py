"""The Due list (待回访) as a Qt table model: one row per account due for a visit, with the
reasons, the account's tier and grade, its owner and when the visit is due."""

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

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.revisits.due_items import DueItem

_ROOT = QModelIndex()
_CONTEXT = "DueModel"

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the DueItem
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the account's id

COLUMNS: tuple[tuple[str, str], ...] = (
    ("account", QT_TRANSLATE_NOOP(_CONTEXT, "Account")),  # with tier, grade and owner below
    ("reasons", QT_TRANSLATE_NOOP(_CONTEXT, "Why")),
    ("due", QT_TRANSLATE_NOOP(_CONTEXT, "Due")),
)
COLUMN_OF = {key: i for i, (key, _header) in enumerate(COLUMNS)}

OVERDUE_COLOUR = QColor("#b3261e")
SOON_COLOUR = QColor("#9a6700")  # amber dark enough to read on white
SOON_DAYS = 3  # due within this many days: amber; later: the normal text colour


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


REASONS_SHOWN = 2  # reasons shown in the row; the tooltip and the detail pane list them all


def reasons_text(item: DueItem, shown: int = REASONS_SHOWN) -> str:
    """The most urgent reasons, one a line, and how many more there are."""
    lines = [reason.message() for reason in item.reasons[:shown]]
    more = len(item.reasons) - shown
    if more > 0:
        lines.append(QCoreApplication.translate(_CONTEXT, "+%n more", "", more))
    return "\n".join(lines)


def reason_lines(item: DueItem) -> list[str]:
    """Every reason with its due date and rule, earliest first."""
    return [f"{r.due_on.isoformat()} · {r.rule.label()} · {r.message()}" for r in item.reasons]


def about_text(item: DueItem) -> str:
    """ "Gold · Grade A · 王磊": the account's value tier, HQ grade and owner."""
    parts = [x.label() for x in (item.tier, item.grade) if x is not None]
    return " · ".join([*parts, *([item.owner] if item.owner else [])])


def urgency_brush(item: DueItem, today: date) -> QBrush | None:
    """Red when overdue, amber when due within ``SOON_DAYS``, else None (normal text)."""
    days = (item.due_on - today).days
    if days < 0:
        return QBrush(OVERDUE_COLOUR)
    if days <= SOON_DAYS:
        return QBrush(SOON_COLOUR)
    return None


def due_text(item: DueItem, today: date) -> str:
    """ "2026-11-20 (5 days overdue)", "2026-11-25 (today)", "2026-11-28 (in 3 days)"."""
    days = (item.due_on - today).days
    if days < 0:
        note = QCoreApplication.translate(_CONTEXT, "%n day(s) overdue", "", -days)
    elif days == 0:
        note = _tr("today")
    else:
        note = QCoreApplication.translate(_CONTEXT, "in %n day(s)", "", days)
    return f"{item.due_on.isoformat()}\n{note}"


class DueModel(QAbstractTableModel):
    """Rows of ``DueItem``; sort through a ``QSortFilterProxyModel`` on ``SORT_ROLE``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[DueItem] = []
        self._today = date.today()

    def set_items(self, items: list[DueItem], today: date) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._today = today
        self.endResetModel()

    def items(self) -> list[DueItem]:
        return list(self._items)

    def item(self, row: int) -> DueItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, account_id: str) -> int:
        return next((i for i, x in enumerate(self._items) if x.account_id == account_id), -1)

    def remove_account(self, account_id: str) -> bool:
        """Drop an account's row at once (after snooze or dismiss, before the next reload)."""
        row = self.row_of(account_id)
        if row < 0:
            return False
        self.beginRemoveRows(_ROOT, row, row)
        del self._items[row]
        self.endRemoveRows()
        return True

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "account":
                return " · ".join(p for p in (item.account_code, item.account_name) if p)
            if key == "reasons":
                return "\n".join(reason_lines(item))
            return self._display(item, key) or None
        if role == ROW_ROLE:
            return item
        if role == ID_ROLE:
            return item.account_id
        if role == SORT_ROLE:
            return self._sort_value(item, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "due":
            return urgency_brush(item, self._today)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _display(self, item: DueItem, key: str) -> str:
        if key == "account":
            about = about_text(item)
            return f"{item.account_name}\n{about}" if about else item.account_name
        if key == "reasons":
            return reasons_text(item)
        if key == "due":
            return due_text(item, self._today)
        return ""

    def _sort_value(self, item: DueItem, key: str) -> Any:
        if key == "due":
            return item.due_on.toordinal()
        if key == "reasons":
            return len(item.reasons)
        return item.account_name

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._items:
            last = self.index(len(self._items) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
