"""What the plan page proposes, how it accepts a proposal, and the route order.

``propose_visits`` suggests, for a date range and rep, the accounts on the due list
(``services.revisits.due_list``, reused as it is) ranked by tier × days overdue, then accounts
in the cities the plan already visits that nobody has visited for ``not_visited_days``, ranked
the same way by the days past that limit. Accounts already planned in the range are left out.
``accept_proposal`` plans the visit through ``services.visits.plan_visit`` like any planned
visit (a due revisit's purpose, objectives and people from ``revisits.plan_from_due``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Protocol, TypeVar

from sqlalchemy import or_, select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.domain.enums import VisitPurpose, VisitStatus
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.revisits.due_ranking import due_rank, tier_weight
from kam_desktop.services.revisits.revisits import due_list, plan_from_due
from kam_desktop.services.visit_plan.model import Proposal, ProposalKind
from kam_desktop.services.visits.visit_queries import VisitQuery, list_visits, local_day_range
from kam_desktop.services.visits.visits import plan_visit

NOT_VISITED_DAYS = 60  # default "not visited for N days"
NEARBY_LIMIT = 50  # nearby proposals at most: the page lists them, nobody reads 500
DEFAULT_LENGTH = timedelta(hours=1)


def _planned_accounts(book: Book, start: date, end: date, owner: str | None) -> set[str]:
    first, last = local_day_range(start, end)
    query = VisitQuery(
        start=first,
        end=last,
        statuses=frozenset({VisitStatus.PLANNED}),
        owners=frozenset({owner}) if owner else frozenset(),
    )
    return {row.account_id for row in list_visits(book, query)}


def _due(item: DueItem, city: str | None, district: str | None, last: date | None) -> Proposal:
    # +1: a revisit due inside the range but not yet overdue still ranks by its tier
    return Proposal(
        account_id=item.account_id, account_code=item.account_code,
        account_name=item.account_name, tier=item.tier, city=city, district=district,
        kind=ProposalKind.DUE, rank=float(due_rank(item)),
        due_on=item.due_on, overdue_days=item.overdue_days, last_visit_on=last,
        days_since_visit=None, due=item,
    )  # fmt: skip


def propose_visits(
    book: Book,
    start: date,
    end: date,
    owner: str | None = None,
    not_visited_days: int = NOT_VISITED_DAYS,
    *,
    today: date | None = None,
) -> list[Proposal]:
    """Due revisits by ``end`` (highest rank first), then accounts in the plan's cities not
    visited since ``start - not_visited_days`` (never visited counts as just past the limit).
    ``owner`` narrows both to one rep's accounts."""
    today = today or date.today()
    planned = _planned_accounts(book, start, end, owner)
    owners = [owner] if owner else None
    horizon = max(0, (end - today).days)
    due = [i for i in due_list(book, today, owners=owners, horizon_days=horizon)
           if i.account_id not in planned]  # fmt: skip
    with book.sessions() as s:
        places = {
            r.id: (r.city, r.district, r.last_visit_on)
            for r in s.execute(
                select(Account.id, Account.city, Account.district, Account.last_visit_on).where(
                    Account.id.in_([*planned, *(i.account_id for i in due)])
                )
            )
        }
        cities = {places[a][0] for a in planned if a in places and places[a][0]}
        limit = start - timedelta(days=not_visited_days)
        nearby_rows = (
            s.execute(
                select(
                    Account.id,
                    Account.code,
                    Account.name,
                    Account.value_tier,
                    Account.city,
                    Account.district,
                    Account.last_visit_on,
                ).where(
                    Account.deleted_at.is_(None),
                    Account.city.in_(sorted(cities)),
                    or_(Account.last_visit_on.is_(None), Account.last_visit_on <= limit),
                    *([Account.owner == owner] if owner else []),
                )
            ).all()
            if cities
            else []
        )
    proposals = sorted(
        (_due(i, *places.get(i.account_id, (None, None, None))) for i in due),
        key=lambda p: (-p.rank, p.due_on, p.account_code or "", p.account_name),
    )
    taken = planned | {p.account_id for p in proposals}
    nearby = []
    for r in nearby_rows:
        if r.id in taken:
            continue
        since = None if r.last_visit_on is None else (start - r.last_visit_on).days
        past = not_visited_days + 1 if since is None else since - not_visited_days + 1
        nearby.append(
            Proposal(
                account_id=r.id,
                account_code=r.code,
                account_name=r.name,
                tier=r.value_tier,
                city=r.city,
                district=r.district,
                kind=ProposalKind.NEARBY,
                rank=float(tier_weight(r.value_tier) * past),
                due_on=None,
                overdue_days=0,
                last_visit_on=r.last_visit_on,
                days_since_visit=since,
            )
        )
    nearby.sort(key=lambda p: (-p.rank, p.account_code or "", p.account_name))
    return proposals + nearby[:NEARBY_LIMIT]


def accept_proposal(
    book: Book,
    proposal: Proposal,
    start: datetime,
    *,
    length: timedelta = DEFAULT_LENGTH,
    owner: str | None = None,
    today: date | None = None,
) -> str:
    """Plan the proposed visit at ``start`` (naive = local time) through the visits service;
    returns the new visit's id. A due revisit gets ``plan_from_due``'s purpose, objectives
    (its reasons) and people; a nearby account a revisit whose objective is the reason."""
    if proposal.due is not None:
        plan = plan_from_due(proposal.due, today)
        purpose, objectives, people = plan.purpose, plan.objectives, plan.attendee_ids
    else:
        purpose, objectives, people = VisitPurpose.REVISIT, proposal.reason(), ()
    draft = VisitDraft(
        planned_start=start,
        planned_end=start + length,
        purpose=purpose,
        objectives=objectives,
        attendee_ids=people,
        owner=owner,
    )
    return plan_visit(book, proposal.account_id, draft, today=today).id


# --- route order --------------------------------------------------------------------------------


class Routable(Protocol):
    """What ``order_by_route`` reads: ``PlannedVisit`` and ``Proposal`` both have it."""

    @property
    def day(self) -> date | None: ...
    @property
    def city(self) -> str | None: ...
    @property
    def district(self) -> str | None: ...
    @property
    def start(self) -> datetime | None: ...


R = TypeVar("R", bound=Routable)


def order_by_route(items: Sequence[R]) -> list[R]:
    """Day by day; within a day grouped by city, then district (each group where its first
    visit of the day falls), then by time. Items without a time keep their order at the end of
    their group."""
    never = datetime.max.replace(tzinfo=None)

    def when(item: R) -> datetime:
        start = item.start
        return never if start is None else start.astimezone(UTC).replace(tzinfo=None)

    first_city: dict[tuple[date | None, str], datetime] = {}
    first_district: dict[tuple[date | None, str, str], datetime] = {}
    for item in items:
        city, district = item.city or "", item.district or ""
        c_key, d_key = (item.day, city), (item.day, city, district)
        first_city[c_key] = min(first_city.get(c_key, never), when(item))
        first_district[d_key] = min(first_district.get(d_key, never), when(item))

    def key(pair: tuple[int, R]) -> tuple[object, ...]:
        index, item = pair
        city, district = item.city or "", item.district or ""
        return (
            item.day or date.max,
            first_city[(item.day, city)], city,
            first_district[(item.day, city, district)], district,
            when(item), index,
        )  # fmt: skip

    return [item for _, item in sorted(enumerate(items), key=key)]
