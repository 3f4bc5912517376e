"""The Visits tab of an account: its timeline newest first, a summary line, and the buttons to
plan a visit, log an outcome (of a planned visit, or of one never planned), cancel and delete.

The timeline is read with one ``account_timeline`` call when the tab is shown (not for every
account the rep passes on the list). Deleting is undoable; the dialogs save by themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import VisitStatus
from kam_desktop.domain.errors import KamError
from kam_desktop.gui.account_tab import AccountTab
from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.table_keys import bind_table_keys
from kam_desktop.gui.visits.timeline_model import (
    TimelineSummary,
    TimelineView,
    local_text,
    summarize,
    summary_text,
)
from kam_desktop.gui.visits.visit_dialog import VisitDialog
from kam_desktop.services.book.handle import Book
from kam_desktop.services.visits.visits import (
    VisitRow,
    account_timeline,
    cancel_visit,
    delete_visit,
    restore_visit,
)

Changed = Callable[[str, str], None]
"""Called with (account id, visit id) after every redo and undo, to refresh the views."""


def ask_cancel_reason(parent: QWidget, title: str, label: str) -> str | None:
    """The reason for cancelling (may be empty), or None when the rep backs out. A module
    function so tests can answer without a modal loop."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal)
    return text if ok else None


class DeleteVisitCommand(QUndoCommand):
    """Moves a visit (with its next steps, complaints...) to the bin; undo brings it back."""

    def __init__(
        self, book: Book, account_id: str, visit_id: str, text: str, on_change: Changed
    ) -> None:
        super().__init__(text)
        self._book, self._account_id, self._visit_id = book, account_id, visit_id
        self._on_change = on_change

    def redo(self) -> None:
        delete_visit(self._book, self._visit_id)
        self._on_change(self._account_id, self._visit_id)

    def undo(self) -> None:
        restore_visit(self._book, self._visit_id)
        self._on_change(self._account_id, self._visit_id)


