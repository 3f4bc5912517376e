"""The Visits page on the demo book: plan from the Due list, log the outcome from the agenda and
see the account drop off; agenda ranges in a non-UTC zone; the calendar export; the account
picker for unplanned visits."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from kam_desktop.db.book import Book
from kam_desktop.domain.enums import RevisitRule, VisitPurpose, VisitStatus
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.gui.tasks import busy
from kam_desktop.gui.visits import visits_page as page_module
from kam_desktop.gui.visits.account_picker import AccountPicker
from kam_desktop.gui.visits.agenda_filters import AgendaRange, range_days
from kam_desktop.gui.visits.agenda_model import COLUMN_OF, DAY_ROLE, AgendaModel
from kam_desktop.gui.visits.visit_dialog import VisitDialog
from kam_desktop.gui.visits.visits_page import AGENDA, EXPORT, VisitsPage
from kam_desktop.services.accounts.accounts import get_account
from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.revisits.revisits import due_list, load_settings
from kam_desktop.services.visits.visits import VisitQuery, get_visit, list_visits, plan_visit
from tests.gui.conftest import DEMO_TODAY


@pytest.fixture
def shanghai() -> Iterator[None]:
    """The rep's computer in China (UTC+8), whatever the machine running the tests says."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture
def page(qtbot, demo_book: Book) -> VisitsPage:
    widget = VisitsPage(QUndoStack())
    qtbot.addWidget(widget)
    widget.set_book(demo_book)
    widget.set_today(DEMO_TODAY)
    widget.resize(1400, 900)
    widget.show()
    _listed(qtbot, widget)
    return widget


def _listed(qtbot, page: VisitsPage) -> None:  # type: ignore[no-untyped-def]
    """Wait for the agenda the filters ask for: it is read off the GUI thread."""
    qtbot.waitUntil(lambda: not busy((AGENDA, page)), timeout=10_000)


def _shown_ids(page: VisitsPage) -> set[str]:
    return {row.id for row in page.model.visit_rows()}


def _save_with_keyboard(qtbot, dialog: VisitDialog, field) -> None:  # type: ignore[no-untyped-def]
    dialog.activateWindow()  # shortcuts reach only the active window
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def _coverable(book: Book) -> DueItem:
    """A due account that one revisit today takes off the list: every reason due by the day
    after tomorrow (a visit up to two days early counts) and none an open next step."""
    early = load_settings(book).early_cover_days
    return next(
        item
        for item in due_list(book, DEMO_TODAY)
        if all(r.due_on <= DEMO_TODAY + timedelta(days=early) for r in item.reasons)
        and RevisitRule.NEXT_STEP_OVERDUE not in item.rules
    )


def test_plan_from_due_then_log_the_outcome_and_the_account_drops_off(
    qtbot, page: VisitsPage, demo_book: Book
) -> None:
    item = _coverable(demo_book)
    assert item.account_id in page.due.account_ids()
    assert page.due.select_account(item.account_id)

    # Plan visit… opens the form prefilled for a revisit on the due day (today: it is overdue).
    page.due.plan_button.click()
    plan = page.dialog
    assert isinstance(plan, VisitDialog)
    assert plan.mode == "plan"
    draft, problems = plan.read_draft()
    assert not problems
    assert draft.purpose in (VisitPurpose.REVISIT, VisitPurpose.HOLIDAY_GREETING)
    assert draft.planned_start.astimezone().date() == max(item.due_on, DEMO_TODAY)
    assert item.reasons[0].message() in (draft.objectives or "")
    _save_with_keyboard(qtbot, plan, plan.first_field())
    planned = plan.saved_visit()
    assert planned is not None
    assert planned.status == VisitStatus.PLANNED
    assert page.dialog is None

    # The agenda shows it today; double-click it to log the outcome, keyboard only.
    page.filters.set_range(AgendaRange.TODAY)
    _listed(qtbot, page)
    assert planned.id in _shown_ids(page)
    index = page.model.index_of(planned.id, COLUMN_OF["account"])
    page.tree.scrollTo(index)
    where = page.tree.visualRect(index).center()
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    log_dialog = page.dialog
    assert isinstance(log_dialog, VisitDialog)
    assert log_dialog.mode == "log"
    outcome = log_dialog.first_field()
    assert outcome is log_dialog.form.text("outcome")  # logging starts on Outcome
    qtbot.keyClicks(outcome, "Checked the last delivery; customer satisfied")
    _save_with_keyboard(qtbot, log_dialog, outcome)
    _listed(qtbot, page)
    assert page.current_visit() is not None
    assert page.current_visit().id == planned.id  # the logged visit stays chosen

    logged = get_visit(demo_book, planned.id)
    assert logged.status == VisitStatus.DONE
    assert logged.draft.outcome == "Checked the last delivery; customer satisfied"
    assert item.account_id not in page.due.account_ids()  # dropped off the due list
    assert item.account_id not in [i.account_id for i in due_list(demo_book, DEMO_TODAY)]
    row = next(r for r in page.model.visit_rows() if r.id == planned.id)
    assert row.status == VisitStatus.DONE
    assert page.model.index_of(planned.id, COLUMN_OF["status"]).data() == VisitStatus.DONE.label()


