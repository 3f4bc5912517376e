"""The Due list (待回访): accounts due for a visit and why, with Plan visit…, Snooze…, Dismiss…
and the revisit rules one click away.

Snoozing and dismissing act on every reason the account is listed for, and are kept in the
book (``RevisitItem`` rows), so the account stays off the list when the page is opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError
from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.row_table import RowTable
from kam_desktop.gui.table_keys import bind_table_keys
from kam_desktop.gui.visits.due_decisions import (
    DecisionCommand,
    DismissDialog,
    SnoozeDialog,
)
from kam_desktop.gui.visits.due_model import (
    COLUMN_OF,
    ROW_ROLE,
    SORT_ROLE,
    DueModel,
    about_text,
    reason_lines,
)
from kam_desktop.gui.visits.revisit_rules_dialog import RevisitRulesDialog
from kam_desktop.services.book.handle import Book
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.revisits.revisits import dismiss, due_list, snooze


class DuePanel(QWidget):
    """``plan_requested(DueItem)`` asks the page to open the visit form; ``account_requested``
    asks the window to show an account; ``changed(account_id)`` after a snooze or dismissal
    (and their undo), ``changed("")`` after the rules changed (any account may have)."""

    plan_requested = Signal(object)
    account_requested = Signal(str)
    changed = Signal(str)

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo = undo_stack
        self._book: Book | None = None
        self._today = date.today()
        self.dialog: QDialog | None = None  # the snooze, dismiss or rules dialog open, if any

        self.title_label = QLabel(self)
        self.title_label.setObjectName("dueTitle")
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("dueCount")
        self.plan_button = QPushButton(self)
        self.plan_button.setObjectName("planDueButton")
        self.snooze_button = QPushButton(self)
        self.snooze_button.setObjectName("snoozeButton")
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.setObjectName("dismissButton")
        self.rules_button = QPushButton(self)
        self.rules_button.setObjectName("rulesButton")
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.plan_button, self.snooze_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.rules_button)

        self.model = DueModel(self)
        self.table = RowTable(self.model, SORT_ROLE, "dueTable", self)
        self.proxy = self.table.proxy
        self.table.sortByColumn(COLUMN_OF["due"], Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COLUMN_OF["reasons"], QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.stack = EmptyStateStack(self.table, self, "dueEmptyState")
        self.empty_label = self.stack.label

        self.detail = QPlainTextEdit(self)
        self.detail.setObjectName("dueDetail")
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(150)
        self.detail.setStyleSheet("QPlainTextEdit { background: #f7f8fa; }")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.detail)

        self.plan_button.clicked.connect(self.plan_current)
        self.snooze_button.clicked.connect(self.snooze_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.rules_button.clicked.connect(self.open_rules)
        self.table.doubleClicked.connect(self.plan_current)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.proxy.rowsRemoved.connect(self._show_state)
        bind_table_keys(self.table, on_open=self.plan_current)
        translate_ui(self)
        self._show_state()

    # --- state -------------------------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        """Use ``book`` from the next ``reload()`` on (an empty list until then)."""
        self._book = book
        self.model.set_items([], self._today)
        self._show_state()

    def set_today(self, today: date) -> None:
        self._today = today

    def reload(self) -> None:
        """Ask the rules again (after a visit was logged, a setting changed, a new day)."""
        keep = self.current_item()
        items = due_list(self._book, self._today) if self._book is not None else []
        self.model.set_items(items, self._today)
        self.table.resizeColumnToContents(COLUMN_OF["account"])
        self.table.setColumnWidth(COLUMN_OF["account"], min(self.table.columnWidth(0), 210))
        self.table.resizeColumnToContents(COLUMN_OF["due"])
        self._show_state()
        if not (keep and self.select_account(keep.account_id)) and self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def items(self) -> list[DueItem]:
        """The items in the order shown."""
        rows = range(self.proxy.rowCount())
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in rows]

    def account_ids(self) -> list[str]:
        return [item.account_id for item in self.items()]

    def current_item(self) -> DueItem | None:
        row = self.table.current_source_row()
        return None if row is None else self.model.item(row)

    def select_account(self, account_id: str) -> bool:
        return self.table.choose_source_row(self.model.row_of(account_id))

    def _show_state(self, *_args: object) -> None:
        count = self.model.rowCount()
        self.stack.setCurrentWidget(self.table if count else self.empty_label)
        self.count_label.setText(self.tr("%n account(s)", "", count) if count else "")
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        item = self.current_item()
        for button in (self.plan_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(item is not None)
        self.rules_button.setEnabled(self._book is not None)
        self.detail.setVisible(item is not None)
        if item is not None:
            about = about_text(item)
            heading = f"{item.account_name} ({about})" if about else item.account_name
            self.detail.setPlainText("\n".join([heading, *reason_lines(item)]))

    # --- commands ----------------------------------------------------------------------------

    def plan_current(self, *_args: object) -> None:
        item = self.current_item()
        if item is not None:
            self.plan_requested.emit(item)

    def _on_context_menu(self, pos: QPoint) -> None:
        item = self.current_item() if self.table.indexAt(pos).isValid() else None
        if item is None:
            return
        menu = QMenu(self)
        menu.addAction(self.plan_button.text(), self.plan_current)
        menu.addAction(self.snooze_button.text(), self.snooze_current)
        menu.addAction(self.dismiss_button.text(), self.dismiss_current)
        menu.addSeparator()
        menu.addAction(
            self.tr("Show account"), lambda: self.account_requested.emit(item.account_id)
        )
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def snooze_current(self) -> SnoozeDialog | None:
        item = self.current_item()
        if item is None or self._book is None or self.dialog is not None:
            return None
        book, today = self._book, self._today
        dialog = SnoozeDialog(item, today, self)

        def decide() -> None:
            snooze(book, item.reasons, dialog.until(), today=today)

        text = self.tr("Snooze %1").replace("%1", item.account_name)
        self._open(dialog, decide, item, text)
        return dialog

    def dismiss_current(self) -> DismissDialog | None:
        item = self.current_item()
        if item is None or self._book is None or self.dialog is not None:
            return None
        book = self._book
        dialog = DismissDialog(item, self)
        reason = dialog.reason

        def decide() -> None:
            dismiss(book, item.reasons, reason())

        text = self.tr("Dismiss %1").replace("%1", item.account_name)
        self._open(dialog, decide, item, text)
        return dialog

    def open_rules(self) -> RevisitRulesDialog | None:
        if self._book is None or self.dialog is not None:
            return None
        dialog = RevisitRulesDialog(self._book, self)
        self._open(dialog, None, None, "")
        return dialog

    def _open(
        self, dialog: QDialog, decide: Callable[[], None] | None, item: DueItem | None, text: str
    ) -> None:
        """Run ``dialog`` window-modally; when accepted, save the decision (undoably)."""

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted or self._book is None:
                return
            if decide is not None and item is not None:
                try:
                    decide()
                except KamError as exc:
                    show_error(self, exc)
                    return
                self.model.remove_account(item.account_id)
                self._undo.push(DecisionCommand(text, item, decide, self._book, self._after_undo))
                self.changed.emit(item.account_id)
            else:
                self.reload()
                self.changed.emit("")

        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()

    def _after_undo(self, account_id: str) -> None:
        self.reload()
        self.changed.emit(account_id)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title_label.setText(self.tr("Due for a visit"))
        self.plan_button.setText(self.tr("Plan visit…"))
        self.plan_button.setToolTip(self.tr("Plan a revisit of the chosen account (Enter)"))
        self.snooze_button.setText(self.tr("Snooze…"))
        self.snooze_button.setToolTip(self.tr("Hide the chosen account until a later date"))
        self.dismiss_button.setText(self.tr("Dismiss…"))
        self.dismiss_button.setToolTip(self.tr("Drop these reminders, with a reason"))
        self.rules_button.setText(self.tr("Rules…"))
        self.rules_button.setToolTip(self.tr("When an account is due: the revisit rules"))
        self.empty_label.setText(self.tr(
            "Nothing due. Plan your week from the agenda, or log a visit you made "
            "without a plan."
        ))  # fmt: skip
        self.model.retranslate()
        self._show_state()
