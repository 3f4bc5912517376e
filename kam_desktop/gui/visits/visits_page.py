"""The Visits page: the Due list on the left, the agenda on the right.

The agenda shows the visits of a range (overdue, today, this week, next 7 days, chosen days)
grouped by local day; double-clicking a planned visit logs its outcome, any other opens it.
Visits can be logged without a plan (after choosing the account) and the shown range exported
as an ``.ics`` calendar. Planning from the Due list opens the visit form prefilled for a
revisit on the due day. ``today`` can be pinned (tests, screenshots); by default it is the
real date.
"""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.enums import VisitStatus
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.gui.empty_state import EmptyStateStack
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.lazy_view import LazyView
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.gui.visits.account_picker import AccountPicker
from kam_desktop.gui.visits.agenda_filters import AgendaFilters, AgendaRange
from kam_desktop.gui.visits.agenda_model import AgendaModel
from kam_desktop.gui.visits.agenda_view import AgendaView
from kam_desktop.gui.visits.due_panel import DuePanel
from kam_desktop.gui.visits.visit_dialog import VisitDialog
from kam_desktop.services.accounts.find_accounts import filter_options
from kam_desktop.services.book.handle import Book
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.revisits.revisits import plan_from_due
from kam_desktop.services.visits.calendar_ics import export_ics
from kam_desktop.services.visits.visits import VisitRow, list_visits, local_day_range

log = logging.getLogger(__name__)

DEFAULT_START = time(9, 0)  # a revisit planned from the Due list starts at 09:00 local
LATEST_START = time(23, 0)
DEFAULT_LENGTH = timedelta(hours=1)
AGENDA, EXPORT = "visits.agenda", "visits.export_ics"  # BackgroundOp kinds, one each per page