def _plan_at(book: Book, account_id: str, local: datetime) -> str:
    start = local.astimezone(UTC)
    draft = VisitDraft(planned_start=start, planned_end=start + timedelta(hours=1))
    return plan_visit(book, account_id, draft, today=DEMO_TODAY).id


def test_agenda_ranges_follow_the_local_calendar(qtbot, shanghai, demo_book: Book) -> None:
    account_id = find_account_ids(demo_book, AccountQuery())[0]
    naive = datetime  # naive datetimes are local (Asia/Shanghai here)
    early_today = _plan_at(demo_book, account_id, naive(2026, 11, 25, 0, 30).astimezone())
    late_yesterday = _plan_at(demo_book, account_id, naive(2026, 11, 24, 23, 30).astimezone())
    sunday = _plan_at(demo_book, account_id, naive(2026, 11, 29, 23, 30).astimezone())
    next_monday = _plan_at(demo_book, account_id, naive(2026, 11, 30, 8, 0).astimezone())
    in_a_week = _plan_at(demo_book, account_id, naive(2026, 12, 2, 8, 0).astimezone())
    # 00:30 in Shanghai is still the 24th in UTC: the agenda must go by the local day.
    assert get_visit(demo_book, early_today).draft.planned_start.astimezone(UTC).day == 24

    page = VisitsPage(QUndoStack())
    qtbot.addWidget(page)
    page.set_book(demo_book)
    page.set_today(DEMO_TODAY)  # a Wednesday
    page.show()
    _listed(qtbot, page)
    ours = {early_today, late_yesterday, sunday, next_monday, in_a_week}
    assert page.filters.range_kind() is AgendaRange.NEXT_7_DAYS  # the default
    assert page.filters.chosen_days()[0] == DEMO_TODAY  # ready for picking a range

    page.filters.set_range(AgendaRange.TODAY)
    _listed(qtbot, page)
    assert _shown_ids(page) & ours == {early_today}
    assert page.model.days() == [DEMO_TODAY]
    page.filters.set_range(AgendaRange.THIS_WEEK)  # Monday 23rd to Sunday 29th
    _listed(qtbot, page)
    assert _shown_ids(page) & ours == {early_today, late_yesterday, sunday}
    assert all(date(2026, 11, 23) <= d <= date(2026, 11, 29) for d in page.model.days())
    page.filters.set_range(AgendaRange.NEXT_7_DAYS)  # 25th to 1st
    _listed(qtbot, page)
    assert _shown_ids(page) & ours == {early_today, sunday, next_monday}
    page.filters.set_range(AgendaRange.OVERDUE)  # planned, and their time has passed
    _listed(qtbot, page)
    shown = _shown_ids(page)
    assert late_yesterday in shown
    assert not shown & {sunday, next_monday, in_a_week}
    assert all(r.status == VisitStatus.PLANNED for r in page.model.visit_rows())
    page.filters.set_chosen_range(date(2026, 12, 1), date(2026, 12, 2))
    _listed(qtbot, page)
    assert page.filters.range_kind() is AgendaRange.CHOSEN
    assert _shown_ids(page) & ours == {in_a_week}

    # Each visit sits under its local day, at its local time.
    page.filters.set_range(AgendaRange.THIS_WEEK)
    _listed(qtbot, page)
    index = page.model.index_of(early_today, COLUMN_OF["time"])
    assert index.data() == "00:30–01:30"
    assert index.parent().data(DAY_ROLE) == DEMO_TODAY


def test_agenda_filters_narrow_the_visits(qtbot, page: VisitsPage, demo_book: Book) -> None:
    page.filters.set_chosen_range(date(2026, 1, 1), date(2026, 12, 31))
    _listed(qtbot, page)
    everything = page.model.visit_rows()
    assert len(everything) > 100
    owners = {r.owner for r in everything}
    assert len(owners) >= 2
    combo = page.filters.owner_combo
    combo.setCurrentIndex(combo.findData("李婷"))
    _listed(qtbot, page)
    rows = page.model.visit_rows()
    assert rows
    assert {r.owner for r in rows} == {"李婷"}
    combo.setCurrentIndex(0)
    status = page.filters.status_combo
    status.setCurrentIndex(status.findData(VisitStatus.CANCELLED))
    _listed(qtbot, page)
    rows = page.model.visit_rows()
    assert rows
    assert {r.status for r in rows} == {VisitStatus.CANCELLED}
    status.setCurrentIndex(0)
    level = page.filters.level_combo
    tier = next(t for t in (get_account(demo_book, r.account_id).value_tier for r in rows) if t)
    level.setCurrentIndex(level.findData(tier))
    _listed(qtbot, page)
    rows = page.model.visit_rows()
    assert rows
    assert all(get_account(demo_book, r.account_id).value_tier == tier for r in rows)
    # Visits are grouped by day, in time order.
    starts = [r.planned_start for r in rows]
    assert starts == sorted(starts)
    assert page.model.days() == sorted(set(page.model.days()))


