"""An account's visits, newest first, as a Qt table model, and the summary line above it.

The rows come from one ``account_timeline`` call (attendees and open counts included), so an
account with thousands of visits costs a handful of queries; cells are formatted on demand.
The model sorts itself (one Python sort on precomputed keys): a sort proxy would call ``data``
tens of thousands of times for 2,000 rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from kam_desktop.domain.enums import VisitStatus
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.visits.visit_fields import VisitField
from kam_desktop.services.visits.visits import VisitRow

_ROOT = QModelIndex()
_CONTEXT = "TimelineModel"
EXCERPT_LENGTH = 60
SIZE_SAMPLE_ROWS = 60  # rows measured to fit the columns: the newest, not all 2,000
MAX_ATTENDEES_WIDTH = 170

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

COLUMNS: tuple[tuple[str, VisitField | str], ...] = (
    ("when", QT_TRANSLATE_NOOP(_CONTEXT, "When")),
    ("status", VisitField.STATUS),
    ("method", VisitField.METHOD),
    ("purpose", VisitField.PURPOSE),
    ("attendees", VisitField.ATTENDEES),
    ("next_steps", QT_TRANSLATE_NOOP(_CONTEXT, "Steps")),
    ("complaints", QT_TRANSLATE_NOOP(_CONTEXT, "Compl.")),
    ("excerpt", QT_TRANSLATE_NOOP(_CONTEXT, "Objective / outcome")),
)
COLUMN_OF = {key: i for i, (key, _header) in enumerate(COLUMNS)}
HEADER_TIPS = {
    "next_steps": QT_TRANSLATE_NOOP(_CONTEXT, "Open next steps agreed at the visit"),
    "complaints": QT_TRANSLATE_NOOP(_CONTEXT, "Open complaints raised at the visit"),
    "excerpt": QT_TRANSLATE_NOOP(_CONTEXT, "The outcome of a done visit, else its objective"),
}

STATUS_ORDER = {status: i for i, status in enumerate(VisitStatus)}
STATUS_COLOURS = {
    VisitStatus.PLANNED: QColor("#0a5fa8"),
    VisitStatus.DONE: QColor("#1b6e3c"),
    VisitStatus.CANCELLED: QColor("#6b6f76"),
    VisitStatus.RESCHEDULED: QColor("#6b6f76"),
    VisitStatus.MISSED: QColor("#9a4a00"),
}
OVERDUE_COLOUR = QColor("#b3261e")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def local_text(moment: datetime | None) -> str:
    """An aware UTC time as the rep's local "2026-12-09 09:00"."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment else ""


def excerpt_source(row: VisitRow) -> str:
    """What the visit was for or what came of it: the outcome once done, else the objective."""
    if row.status == VisitStatus.DONE and row.outcome:
        return row.outcome
    return row.objectives or row.outcome or ""


