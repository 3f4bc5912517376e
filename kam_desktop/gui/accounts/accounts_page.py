"""The Accounts page: filters and list on the left, the chosen account's profile on the right."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import LifecycleStage, ValueTier
from kam_desktop.gui.accounts.account_detail import AccountDetailPanel
from kam_desktop.gui.accounts.account_form import AccountForm
from kam_desktop.gui.accounts.account_table_model import (
    COLUMN_OF,
    HIDDEN_AT_FIRST,
    AccountTableModel,
    due_text,
)
from kam_desktop.gui.accounts.filter_bar import FilterBar
from kam_desktop.gui.accounts.undo_commands import DeleteAccountCommand
from kam_desktop.gui.contact_map.map_tab import ContactMapTab
from kam_desktop.gui.contacts.contacts_tab import ContactsTab
from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.spin.spin_board_tab import SpinBoardTab
from kam_desktop.gui.value.value_tab import ValueTab
from kam_desktop.gui.visits.account_visits_tab import AccountVisitsTab
from kam_desktop.services.accounts.accounts import (
    AccountDetail,
    get_account,
    get_account_by_code,
)
from kam_desktop.services.accounts.find_accounts import AccountQuery, count_accounts, filter_options
from kam_desktop.services.book.account_caches import refresh_account
from kam_desktop.services.book.handle import Book

NAME_WIDTH = 210  # px: "杭州恒远机械设备有限公司" and most company names fit

LIST_WIDTH = 650  # the name and the risk columns at 1366 × 768


class AccountsPage(QWidget):
    """Emits ``counts_changed(shown, total)`` for the status bar."""

    counts_changed = Signal(int, int)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book: Book | None = None
        self._undo = undo_stack
        self._total = 0

        self.filter_bar = FilterBar(self)
        self.model = AccountTableModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("accountTable")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The name keeps a readable width; in a narrow pane the list scrolls sideways instead.
        header.resizeSection(COLUMN_OF["name"], NAME_WIDTH)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(COLUMN_OF["name"], Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        for attr in HIDDEN_AT_FIRST:
            header.setSectionHidden(COLUMN_OF[attr], True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._on_header_menu_requested)

        self.list_stack = EmptyStateStack(self.table, self)
        self.empty_label = self.list_stack.label

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.list_stack, 1)

        self.form = AccountForm(parent=self)
        self.detail = AccountDetailPanel(self)
        self.detail.add_tab("account", self.form, lambda: self.tr("Profile"))
        self.contacts_tab = ContactsTab(undo_stack, self)
        self.detail.add_tab("contacts", self.contacts_tab, lambda: self.tr("Contacts"))
        self.map_tab = ContactMapTab(undo_stack, self)
        self.detail.add_tab("map", self.map_tab, lambda: self.tr("Map"))
        self.visits_tab = AccountVisitsTab(undo_stack, self)
        self.detail.add_tab("visits", self.visits_tab, lambda: self.tr("Visits"))
        self.spin_tab = SpinBoardTab(undo_stack, self)
        self.detail.add_tab("spin", self.spin_tab, lambda: self.tr("SPIN"))
        self.value_tab = ValueTab(undo_stack, self)
        self.detail.add_tab("value", self.value_tab, lambda: self.tr("Value"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        # One split for every tab (it used to move with the tab, and the list jumped): the list
        # keeps its risk columns, the detail the rest; the rep's own drag is kept.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([LIST_WIDTH, 1366 - 150 - LIST_WIDTH])  # the rest at 1366 wide
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

        self.filter_bar.query_changed.connect(self._on_query_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.activated.connect(self._on_row_activated)
        self.model.modelReset.connect(self._on_model_reset)
        self.form.account_saved.connect(self._on_account_saved)
        self.detail.account_changed.connect(self._on_account_changed_in_tab)
        self._on_model_reset()
        translate_ui(self)

    @property
    def total(self) -> int:
        """Live accounts in the book (before search and filters)."""
        return self._total

    def _fit_columns(self) -> None:
        """Size columns to their header text and typical content, never by scanning all rows."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        typical = {"code": "0000000", "city": "浙江省 杭州市", "industry": "Manufactur",
                   "hq_grade": "A", "owner": "欧阳明", "last_visit_on": "2026-11-25",
                   "spin_stage": "N", "map_gap_count": "99"}  # fmt: skip
        # the words of the UI's language: a tier with its score, the longest stage, a year due
        typical["value_tier"] = f"{ValueTier.PLATINUM.label()} 99.9"
        typical["lifecycle_stage"] = max((s.label() for s in LifecycleStage), key=len)
        typical["next_due_on"] = due_text(date(2025, 1, 1), date(2026, 1, 1))
        for attr, sample in typical.items():
            column = COLUMN_OF[attr]
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal, 0) or "")
            width = max(metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            header.resizeSection(column, min(width + 16, 160))

    # --- book ------------------------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._book = book
        self.form.set_book(book)
        self.detail.set_book(book)
        self._reload_options()
        self.model.set_book(book, self._current_query())
        if self.model.rowCount():  # open on the first account rather than an empty pane
            self.table.selectRow(0)

    def _reload_options(self) -> None:
        if self._book is not None:
            self.filter_bar.set_options(filter_options(self._book))
            self._total = count_accounts(self._book)
        else:
            self._total = 0

    def _current_query(self) -> AccountQuery:
        query = self.filter_bar.query()
        sort = self.model.query
        return AccountQuery(**{**query.__dict__, "sort": sort.sort, "descending": sort.descending})

    # --- selection -----------------------------------------------------------------------------

    def current_account_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.account_id(index.row()) if index.isValid() else None

    def select_account(self, account_id: str) -> bool:
        row = self.model.row_of(account_id)
        if row < 0:
            return False
        index = self.model.index(row, COLUMN_OF["name"])
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        return True

    def open_account_code(self, code: str) -> bool:
        """Show the account with HQ code ``code`` (clearing filters if they hide it)."""
        if self._book is None:
            return False
        self.open_account(get_account_by_code(self._book, code).id)
        return True

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._book is None or not current.isValid():
            return
        if self.form.is_editing:
            return  # never throw away what the rep is typing
        self._show(self.model.account_id(current.row()))

    def _show(self, account_id: str | None) -> None:
        """Show one account (or none) in the profile form and every other tab."""
        if self._book is None or account_id is None:
            self.form.show_account(None)
            self.detail.set_heading(None)
            self.detail.show_account(None)
            return
        account = get_account(self._book, account_id)
        self.form.show_account(account)
        self.detail.set_heading(_heading(account))
        self.detail.show_account(account_id)

    def _on_header_menu_requested(self, pos: QPoint) -> None:
        """Right-click on the header: choose which columns to show."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            if column == COLUMN_OF["name"]:
                continue
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal, 0))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(pos))

    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid() and not self.form.is_editing:
            self.form.start_edit()

    # --- commands ---------------------------------------------------------------------------

    def new_account(self) -> None:
        if self._book is None:
            return
        self.form.start_new(self._book.meta.get("owner") or None)

    def delete_current(self) -> bool:
        account_id = self.current_account_id()
        if self._book is None or account_id is None:
            return False
        detail = get_account(self._book, account_id)
        row = self.table.currentIndex().row()
        text = self.tr("Delete account %1").replace("%1", detail.name)
        self._undo.push(DeleteAccountCommand(self._book, account_id, text, self._after_delete))
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))
        else:
            self._show(None)
        return True

    def _after_delete(self, account_id: str) -> None:
        self._reload_options()
        self.model.reload()
        if self.select_account(account_id) and self._book is not None:
            self._show(account_id)

    def account_changed_elsewhere(self, account_id: str) -> None:
        """Another page (Visits) changed this account: refresh its columns and open tabs."""
        self._on_account_changed_in_tab(account_id)
        if self.detail.account_id == account_id and not self.form.is_editing:
            self.detail.show_account(account_id)

    def open_account(self, account_id: str) -> None:
        """Select and show the account with this id (clearing filters if they hide it)."""
        if not self.select_account(account_id):
            self.filter_bar.clear()
            self.select_account(account_id)
        self._show(account_id)

    def _on_account_changed_in_tab(self, account_id: str) -> None:
        """Contacts or notes changed: the list's cached columns for that account follow."""
        if self._book is not None:
            refresh_account(self._book, account_id)
        self._on_account_saved(account_id)

    def reload(self) -> None:
        """Read the book again (after a background refresh of cached columns)."""
        self._reload_options()
        self.model.reload()

    def _on_account_saved(self, account_id: str) -> None:
        self._reload_options()
        self.model.reload()
        self.select_account(account_id)

    # --- list state -------------------------------------------------------------------------

    def _on_query_changed(self, query: AccountQuery) -> None:
        keep = self.current_account_id()
        self.model.set_query(
            AccountQuery(**{**query.__dict__, "sort": self.model.query.sort,
                            "descending": self.model.query.descending})
        )  # fmt: skip
        if keep:
            self.select_account(keep)

    def _on_model_reset(self) -> None:
        shown = self.model.rowCount()
        if self.form.detail is not None:  # keep the open account selected across re-sorts
            row = self.model.row_of(self.form.detail.id)
            if row >= 0:
                self.table.selectRow(row)
        self.list_stack.setCurrentWidget(self.table if shown else self.empty_label)
        self._update_empty_text()
        self.counts_changed.emit(shown, self._total)

    def _update_empty_text(self) -> None:
        if self._total == 0:
            self.empty_label.setText(
                self.tr(
                    "This account book has no accounts yet.\n\n"
                    "Press Ctrl+N to add your first account."
                )
            )
        else:
            self.empty_label.setText(
                self.tr(
                    "No account matches your search or filters.\n\n"
                    "Try fewer characters, or press \u201cClear filters\u201d."
                )
            )

    def focus_search(self) -> None:
        self.filter_bar.focus_search()

    def retranslate(self) -> None:
        self.model.retranslate()
        self._fit_columns()
        self._update_empty_text()


def _heading(account: AccountDetail) -> str:
    """ "睿博（上海）环境科技有限公司 · 0088970 · 铂金": the name first, then code and tier."""
    facts = [account.code, account.value_tier.label() if account.value_tier else None]
    return " · ".join([account.name, *(f for f in facts if f)])
