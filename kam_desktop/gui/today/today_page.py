"""The Today page (今日), the start screen: the rep's day at a glance.

Left, the two sections a day starts with: today's and overdue planned visits (double-click logs
the outcome in the visit form) and the due list's top accounts ranked by tier × days overdue.
Right, what needs an eye: next steps due, open complaints, slipping accounts, birthdays and
holidays this week. Every line opens its account; an empty section says what to do next. The
book is read in the background (``services.today.today_overview``), also while the page is
hidden, so the navigation's counts stay current.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kam_desktop.domain.errors import KamError
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.lazy_view import LazyView
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.gui.today import today_sections as sections
from kam_desktop.gui.today.section_card import SectionCard
from kam_desktop.gui.today.today_sections import PAGE_VISITS
from kam_desktop.gui.visits.visit_dialog import VisitDialog
from kam_desktop.services.book.handle import Book
from kam_desktop.services.today.model import (
    AccountRef,
    Greeting,
    PlannedVisit,
    TodayCounts,
    TodayOverview,
)
from kam_desktop.services.today.overview import today_overview

log = logging.getLogger(__name__)

READ = "today.read"  # BackgroundOp kind, one per page


class TodayPage(LazyView):
    """``account_requested(id)`` asks the window to show an account; ``page_requested(key)``
    another page; ``account_changed(id)`` says a visit was logged here; ``counts_changed``
    carries the navigation's ``TodayCounts`` after each read."""

    account_requested = Signal(str)
    page_requested = Signal(str)
    account_changed = Signal(str)
    counts_changed = Signal(object)

    read_when_hidden = True  # the navigation's counts come from this read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, stale=True)
        self.setObjectName("todayPage")
        self._book: Book | None = None
        self._today: date | None = None
        self.overview: TodayOverview | None = None
        self.dialog: QDialog | None = None

        self.title = QLabel(self)
        self.title.setObjectName("todayTitle")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.date_label = QLabel(self)
        self.date_label.setObjectName("todayDate")
        self.date_label.setStyleSheet("font-size: 11pt; color: #5f6368;")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("todayRefresh")
        self.banner = QLabel(self)
        self.banner.setObjectName("todayBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4d6; border: 1px solid #e8c46a; border-radius: 4px; padding: 6px;"
        )
        self.banner.hide()

        self.visits = SectionCard("todayVisits", self)
        self.due = SectionCard("todayDue", self)
        self.steps = SectionCard("todaySteps", self)
        self.complaints = SectionCard("todayComplaints", self)
        self.slipping = SectionCard("todaySlipping", self)
        self.greetings = SectionCard("todayGreetings", self)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addSpacing(12)
        heading.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        heading.addWidget(self.refresh_button)
        grid = QGridLayout()
        grid.setSpacing(8)
        # Five equal rows: the visits two, the due list three (the longer list); on the right
        # slipping accounts two (three kinds of reason), the others one.
        grid.addWidget(self.visits, 0, 0, 2, 1)
        grid.addWidget(self.due, 2, 0, 3, 1)
        grid.addWidget(self.steps, 0, 1)
        grid.addWidget(self.complaints, 1, 1)
        grid.addWidget(self.slipping, 2, 1, 2, 1)
        grid.addWidget(self.greetings, 4, 1)
        grid.setColumnStretch(0, 11)
        grid.setColumnStretch(1, 9)
        for row in range(5):
            grid.setRowStretch(row, 1)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(12, 10, 12, 10)
        inner.addLayout(heading)
        inner.addWidget(self.banner)
        inner.addLayout(grid, 1)
        body.setMinimumSize(880, 560)  # below this the page scrolls rather than squeezes
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body.setObjectName("todayBody")
        body.setStyleSheet("QWidget#todayBody { background: #f6f7f9; }")  # not the cards
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        self.refresh_button.clicked.connect(self.refresh)
        self.visits.activated.connect(self._on_visit_activated)
        self.visits.menu_requested.connect(self._on_visit_menu)
        for card in (self.due, self.steps, self.complaints, self.slipping, self.greetings):
            card.activated.connect(self._on_item_activated)
        for card in (self.visits, self.due, self.steps, self.complaints, self.slipping,
                     self.greetings):  # fmt: skip
            card.link_activated.connect(self.page_requested)
        translate_ui(self)

    # --- state ---------------------------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._book = book
        self.overview = None
        self.refresh()

    def set_today(self, today: date | None) -> None:
        """Pin the rep's date (None: the real date, read at each refresh)."""
        self._today = today
        self.refresh()

    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        self._load_when_visible()

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to Today reads the book again: visits may have been logged elsewhere."""
        super().showEvent(event)
        if self.overview is not None:
            self.refresh()

    def _load(self) -> None:
        book, today = self._book, self.today()
        if book is None:
            self._show(None)
            return
        BackgroundOp(self, kind=(READ, self), on_success=self._show).run(
            lambda _progress: today_overview(book, today)
        )

    def _show(self, overview: TodayOverview | None) -> None:
        self.overview = overview
        self.retranslate()
        self.counts_changed.emit(overview.counts if overview else TodayCounts(0, 0))

    # --- opening items -------------------------------------------------------------------------

    def _on_item_activated(self, payload: object) -> None:
        if isinstance(payload, AccountRef):
            self.account_requested.emit(payload.account_id)
        elif isinstance(payload, Greeting):  # a holiday: its greetings are on the due list
            self.page_requested.emit(PAGE_VISITS)

    def _on_visit_activated(self, payload: object) -> None:
        if isinstance(payload, PlannedVisit):
            self.log_visit(payload)

    def _on_visit_menu(self, payload: object, pos: QPoint) -> None:
        if not isinstance(payload, PlannedVisit):
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Log outcome…"), lambda: self.log_visit(payload))
        menu.addAction(
            self.tr("Show account"), lambda: self.account_requested.emit(payload.account.account_id)
        )
        menu.popup(pos)

    def log_visit(self, visit: PlannedVisit) -> VisitDialog | None:
        """The visit form on ``visit``, to log its outcome; the page reads again after a save."""
        if self._book is None or self.dialog is not None:
            return None
        account_id = visit.account.account_id
        try:
            dialog = VisitDialog(
                self._book, account_id, visit.visit_id, mode="log", parent=self, today=self._today
            )
        except KamError as exc:  # deleted elsewhere since the page was read
            show_error(self, exc)
            self.refresh()
            return None

        def finished(result: int) -> None:
            self.dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.refresh()
                self.account_changed.emit(account_id)

        self.dialog = dialog
        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    # --- language ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Today"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Read the book again"))
        locale = QLocale()
        self.date_label.setText(locale.toString(self.today(), QLocale.FormatType.LongFormat))
        o = self.overview
        self._show_banner(o)
        sections.show_visits(self.visits, o)
        sections.show_due(self.due, o)
        sections.show_steps(self.steps, o)
        sections.show_complaints(self.complaints, o)
        sections.show_slipping(self.slipping, o)
        sections.show_greetings(self.greetings, o)

    def _show_banner(self, o: TodayOverview | None) -> None:
        if self._book is None:
            text = self.tr("Open an account book to see your day.")
        elif o is not None and o.account_count == 0:
            text = self.tr(
                "This account book has no accounts yet. Import your customer list with "
                "File → Import from headquarters…, or add an account on the Accounts page."
            )
        else:
            text = ""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
