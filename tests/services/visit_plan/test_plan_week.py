"""``plan_week`` against a real book: what each planned visit's section is made of."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import timedelta

import pytest

from kam_desktop.db.book import Book
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.contacts.coverage import GapKind
from kam_desktop.domain.enums import DecisionLevel, SpinStage, ValueTier
from kam_desktop.services.contacts.contacts import create_contact
from kam_desktop.services.visit_plan.gather import CHART_MONTHS, PlanEndsBeforeStart, plan_week
from kam_desktop.services.visits.visits import cancel_visit
from tests.services.visit_plan.plan_book import (
    MONDAY,
    SUNDAY,
    TODAY,
    PlanBook,
    make_plan_book,
)


@pytest.fixture
def planned(book: Book) -> PlanBook:
    return make_plan_book(book)


def test_the_weeks_planned_visits_by_day_and_time(book: Book, planned: PlanBook) -> None:
    plan = plan_week(book, MONDAY, SUNDAY, today=TODAY)
    ids = [v.visit_id for v in plan.visits]
    assert ids == [planned.visits[k] for k in ("hengyuan", "huatuo", "long", "other")]
    assert [day for day, _ in plan.days()] == [
        MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=2)
    ]  # fmt: skip
    assert plan.book_name == "test"
    assert plan.owner is None


def test_owner_keeps_one_reps_visits(book: Book, planned: PlanBook) -> None:
    plan = plan_week(book, MONDAY, SUNDAY, "李婷", today=TODAY)
    assert [v.visit_id for v in plan.visits] == [planned.visits["other"]]


def test_a_range_of_one_day_and_cancelled_visits(book: Book, planned: PlanBook) -> None:
    cancel_visit(book, planned.visits["huatuo"])
    day = MONDAY + timedelta(days=1)
    plan = plan_week(book, day, day, today=TODAY)
    assert [v.visit_id for v in plan.visits] == [planned.visits["long"]]


def test_the_end_before_the_start_is_refused(book: Book) -> None:
    with pytest.raises(PlanEndsBeforeStart) as caught:
        plan_week(book, SUNDAY, MONDAY)
    assert "2026-12-21" in caught.value.message()


def test_a_visit_carries_everything_its_section_shows(book: Book, planned: PlanBook) -> None:
    visit = plan_week(book, MONDAY, SUNDAY, today=TODAY).visits[0]
    account = visit.account
    assert (account.code, account.city, account.district) == ("A001", "杭州市", "余杭区")
    assert account.tier is ValueTier.GOLD
    assert account.last_visit_on is not None
    assert visit.location == "杭州市 余杭区 文一西路1号"  # the account's, as the visit has none
    assert [m.item for m in visit.materials] == ["样品", "报价单"]
    assert visit.objectives == "演示节能改造方案"
    assert visit.expected_result == "拿到试用意向"
    # Chart: the last 12 months, gaps as None (never 0).
    assert len(visit.months) == CHART_MONTHS
    assert visit.months[-1].month == "2026-12"
    assert [m.sales for m in visit.months if m.sales is not None] == [20, 21, 22, 23, 24]
    assert visit.months[-4].sales is None  # 2026-09 has no record
    # The last three done visits, newest first; the open next step and complaint.
    assert [v.outcome for v in visit.last_visits] == ["确认了样品", "谈了价格", "演示了方案"]
    assert [s.text for s in visit.open_steps] == ["寄送检测报告"]
    assert [c.description for c in visit.complaints] == ["到货晚了三天"]
    # SPIN: progress for the four stages and the planned questions by stage.
    assert [p.stage for p in visit.spin.stages] == list(SpinStage)
    assert [g.stage for g in visit.questions] == [SpinStage.SITUATION, SpinStage.PROBLEM]
    texts = tuple(q.text("zh_CN") for g in visit.questions for q in g.questions)
    assert texts == planned.question_texts
    with pytest.raises(FrozenInstanceError):
        visit.objectives = "x"  # type: ignore[misc]


def test_attendees_first_then_the_key_contacts(book: Book, planned: PlanBook) -> None:
    draft = ContactDraft(name="陈总", decision_level=DecisionLevel.DECISION)
    ceo = create_contact(book, planned.hengyuan, draft, today=TODAY)
    visit = plan_week(book, MONDAY, SUNDAY, today=TODAY).visits[0]
    assert [(c.name, c.attending) for c in visit.contacts] == [
        ("张伟", True), ("李娜", True), ("陈总", False)
    ]  # fmt: skip
    assert ceo.id in {c.id for c in visit.contacts}
    zhang = visit.contacts[0]
    assert zhang.is_key_decision_maker
    assert zhang.relationship_level == 3
    assert zhang.last_contact_on is not None  # met at the done visits
    assert visit.contact_count == 5  # 王芳 and 赵强 are on file, not key, not attending
    assert [c.name for c in visit.attendees] == ["张伟", "李娜"]


def test_coverage_gaps_come_from_the_contact_map_service(book: Book, planned: PlanBook) -> None:
    visits = plan_week(book, MONDAY, SUNDAY, today=TODAY).visits
    hengyuan, huatuo = visits[0], visits[1]
    assert GapKind.NO_COACH not in {g.kind for g in hengyuan.gaps}  # 李娜 is the coach
    assert {GapKind.NO_DECISION_LEVEL, GapKind.NO_COACH} <= {g.kind for g in huatuo.gaps}


def test_an_account_with_nothing_yet(book: Book, planned: PlanBook) -> None:
    huatuo = plan_week(book, MONDAY, SUNDAY, today=TODAY).visits[1]
    assert huatuo.contacts == ()
    assert huatuo.contact_count == 0
    assert all(m.sales is None and m.margin is None for m in huatuo.months)
    assert huatuo.last_visits == ()
    assert huatuo.open_steps == ()
    assert huatuo.complaints == ()
    assert huatuo.questions == ()
    assert huatuo.account.last_visit_on is None
    assert huatuo.location == "苏州市"