def test_an_empty_range_says_what_to_do(qtbot, page: VisitsPage) -> None:
    page.filters.set_chosen_range(date(2030, 1, 1), date(2030, 1, 7))
    _listed(qtbot, page)
    assert page.model.visit_count() == 0
    assert page.empty_label.isVisible()
    assert "Plan one from the Due list" in page.empty_label.text()


def test_export_calendar_writes_the_shown_range(
    qtbot, page: VisitsPage, demo_book: Book, tmp_path: Path, monkeypatch
) -> None:
    page.filters.set_chosen_range(DEMO_TODAY, DEMO_TODAY + timedelta(days=20))
    _listed(qtbot, page)
    planned = {r.id for r in page.model.visit_rows() if r.status == VisitStatus.PLANNED}
    assert len(planned) >= 5
    target = tmp_path / "week"
    monkeypatch.setattr(page_module, "ask_ics_path", lambda *_: target.with_suffix(".ics"))
    page.export_button.click()
    qtbot.waitUntil(lambda: not busy((EXPORT, page)), timeout=10_000)  # written off the GUI thread
    data = target.with_suffix(".ics").read_bytes()
    calendar = Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert {str(e["uid"]).split("@")[0] for e in events} == planned
    assert str(len(planned)) in page.status_label.text()
    # Only the shown owner's visits when one is chosen.
    combo = page.filters.owner_combo
    combo.setCurrentIndex(combo.findData("陈思远"))
    _listed(qtbot, page)
    export = page.export_calendar(tmp_path / "chen.ics")
    assert export is not None
    qtbot.waitUntil(lambda: not export.is_running(), timeout=10_000)
    theirs = {r.id for r in page.model.visit_rows() if r.status == VisitStatus.PLANNED}
    events = Calendar.from_ical((tmp_path / "chen.ics").read_bytes()).walk("VEVENT")
    assert {str(e["uid"]).split("@")[0] for e in events} == theirs
    assert len(theirs) >= 1
    assert page.status_label.text().startswith(f"{len(theirs)} planned visit")


def test_log_an_unplanned_visit_through_the_account_picker(
    qtbot, page: VisitsPage, demo_book: Book
) -> None:
    picker = page.log_unplanned()
    assert isinstance(picker, AccountPicker)
    assert picker.list.count() > 0
    account_id = find_account_ids(demo_book, AccountQuery())[5]
    name = get_account(demo_book, account_id).name
    picker.search_edit.setText(name)
    picker.search()
    assert picker.list.count() == 1
    qtbot.keyClick(picker.search_edit, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.mode == "log"
    assert name in dialog.windowTitle() or name in dialog.form.summary_label.text()
    qtbot.keyClicks(dialog.first_field(), "Phoned about the spring order")
    _save_with_keyboard(qtbot, dialog, dialog.first_field())
    saved = dialog.saved_visit()
    assert saved is not None
    assert saved.status == VisitStatus.DONE
    assert saved.account_id == account_id


def test_range_days_are_monday_to_sunday() -> None:
    assert range_days(AgendaRange.THIS_WEEK, date(2026, 11, 29)) == (
        date(2026, 11, 23),
        date(2026, 11, 29),
    )
    assert range_days(AgendaRange.THIS_WEEK, date(2026, 11, 30))[0] == date(2026, 11, 30)
    assert range_days(AgendaRange.OVERDUE, DEMO_TODAY) is None
    chosen = range_days(AgendaRange.CHOSEN, DEMO_TODAY, date(2026, 12, 5), date(2026, 12, 1))
    assert chosen == (date(2026, 12, 1), date(2026, 12, 5))


def test_the_agenda_model_passes_qtmodeltester(qtmodeltester, demo_book: Book) -> None:
    model = AgendaModel()
    rows = list_visits(demo_book, VisitQuery(start=datetime(2026, 10, 1, tzinfo=UTC)))
    model.set_rows(rows, datetime(2026, 11, 25, 8, tzinfo=UTC))
    assert model.rowCount() >= 5
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_enter_opens_the_chosen_visit_in_the_right_mode(qtbot, page: VisitsPage) -> None:
    page.filters.set_chosen_range(date(2026, 11, 1), DEMO_TODAY + timedelta(days=20))
    _listed(qtbot, page)
    rows = page.model.visit_rows()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    expected = {VisitStatus.PLANNED: "log", VisitStatus.DONE: "log", VisitStatus.MISSED: "plan"}
    for status, mode in expected.items():
        row = next(r for r in rows if r.status == status)
        assert page.select_visit(row.id)
        page.tree.setFocus()
        qtbot.keyClick(page.tree, Qt.Key.Key_Return)
        dialog = page.dialog
        assert isinstance(dialog, VisitDialog)
        assert dialog.mode == mode
        with qtbot.waitSignal(dialog.finished):
            dialog.reject()  # nothing typed: closes without asking
        assert page.dialog is None
