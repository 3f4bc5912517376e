"""The Plan page (拜访计划): choose a week and an account manager; see the planned visits by
day, put them in order (drag within a day, or "Group by route"), set their times, remove
them; accept proposals; preview, print and save the PDF.

The plan and the proposals are read in the thread pool; every change goes through the visits
service (``plan_edits``, ``accept_proposal``, ``cancel_visit``) and the page reads again. The
PDF is made in the thread pool too, a moment after the last change (``PREVIEW_DELAY_MS``), and
replaces the preview when it is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import current_language
from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.lazy_view import LazyView
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.gui.tasks import BackgroundOp
from kam_desktop.gui.visit_plan import plan_edits
from kam_desktop.gui.visit_plan.pdf_preview import PdfPreview
from kam_desktop.gui.visit_plan.plan_controls import PlanControls
from kam_desktop.gui.visit_plan.plan_lists import PlanLists
from kam_desktop.gui.visit_plan.save_plan import save_plan
from kam_desktop.gui.visit_plan.when_dialog import ask_when
from kam_desktop.gui.visits.account_visits_tab import ask_cancel_reason
from kam_desktop.reports.visit_plan.document import visit_plan_pdf
from kam_desktop.services.accounts.find_accounts import filter_options
from kam_desktop.services.book.handle import Book
from kam_desktop.services.visit_plan.gather import plan_week
from kam_desktop.services.visit_plan.model import PlannedVisit, Proposal, VisitPlan
from kam_desktop.services.visit_plan.proposals import accept_proposal, propose_visits
from kam_desktop.services.visits.visits import cancel_visit

READ, PDF = "plan.read", "plan.pdf"  # BackgroundOp kinds, one per page
PREVIEW_DELAY_MS = 400  # changes in a row make one PDF

Loaded = tuple[list[str], VisitPlan, list[Proposal]]


class PlanPage(LazyView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, stale=True)
        self.setObjectName("planPage")
        self._book: Book | None = None
        self._today: date | None = None
        self._plan: VisitPlan | None = None
        self._select: str | None = None  # the visit to choose once the plan is read again
        self._range_chosen = False

        self.controls = PlanControls(self)
        self.lists = PlanLists(self)
        # the lists' parts, by the names the page and its tests use
        self.tree, self.plan_stack = self.lists.tree, self.lists.plan_stack
        self.proposals, self.proposal_stack = self.lists.proposals, self.lists.proposal_stack
        self.route_button, self.time_button = self.lists.route_button, self.lists.time_button
        self.remove_button, self.accept_button = self.lists.remove_button, self.lists.accept_button
        self.preview = PdfPreview(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("planSplitter")
        self.splitter.addWidget(self.lists)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([9_000, 11_000])  # the preview a little wider, whatever it shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 0)
        layout.addWidget(self.controls)
        layout.addWidget(self.splitter, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._render_preview)
        self.controls.changed.connect(self.refresh)
        self.tree.reordered.connect(self._on_reordered)
        self.tree.itemDoubleClicked.connect(lambda *_: self.set_time())
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.proposals.itemSelectionChanged.connect(self._update_buttons)
        self.proposals.cellDoubleClicked.connect(lambda *_: self.accept())
        self.route_button.clicked.connect(self.group_by_route)
        self.time_button.clicked.connect(self.set_time)
        self.remove_button.clicked.connect(self.remove)
        self.accept_button.clicked.connect(self.accept)
        self.preview.save_requested.connect(self.save_pdf)
        translate_ui(self)
        self._update_buttons()

    def retranslate(self) -> None:
        self._show_plan()  # day names, purposes and the empty state in the new language
        self._schedule_preview()  # the PDF in the new language

    # --- book, date, reading -----------------------------------------------------------------

    def set_book(self, book: Book | None) -> None:
        self._book, self._plan = book, None
        self._show_plan()
        self.proposals.set_proposals([])
        self.preview.set_pdf(None)
        if book is not None and not self._range_chosen:
            self._range_chosen = True
            self.controls.set_range(*plan_edits.next_week(self.today()))
        self.refresh()

    def set_today(self, today: date | None) -> None:
        """Pin the rep's date (None: the real date); the range becomes the week after it."""
        self._today = today
        self.controls.set_range(*plan_edits.next_week(self.today()))

    def today(self) -> date:
        return self._today or date.today()

    @property
    def plan(self) -> VisitPlan | None:
        return self._plan

    def refresh(self) -> None:
        """Read again now if the page is visible, else when it is next shown."""
        self._load_when_visible()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._stale = True  # visits planned elsewhere meanwhile show when the page comes back

    def _load(self) -> None:
        book, today = self._book, self.today()
        if book is None:
            return
        (start, end), owner = self.controls.range(), self.controls.owner()
        days = self.controls.not_visited_days()

        def read(_progress: object) -> Loaded:
            plan = plan_week(book, start, end, owner, today=today)
            proposals = propose_visits(book, start, end, owner, days, today=today)
            return filter_options(book).owners, plan, proposals

        BackgroundOp(self, kind=(READ, self), on_success=self._on_loaded,
                     on_failure=self._on_read_failed).run(read)  # fmt: skip

    def _on_loaded(self, loaded: Loaded) -> None:
        owners, self._plan, proposals = loaded
        self.controls.set_owners(owners)
        self._show_plan()
        self.proposals.set_proposals(proposals)
        self.proposal_stack.show_content(bool(proposals))
        self._schedule_preview()

    def _on_read_failed(self, error: BaseException) -> None:
        if not isinstance(error, KamError):
            show_error(self, error)
            return
        self._plan = None
        self.tree.set_plan(None)
        self.plan_stack.label.setText(error.message())  # e.g. the last day before the first
        self.plan_stack.show_content(False)
        self.proposals.set_proposals([])
        self.preview.set_pdf(None, error.message())

    def _show_plan(self) -> None:
        self.tree.set_plan(self._plan)
        if self._select and self.tree.select_visit(self._select):
            self._select = None
        start, end = self.controls.range()
        self.plan_stack.label.setText(
            self.tr(
                "No planned visits from %1 to %2.\nAccept proposals below, or plan visits on "
                "the Visits page."
            ).replace("%1", start.isoformat()).replace("%2", end.isoformat())
        )  # fmt: skip
        self.plan_stack.show_content(bool(self._plan and self._plan.visits))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._current_visit() is not None
        self.route_button.setEnabled(bool(self._plan and self._plan.visits))
        self.time_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.accept_button.setEnabled(self.proposals.current_proposal() is not None)

    def _current_visit(self) -> PlannedVisit | None:
        visit_id = self.tree.current_visit_id()
        visits = self._plan.visits if self._plan else ()
        return next((v for v in visits if v.visit_id == visit_id), None)

    # --- the preview -------------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def _render_preview(self) -> None:
        plan, language = self._plan, current_language()
        if plan is None or not plan.visits:
            self.preview.set_pdf(None, self.tr("The preview shows the plan once it has visits."))
            return
        if self.preview.page_count() == 0:
            self.preview.set_pdf(None, self.tr("Making the preview…"))
        BackgroundOp(self, kind=(PDF, self), on_success=self.preview.set_pdf,
                     on_failure=self._on_preview_failed).run(
            lambda _progress: visit_plan_pdf(plan, language)
        )  # fmt: skip

    def _on_preview_failed(self, error: BaseException) -> None:
        if isinstance(error, KamError):  # e.g. the font is missing: said where the PDF would be
            self.preview.set_pdf(None, error.message())
        else:
            show_error(self, error)

    def finish_preview(self, timeout_ms: int = 20_000, paint_ms: int = 0) -> bool:
        """Read, make the PDF and show it now (screenshots, tests); False on time-out.
        ``paint_ms``: then let the view draw its pages (it renders them in a thread)."""
        from kam_desktop.gui.tasks import wait_until_idle

        if self.is_stale:
            self._stale = False
            self._load()
        ok = wait_until_idle(timeout_ms)
        if self._preview_timer.isActive():
            self._preview_timer.stop()
            self._render_preview()
        ok = wait_until_idle(timeout_ms) and ok
        self.preview.let_paint(paint_ms)
        return ok

    # --- changes, through the visits service -------------------------------------------------

    def _change(self, change: Callable[[], object], select: str | None = None) -> bool:
        """Run ``change()`` (a write); any refusal is shown. The plan is read again either way."""
        try:
            change()
        except KamError as error:
            show_error(self, error)
            self.refresh()
            return False
        self._select = select or self.tree.current_visit_id()
        self.refresh()
        return True

    def group_by_route(self) -> bool:
        book, plan = self._book, self._plan
        if book is None or plan is None or not plan.visits:
            return False
        return self._change(lambda: plan_edits.group_by_route(book, plan, today=self.today()))

    def _on_reordered(self, order: list[str]) -> None:
        book, plan = self._book, self._plan
        if book is None or plan is None:
            return
        visits = [v for v in plan.visits if v.visit_id in order]
        self._change(lambda: plan_edits.reorder_day(book, visits, order, today=self.today()))

    def set_time(self) -> bool:
        visit, book = self._current_visit(), self._book
        if visit is None or book is None:
            return False
        when = ask_when(self, self.tr("Set time"), visit.account.name,
                        visit.start.astimezone().replace(tzinfo=None))  # fmt: skip
        if when is None:
            return False
        today = self.today()
        return self._change(
            lambda: plan_edits.reschedule(book, visit.visit_id, when, today=today), visit.visit_id
        )

    def remove(self) -> bool:
        """Cancel the chosen visit after asking (it stays in the account's history)."""
        visit, book = self._current_visit(), self._book
        if visit is None or book is None:
            return False
        reason = ask_cancel_reason(
            self,
            self.tr("Remove from plan"),
            self.tr(
                "Remove the visit to %1 from the plan? It is cancelled and stays in the "
                "account's history.\nWhy? (optional)"
            ).replace("%1", visit.account.name),
        )
        if reason is None:
            return False
        return self._change(lambda: cancel_visit(book, visit.visit_id, reason))

    def accept(self) -> str | None:
        """Plan the chosen proposal at the day and time the rep confirms; its visit id."""
        proposal, book = self.proposals.current_proposal(), self._book
        if proposal is None or book is None:
            return None
        start, end = self.controls.range()
        now = datetime.combine(self.today(), datetime.now().time()).astimezone()
        visits = self._plan.visits if self._plan else ()
        default = plan_edits.first_free_hour(visits, plan_edits.range_days(start, end), now)
        when = ask_when(self, self.tr("Accept proposal"), proposal.account_name, default)
        if when is None:
            return None
        owner, today = self.controls.owner(), self.today()
        made: list[str] = []
        if not self._change(lambda: made.append(
            accept_proposal(book, proposal, when, owner=owner, today=today)
        )):  # fmt: skip
            return None
        self._select = made[0]
        return made[0]

    # --- saving ------------------------------------------------------------------------------

    def save_pdf(self) -> BackgroundOp[Path] | None:
        """Save as PDF…: asks where, then writes in the background."""
        if self._plan is None or not self._plan.visits:
            return None
        return save_plan(self, self._plan)