def ask_ics_path(parent: QWidget, title: str, suggested: str, filter_text: str) -> Path | None:
    """Where to save the calendar, or None. A module function so tests can answer."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, suggested, filter_text)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


class VisitsPage(LazyView):
    """``account_requested(id)`` asks the window to show an account; ``account_changed(id)``
    tells it an account's visits or due revisits changed here; ``rules_changed`` that the
    revisit rules did (every account's due state may have)."""

    account_requested = Signal(str)
    account_changed = Signal(str)
    rules_changed = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent, stale=True)
        self.setObjectName("visitsPage")
        self._book: Book | None = None
        self._today: date | None = None
        self.dialog: QDialog | None = None  # the visit form or account picker open, if any

        self.due = DuePanel(undo_stack, self)
        self.agenda_title = QLabel(self)
        self.agenda_title.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("agendaCount")
        self.filters = AgendaFilters(self)
        self.unplanned_button = QPushButton(self)
        self.unplanned_button.setObjectName("logUnplannedButton")
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportIcsButton")
        self.status_label = QLabel(self)
        self.status_label.setObjectName("agendaStatus")
        self.status_label.setStyleSheet("color: #555;")
        heading = QHBoxLayout()
        heading.addWidget(self.agenda_title)
        heading.addStretch(1)
        heading.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.unplanned_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.status_label)

        self.model = AgendaModel(self)
        self.tree = AgendaView(self.model, self)
        self.stack = EmptyStateStack(self.tree, self, "agendaEmptyState")
        self.empty_label = self.stack.label

        agenda = QWidget(self)
        right = QVBoxLayout(agenda)
        right.setContentsMargins(6, 6, 6, 6)
        right.addLayout(heading)
        right.addWidget(self.filters)
        right.addLayout(buttons)
        right.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.due)
        self.splitter.addWidget(agenda)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([530, 870])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.due.plan_requested.connect(self.plan_due)
        self.due.account_requested.connect(self.account_requested)
        self.due.changed.connect(self._on_due_changed)
        self.filters.changed.connect(self._load_agenda)
        self.unplanned_button.clicked.connect(self.log_unplanned)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.tree.doubleClicked.connect(self._on_agenda_double_clicked)
        self.tree.customContextMenuRequested.connect(self._on_agenda_menu)
        for keys in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(keys), self.tree, self._on_enter_pressed)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        translate_ui(self)
        self._show_state()

    # --- state -------------------------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._book = book
        self.due.set_book(book)  # read when shown, not while another page is in front
        self.filters.set_owners(filter_options(book).owners if book is not None else [])
        self.refresh()

    def set_today(self, today: date | None) -> None:
        """Pin the rep's date (None: the real date, read at each refresh)."""
        self._today = today
        self.filters.set_today(self.today())
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        """Read the Due list and the agenda again now if the page is visible, else when shown."""
        self._load_when_visible()

    def _load(self, select: str | None = None) -> None:
        self.due.set_today(self.today())
        self.due.reload()
        self._load_agenda(select)

    def _load_agenda(self, select: str | None = None) -> None:
        """List the range off the GUI thread; a newer listing (another filter) supersedes it."""
        book, query = self._book, self.filters.query(self.today())
        now = self.filters.now(self.today())
        BackgroundOp(
            self, kind=(AGENDA, self), on_success=lambda rows: self._show_agenda(rows, now, select)
        ).run(lambda _progress: list_visits(book, query, now=now) if book is not None else [])

    def _show_agenda(self, rows: list[VisitRow], now: datetime, select: str | None) -> None:
        self.model.set_rows(rows, now)
        self.tree.fit_rows()
        self._show_state()
        if select is not None:
            self.select_visit(select)

    def _show_state(self) -> None:
        count = self.model.visit_count()
        self.stack.setCurrentWidget(self.tree if count else self.empty_label)
        self.count_label.setText(self.tr("%n visit(s)", "", count) if count else "")
        self.export_button.setEnabled(self._book is not None)
        self.unplanned_button.setEnabled(self._book is not None)
        self._update_empty_text()

    def current_visit(self) -> VisitRow | None:
        return self.model.row_of(self.tree.currentIndex())

    def select_visit(self, visit_id: str) -> bool:
        index = self.model.index_of(visit_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    # --- visits ------------------------------------------------------------------------------

    def open_visit(self, visit_id: str) -> VisitDialog | None:
        """A planned visit: log its outcome; any other: open it as recorded."""
        row = next((r for r in self.model.visit_rows() if r.id == visit_id), None)
        if row is None:
            return None
        mode = "log" if row.status in (VisitStatus.PLANNED, VisitStatus.DONE) else "plan"
        return self._open_visit_dialog(row.account_id, row.id, mode)

    def log_unplanned(self) -> AccountPicker | None:
        """Ask which account, then open the form to log a visit that was never planned."""
        if self._book is None or self.dialog is not None:
            return None
        picker = AccountPicker(self._book, self)

        def finished(result: int) -> None:
            self.dialog = None
            picker.deleteLater()
            account_id = picker.chosen_account_id()
            if result == QDialog.DialogCode.Accepted and account_id:
                self._open_visit_dialog(account_id, None, "log")

        self.dialog = picker
        picker.finished.connect(finished)
        picker.open()
        return picker

    def plan_due(self, item: DueItem) -> VisitDialog | None:
        """The visit form for a revisit of ``item``: purpose, day, reasons and people filled in."""
        plan = plan_from_due(item, self.today())
        start = self._start_on(plan.planned_on)
        prefill = VisitDraft(
            planned_start=start,
            planned_end=start + DEFAULT_LENGTH,
            purpose=plan.purpose,
            objectives=plan.objectives,
            attendee_ids=plan.attendee_ids,
        )
        return self._open_visit_dialog(item.account_id, None, "plan", prefill)

    def _start_on(self, day: date) -> datetime:
        """09:00 local on ``day``; later today, the next whole hour (23:00 at the latest)."""
        start = datetime.combine(day, DEFAULT_START).astimezone()  # naive = local
        now = self.filters.now(self.today())
        if start < now:
            next_hour = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
            start = min(next_hour, datetime.combine(day, LATEST_START).astimezone())
        return start.astimezone(UTC)

    def _open_visit_dialog(
        self, account_id: str, visit_id: str | None, mode: str, prefill: VisitDraft | None = None
    ) -> VisitDialog | None:
        if self._book is None or self.dialog is not None:
            return None
        try:
            dialog = VisitDialog(
                self._book, account_id, visit_id, mode=mode, parent=self, today=self._today
            )
        except KamError as exc:  # deleted elsewhere since the page was read
            show_error(self, exc)
            self.refresh()
            return None
        if prefill is not None:
            dialog.prefill(prefill)

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result != QDialog.DialogCode.Accepted:
                return
            saved = dialog.saved_visit()
            self._load(select=saved.id if saved is not None else None)
            self.account_changed.emit(account_id)

        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def _on_enter_pressed(self) -> None:
        row = self.current_visit()
        if row is not None:
            self.open_visit(row.id)

    def _on_agenda_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_of(index)
        if row is not None:
            self.open_visit(row.id)

    def _on_due_changed(self, account_id: str) -> None:
        if account_id:
            self.account_changed.emit(account_id)
        else:
            self.rules_changed.emit()

    # --- context menus -----------------------------------------------------------------------

    def _on_agenda_menu(self, pos: QPoint) -> None:
        row = self.model.row_of(self.tree.indexAt(pos))
        if row is None:
            return
        menu = QMenu(self)
        text = self.tr("Log outcome…") if row.status == VisitStatus.PLANNED else self.tr("Open…")
        menu.addAction(text, lambda: self.open_visit(row.id))
        menu.addAction(self.tr("Show account"), lambda: self.account_requested.emit(row.account_id))
        menu.popup(self.tree.viewport().mapToGlobal(pos))

    # --- calendar ----------------------------------------------------------------------------

    def export_range(self) -> tuple[datetime, datetime] | None:
        """UTC bounds of the shown range: its days, or for "overdue" the shown visits up to
        now. None when there is nothing to export."""
        today = self.today()
        days = self.filters.days(today)
        if days is not None:
            return local_day_range(*days)
        rows = self.model.visit_rows()
        if not rows:
            return None
        return rows[0].planned_start, self.filters.now(today).astimezone(UTC)

    def _on_export_clicked(self) -> None:
        self.export_calendar()

    def export_calendar(self, path: Path | None = None) -> BackgroundOp[int] | None:
        """Write the planned visits of the shown range to an .ics file, off the GUI thread."""
        bounds = self.export_range()
        if self._book is None or bounds is None:
            self.status_label.setText(self.tr("No planned visits to export in this range."))
            return None
        if path is None:
            first = bounds[0].astimezone().date().isoformat()
            path = ask_ics_path(
                self, self.tr("Export calendar"), f"visits-{first}.ics",
                self.tr("iCalendar file (*.ics)"),
            )  # fmt: skip
            if path is None:
                return None
        book, owner, target = self._book, self.filters.chosen_owner(), path
        return BackgroundOp(
            self, kind=(EXPORT, self), on_success=lambda count: self._on_exported(count, target)
        ).run(lambda _progress: export_ics(book, *bounds, target, owner=owner))

    def _on_exported(self, count: int, path: Path) -> None:
        self.status_label.setText(
            self.tr("%n planned visit(s) exported to %1", "", count).replace("%1", path.name)
        )
        log.info("exported %d visits to a calendar", count)

    # --- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.agenda_title.setText(self.tr("Agenda"))
        self.unplanned_button.setText(self.tr("Log unplanned visit…"))
        self.unplanned_button.setToolTip(self.tr("Record a call or visit that was never planned"))
        self.export_button.setText(self.tr("Export calendar…"))
        self.export_button.setToolTip(
            self.tr("Save the planned visits of the shown range as an .ics file for Outlook, "
                    "a phone or another calendar")
        )  # fmt: skip
        self.model.retranslate()
        self._show_state()

    def _update_empty_text(self) -> None:
        if self._book is None:
            text = self.tr("Open an account book to see its visits.")
        elif self.filters.range_kind() is AgendaRange.OVERDUE:
            text = self.tr("No overdue visits: every planned visit is logged or still ahead.")
        else:
            text = self.tr(
                "No visits in this range. Plan one from the Due list, or choose another range."
            )
        self.empty_label.setText(text)