class AccountVisitsTab(AccountTab):
    """An account tab; ``account_changed(id)`` after any change made here."""

    def __init__(
        self, undo_stack: QUndoStack, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(undo_stack, parent, name="accountVisitsTab", today=today)

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("visitSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setStyleSheet("padding: 2px 2px 4px 2px;")
        self.plan_button = QPushButton(self)
        self.log_button = QPushButton(self)
        self.unplanned_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        # A tool bar, not a row layout: in a narrow pane the last buttons fold into its ">>"
        # menu instead of forcing the whole window wider.
        buttons = QToolBar(self)
        buttons.setObjectName("visitButtons")
        for button in (self.plan_button, self.log_button, self.unplanned_button):
            buttons.addWidget(button)
        spacer = QWidget(buttons)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        buttons.addWidget(spacer)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.delete_button)

        self.table = TimelineView(self)
        self.model = self.table.timeline

        self.stack = EmptyStateStack(self.table, self)
        self.empty_label = self.stack.label

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)
        layout.addWidget(self.stack, 1)

        self.plan_button.clicked.connect(self.plan_visit)
        self.log_button.clicked.connect(self.log_outcome)
        self.unplanned_button.clicked.connect(self.log_unplanned)
        self.cancel_button.clicked.connect(self.cancel_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.table.doubleClicked.connect(self._on_row_double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        bind_table_keys(self.table, on_open=self.open_current, on_delete=self.delete_current)
        translate_ui(self)
        self._show_state()

    # --- state -------------------------------------------------------------------------------

    def _now(self) -> datetime:
        if self._today is None:
            return datetime.now(UTC)
        return datetime.combine(self._today, datetime.now().time()).astimezone(UTC)

    def _read(self, book: Book, account_id: str) -> list[VisitRow]:
        return account_timeline(book, account_id)

    def _show(self, rows: list[VisitRow] | None, select_id: str | None) -> None:
        keep = select_id or self.current_visit_id()
        row_before = max(self.table.currentIndex().row(), 0)
        rows = rows or []
        self.model.set_rows(rows, self._now())
        if rows:
            self.table.fit_columns()
            if not self.select_visit(keep):
                self.table.selectRow(min(row_before, self.model.rowCount() - 1))
        self._show_state()

    def rows(self) -> list[VisitRow]:
        """The visits shown, in the table's order."""
        return self.model.rows()

    def current_visit(self) -> VisitRow | None:
        return self.table.current_row()

    def current_visit_id(self) -> str | None:
        visit = self.current_visit()
        return visit.id if visit else None

    def select_visit(self, visit_id: str | None) -> bool:
        return self.table.select_id(visit_id)

    def summary(self) -> TimelineSummary:
        return summarize(self.model.rows(), self._now())

    def _show_state(self) -> None:
        has_account = self._book is not None and self._account_id is not None
        has_rows = self.model.rowCount() > 0
        self.stack.setCurrentWidget(self.table if has_rows else self.empty_label)
        self.summary_label.setVisible(has_rows)
        self.plan_button.setEnabled(has_account)
        self.unplanned_button.setEnabled(has_account)
        self._update_texts()
        self._on_current_changed()

    def _on_current_changed(self, *_args: object) -> None:
        visit = self.current_visit()
        planned = visit is not None and visit.status == VisitStatus.PLANNED
        self.log_button.setEnabled(planned)
        self.cancel_button.setEnabled(planned)
        self.delete_button.setEnabled(visit is not None)

    # --- commands ----------------------------------------------------------------------------

    def plan_visit(self) -> VisitDialog | None:
        """Open the form for a new planned visit (window-modal; the tab reloads on save)."""
        return self._open_visit(None, "plan")

    def log_outcome(self) -> VisitDialog | None:
        """Log what happened at the chosen planned visit."""
        visit = self.current_visit()
        if visit is None or visit.status != VisitStatus.PLANNED:
            return None
        return self._open_visit(visit.id, "log")

    def log_unplanned(self) -> VisitDialog | None:
        """Log a visit that was never planned (a call, a chance meeting)."""
        return self._open_visit(None, "log")

    def open_current(self) -> VisitDialog | None:
        """Edit the chosen visit: a planned (or cancelled) one as a plan, a done one as a log."""
        visit = self.current_visit()
        if visit is None:
            return None
        return self._open_visit(visit.id, "log" if visit.status == VisitStatus.DONE else "plan")

    def _on_row_double_clicked(self, _index: QModelIndex) -> None:
        self.open_current()

    def _open_visit(self, visit_id: str | None, mode: str) -> VisitDialog | None:
        return self._open_dialog(
            lambda book, account_id: VisitDialog(
                book, account_id, visit_id, mode=mode, parent=self, today=self._today
            )
        )

    def _dialog_accepted(self, dialog: VisitDialog) -> None:
        if self._account_id is not None:
            saved = dialog.saved_visit()
            self._after_change(self._account_id, saved.id if saved else None)

    def cancel_current(self) -> bool:
        """Cancel the chosen planned visit, asking for a reason (kept in its notes)."""
        visit = self.current_visit()
        if self._book is None or visit is None or visit.status != VisitStatus.PLANNED:
            return False
        reason = ask_cancel_reason(
            self, self.tr("Cancel visit"), self.tr("Why is this visit cancelled? (optional)")
        )
        if reason is None:
            return False
        try:
            cancel_visit(self._book, visit.id, reason)
        except KamError as exc:
            show_error(self, exc)
            self.reload()
            return False
        self._after_change(visit.account_id, visit.id)
        return True

    def delete_current(self) -> bool:
        visit = self.current_visit()
        if self._book is None or visit is None:
            return False
        text = self.tr("Delete visit of %1").replace("%1", local_text(visit.planned_start))
        return self._push(
            DeleteVisitCommand(self._book, visit.account_id, visit.id, text, self._after_change)
        )

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.plan_button.setText(self.tr("Plan visit…"))
        self.log_button.setText(self.tr("Log outcome…"))
        self.unplanned_button.setText(self.tr("Log unplanned visit…"))
        self.cancel_button.setText(self.tr("Cancel visit"))
        self.delete_button.setText(self.tr("Delete"))
        self.plan_button.setToolTip(self.tr("Plan a visit with its objective and questions"))
        self.log_button.setToolTip(self.tr("Record what happened at the chosen planned visit"))
        self.unplanned_button.setToolTip(
            self.tr("Record a call or meeting that was not planned beforehand")
        )
        self.delete_button.setToolTip(self.tr("Delete the chosen visit (Ctrl+Z undoes it)"))
        self.model.retranslate()
        self._update_texts()

    def _update_texts(self) -> None:
        if self._account_id is None:
            self.empty_label.setText(self.tr("Choose an account to see its visits."))
        else:
            self.empty_label.setText(
                self.tr("No visits yet. Plan the first one, or log a call that already happened.")
            )
        self.summary_label.setText(summary_text(self.summary()))
