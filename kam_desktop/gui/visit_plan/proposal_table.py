"""What the plan proposes: due revisits (ranked by tier × days overdue), then accounts in the
plan's cities not visited for a while; each row says why."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.visit_plan.plan_tree import place
from kam_desktop.services.visit_plan.model import Proposal

COLUMNS = 3
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ProposalTable(QTableWidget):
    """One proposal a row: the account (city and district) with why under it, then its tier
    and days overdue. Rows are two lines high, sized for Chinese text: the header's own sizing
    measures the Latin font and cut the second line off. A long line ends in "…" (the tooltip
    has it whole)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self.setObjectName("proposalTable")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._proposals: list[Proposal] = []
        translate_ui(self)
        self._fit_rows()

    def _fit_rows(self) -> None:
        metrics = QFontMetrics(self.font())
        line = max(metrics.lineSpacing(), metrics.boundingRect("国Ág").height() + 2)
        self.verticalHeader().setDefaultSectionSize(2 * line + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_rows()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels(
            [self.tr("Account and why"), self.tr("Tier"), self.tr("Days overdue")]
        )
        self.set_proposals(self._proposals)  # tiers and reasons in the new language

    def set_proposals(self, proposals: list[Proposal]) -> None:
        chosen = self.current_proposal()
        self._proposals = list(proposals)
        self.clearSelection()
        self.setRowCount(len(self._proposals))
        for row, p in enumerate(self._proposals):
            name = f"{p.account_code}  {p.account_name}" if p.account_code else p.account_name
            where = place(p.city, p.district)
            name = f"{name} ({where})" if where else name
            reason = f"{p.kind.label()}: {p.reason()}"
            overdue = str(p.overdue_days) if p.overdue_days > 0 else ""
            cells = [f"{name}\n{reason}", p.tier.label() if p.tier else "", overdue]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setTextAlignment(RIGHT)
                self.setItem(row, column, item)
            if chosen is not None and p.account_id == chosen.account_id:
                self.selectRow(row)

    def proposals(self) -> list[Proposal]:
        return list(self._proposals)

    def current_proposal(self) -> Proposal | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self._proposals[row] if 0 <= row < len(self._proposals) else None

    def select_account(self, account_id: str) -> bool:
        for row, p in enumerate(self._proposals):
            if p.account_id == account_id:
                self.selectRow(row)
                return True
        return False