def excerpt(text: str, length: int = EXCERPT_LENGTH) -> str:
    """One line of at most ``length`` characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1].rstrip() + "…"


@dataclass(frozen=True)
class TimelineSummary:
    """The line above the timeline."""

    last_done: VisitRow | None
    next_planned: VisitRow | None
    overdue: int
    open_next_steps: int
    open_complaints: int


def summarize(rows: list[VisitRow], now: datetime) -> TimelineSummary:
    """Summary of a newest-first timeline, relative to ``now`` (aware)."""
    done = [r for r in rows if r.status == VisitStatus.DONE]
    # The newest by when it happened, not by when it was planned.
    last_done = max(done, key=lambda r: r.done_at or r.planned_start) if done else None
    planned = [r for r in rows if r.status == VisitStatus.PLANNED]
    ahead = [r for r in planned if r.planned_start >= now]
    return TimelineSummary(
        last_done=last_done,
        next_planned=min(ahead, key=lambda r: r.planned_start) if ahead else None,
        overdue=len(planned) - len(ahead),
        open_next_steps=sum(r.open_next_steps for r in rows),
        open_complaints=sum(r.open_complaints for r in rows),
    )


def summary_text(summary: TimelineSummary) -> str:
    """ "Last visit: … · Next planned: … · 2 open next steps · 1 open complaint"."""
    parts = []
    last, upcoming = summary.last_done, summary.next_planned
    if last is not None:
        purpose = f" ({last.purpose.label()})" if last.purpose else ""
        when = local_text(last.done_at or last.planned_start)[:10]
        parts.append(_tr("Last visit: %1").replace("%1", when + purpose))
    else:
        parts.append(_tr("No visit done yet"))
    if upcoming is not None:
        purpose = f" ({upcoming.purpose.label()})" if upcoming.purpose else ""
        when = local_text(upcoming.planned_start)
        parts.append(_tr("Next planned: %1").replace("%1", when + purpose))
    else:
        parts.append(_tr("Nothing planned"))
    if summary.overdue:
        parts.append(QCoreApplication.translate(_CONTEXT, "%n overdue", None, summary.overdue))
    parts.append(
        QCoreApplication.translate(_CONTEXT, "%n open next step(s)", None, summary.open_next_steps)
    )
    parts.append(
        QCoreApplication.translate(_CONTEXT, "%n open complaint(s)", None, summary.open_complaints)
    )
    return "  ·  ".join(parts)


class TimelineModel(QAbstractTableModel):
    """Rows of ``VisitRow``, newest first until the view sorts them otherwise."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []
        self._now = datetime.now(UTC)
        self._sort_key = "when"
        self._descending = True

    def set_rows(self, rows: list[VisitRow], now: datetime | None = None) -> None:
        """A new timeline (newest first), kept in the order the view last chose."""
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now or datetime.now(UTC)
        if (self._sort_key, self._descending) != ("when", True):
            self._sort_rows()
        self.endResetModel()

    def _sort_rows(self) -> None:
        key = self._sort_key
        self._rows.sort(key=lambda r: self.sort_value(r, key), reverse=self._descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.row() < len(self._rows) else None for i in before]
        self._sort_key = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        self._sort_rows()
        rows = {r.id: i for i, r in enumerate(self._rows)}
        after = [
            self.index(rows[visit_id], index.column()) if visit_id in rows else QModelIndex()
            for index, visit_id in zip(before, ids, strict=True)
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def rows(self) -> list[VisitRow]:
        return list(self._rows)

    def row_of(self, visit_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == visit_id), -1)

    def row_data(self, row: int) -> VisitRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def is_overdue(self, row: VisitRow) -> bool:
        return row.is_overdue(self._now)

    # --- cells ---------------------------------------------------------------------------------

    def display(self, row: VisitRow, key: str) -> str:
        if key == "when":
            return local_text(row.planned_start)
        if key == "status":
            if self.is_overdue(row):
                return _tr("Overdue")
            return row.status.label()
        if key == "method":
            return row.method.label()
        if key == "purpose":
            return row.purpose.label() if row.purpose else ""
        if key == "attendees":
            return ", ".join(row.attendee_names)
        if key == "excerpt":
            return excerpt(excerpt_source(row))
        count = row.open_next_steps if key == "next_steps" else row.open_complaints
        return str(count) if count else ""

    def sort_value(self, row: VisitRow, key: str) -> Any:
        if key == "when":
            return row.planned_start.timestamp()
        if key == "status":
            return STATUS_ORDER[row.status]
        if key == "next_steps":
            return row.open_next_steps
        if key == "complaints":
            return row.open_complaints
        return self.display(row, key)

    def tooltip(self, row: VisitRow, key: str) -> str | None:
        if key in ("excerpt", "purpose"):  # a narrow pane may scroll the excerpt out of view
            parts = []
            if row.objectives:
                parts.append(f"{VisitField.OBJECTIVES.label()}: {row.objectives}")
            if row.outcome:
                parts.append(f"{VisitField.OUTCOME.label()}: {row.outcome}")
            return "\n\n".join(parts) or None
        if key == "status" and self.is_overdue(row):
            return _tr("Planned for a time that has passed: log its outcome or cancel it.")
        if key == "when" and row.done_at is not None:
            return f"{VisitField.DONE_AT.label()}: {local_text(row.done_at)}"
        return self.display(row, key) or None

    # --- QAbstractTableModel -------------------------------------------------------------------

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
            return self.display(row, key)
        if role == SORT_ROLE:
            return self.sort_value(row, key)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and key == "status":
            colour = OVERDUE_COLOUR if self.is_overdue(row) else STATUS_COLOURS[row.status]
            return QBrush(colour)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("next_steps", "complaints"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, header = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return header.label() if isinstance(header, VisitField) else _tr(header)
        if role == Qt.ItemDataRole.ToolTipRole and key in HEADER_TIPS:
            return _tr(HEADER_TIPS[key])
        return None

    def retranslate(self) -> None:
        """Labels come from the translator: tell views every cell and header changed."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)


class TimelineView(QTableView):
    """The timeline table: whole rows, newest first, columns fitted to the newest rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitTimeline")
        self.timeline = TimelineModel(self)
        self.setModel(self.timeline)
        self.setSortingEnabled(True)
        self.sortByColumn(COLUMN_OF["when"], Qt.SortOrder.DescendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the objective / outcome excerpt
        header.setMinimumSectionSize(40)
        header.setResizeContentsPrecision(SIZE_SAMPLE_ROWS)

    def fit_columns(self) -> None:
        """Fit the columns to the newest rows; long attendee lists give way to the excerpt."""
        self.resizeColumnsToContents()
        attendees = COLUMN_OF["attendees"]
        self.setColumnWidth(attendees, min(self.columnWidth(attendees), MAX_ATTENDEES_WIDTH))

    def current_row(self) -> VisitRow | None:
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().hasSelection():
            return None
        return self.timeline.row_data(index.row())

    def select_id(self, visit_id: str | None) -> bool:
        row = self.timeline.row_of(visit_id) if visit_id else -1
        if row < 0:
            return False
        index = self.timeline.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True
