"""What a visit plan is made of: plain frozen dataclasses, read before the session closes.

Times are aware UTC (shown in the rep's local time); dates are the rep's local calendar dates.
Labels (tiers, purposes, decision levels) are the domain's ``Labeled`` members, so the PDF and
the GUI render them in their own language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from kam_desktop.domain.contacts.coverage import Gap
from kam_desktop.domain.enums import (
    Attitude,
    BuyingRole,
    ComplaintCategory,
    ComplaintSeverity,
    DecisionLevel,
    Grade,
    Influence,
    LifecycleStage,
    SalesStage,
    SpinStage,
    ValueTier,
    VisitMethod,
    VisitPurpose,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.visits.visit_fields import MaterialItem, local_date
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.spin.spin import SpinProgress
from kam_desktop.services.value.account_value import MonthFigures
from kam_desktop.services.visits.visit_records import PlannedQuestion

CONTEXT = "VisitPlan"


@dataclass(frozen=True)
class PlanAccount:
    """The account header of a visit's section."""

    id: str
    code: str | None
    name: str
    grade: Grade | None
    tier: ValueTier | None
    score: float | None
    lifecycle: LifecycleStage | None
    sales_stage: SalesStage | None
    last_visit_on: date | None
    province: str | None
    city: str | None
    district: str | None
    address: str | None
    phone: str | None


@dataclass(frozen=True)
class ContactToMeet:
    """A contact on the plan: an attendee, or a key contact of the account (decision level,
    key decision maker or coach) the rep should know about."""

    id: str
    name: str
    title: str | None
    department: str | None
    decision_level: DecisionLevel | None
    buying_roles: tuple[BuyingRole, ...]
    attitude: Attitude
    influence: Influence | None
    relationship_level: int  # 0..5
    last_contact_on: date | None
    is_key_decision_maker: bool
    is_coach: bool
    reports_to_id: str | None
    attending: bool


@dataclass(frozen=True)
class PastVisit:
    """One of the account's last done visits."""

    id: str
    day: date
    method: VisitMethod
    purpose: VisitPurpose | None
    outcome: str | None
    satisfaction: int | None


@dataclass(frozen=True)
class OpenNextStep:
    id: str
    text: str
    due_on: date
    owner: str | None


@dataclass(frozen=True)
class OpenComplaint:
    id: str
    category: ComplaintCategory
    severity: ComplaintSeverity
    opened_on: date
    description: str | None


@dataclass(frozen=True)
class QuestionGroup:
    """The planned SPIN questions of one stage, in the order the visit lists them."""

    stage: SpinStage
    questions: tuple[PlannedQuestion, ...]


@dataclass(frozen=True)
class PlannedVisit:
    """One planned visit with everything its section of the plan shows."""

    visit_id: str
    start: datetime
    end: datetime | None
    method: VisitMethod
    purpose: VisitPurpose | None
    owner: str | None
    location: str | None  # the visit's address, else the account's
    travel_notes: str | None
    colleagues: str | None
    objectives: str | None
    expected_result: str | None
    preparation: str | None
    materials: tuple[MaterialItem, ...]
    account: PlanAccount
    months: tuple[MonthFigures, ...]  # the value chart's months, oldest first
    contacts: tuple[ContactToMeet, ...]  # attendees first, then the key contacts
    contact_count: int  # the account's live contacts (0: the plan says there are none)
    gaps: tuple[Gap, ...]
    last_visits: tuple[PastVisit, ...]  # newest first, at most three
    open_steps: tuple[OpenNextStep, ...]  # oldest due date first
    complaints: tuple[OpenComplaint, ...]
    spin: SpinProgress
    questions: tuple[QuestionGroup, ...]  # S, P, I, N; stages without questions left out

    @property
    def day(self) -> date:
        return local_date(self.start)

    @property
    def city(self) -> str | None:
        return self.account.city

    @property
    def district(self) -> str | None:
        return self.account.district

    @property
    def attendees(self) -> tuple[ContactToMeet, ...]:
        return tuple(c for c in self.contacts if c.attending)


@dataclass(frozen=True)
class VisitPlan:
    """The planned visits of ``start``..``end`` (inclusive) of one rep (None: everyone's)."""

    start: date
    end: date
    owner: str | None
    book_name: str
    generated_at: datetime
    visits: tuple[PlannedVisit, ...]

    def days(self) -> list[tuple[date, list[PlannedVisit]]]:
        """The visits by local day, in plan order within a day; days without visits left out."""
        by_day: dict[date, list[PlannedVisit]] = {}
        for visit in self.visits:
            by_day.setdefault(visit.day, []).append(visit)
        return sorted(by_day.items())


# --- proposals ----------------------------------------------------------------------------------


class ProposalKind(Enum):
    """Why an account is proposed. Not a domain ``Labeled``: its label is the plan's own word."""

    DUE = "due"
    NEARBY = "nearby"

    def label(self) -> str:
        """The kind's name in the installed translator's language."""
        return translate(CONTEXT, _KIND_LABELS[self])


_KIND_LABELS = {
    ProposalKind.DUE: QT_TRANSLATE_NOOP(CONTEXT, "Due revisit"),
    ProposalKind.NEARBY: QT_TRANSLATE_NOOP(CONTEXT, "Nearby, not visited for a while"),
}


NEVER_VISITED = QT_TRANSLATE_NOOP(CONTEXT, "Never visited; in {city}, on this plan's route")
NOT_VISITED = QT_TRANSLATE_NOOP(
    CONTEXT, "Not visited for {days} days; in {city}, on this plan's route"
)


@dataclass(frozen=True)
class Proposal:
    """An account the plan page suggests visiting, with why (``reason``) and its rank."""

    account_id: str
    account_code: str | None
    account_name: str
    tier: ValueTier | None
    city: str | None
    district: str | None
    kind: ProposalKind
    rank: float  # tier weight × days overdue (or past the "not visited" limit); higher first
    due_on: date | None  # a due revisit's earliest due date
    overdue_days: int
    last_visit_on: date | None
    days_since_visit: int | None  # None: never visited
    due: DueItem | None = None  # a due revisit's line of the due list

    @property
    def day(self) -> date | None:
        return self.due_on

    @property
    def start(self) -> datetime | None:
        return None

    def reason(self, language: str | None = None) -> str:
        """One line saying why, in ``language`` or the installed translator's."""
        if self.due is not None and self.due.reasons:
            first = self.due.reasons[0].message(language)
            more = len(self.due.reasons) - 1
            return first if not more else f"{first} (+{more})"
        template = NEVER_VISITED if self.days_since_visit is None else NOT_VISITED
        text = template if language == "en" else translate(CONTEXT, template)
        return text.format(city=self.city or "", days=self.days_since_visit)
