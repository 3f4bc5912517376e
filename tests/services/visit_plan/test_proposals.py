"""Proposals (due revisits ranked by tier × days overdue, nearby accounts not visited for a
while), accepting one through the visits service, and the route order."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import ValueTier, VisitPurpose, VisitStatus
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.visit_plan.gather import plan_week
from kam_desktop.services.visit_plan.model import ProposalKind
from kam_desktop.services.visit_plan.proposals import (
    accept_proposal,
    order_by_route,
    propose_visits,
    tier_weight,
)
from kam_desktop.services.visits.visits import get_visit
from tests.services.visit_plan.plan_book import MONDAY, SUNDAY, TODAY, PlanBook, at, make_plan_book


def _account(book: Book, name: str, city: str, owner: str = "王磊", **values: object) -> str:
    account_id = create_account(book, AccountDraft(name=name, owner=owner, city=city)).id
    with book.sessions.begin() as s:
        for key, value in values.items():
            setattr(s.get(Account, account_id), key, value)
    return account_id


@pytest.fixture
def planned(book: Book) -> PlanBook:
    return make_plan_book(book)


@pytest.fixture
def due(book: Book, planned: PlanBook) -> dict[str, str]:
    """Three accounts due for their periodic revisit: platinum 5 days overdue (rank 4 × 6),
    gold 10 days (3 × 11), lead 40 days (1 × 41)."""

    def day(days: int) -> date:
        return TODAY - timedelta(days=days)

    return {
        "platinum": _account(book, "铂金客户", "上海市", value_tier=ValueTier.PLATINUM,
                             last_visit_on=day(14 + 5)),
        "gold": _account(book, "黄金客户", "上海市", value_tier=ValueTier.GOLD,
                         last_visit_on=day(30 + 10)),
        "lead": _account(book, "铅客户", "上海市", value_tier=ValueTier.LEAD,
                         last_visit_on=day(90 + 40)),
    }  # fmt: skip


def test_due_revisits_ranked_by_tier_times_days_overdue(
    book: Book, planned: PlanBook, due: dict[str, str]
) -> None:
    found = [p for p in propose_visits(book, MONDAY, SUNDAY, "王磊", today=TODAY)
             if p.kind is ProposalKind.DUE]  # fmt: skip
    ranked = [p.account_id for p in found if p.account_id in due.values()]
    assert ranked == [due["lead"], due["gold"], due["platinum"]]  # not by date, not by tier
    by_id = {p.account_id: p for p in found}
    assert by_id[due["lead"]].overdue_days == 40
    assert by_id[due["lead"]].rank == tier_weight(ValueTier.LEAD) * 41
    assert by_id[due["gold"]].rank == 3 * 11
    assert "Every 14 days" in by_id[due["platinum"]].reason("en")
    assert planned.hengyuan not in by_id  # already planned this week
    assert [p.rank for p in found] == sorted((p.rank for p in found), reverse=True)


def test_nearby_accounts_not_visited_for_n_days(book: Book, planned: PlanBook) -> None:
    long_ago = _account(book, "久未拜访", "杭州市", last_visit_on=MONDAY - timedelta(days=130))
    never = _account(book, "从未拜访", "苏州市")
    _account(book, "刚拜访过", "杭州市", last_visit_on=MONDAY - timedelta(days=10))
    _account(book, "外地客户", "上海市", last_visit_on=MONDAY - timedelta(days=300))
    _account(book, "别人的客户", "杭州市", owner="李婷", last_visit_on=MONDAY - timedelta(days=300))
    found = propose_visits(book, MONDAY, SUNDAY, "王磊", not_visited_days=60, today=TODAY)
    nearby = [p for p in found if p.kind is ProposalKind.NEARBY]
    assert [p.account_id for p in nearby] == [long_ago, never]  # 1 × 71, then 1 × 61
    assert nearby[0].days_since_visit == 130
    assert nearby[0].reason("en") == "Not visited for 130 days; in 杭州市, on this plan's route"
    assert nearby[1].reason("en") == "Never visited; in 苏州市, on this plan's route"
    assert found.index(nearby[0]) > max(
        (i for i, p in enumerate(found) if p.kind is ProposalKind.DUE), default=-1
    )


def test_accepting_a_due_proposal_plans_the_visit(
    book: Book, planned: PlanBook, due: dict[str, str]
) -> None:
    proposal = next(
        p for p in propose_visits(book, MONDAY, SUNDAY, "王磊", today=TODAY)
        if p.account_id == due["lead"]
    )  # fmt: skip
    visit_id = accept_proposal(book, proposal, at(MONDAY, 15), today=TODAY)
    visit = get_visit(book, visit_id)
    assert visit.status is VisitStatus.PLANNED
    assert visit.account_id == due["lead"]
    assert visit.draft.purpose is VisitPurpose.REVISIT
    assert visit.draft.planned_end - visit.draft.planned_start == timedelta(hours=1)
    assert "90" in (visit.draft.objectives or "")  # the due reason, "every 90 days"
    plan = plan_week(book, MONDAY, SUNDAY, today=TODAY)
    assert visit_id in [v.visit_id for v in plan.visits]
    again = propose_visits(book, MONDAY, SUNDAY, "王磊", today=TODAY)
    assert due["lead"] not in [p.account_id for p in again]


def test_accepting_a_nearby_proposal(book: Book, planned: PlanBook) -> None:
    _account(book, "从未拜访", "苏州市")
    proposal = next(p for p in propose_visits(book, MONDAY, SUNDAY, "王磊", today=TODAY)
                    if p.kind is ProposalKind.NEARBY)  # fmt: skip
    visit = get_visit(book, accept_proposal(book, proposal, at(MONDAY, 16), today=TODAY))
    assert visit.draft.purpose is VisitPurpose.REVISIT
    assert visit.draft.objectives == proposal.reason()


@dataclass(frozen=True)
class Stop:
    name: str
    day: date | None
    city: str | None
    district: str | None
    start: datetime | None


def test_route_order_groups_city_and_district_then_time() -> None:
    monday, tuesday = MONDAY, MONDAY + timedelta(days=1)
    stops = [
        Stop("a", monday, "杭州市", "西湖区", at(monday, 9)),
        Stop("b", monday, "苏州市", "姑苏区", at(monday, 10)),
        Stop("c", monday, "杭州市", "余杭区", at(monday, 11)),
        Stop("d", monday, "杭州市", "西湖区", at(monday, 12)),
        Stop("e", tuesday, "苏州市", None, at(tuesday, 8)),
        Stop("f", tuesday, None, None, None),
        Stop("g", tuesday, "杭州市", None, at(tuesday, 7)),
    ]
    assert [s.name for s in order_by_route(stops)] == ["a", "d", "c", "b", "g", "e", "f"]


def test_route_order_of_a_plan(book: Book, planned: PlanBook) -> None:
    visits = plan_week(book, MONDAY, SUNDAY, today=TODAY).visits
    ordered = order_by_route(list(reversed(visits)))
    assert [v.day for v in ordered] == sorted(v.day for v in visits)
