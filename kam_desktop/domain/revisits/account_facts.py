"""The facts about one account that the revisit rules read: orders, complaints, birthdays,
next steps, done visits, recent value snapshots and the rep's decisions. Plain data, gathered by
``services.revisits.revisit_facts``; all dates are the rep's local calendar dates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    RevisitState,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.labels import Labeled
from kam_desktop.domain.value.movers import HistoryEntry


@dataclass(frozen=True)
class OrderFact:
    order_id: str
    order_date: date
    product: str | None = None
    repurchase_cycle_days: int | None = None


@dataclass(frozen=True)
class ComplaintFact:
    complaint_id: str
    opened_on: date
    resolved_on: date | None = None
    category: Labeled | None = None  # a ComplaintCategory, shown in the reason


@dataclass(frozen=True)
class BirthdayFact:
    contact_id: str
    name: str
    birthday: date


@dataclass(frozen=True)
class NextStepFact:
    step_id: str
    due_on: date
    text: str


@dataclass(frozen=True)
class DoneVisit:
    """A done visit on a local date; which purposes cover which rules is the settings' call."""

    done_on: date
    purpose: VisitPurpose | None = None


@dataclass(frozen=True)
class Decision:
    """What the rep decided about one revisit (a ``RevisitItem`` row)."""

    state: RevisitState
    snoozed_until: date | None = None


_NO_DECISIONS: Mapping[str, Decision] = MappingProxyType({})


@dataclass(frozen=True)
class AccountFacts:
    """What the rules need to know about one account.

    ``orders`` need only hold the recent orders and the latest order of each product with a
    repurchase cycle; ``visits`` the done visits recent enough to cover an event revisit that has
    not lapsed; ``last_contact_on`` / ``last_order_on`` may be older caches (the latest of them and
    of ``visits`` / ``orders`` counts).
    """

    account_id: str
    tier: ValueTier | None = None
    grade: Grade | None = None
    status: AccountStatus | None = None
    created_on: date | None = None
    last_contact_on: date | None = None
    last_order_on: date | None = None
    orders: tuple[OrderFact, ...] = ()
    complaints: tuple[ComplaintFact, ...] = ()
    birthdays: tuple[BirthdayFact, ...] = ()
    next_steps: tuple[NextStepFact, ...] = ()
    visits: tuple[DoneVisit, ...] = ()
    decisions: Mapping[str, Decision] = field(default_factory=lambda: _NO_DECISIONS)
    #: the value snapshots of the last few months, for the falling-value alert (any order)
    value_history: tuple[HistoryEntry, ...] = ()


Params = tuple[tuple[str, object], ...]  # a reason's parameters, in order
