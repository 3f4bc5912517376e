"""The Visits tab of an account: the timeline newest first, the summary, plan / log / cancel /
delete through its buttons, and an account with 2,000 visits."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import insert

from kam_desktop.db.base import new_id
from kam_desktop.db.book import Book
from kam_desktop.db.models import NextStep, Visit, VisitAttendee
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import VisitMethod, VisitPurpose, VisitStatus
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.gui.visits import account_visits_tab as tab_module
from kam_desktop.gui.visits.account_visits_tab import AccountVisitsTab
from kam_desktop.gui.visits.timeline_model import COLUMN_OF
from kam_desktop.gui.visits.visit_dialog import VisitDialog
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids
from kam_desktop.services.contacts.contacts import create_contact
from kam_desktop.services.visits.visits import account_timeline, get_visit, plan_visit
from tests.gui.conftest import DEMO_TODAY, type_text


@pytest.fixture
def undo_stack() -> QUndoStack:
    return QUndoStack()


@pytest.fixture
def tab(qtbot, demo_book: Book, undo_stack: QUndoStack) -> AccountVisitsTab:
    widget = AccountVisitsTab(undo_stack, today=DEMO_TODAY)
    qtbot.addWidget(widget)
    widget.set_book(demo_book)
    widget.resize(860, 700)
    widget.show()
    return widget


def _busiest_account(book: Book, *, planned: bool = False) -> str:
    """The account with the most visits (``planned``: of those with a visit still planned)."""
    ids = find_account_ids(book, AccountQuery())
    timelines = {account_id: account_timeline(book, account_id) for account_id in ids}
    if planned:
        timelines = {
            account_id: rows
            for account_id, rows in timelines.items()
            if any(r.status == VisitStatus.PLANNED for r in rows)
        }
    return max(timelines, key=lambda account_id: (len(timelines[account_id]), account_id))


def _select_first(tab: AccountVisitsTab, status: VisitStatus) -> str:
    visit = next(r for r in tab.rows() if r.status == status)
    assert tab.select_visit(visit.id)
    return visit.id


def test_the_timeline_lists_the_visits_newest_first(tab: AccountVisitsTab, demo_book) -> None:
    account_id = _busiest_account(demo_book)
    tab.show_account(account_id)
    expected = account_timeline(demo_book, account_id)
    assert len(expected) >= 10
    shown = tab.rows()
    assert [r.id for r in shown] == [r.id for r in expected]
    starts = [r.planned_start for r in shown]
    assert starts == sorted(starts, reverse=True)
    # Local date/time, status, purpose and attendees as the rep reads them.
    first = tab.model.index(0, COLUMN_OF["when"]).data()
    assert first == shown[0].planned_start.astimezone().strftime("%Y-%m-%d %H:%M")
    done = next(i for i, r in enumerate(shown) if r.status == VisitStatus.DONE)
    assert tab.model.index(done, COLUMN_OF["status"]).data() == "Done"
    with_people = next(i for i, r in enumerate(shown) if r.attendee_names)
    assert tab.model.index(with_people, COLUMN_OF["attendees"]).data() == ", ".join(
        shown[with_people].attendee_names
    )
    # The summary line: last visit, what is planned next, open steps and complaints.
    summary = tab.summary()
    assert summary.last_done is not None
    assert summary.last_done.status == VisitStatus.DONE
    assert summary.open_next_steps == sum(r.open_next_steps for r in expected)
    text = tab.summary_label.text()
    assert "Last visit: " in text
    assert f"{summary.open_next_steps} open next step" in text
    assert f"{summary.open_complaints} open complaint" in text


def test_buttons_follow_the_chosen_visit(tab: AccountVisitsTab, demo_book) -> None:
    tab.show_account(_busiest_account(demo_book, planned=True))
    _select_first(tab, VisitStatus.DONE)
    assert not tab.log_button.isEnabled()
    assert not tab.cancel_button.isEnabled()
    assert tab.delete_button.isEnabled()
    _select_first(tab, VisitStatus.PLANNED)
    assert tab.log_button.isEnabled()
    assert tab.cancel_button.isEnabled()


def test_delete_a_visit_and_undo(
    qtbot, tab: AccountVisitsTab, demo_book, undo_stack: QUndoStack
) -> None:
    account_id = _busiest_account(demo_book)
    tab.show_account(account_id)
    visit_id = _select_first(tab, VisitStatus.DONE)
    count = len(tab.rows())
    with qtbot.waitSignal(tab.account_changed) as changed:
        tab.delete_button.click()
    assert changed.args == [account_id]
    assert visit_id not in {r.id for r in tab.rows()}
    assert len(tab.rows()) == count - 1
    assert get_visit(demo_book, visit_id).deleted_at is not None
    undo_stack.undo()
    assert visit_id in {r.id for r in tab.rows()}
    assert tab.current_visit_id() == visit_id  # back where it was, chosen
    assert get_visit(demo_book, visit_id).deleted_at is None


def test_cancel_a_planned_visit_with_a_reason(
    tab: AccountVisitsTab, demo_book, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab.show_account(_busiest_account(demo_book, planned=True))
    visit_id = _select_first(tab, VisitStatus.PLANNED)
    monkeypatch.setattr(tab_module, "ask_cancel_reason", lambda *_: None)  # backs out
    tab.cancel_button.click()
    assert get_visit(demo_book, visit_id).draft.status == VisitStatus.PLANNED
    monkeypatch.setattr(tab_module, "ask_cancel_reason", lambda *_: "客户临时出差")
    tab.cancel_button.click()
    detail = get_visit(demo_book, visit_id)
    assert detail.draft.status == VisitStatus.CANCELLED
    assert "客户临时出差" in (detail.draft.notes or "")
    row = next(r for r in tab.rows() if r.id == visit_id)
    assert row.status == VisitStatus.CANCELLED
    assert not tab.cancel_button.isEnabled()


def test_an_account_without_visits_says_what_to_do(tab: AccountVisitsTab, demo_book) -> None:
    account = create_account(demo_book, AccountDraft(name="新客户有限公司"))
    tab.show_account(account.id)
    assert tab.stack.currentWidget() is tab.empty_label
    assert "No visits yet" in tab.empty_label.text()
    assert tab.plan_button.isEnabled()
    assert tab.unplanned_button.isEnabled()
    assert not tab.delete_button.isEnabled()
    # Planned elsewhere: shown the next time the account is shown.
    start = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    plan_visit(demo_book, account.id, VisitDraft(start, start + timedelta(hours=1)))
    tab.show_account(account.id)
    assert len(tab.rows()) == 1
    assert "Next planned: " in tab.summary_label.text()


def _insert_visits(book: Book, account_id: str, contact_ids: list[str], n: int) -> None:
    """``n`` visits a day apart (every 10th still planned), each with one attendee and every
    5th with an open next step: Core inserts, as an import would write them."""
    now = datetime.now(UTC)
    base = {"created_at": now, "updated_at": now, "updated_by": book.device_id, "revision": 1}
    first = datetime(2021, 1, 4, 1, 30, tzinfo=UTC)
    visits, attendees, steps = [], [], []
    for i in range(n):
        start = first + timedelta(days=i)
        planned = i % 10 == 0
        visit_id = new_id()
        visits.append({
            **base, "id": visit_id, "account_id": account_id, "planned_start": start,
            "planned_end": start + timedelta(hours=1), "done_at": None if planned else start,
            "status": VisitStatus.PLANNED if planned else VisitStatus.DONE,
            "method": VisitMethod.IN_PERSON, "purpose": VisitPurpose.REVISIT,
            "objectives": f"回访第{i}次", "outcome": None if planned else "客户满意",
            "materials": [],
        })  # fmt: skip
        attendees.append({
            **base, "id": new_id(), "visit_id": visit_id,
            "contact_id": contact_ids[i % len(contact_ids)],
        })  # fmt: skip
        if i % 5 == 0:
            steps.append({
                **base, "id": new_id(), "visit_id": visit_id, "account_id": account_id,
                "text": "寄样品", "due_on": start.date() + timedelta(days=7), "done": False,
            })  # fmt: skip
    with book.sessions.begin() as s:
        s.execute(insert(Visit), visits)
        s.execute(insert(VisitAttendee), attendees)
        s.execute(insert(NextStep), steps)


def test_an_account_with_2000_visits_opens_quickly(tab: AccountVisitsTab, demo_book) -> None:
    account = create_account(demo_book, AccountDraft(name="两千次拜访集团有限公司"))
    contacts = [
        create_contact(demo_book, account.id, ContactDraft(name=name)).id
        for name in ("张伟", "李娜", "王芳")
    ]
    _insert_visits(demo_book, account.id, contacts, 2000)
    started = time.perf_counter()
    tab.show_account(account.id)
    elapsed = time.perf_counter() - started
    print(f"\n2,000-visit account: timeline shown in {elapsed * 1000:.0f} ms")
    rows = tab.rows()
    assert len(rows) == 2000
    assert rows[0].planned_start > rows[-1].planned_start
    assert set(rows[0].attendee_names) <= {"张伟", "李娜", "王芳"}
    assert tab.summary().open_next_steps == 400
    assert tab.model.rowCount() == 2000


def _save_dialog(tab: AccountVisitsTab) -> VisitDialog:
    dialog = tab.dialog
    assert isinstance(dialog, VisitDialog)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Save).click()
    assert tab.dialog is None, dialog.form.message_label.text()
    return dialog


def test_plan_then_log_the_outcome_through_the_buttons(
    qtbot, tab: AccountVisitsTab, demo_book
) -> None:
    account_id = _busiest_account(demo_book)
    tab.show_account(account_id)
    count = len(tab.rows())

    # Plan: the form opens on a default time; an objective is enough.
    tab.plan_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.mode == "plan"
    type_text(dialog.form.text("objectives"), "介绍新一代节能方案")
    with qtbot.waitSignal(tab.account_changed):
        dialog = _save_dialog(tab)
    planned = dialog.saved_visit()
    assert planned is not None
    assert planned.draft.status == VisitStatus.PLANNED
    assert len(tab.rows()) == count + 1
    assert tab.current_visit_id() == planned.id  # the new visit is chosen
    assert tab.log_button.isEnabled()

    # Log its outcome: the form opens on Outcome, prefilled from the plan.
    tab.log_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.mode == "log"
    assert dialog.form.text("objectives").toPlainText() == "介绍新一代节能方案"
    type_text(dialog.form.text("outcome"), "客户同意试点")
    _save_dialog(tab)
    done = get_visit(demo_book, planned.id)
    assert done.draft.status == VisitStatus.DONE
    assert done.draft.outcome == "客户同意试点"
    row = next(r for r in tab.rows() if r.id == planned.id)
    assert row.status == VisitStatus.DONE
    assert not tab.log_button.isEnabled()
    assert tab.summary().last_done is not None


def test_log_an_unplanned_visit_through_the_button(tab: AccountVisitsTab, demo_book) -> None:
    account = create_account(demo_book, AccountDraft(name="偶遇客户有限公司"))
    tab.show_account(account.id)
    tab.unplanned_button.click()
    dialog = tab.dialog
    assert isinstance(dialog, VisitDialog)
    assert dialog.mode == "log"
    type_text(dialog.form.text("outcome"), "展会上聊了十分钟")
    _save_dialog(tab)
    rows = tab.rows()
    assert [r.status for r in rows] == [VisitStatus.DONE]
    assert rows[0].outcome == "展会上聊了十分钟"
    assert "Last visit: " in tab.summary_label.text()


def test_sorting_by_a_column_keeps_the_chosen_visit(
    qtmodeltester, tab: AccountVisitsTab, demo_book
) -> None:
    tab.show_account(_busiest_account(demo_book, planned=True))
    qtmodeltester.check(tab.model)
    visit_id = _select_first(tab, VisitStatus.PLANNED)
    tab.table.sortByColumn(COLUMN_OF["status"], Qt.SortOrder.AscendingOrder)
    statuses = [r.status for r in tab.rows()]
    order = list(VisitStatus)
    assert statuses == sorted(statuses, key=order.index)
    assert tab.current_visit_id() == visit_id
    # A reload keeps the chosen order.
    tab.show_account(tab.account_id)
    assert [r.status for r in tab.rows()] == sorted(statuses, key=order.index)
    tab.table.sortByColumn(COLUMN_OF["when"], Qt.SortOrder.DescendingOrder)
    assert [r.id for r in tab.rows()] == [r.id for r in account_timeline(demo_book, tab.account_id)]
