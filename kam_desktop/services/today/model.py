"""What the Today page shows, as frozen dataclasses built inside the services' sessions.

Each section holds its first items (what fits on the page) and how many there are in all, so
the page can say "12 more" and the navigation can show counts without a second read. Reasons
stay data (rules, tiers, gaps, holidays); the page words them in the rep's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Generic, TypeVar

from kam_desktop.domain.contacts.coverage import GapKind
from kam_desktop.domain.enums import (
    ComplaintCategory,
    ComplaintSeverity,
    ValueTier,
    VisitMethod,
    VisitPurpose,
)
from kam_desktop.domain.revisits.due_revisit import DueRevisit
from kam_desktop.domain.revisits.holidays import Holiday

T = TypeVar("T")


@dataclass(frozen=True)
class AccountRef:
    """The account an item opens."""

    account_id: str
    code: str | None
    name: str
    tier: ValueTier | None


@dataclass(frozen=True)
class Section(Generic[T]):
    """A section's first items, in the order shown, and how many there are in all."""

    items: tuple[T, ...]
    total: int

    @property
    def more(self) -> int:
        """Items not shown."""
        return max(0, self.total - len(self.items))


@dataclass(frozen=True)
class PlannedVisit:
    """A planned visit of today, or one planned before today and never logged."""

    visit_id: str
    account: AccountRef
    planned_start: datetime  # aware UTC
    method: VisitMethod
    purpose: VisitPurpose | None
    objectives: str | None
    overdue_days: int  # 0: today's


@dataclass(frozen=True)
class DueAccount:
    """A due-list account, ranked by tier × days overdue; ``reasons`` earliest first."""

    account: AccountRef
    rank: int
    due_on: date
    overdue_days: int
    reasons: tuple[DueRevisit, ...]

    @property
    def main_reason(self) -> DueRevisit:
        """The reason that made it due first (the one-line reason shown)."""
        return self.reasons[0]


@dataclass(frozen=True)
class StepDue:
    """An open next step due today or before."""

    step_id: str
    account: AccountRef
    visit_id: str | None
    text: str
    due_on: date
    overdue_days: int  # 0: due today


@dataclass(frozen=True)
class OpenComplaint:
    """A complaint not resolved yet."""

    complaint_id: str
    account: AccountRef
    visit_id: str | None
    category: ComplaintCategory
    severity: ComplaintSeverity
    opened_on: date
    days_open: int
    description: str | None


class SlipKind(Enum):
    """Why an account is listed as slipping, in the order the page ranks them within a tier
    (the page words them)."""

    TIER_DROPPED = "tier_dropped"
    DECLINING = "declining"
    MAP_GAPS = "map_gaps"


@dataclass(frozen=True)
class SlippingAccount:
    """An account losing ground: its tier fell, its lifecycle is in decline, or (a platinum
    or gold account) its contact map has coverage gaps."""

    account: AccountRef
    kind: SlipKind
    from_tier: ValueTier | None = None  # TIER_DROPPED: the month before
    gaps: tuple[GapKind, ...] = ()  # MAP_GAPS
    sales_12m: float | None = None


@dataclass(frozen=True)
class Greeting:
    """A holiday this week (no account: every greeted account), or a contact's birthday."""

    on: date
    holiday: Holiday | None = None
    contact_id: str | None = None
    contact_name: str | None = None
    account: AccountRef | None = None


@dataclass(frozen=True)
class TodayCounts:
    """The navigation's counts: Today's own (visits to make or log today and next steps due)
    and the Visits page's (today's and overdue planned visits)."""

    today: int
    visits: int


@dataclass(frozen=True)
class TodayOverview:
    """Everything the Today page shows for ``today``."""

    today: date
    week_end: date  # birthdays and holidays from today to this day, inclusive
    account_count: int
    visits: Section[PlannedVisit]
    visits_today: int
    visits_overdue: int
    due: Section[DueAccount]
    due_overdue: int
    steps: Section[StepDue]
    complaints: Section[OpenComplaint]
    slipping: Section[SlippingAccount]
    slipping_by_kind: dict[SlipKind, int]
    greetings: Section[Greeting]

    @property
    def counts(self) -> TodayCounts:
        return TodayCounts(today=self.visits.total + self.steps.total, visits=self.visits.total)
