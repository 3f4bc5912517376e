"""The portfolio's accounts, contacts and visits while they are being made, and the sales funnel.

Each phase adds to these; the rows written to the book are built from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    SalesStage,
    SizeClass,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)


@dataclass(eq=False)
class Person:
    """A contact being made: its place in the org chart and where it stands with the rep."""

    id: str
    account: Acct
    node: dict[str, Any]
    name: str
    pinyin: tuple[str, str]
    older: bool
    level: int = 0
    attitude: int = 0
    influence: str = "medium"
    is_kdm: bool = False
    is_coach: bool = False
    reports_to: Person | None = None
    opponent_plan: str | None = None
    first_met: date | None = None

    @property
    def persona(self) -> str:
        return str(self.node["persona"])

    @property
    def title(self) -> str:
        return str(self.node["title"])

    @property
    def depth(self) -> int:
        return 0 if self.reports_to is None else self.reports_to.depth + 1


@dataclass(eq=False)
class Acct:
    """An account being made, with the story the generator tells about it."""

    index: int
    id: str
    status: AccountStatus
    grade: Grade
    size: SizeClass
    industry: dict[str, Any]
    brand: tuple[str, str]
    owner: str
    is_group: bool = False
    parent: Acct | None = None
    trend: str = "none"  # growing / stable / declining / new / lapsed / lost (sales over time)
    gap: str = "none"  # the contact-map weakness it shows (DOMAIN §3.2), "none" when covered
    sales_stage: SalesStage | None = None
    spin_reach: int = 0  # how many SPIN stages its notes reach (0-4)
    products: list[dict[str, Any]] = field(default_factory=list)
    budget: float = 0.0  # what it buys from us in a year (万元)
    margin: float = 0.2
    collect: float = 0.95
    discount: float = 1.0
    engaged_from: date | None = None  # when the rep started on it (prospects, new customers)
    first_order: date | None = None  # new customers only; the others bought before the window
    lapse: date | None = None  # dormant and lost accounts: the last order
    place: dict[str, Any] = field(default_factory=dict)
    short: str = ""
    domain: str = ""
    contacts: list[Person] = field(default_factory=list)
    visits: list[VisitEvent] = field(default_factory=list)
    row: dict[str, Any] = field(default_factory=dict)

    @property
    def is_customer_now(self) -> bool:
        return self.status == AccountStatus.CUSTOMER


@dataclass(eq=False)
class VisitEvent:
    """A visit being made, past or planned; its row is written by ``visit_rows``."""

    id: str
    account: Acct
    start: datetime
    minutes: int
    status: VisitStatus
    purpose: VisitPurpose
    method: VisitMethod
    attendees: list[Person]
    festival: str | None = None
    satisfaction: int | None = None
    next_visit_on: date | None = None

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def done(self) -> bool:
        return self.status == VisitStatus.DONE


FUNNEL = (
    VisitPurpose.FIRST_VISIT,
    VisitPurpose.NEEDS_RESEARCH,
    VisitPurpose.SOLUTION_DEMO,
    VisitPurpose.NEGOTIATION,
    VisitPurpose.CONTRACT,
)
PROSPECT_STAGES = (
    (SalesStage.MARKET_ANALYSIS, 1, 1),  # (stage, funnel steps reached, SPIN stages reached)
    (SalesStage.OPPORTUNITY, 2, 1),
    (SalesStage.CONTACT, 2, 2),
    (SalesStage.EVALUATION, 3, 4),
    (SalesStage.EVALUATION, 3, 3),
    (SalesStage.BID_CONTRACT, 4, 4),
)


def funnel_reach(acct: Acct) -> int:
    """How many funnel steps a prospect has gone through (from its sales stage)."""
    for stage, steps, _ in PROSPECT_STAGES:
        if stage == acct.sales_stage:
            return steps
    return len(FUNNEL)
