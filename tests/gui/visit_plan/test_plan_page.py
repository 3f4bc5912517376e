"""The Plan page, driven as the rep sees it: the week's planned visits and proposals read in the
background, accepting a proposal, reordering (by route, by drag), times, removal, the PDF
preview, Save as PDF and Print."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTreeWidgetItem
from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.domain.enums import VisitStatus
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.gui.tasks import wait_until_idle
from kam_desktop.gui.visit_plan import pdf_preview, plan_page, save_plan
from kam_desktop.gui.visit_plan.plan_edits import next_week
from kam_desktop.gui.visit_plan.plan_page import PlanPage
from kam_desktop.gui.visit_plan.plan_tree import PlanTree
from kam_desktop.services.visit_plan.gather import plan_week
from kam_desktop.services.visits.visits import get_visit, plan_visit
from tests.gui.conftest import DEMO_TODAY

QUIET_WEEK = (date(2027, 3, 1), date(2027, 3, 7))  # far from the demo's visits


def _settle(page: PlanPage) -> None:
    assert page.finish_preview()


@pytest.fixture
def page(qtbot, demo_book: Book, languages) -> PlanPage:  # type: ignore[no-untyped-def]
    widget = PlanPage()
    qtbot.addWidget(widget)
    widget.set_today(DEMO_TODAY)
    widget.set_book(demo_book)
    widget.resize(1216, 700)
    widget.show()
    _settle(widget)
    return widget


def _local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def _accounts_in_two_cities(book: Book) -> tuple[str, str, str]:
    """Two accounts of one city and one of another."""
    with book.sessions() as s:
        rows = s.execute(
            select(Account.id, Account.city).where(
                Account.deleted_at.is_(None), Account.city.is_not(None)
            ).order_by(Account.code)
        ).all()  # fmt: skip
    by_city: dict[str, list[str]] = {}
    for account_id, city in rows:
        by_city.setdefault(city, []).append(account_id)
    twice = next(ids for ids in by_city.values() if len(ids) >= 2)
    once = next(ids[0] for ids in by_city.values() if ids is not twice)
    return twice[0], once, twice[1]


def _plan(book: Book, account_id: str, start: datetime) -> str:
    draft = VisitDraft(planned_start=start, planned_end=start + timedelta(hours=1))
    return plan_visit(book, account_id, draft, today=DEMO_TODAY).id


def _start(book: Book, visit_id: str) -> datetime:
    return get_visit(book, visit_id).draft.planned_start


def test_the_page_shows_next_weeks_visits_and_proposals(page: PlanPage, demo_book: Book) -> None:
    assert page.controls.range() == next_week(DEMO_TODAY)
    expected = plan_week(demo_book, *next_week(DEMO_TODAY), today=DEMO_TODAY)
    assert expected.visits, "the demo plans visits for the week after its today"
    assert page.plan is not None
    assert [v.visit_id for v in page.plan.visits] == [v.visit_id for v in expected.visits]
    for day, visits in expected.days():
        assert page.tree.day_ids(day) == [v.visit_id for v in visits]
    assert page.proposals.rowCount() > 0
    planned = {v.account.id for v in expected.visits}
    assert not planned & {p.account_id for p in page.proposals.proposals()}


def test_accepting_a_proposal_plans_the_visit_through_the_service(
    page: PlanPage, demo_book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal = page.proposals.proposals()[0]
    assert page.proposals.select_account(proposal.account_id)
    asked: list[datetime] = []
    first, last = page.controls.range()

    def answer(_parent: object, _title: str, _text: str, default: datetime) -> datetime:
        asked.append(default)
        return datetime.combine(last, time(15, 30))

    monkeypatch.setattr(plan_page, "ask_when", answer)
    visit_id = page.accept()
    _settle(page)
    assert visit_id is not None
    assert first <= asked[0].date() <= last
    assert asked[0].hour >= 9
    stored = get_visit(demo_book, visit_id)
    assert stored.status == VisitStatus.PLANNED
    assert stored.account_id == proposal.account_id
    assert stored.draft.planned_start == datetime.combine(last, time(15, 30)).astimezone()
    assert page.tree.day_ids(last)[-1] == visit_id
    assert page.tree.current_visit_id() == visit_id
    assert proposal.account_id not in {p.account_id for p in page.proposals.proposals()}


def test_group_by_route_reorders_a_day_and_stores_its_times(
    page: PlanPage, demo_book: Book
) -> None:
    day = QUIET_WEEK[0]
    same_a, other, same_b = _accounts_in_two_cities(demo_book)
    ids = [_plan(demo_book, a, _local(day, h)) for a, h in ((same_a, 9), (other, 10), (same_b, 11))]
    page.controls.set_range(*QUIET_WEEK)
    _settle(page)
    assert page.tree.day_ids(day) == ids
    assert page.group_by_route()
    _settle(page)
    assert page.tree.day_ids(day) == [ids[0], ids[2], ids[1]]  # one city, then the other
    assert _start(demo_book, ids[0]) == _local(day, 9)
    assert _start(demo_book, ids[2]) == _local(day, 10)
    assert _start(demo_book, ids[1]) == _local(day, 11)


def test_dragging_a_visit_up_its_day_swaps_their_times(page: PlanPage, demo_book: Book) -> None:
    day = QUIET_WEEK[0]
    first, second, _ = _accounts_in_two_cities(demo_book)
    a, b = _plan(demo_book, first, _local(day, 9)), _plan(demo_book, second, _local(day, 14))
    page.controls.set_range(*QUIET_WEEK)
    _settle(page)
    assert page.tree.move_visit(b, 0)
    _settle(page)
    assert page.tree.day_ids(day) == [b, a]
    assert _start(demo_book, b) == _local(day, 9)
    assert _start(demo_book, a) == _local(day, 14)


def test_set_time_moves_the_chosen_visit(
    page: PlanPage, demo_book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.plan is not None
    visit = page.plan.visits[0]
    assert page.tree.select_visit(visit.visit_id)
    new = datetime.combine(visit.day, time(16, 45))
    monkeypatch.setattr(plan_page, "ask_when", lambda *_: new)
    assert page.set_time()
    _settle(page)
    assert _start(demo_book, visit.visit_id) == new.astimezone()
    assert page.tree.day_ids(visit.day)[-1] == visit.visit_id


def test_remove_cancels_the_visit_after_asking(
    page: PlanPage, demo_book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.plan is not None
    visit = page.plan.visits[0]
    assert page.tree.select_visit(visit.visit_id)
    monkeypatch.setattr(plan_page, "ask_cancel_reason", lambda *_: None)  # backed out
    assert not page.remove()
    assert get_visit(demo_book, visit.visit_id).status == VisitStatus.PLANNED
    monkeypatch.setattr(plan_page, "ask_cancel_reason", lambda *_: "moved to next month")
    assert page.remove()
    _settle(page)
    stored = get_visit(demo_book, visit.visit_id)
    assert stored.status == VisitStatus.CANCELLED
    assert stored.deleted_at is None
    assert visit.visit_id not in {v.visit_id for v in page.plan.visits}


def test_the_preview_gets_the_plan_as_a_document_with_pages(page: PlanPage) -> None:
    preview = page.preview
    assert preview.stack.currentWidget() is preview.view
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.page_count() >= 2  # the route page and a section per visit
    assert preview.print_button.isEnabled()
    assert preview.save_button.isEnabled()
    preview.go_to(1)
    assert preview.current_page() == 1
    assert "2" in preview.page_label.text()


def test_save_as_pdf_writes_the_plan(
    page: PlanPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "week.pdf"
    monkeypatch.setattr(save_plan, "ask_save_path", lambda *_: target)
    op = page.save_pdf()
    assert op is not None
    assert wait_until_idle(20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_print_renders_every_page_to_the_printer(
    page: PlanPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    def to_file(_parent: object, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return True

    monkeypatch.setattr(pdf_preview, "ask_printer", to_file)
    assert page.preview.print_plan() == page.preview.page_count()
    assert out.read_bytes().startswith(b"%PDF")


def test_a_range_without_visits_says_so_and_points_at_the_proposals(page: PlanPage) -> None:
    page.controls.set_range(*QUIET_WEEK)
    _settle(page)
    assert page.plan is not None
    assert page.plan.visits == ()
    assert page.plan_stack.currentWidget() is page.plan_stack.label
    text = page.plan_stack.label.text()
    assert "No planned visits" in text
    assert "proposals" in text
    assert page.preview.stack.currentWidget() is page.preview.stack.label
    assert page.preview.page_count() == 0
    assert not page.preview.save_button.isEnabled()
    assert not page.route_button.isEnabled()


def test_a_last_day_before_the_first_is_said_where_the_plan_would_be(page: PlanPage) -> None:
    page.controls.set_range(date(2027, 3, 7), date(2027, 3, 1))
    _settle(page)
    assert page.plan is None
    assert page.plan_stack.currentWidget() is page.plan_stack.label
    assert "before" in page.plan_stack.label.text()


def test_a_new_language_relabels_the_days_and_remakes_the_preview(
    page: PlanPage,
    languages,
    qapp,  # type: ignore[no-untyped-def]
) -> None:
    assert page.plan is not None
    day = page.plan.visits[0].day
    head = page.tree.topLevelItem(0)
    assert head is not None
    assert day.isoformat() in head.text(0)
    english = head.text(0)
    languages.apply(qapp, "zh_CN")
    _settle(page)
    head = page.tree.topLevelItem(0)
    assert head is not None
    assert head.text(0) != english
    assert "星期" in head.text(0)
    assert page.preview.page_count() >= 2


def _drop_on(tree: PlanTree, target: QTreeWidgetItem) -> None:
    point = QPointF(tree.visualItemRect(target).center())
    data = QMimeData()
    event = QDropEvent(point, Qt.DropAction.MoveAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    tree.dropEvent(event)


def test_a_drop_reorders_within_the_day_only(page: PlanPage, demo_book: Book) -> None:
    monday, tuesday = QUIET_WEEK[0], QUIET_WEEK[0] + timedelta(days=1)
    first, second, third = _accounts_in_two_cities(demo_book)
    a, b = _plan(demo_book, first, _local(monday, 9)), _plan(demo_book, second, _local(monday, 11))
    c = _plan(demo_book, third, _local(tuesday, 9))
    page.controls.set_range(*QUIET_WEEK)
    _settle(page)
    emitted: list[list[str]] = []
    page.tree.reordered.connect(emitted.append)
    assert page.tree.select_visit(c)
    _drop_on(page.tree, page.tree.topLevelItem(0).child(0))  # type: ignore[union-attr]
    assert emitted == []  # another day: a new time, not a new order
    assert page.tree.select_visit(b)
    _drop_on(page.tree, page.tree.topLevelItem(0).child(0))  # type: ignore[union-attr]
    assert emitted == [[b, a]]
    _settle(page)
    assert page.tree.day_ids(monday) == [b, a]
    assert page.tree.day_ids(tuesday) == [c]
