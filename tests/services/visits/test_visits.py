"""Visit services against real books: plan, edit, log, follow up, cancel, delete, list."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import (
    Account,
    Complaint,
    Contact,
    NextStep,
    RevisitItem,
    SpinQuestion,
    Visit,
    VisitAttendee,
    VisitQuestion,
)
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import (
    ComplaintCategory,
    ComplaintStatus,
    Grade,
    RevisitRule,
    RevisitState,
    ValueTier,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.domain.errors import InvalidInput, NotFound
from kam_desktop.domain.visits.visit_fields import (
    ComplaintDraft,
    MaterialItem,
    NextStepDraft,
    NotOfAccount,
    VisitChangedElsewhere,
    VisitDraft,
)
from kam_desktop.services.accounts.accounts import create_account, delete_account
from kam_desktop.services.demo import build_demo_book
from kam_desktop.services.spin.spin_bank import seed_question_bank
from kam_desktop.services.visits.visits import (
    AlreadyDone,
    VisitQuery,
    account_timeline,
    cancel_visit,
    delete_visit,
    get_visit,
    list_visits,
    local_day_range,
    log_outcome,
    log_unplanned,
    overdue_next_steps,
    plan_follow_up,
    plan_visit,
    restore_visit,
    update_visit,
)

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 4, 0, tzinfo=UTC)  # noon in Shanghai
START = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)  # 10:00 in Shanghai, the day before


@pytest.fixture
def shanghai(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The rep's laptop runs on China time (UTC+8), whatever the test machine uses."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# --- helpers ------------------------------------------------------------------------------------


def _account(book: Book, name: str, owner: str | None = "王磊", **values: object) -> str:
    account_id = create_account(book, AccountDraft(name=name, owner=owner)).id
    if values:
        with book.sessions.begin() as s:
            for key, value in values.items():
                setattr(s.get(Account, account_id), key, value)
    return account_id


def _contacts(book: Book, account_id: str, *names: str, email: bool = False) -> list[str]:
    ids = []
    with book.sessions.begin() as s:
        for n, name in enumerate(names):
            contact = Contact(
                account_id=account_id, name=name, email=f"c{n}@example.com" if email else None
            )
            s.add(contact)
            s.flush()
            ids.append(contact.id)
    return ids


def _count(book: Book, model: type, live: bool = True) -> int:
    stmt = select(func.count()).select_from(model)
    if live:
        stmt = stmt.where(model.deleted_at.is_(None))
    with book.sessions() as s:
        return s.scalar(stmt) or 0


def _contact(book: Book, contact_id: str) -> Contact:
    with book.sessions() as s:
        return s.get(Contact, contact_id)  # type: ignore[return-value]


def _last_visit_on(book: Book, account_id: str) -> date | None:
    with book.sessions() as s:
        return s.scalar(select(Account.last_visit_on).where(Account.id == account_id))


@pytest.fixture
def acme(book: Book) -> tuple[str, list[str]]:
    account_id = _account(book, "杭州恒远机械有限公司")
    return account_id, _contacts(book, account_id, "张伟", "李娜", "王芳")


# --- planning -------------------------------------------------------------------------------------


def test_plan_visit_saves_the_whole_plan(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, (zhang, li, _wang) = acme
    seed_question_bank(book)
    with book.sessions() as s:
        questions = list(s.scalars(select(SpinQuestion.id).order_by(SpinQuestion.id).limit(2)))
    draft = VisitDraft(
        planned_start=START,
        planned_end=START + timedelta(minutes=90),
        status=VisitStatus.DONE,  # planning ignores it: a new plan is planned
        method=VisitMethod.IN_PERSON,
        purpose=VisitPurpose.NEEDS_RESEARCH,
        objectives="了解空压站能耗",
        expected_result="拿到设备清单",
        preparation="查阅去年的油液检测报告",
        materials=(MaterialItem("样品", True), MaterialItem("报价单")),
        attendee_ids=(li, zhang),
        colleagues="技术工程师 刘强",
        location="杭州市余杭区文一西路1号",
        travel_notes="高速40分钟",
        question_ids=tuple(reversed(questions)),
        next_steps=(NextStepDraft("准备方案", TODAY + timedelta(days=7)),),
    )
    detail = plan_visit(book, account_id, draft, today=TODAY)
    assert detail.status == VisitStatus.PLANNED
    assert detail.draft.done_at is None
    assert detail.account_name == "杭州恒远机械有限公司"
    assert detail.draft.owner == "王磊"  # the account's owner
    assert [a.name for a in detail.attendees] == ["张伟", "李娜"]  # by name
    assert detail.draft.attendee_ids == (zhang, li)
    assert detail.draft.question_ids == tuple(reversed(questions))
    assert detail.draft.materials == draft.materials
    assert detail.draft.location == "杭州市余杭区文一西路1号"
    assert detail.draft.next_steps[0].owner == "王磊"
    assert detail.draft.next_steps[0].id is not None
    assert detail.revision == 1
    again = get_visit(book, detail.id)
    assert again == detail
    with book.sessions() as s:
        stored = s.get(Visit, detail.id)
        assert stored is not None
        assert stored.address == "杭州市余杭区文一西路1号"
        assert stored.materials == [
            {"item": "样品", "done": True},
            {"item": "报价单", "done": False},
        ]


def test_owner_defaults_to_the_books_rep_when_the_account_has_none(book: Book) -> None:
    account_id = _account(book, "无主客户", owner=None)
    with book.sessions.begin() as s:
        s.get(Account, account_id).owner = None  # type: ignore[union-attr]
    assert plan_visit(book, account_id, VisitDraft(START)).draft.owner == "测试员"


def test_attendees_from_another_account_are_refused_by_name(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, (zhang, *_rest) = acme
    other = _account(book, "苏州华拓电子有限公司")
    (stranger,) = _contacts(book, other, "赵敏")
    with pytest.raises(InvalidInput) as caught:
        plan_visit(book, account_id, VisitDraft(START, attendee_ids=(zhang, stranger)))
    assert caught.value.fields() == ["attendee_ids"]
    assert isinstance(caught.value.problems[0].problem, NotOfAccount)
    assert "赵敏" in caught.value.message()
    assert "张伟" not in caught.value.message()
    assert _count(book, Visit) == 0
    assert _count(book, VisitAttendee) == 0


def test_a_deleted_contact_cannot_be_added(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, (zhang, *_rest) = acme
    with book.sessions.begin() as s:
        s.get(Contact, zhang).deleted_at = NOW  # type: ignore[union-attr]
    with pytest.raises(InvalidInput):
        plan_visit(book, account_id, VisitDraft(START, attendee_ids=(zhang,)))


def test_bad_input_saves_nothing(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, (zhang, *_rest) = acme
    draft = VisitDraft(
        START,
        attendee_ids=(zhang,),
        next_steps=(NextStepDraft("寄样", TODAY), NextStepDraft("报价", None)),
        complaints=(ComplaintDraft(None),),
    )
    with pytest.raises(InvalidInput) as caught:
        plan_visit(book, account_id, draft)
    assert caught.value.fields() == ["next_steps.1.due_on", "complaints.0.category"]
    for model in (Visit, VisitAttendee, NextStep, Complaint):
        assert _count(book, model, live=False) == 0


def test_unknown_questions_are_refused(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, _ = acme
    with pytest.raises(InvalidInput) as caught:
        plan_visit(book, account_id, VisitDraft(START, question_ids=("no-such-question",)))
    assert caught.value.fields() == ["question_ids"]


def test_unknown_or_deleted_account_is_not_found(book: Book) -> None:
    with pytest.raises(NotFound):
        plan_visit(book, "no-such-account", VisitDraft(START))
    account_id = _account(book, "已删除客户")
    delete_account(book, account_id)
    with pytest.raises(NotFound):
        plan_visit(book, account_id, VisitDraft(START))
    with pytest.raises(NotFound):
        get_visit(book, "no-such-visit")


# --- editing --------------------------------------------------------------------------------------


def test_update_replaces_children_and_keeps_tombstones(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, (zhang, li, wang) = acme
    first = plan_visit(
        book,
        account_id,
        VisitDraft(
            START,
            attendee_ids=(zhang, li),
            next_steps=(
                NextStepDraft("寄样", TODAY + timedelta(days=3)),
                NextStepDraft("报价", TODAY + timedelta(days=5)),
            ),
            complaints=(ComplaintDraft(ComplaintCategory.DELIVERY, description="到货晚"),),
        ),
        today=TODAY,
    )
    keep, drop = first.draft.next_steps
    draft = replace(
        first.draft,
        attendee_ids=(li, wang),
        next_steps=(replace(keep, text="寄样（两桶）"), NextStepDraft("约技术交流", TODAY)),
        complaints=(replace(first.draft.complaints[0], resolved=True),),
    )
    second = update_visit(book, first.id, draft, first.revision, today=TODAY)
    assert second.revision == first.revision + 1
    assert [a.name for a in second.attendees] == ["李娜", "王芳"]
    texts = [(s.text, s.id == keep.id) for s in second.draft.next_steps]
    assert ("寄样（两桶）", True) in texts
    assert ("约技术交流", False) in texts
    assert drop.id not in {s.id for s in second.draft.next_steps}
    assert second.draft.complaints[0].resolved
    assert second.draft.complaints[0].resolved_on == TODAY
    with book.sessions() as s:
        gone = s.scalar(
            select(VisitAttendee).where(
                VisitAttendee.visit_id == first.id, VisitAttendee.contact_id == zhang
            )
        )
        assert gone is not None
        assert gone.deleted_at is not None
        dropped = s.get(NextStep, drop.id)
        assert dropped is not None
        assert dropped.deleted_at is not None
        complaint = s.get(Complaint, first.draft.complaints[0].id)
        assert complaint is not None
        assert complaint.status == ComplaintStatus.RESOLVED
    # Zhang comes back: the old attendee row is revived, not duplicated.
    third = update_visit(book, first.id, replace(second.draft, attendee_ids=(zhang,)), today=TODAY)
    assert [a.name for a in third.attendees] == ["张伟"]
    assert _count(book, VisitAttendee, live=False) == 3


def test_child_only_change_bumps_the_visits_revision(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, (zhang, li, _wang) = acme
    first = plan_visit(book, account_id, VisitDraft(START, attendee_ids=(zhang,)))
    second = update_visit(book, first.id, replace(first.draft, attendee_ids=(zhang, li)))
    assert second.revision == first.revision + 1


def test_saving_an_unchanged_visit_changes_no_revision(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, (zhang, *_rest) = acme
    first = plan_visit(
        book,
        account_id,
        VisitDraft(START, attendee_ids=(zhang,), next_steps=(NextStepDraft("寄样", TODAY),)),
        today=TODAY,
    )
    again = update_visit(book, first.id, first.draft, first.revision, today=TODAY)
    assert again.revision == first.revision
    assert again.updated_at == first.updated_at
    with book.sessions() as s:
        assert s.scalar(select(NextStep.revision)) == 1


def test_a_stale_edit_is_refused(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, _ = acme
    first = plan_visit(book, account_id, VisitDraft(START))
    update_visit(book, first.id, replace(first.draft, objectives="新目标"), first.revision)
    with pytest.raises(VisitChangedElsewhere):
        update_visit(book, first.id, replace(first.draft, objectives="旧目标"), first.revision)
    assert get_visit(book, first.id).draft.objectives == "新目标"


def test_a_step_of_another_visit_cannot_be_edited_through_this_one(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, _ = acme
    one = plan_visit(book, account_id, VisitDraft(START, next_steps=(NextStepDraft("a", TODAY),)))
    two = plan_visit(book, account_id, VisitDraft(START))
    stolen = one.draft.next_steps
    with pytest.raises(NotFound):
        update_visit(book, two.id, replace(two.draft, next_steps=stolen))
    assert get_visit(book, one.id).draft.next_steps == stolen


# --- logging the outcome -----------------------------------------------------------------------


def test_log_outcome_completes_the_visit_and_refreshes_caches(
    book: Book, acme: tuple[str, list[str]], shanghai: None
) -> None:
    account_id, (zhang, li, wang) = acme
    # 23:00-23:30 on 24 November in Shanghai: a late call, done on the 24th local time.
    start = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
    planned = plan_visit(
        book,
        account_id,
        VisitDraft(start, planned_end=start + timedelta(minutes=30), attendee_ids=(zhang, li)),
    )
    contact_revision = _contact(book, zhang).revision
    with book.sessions.begin() as s:
        s.add_all(
            [
                RevisitItem(
                    account_id=account_id, rule=RevisitRule.PERIODIC, rule_key="test:before",
                    due_on=date(2026, 11, 20), state=RevisitState.DUE,
                ),
                RevisitItem(
                    account_id=account_id, rule=RevisitRule.PERIODIC, rule_key="test:after",
                    due_on=date(2026, 12, 20), state=RevisitState.DUE,
                ),
            ]
        )  # fmt: skip
    draft = replace(
        planned.draft,
        outcome="客户同意试用",
        satisfaction=4,
        attendee_ids=(zhang, wang),  # Li could not come; Wang joined
        next_visit_on=date(2026, 12, 8),
    )
    done = log_outcome(book, planned.id, draft, today=TODAY)
    assert done.status == VisitStatus.DONE
    assert done.draft.done_at == start + timedelta(minutes=30)
    assert _contact(book, zhang).last_contact_on == date(2026, 11, 24)
    assert _contact(book, wang).last_contact_on == date(2026, 11, 24)
    assert _contact(book, li).last_contact_on is None
    assert _last_visit_on(book, account_id) == date(2026, 11, 24)
    # Caches are not synced: refreshing them bumps no revision.
    assert _contact(book, zhang).revision == contact_revision
    with book.sessions() as s:
        items = {r.rule_key: (r.state, r.visit_id) for r in s.scalars(select(RevisitItem))}
    assert items == {
        "test:before": (RevisitState.DONE, planned.id),
        "test:after": (RevisitState.DUE, None),
    }


def test_log_outcome_in_the_future_is_refused(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, _ = acme
    later = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
    planned = plan_visit(book, account_id, VisitDraft(later))
    with pytest.raises(InvalidInput) as caught:
        log_outcome(book, planned.id, planned.draft, today=TODAY)
    assert caught.value.fields() == ["done_at"]
    assert get_visit(book, planned.id).status == VisitStatus.PLANNED


def test_log_unplanned_records_a_done_visit(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, (zhang, *_rest) = acme
    draft = VisitDraft(
        START,
        method=VisitMethod.PHONE,
        purpose=VisitPurpose.AFTER_SALES,
        attendee_ids=(zhang,),
        outcome="电话确认到货",
        complaints=(ComplaintDraft(ComplaintCategory.PRODUCT_QUALITY, description="桶有渗漏"),),
    )
    done = log_unplanned(book, account_id, draft, today=TODAY)
    assert done.status == VisitStatus.DONE
    assert done.draft.done_at == START
    assert done.draft.complaints[0].opened_on == START.astimezone().date()
    assert _contact(book, zhang).last_contact_on == START.astimezone().date()
    assert list_visits(book)[0].open_complaints == 1


def test_last_visit_falls_back_when_a_visit_is_cancelled_by_edit(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, (zhang, *_rest) = acme
    early = log_unplanned(book, account_id, VisitDraft(START - timedelta(days=10)), today=TODAY)
    late = log_unplanned(book, account_id, VisitDraft(START, attendee_ids=(zhang,)), today=TODAY)
    assert _last_visit_on(book, account_id) == START.astimezone().date()
    update_visit(book, late.id, replace(late.draft, status=VisitStatus.MISSED), today=TODAY)
    assert _last_visit_on(book, account_id) == early.draft.planned_start.astimezone().date()
    assert _contact(book, zhang).last_contact_on is None


# --- follow-up, cancel, delete ------------------------------------------------------------------


def test_plan_follow_up_uses_the_next_visit_date_at_the_same_local_time(
    book: Book, acme: tuple[str, list[str]], shanghai: None
) -> None:
    account_id, (zhang, li, _wang) = acme
    visit = log_unplanned(
        book,
        account_id,
        VisitDraft(
            START,
            planned_end=START + timedelta(minutes=45),
            method=VisitMethod.VIDEO,
            purpose=VisitPurpose.SOLUTION_DEMO,
            attendee_ids=(zhang, li),
            location="线上",
            next_visit_on=date(2026, 12, 8),
        ),
        today=TODAY,
    )
    follow = plan_follow_up(book, visit.id)
    assert follow.id != visit.id
    assert follow.status == VisitStatus.PLANNED
    assert follow.draft.purpose == VisitPurpose.REVISIT
    assert follow.draft.method == VisitMethod.VIDEO
    local = follow.draft.planned_start.astimezone()
    assert (local.date(), local.hour, local.minute) == (date(2026, 12, 8), 10, 0)
    assert follow.draft.planned_end - follow.draft.planned_start == timedelta(minutes=45)
    assert follow.draft.attendee_ids == (zhang, li)
    assert plan_follow_up(book, visit.id).id == follow.id  # planning twice: the same visit


def test_plan_follow_up_needs_a_next_visit_date(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, _ = acme
    visit = plan_visit(book, account_id, VisitDraft(START))
    with pytest.raises(InvalidInput) as caught:
        plan_follow_up(book, visit.id)
    assert caught.value.fields() == ["next_visit_on"]


def test_cancel_keeps_the_reason_and_refuses_done_visits(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, _ = acme
    planned = plan_visit(book, account_id, VisitDraft(START, notes="带样品"))
    cancelled = cancel_visit(book, planned.id, " 客户临时出差 ")
    assert cancelled.status == VisitStatus.CANCELLED
    assert cancelled.draft.notes == "带样品\n客户临时出差"
    assert cancelled.revision == planned.revision + 1
    done = log_unplanned(book, account_id, VisitDraft(START), today=TODAY)
    with pytest.raises(AlreadyDone):
        cancel_visit(book, done.id, "误操作")
    assert get_visit(book, done.id).status == VisitStatus.DONE


def test_delete_and_restore_take_the_visits_rows_along(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, (zhang, li, _wang) = acme
    older = log_unplanned(
        book, account_id, VisitDraft(START - timedelta(days=30), attendee_ids=(li,)), today=TODAY
    )
    visit = log_unplanned(
        book,
        account_id,
        VisitDraft(
            START,
            attendee_ids=(zhang, li),
            next_steps=(NextStepDraft("寄样", TODAY), NextStepDraft("报价", TODAY)),
        ),
        today=TODAY,
    )
    # An edit removes one step before the deletion: restoring must not bring it back.
    removed = visit.draft.next_steps[1]
    visit = update_visit(
        book, visit.id, replace(visit.draft, next_steps=visit.draft.next_steps[:1]), today=TODAY
    )
    delete_visit(book, visit.id)
    assert [r.id for r in account_timeline(book, account_id)] == [older.id]
    assert _count(book, NextStep) == 0
    assert _last_visit_on(book, account_id) == older.draft.planned_start.astimezone().date()
    assert _contact(book, zhang).last_contact_on is None
    assert get_visit(book, visit.id).deleted_at is not None
    with pytest.raises(NotFound):
        update_visit(book, visit.id, visit.draft)

    restored = restore_visit(book, visit.id)
    assert restored.deleted_at is None
    assert [s.id for s in restored.draft.next_steps] == [visit.draft.next_steps[0].id]
    assert removed.id not in {s.id for s in restored.draft.next_steps}
    assert [a.name for a in restored.attendees] == ["张伟", "李娜"]
    assert _contact(book, zhang).last_contact_on == START.astimezone().date()
    assert _last_visit_on(book, account_id) == START.astimezone().date()


# --- lists --------------------------------------------------------------------------------------


def test_list_visits_filters_and_sorts(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, (zhang, *_rest) = acme
    other = _account(
        book, "宁波海曙纺织有限公司", owner="李强", hq_grade=Grade.A, value_tier=ValueTier.GOLD
    )
    monday = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)
    a = plan_visit(
        book, account_id, VisitDraft(monday + timedelta(days=2), attendee_ids=(zhang,),
                                     next_steps=(NextStepDraft("寄样", TODAY),)),
        today=TODAY,
    )  # fmt: skip
    b = plan_visit(
        book, other, VisitDraft(monday, method=VisitMethod.PHONE, purpose=VisitPurpose.REVISIT)
    )
    c = log_unplanned(book, account_id, VisitDraft(monday + timedelta(days=1)), today=TODAY)
    late = plan_visit(book, other, VisitDraft(monday + timedelta(days=9)))
    week = VisitQuery(start=monday, end=monday + timedelta(days=7))

    assert [r.id for r in list_visits(book, week)] == [b.id, c.id, a.id]
    assert [r.id for r in list_visits(book)] == [b.id, c.id, a.id, late.id]
    planned = replace(week, statuses=frozenset({VisitStatus.PLANNED}))
    assert [r.id for r in list_visits(book, planned)] == [b.id, a.id]
    assert [r.id for r in list_visits(book, VisitQuery(owners=frozenset({"李强"})))] == [
        b.id,
        late.id,
    ]
    assert [r.id for r in list_visits(book, replace(week, grades=frozenset({Grade.A})))] == [b.id]
    gold = replace(week, tiers=frozenset({ValueTier.GOLD}))
    assert [r.id for r in list_visits(book, gold)] == [b.id]
    phone = replace(week, methods=frozenset({VisitMethod.PHONE}))
    assert [r.id for r in list_visits(book, phone)] == [b.id]
    revisit = VisitQuery(purposes=frozenset({VisitPurpose.REVISIT}))
    assert [r.id for r in list_visits(book, revisit)] == [b.id]
    mine = VisitQuery(account_ids=frozenset({account_id}))
    assert [r.id for r in list_visits(book, mine)] == [c.id, a.id]
    tuesday_noon = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)
    overdue = list_visits(book, VisitQuery(overdue_only=True), now=tuesday_noon)
    assert [r.id for r in overdue] == [b.id]  # a (Wednesday) is still to come
    row = next(r for r in list_visits(book, week) if r.id == a.id)
    assert row.attendee_names == ("张伟",)
    assert row.open_next_steps == 1
    assert row.account_name == "杭州恒远机械有限公司"
    assert not row.is_overdue(tuesday_noon)
    assert row.is_overdue(NOW)
    assert overdue[0].is_overdue(tuesday_noon)


def test_deleted_accounts_visits_leave_the_agenda(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, _ = acme
    plan_visit(book, account_id, VisitDraft(START))
    delete_account(book, account_id)
    assert list_visits(book) == []


def test_local_day_range_is_the_reps_day(shanghai: None) -> None:
    start, end = local_day_range(date(2026, 11, 25), date(2026, 11, 26))
    assert start == datetime(2026, 11, 24, 16, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 26, 16, 0, tzinfo=UTC)


def test_timeline_is_newest_first_and_can_be_limited(
    book: Book, acme: tuple[str, list[str]]
) -> None:
    account_id, _ = acme
    ids = [
        plan_visit(book, account_id, VisitDraft(START + timedelta(days=d))).id for d in (3, 1, 2)
    ]
    assert [r.id for r in account_timeline(book, account_id)] == [ids[0], ids[2], ids[1]]
    assert [r.id for r in account_timeline(book, account_id, limit=2)] == [ids[0], ids[2]]


def test_overdue_next_steps(book: Book, acme: tuple[str, list[str]]) -> None:
    account_id, _ = acme
    visit = plan_visit(
        book,
        account_id,
        VisitDraft(
            START,
            next_steps=(
                NextStepDraft("逾期", TODAY - timedelta(days=3)),
                NextStepDraft("今天到期", TODAY),
                NextStepDraft("已完成", TODAY - timedelta(days=5), done=True),
            ),
        ),
        today=TODAY,
    )
    rows = overdue_next_steps(book, TODAY)
    assert [(r.text, r.overdue_days, r.visit_id) for r in rows] == [("逾期", 3, visit.id)]
    assert overdue_next_steps(book, TODAY, account_id="someone-else") == []
    delete_visit(book, visit.id)
    assert overdue_next_steps(book, TODAY) == []


# --- the demo book ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_book(tmp_path_factory.mktemp("demo") / "demo.kambook", today=TODAY)


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Book]:
    path = tmp_path / "demo.kambook"
    shutil.copy(demo_template, path)
    opened = open_book(path)
    yield opened
    opened.close()


def test_demo_timelines_match_the_book(demo: Book) -> None:
    with demo.sessions() as s:
        account_id, count = s.execute(
            select(Visit.account_id, func.count())
            .where(Visit.deleted_at.is_(None))
            .group_by(Visit.account_id)
            .order_by(func.count().desc())
        ).first()  # type: ignore[misc]
        attendees = dict(
            s.execute(
                select(VisitAttendee.visit_id, func.count())
                .join(Visit, Visit.id == VisitAttendee.visit_id)
                .where(Visit.account_id == account_id)
                .group_by(VisitAttendee.visit_id)
            ).all()
        )
        questions = s.scalar(select(func.count()).select_from(VisitQuestion))
    rows = account_timeline(demo, account_id)
    assert len(rows) == count
    starts = [r.planned_start for r in rows]
    assert starts == sorted(starts, reverse=True)
    assert all(len(r.attendee_names) == attendees.get(r.id, 0) for r in rows)
    assert questions  # the demo plans questions; get_visit shows them
    planned = list_visits(demo, VisitQuery(statuses=frozenset({VisitStatus.PLANNED})))
    assert planned
    detailed = [get_visit(demo, r.id) for r in planned]
    assert any(d.questions for d in detailed)
    assert all(d.draft.materials or d.draft.method != VisitMethod.IN_PERSON for d in detailed)


def test_demo_visit_round_trips_unchanged(demo: Book) -> None:
    rows = list_visits(demo, VisitQuery(statuses=frozenset({VisitStatus.DONE})))
    with_steps = next(r for r in reversed(rows) if r.open_next_steps or r.open_complaints)
    before = get_visit(demo, with_steps.id)
    after = update_visit(demo, before.id, before.draft, before.revision, today=TODAY)
    assert after.revision == before.revision
    assert after.draft == before.draft
