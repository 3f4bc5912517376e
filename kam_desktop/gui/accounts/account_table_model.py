"""The account list as a Qt item model that never holds more than a few pages of rows.

The model keeps only the ordered ids of the matching accounts (one SQL query per search, filter
or sort) and fetches rows a page at a time as the view asks for them, so a 100,000-account book
costs a list of ids, not 100,000 row objects.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
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

from kam_desktop.domain.contacts.coverage import GapKind
from kam_desktop.domain.enums import AccountStatus, RevisitRule, ValueTier
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled
from kam_desktop.services.accounts.find_accounts import (
    AccountQuery,
    AccountRow,
    account_rows,
    find_account_ids,
)
from kam_desktop.services.book.handle import Book

PAGE_SIZE = 200
_ROOT = QModelIndex()
MAX_CACHED_PAGES = 20

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

# (row attribute, short header, service sort key). Tiers follow the score, so the value column
# shows both and sorts by score.
COLUMNS: tuple[tuple[str, str, str], ...] = (
    # risk first: who, how valuable, how overdue, how thin the map, where in its life
    ("name", QT_TRANSLATE_NOOP("AccountTableModel", "Account"), "name"),
    ("value_tier", QT_TRANSLATE_NOOP("AccountTableModel", "Value"), "value_score"),
    ("next_due_on", QT_TRANSLATE_NOOP("AccountTableModel", "Visit due"), "next_due_on"),
    ("map_gap_count", QT_TRANSLATE_NOOP("AccountTableModel", "Map gaps"), "map_gap_count"),
    ("lifecycle_stage", QT_TRANSLATE_NOOP("AccountTableModel", "Lifecycle"), "lifecycle_stage"),
    ("code", QT_TRANSLATE_NOOP("AccountTableModel", "Code"), "code"),
    ("city", QT_TRANSLATE_NOOP("AccountTableModel", "Region"), "city"),
    ("industry", QT_TRANSLATE_NOOP("AccountTableModel", "Industry"), "industry"),
    ("hq_grade", QT_TRANSLATE_NOOP("AccountTableModel", "Grade"), "hq_grade"),
    ("owner", QT_TRANSLATE_NOOP("AccountTableModel", "Owner"), "owner"),
    ("last_visit_on", QT_TRANSLATE_NOOP("AccountTableModel", "Last visit"), "last_visit_on"),
    ("spin_stage", QT_TRANSLATE_NOOP("AccountTableModel", "SPIN"), "spin_stage"),
)
# Columns a rep can show from the header's menu; hidden at first to keep the list readable.
HIDDEN_AT_FIRST = ("code", "city", "industry", "hq_grade", "owner", "last_visit_on", "spin_stage")
COLUMN_OF = {attr: i for i, (attr, _label, _key) in enumerate(COLUMNS)}

# Darker shades of the charts' tier colours (reports/charts/style.TIER_STYLES), readable as text
# on white; none grey, so an active lead account never looks disabled (lost accounts are grey).
_TIER_COLOURS = {
    ValueTier.PLATINUM: QColor("#005a8c"),
    ValueTier.GOLD: QColor("#9a6b00"),
    ValueTier.IRON: QColor("#2f6f8f"),
    ValueTier.LEAD: QColor("#9c4a7b"),
}


def _display(row: AccountRow, attr: str) -> str:
    value = getattr(row, attr)
    if attr == "city":
        return " ".join(p for p in (row.province, row.city) if p)
    if attr == "value_tier":
        if value is None:
            return ""
        score = f" {row.value_score:.1f}" if row.value_score is not None else ""
        return f"{value.label()}{score}"
    if attr == "spin_stage":
        return "" if value is None else str(value.value)  # S / P / I / N, the method's letters
    if attr == "map_gap_count":
        return "" if value is None else ("✓" if value == 0 else str(value))
    if attr == "hq_grade" and value is not None:
        return str(value.value)
    if isinstance(value, Labeled):
        return value.label()
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else str(value)


class AccountTableModel(QAbstractTableModel):
    """Rows of ``AccountRow``; sorting and filtering are done by the service in SQL."""

    def __init__(self, book: Book | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._book = book
        self._query = AccountQuery()
        self._ids: list[str] = []
        self._pages: OrderedDict[int, list[AccountRow]] = OrderedDict()
        self._today = date.today()

    # --- what to show ------------------------------------------------------------------------

    @property
    def query(self) -> AccountQuery:
        return self._query

    def set_book(self, book: Book | None, query: AccountQuery | None = None) -> None:
        self._book = book
        if query is not None:
            self._query = query
        self.reload()

    def set_query(self, query: AccountQuery) -> None:
        self._query = query
        self.reload()

    def set_today(self, today: date) -> None:
        """The day "due" is measured against (screenshots and tests pin it)."""
        self._today = today
        self.refresh_rows()

    def reload(self) -> None:
        """Run the query again (after a search, filter, sort or an edit elsewhere)."""
        self.beginResetModel()
        self._ids = find_account_ids(self._book, self._query) if self._book else []
        self._pages.clear()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """Forget cached rows (an account was edited) without changing the order."""
        self._pages.clear()
        if self._ids:
            last = self.index(len(self._ids) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # --- lookups -----------------------------------------------------------------------------

    def account_id(self, row: int) -> str:
        return self._ids[row]

    def row_of(self, account_id: str) -> int:
        try:
            return self._ids.index(account_id)
        except ValueError:
            return -1

    def row_data(self, row: int) -> AccountRow | None:
        if not 0 <= row < len(self._ids) or self._book is None:
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            ids = self._ids[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
            page = account_rows(self._book, ids)
            if len(page) != len(ids):  # deleted meanwhile: keep positions stable
                by_id = {r.id: r for r in page}
                page = [by_id.get(i) or _gone(i) for i in ids]
            self._pages[page_no] = page
            while len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE_SIZE]

    # --- QAbstractTableModel -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        attr = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if attr == "next_due_on":
                return due_text(row.next_due_on, self._today)
            return _display(row, attr)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            value = row.value_score if attr == "value_tier" else getattr(row, attr)
            return value.value if isinstance(value, Labeled) else value
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(row, attr) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and attr in _CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        warn = _WARNINGS.get(attr)
        if role == Qt.ItemDataRole.ForegroundRole and warn and warn(row, self._today):
            return QBrush(_WARNING)
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and attr == "next_due_on"
            and _soon(row, self._today)
        ):
            return QBrush(_SOON)
        if role == Qt.ItemDataRole.ForegroundRole:
            if attr == "value_tier" and row.value_tier is not None:
                return QBrush(_TIER_COLOURS[row.value_tier])
            if row.status in (AccountStatus.DORMANT, AccountStatus.LOST):
                return QBrush(QColor("#8a8a8a"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AccountTableModel", COLUMNS[section][1])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column][2]
        if (key, descending) == (self._query.sort, self._query.descending):
            return
        # A reset rather than a layout change: the order comes back from SQL, not from a
        # permutation we could map persistent indexes through. The page restores selection.
        self.set_query(replace(self._query, sort=key, descending=descending))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.refresh_rows()


translate = QCoreApplication.translate  # plurals: translate(_CONTEXT, text, "", n)
# a constant, so the translations tool (not lupdate, which misses the plural) reads the plurals
_CONTEXT = "AccountTableModel"
_WARNING = QColor("#b3261e")
_SOON = QColor("#9a5b00")  # amber: due within SOON_DAYS
SOON_DAYS = 3


def _soon(row: AccountRow, today: date) -> bool:
    due = row.next_due_on
    return due is not None and 0 < (due - today).days <= SOON_DAYS


def due_text(due: date | None, today: date) -> str:
    """ "逾期 29 天" / "今天" / "3 天后" ("29 days overdue" / "today" / "in 3 days")."""
    if due is None:
        return ""
    days = (due - today).days
    if days < 0:
        return translate(_CONTEXT, "%n day(s) overdue", "", -days)
    if days == 0:
        return QCoreApplication.translate("AccountTableModel", "today")
    return translate(_CONTEXT, "in %n day(s)", "", days)


_CENTRED = {"hq_grade", "spin_stage", "map_gap_count"}
_WARNINGS = {
    "next_due_on": lambda row, today: row.next_due_on is not None and row.next_due_on <= today,
    "map_gap_count": lambda row, _today: bool(row.map_gap_count),
}


def _tooltip(row: AccountRow, attr: str) -> str:
    """What a cell means in words: the gaps, the due reasons, the SPIN stage's name."""
    if attr == "map_gap_count" and row.map_gaps:
        return "\n".join(GapKind(code).label() for code in row.map_gaps if _known(GapKind, code))
    if attr == "next_due_on" and row.next_due_on is not None:  # the date, then why
        reasons = [RevisitRule(c).label() for c in row.due_reasons or () if _known(RevisitRule, c)]
        return "\n".join([row.next_due_on.isoformat(), *reasons])
    if attr == "spin_stage" and row.spin_stage is not None:
        return row.spin_stage.label()
    return _display(row, attr)


def _known(enum: type[Labeled], code: str) -> bool:
    try:
        enum(code)
    except ValueError:
        return False
    return True


def _gone(account_id: str) -> AccountRow:
    return AccountRow(
        id=account_id, code=None, name="", short_name=None, province=None, city=None,
        industry=None, hq_grade=None, value_tier=None, value_score=None, lifecycle_stage=None,
        status=AccountStatus.LOST, owner=None, sales_12m=None, last_visit_on=None,
    )  # fmt: skip
