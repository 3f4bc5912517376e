"""The planned visits of the range, by day: time, account, city and district, purpose.

A visit is dragged up or down within its day (never onto another day: that is a new time, set
with "Set time…"); the drop does not move the row itself but emits ``reordered(ids)`` with
the day's visits in their new order, and the page reschedules them and reads the plan again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.visit_plan.model import PlannedVisit, VisitPlan

ID_ROLE = Qt.ItemDataRole.UserRole


def place(city: str | None, district: str | None) -> str:
    """ "City · district", either left out when unknown."""
    return " · ".join(p for p in (city, district) if p)


class PlanTree(QTreeWidget):
    """``reordered(visit_ids)``: one day's visits in the order the rep dropped them."""

    reordered = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planTree")
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._days: dict[date, QTreeWidgetItem] = {}
        translate_ui(self)

    def retranslate(self) -> None:
        self.setHeaderLabels(
            [self.tr("Time"), self.tr("Account"), self.tr("City · district"), self.tr("Purpose")]
        )

    def set_plan(self, plan: VisitPlan | None) -> None:
        """Show ``plan``'s visits by day; the chosen visit stays chosen."""
        chosen = self.current_visit_id()
        self.clear()
        self._days = {}
        locale = QLocale()
        for day, visits in plan.days() if plan else []:
            weekday = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
            head = QTreeWidgetItem(self, [f"{day.isoformat()}  {weekday}"])
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self._days[day] = head
            for visit in visits:
                self._add_visit(head, visit, visit.visit_id == chosen)
        self.expandAll()

    def _add_visit(self, head: QTreeWidgetItem, visit: PlannedVisit, chosen: bool) -> None:
        account = visit.account
        name = f"{account.code}  {account.name}" if account.code else account.name
        purpose = visit.purpose.label() if visit.purpose else ""
        when = visit.start.astimezone().strftime("%H:%M")
        item = QTreeWidgetItem(head, [when, name, place(visit.city, visit.district), purpose])
        item.setData(0, ID_ROLE, visit.visit_id)
        item.setToolTip(1, name)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        if chosen:
            self.setCurrentItem(item)

    # --- reading -----------------------------------------------------------------------------

    def current_visit_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def day_ids(self, day: date) -> list[str]:
        """The visit ids of ``day`` in the order shown."""
        head = self._days.get(day)
        if head is None:
            return []
        return [head.child(i).data(0, ID_ROLE) for i in range(head.childCount())]

    def select_visit(self, visit_id: str) -> bool:
        for head in self._days.values():
            for i in range(head.childCount()):
                if head.child(i).data(0, ID_ROLE) == visit_id:
                    self.setCurrentItem(head.child(i))
                    return True
        return False

    # --- reordering --------------------------------------------------------------------------

    def move_visit(self, visit_id: str, index: int) -> bool:
        """Put ``visit_id`` at ``index`` among its day's visits; emits ``reordered`` when the
        order changes."""
        for head in self._days.values():
            ids = [head.child(i).data(0, ID_ROLE) for i in range(head.childCount())]
            if visit_id in ids:
                order = [i for i in ids if i != visit_id]
                order.insert(max(0, min(index, len(order))), visit_id)
                if order != ids:
                    self.reordered.emit(order)
                    return True
                return False
        return False

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()  # the rows stay put: the page re-reads the plan after rescheduling
        if source is None or target is None or source.parent() is None:
            return
        head = source.parent()
        if target is head:
            index = 0
        elif target.parent() is head:
            index = head.indexOfChild(target)
            below = (
                self.dropIndicatorPosition() == QAbstractItemView.DropIndicatorPosition.BelowItem
            )
            if below:
                index += 1
            if head.indexOfChild(source) < index:
                index -= 1  # the source leaves its place above the target first
        else:
            return  # another day: a new time is set with "Set time…"
        self.move_visit(source.data(0, ID_ROLE), index)
