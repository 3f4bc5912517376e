"""Gather the ``AccountFacts`` the revisit rules need, for many accounts, with a few bulk queries.

The due list answers for a whole book (100,000 accounts, a million visits in the benchmark), so
nothing here runs per account and nothing reads all the visits or orders: one query per table,
each limited to the rows the rules can still use (done visits recent enough to cover an event
revisit; orders recent enough for an after-order revisit, or the latest of their product with a
repurchase revisit in reach; complaints opened or resolved lately; open next steps due by the
horizon; birthdays in reach at accounts of the greeted tiers; the recent value snapshots of
the accounts whose value is falling, ``value_facts``). Older contact and order dates come
from the account caches (``last_visit_on``, ``last_order_on``) that ``services.derived`` and the
visit service keep. An owner or account filter is applied inside each query.

The queries are ``sqlite_queries``' (SQLite only, on the raw DB-API cursor: SQLAlchemy's row
objects and type processing would cost as much as SQLite's own work here); this module turns
their plain tuples into facts, parsing dates once per distinct value, and builds facts only for
accounts the rules may list (``DueRules.may_be_due``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from types import MappingProxyType
from typing import Any, TypeVar

from sqlalchemy.engine import Connection

from kam_desktop.domain.enums import (
    AccountStatus,
    ComplaintCategory,
    Grade,
    RevisitRule,
    RevisitState,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.labels import Labeled
from kam_desktop.domain.revisits.account_facts import (
    AccountFacts,
    BirthdayFact,
    ComplaintFact,
    Decision,
    DoneVisit,
    NextStepFact,
    OrderFact,
)
from kam_desktop.domain.revisits.revisit_rules import DueRules, next_birthday
from kam_desktop.services.revisits import sqlite_queries as sql
from kam_desktop.services.revisits.sqlite_queries import Scope
from kam_desktop.services.revisits.value_facts import falling_histories

#: A done visit is looked up by its planned start (``ix_visit_status_start``); one marked done
#: up to this long after its planned start still counts as recent. Later ones reach the rules
#: through the account's ``last_visit_on`` cache.
LATE_LOGGING = timedelta(days=14)

E = TypeVar("E", bound=Labeled)
_NO_DECISIONS: Mapping[str, Decision] = MappingProxyType({})
_NONE: tuple[Any, ...] = ()


@dataclass(frozen=True)
class AccountHeader:
    """What a due-list line shows about the account."""

    id: str
    code: str | None
    name: str
    tier: ValueTier | None
    grade: Grade | None
    owner: str | None


class _Dates:
    """ISO text -> date, parsed once per distinct value (a book has a few thousand)."""

    def __init__(self) -> None:
        self.seen: dict[str | None, date | None] = {None: None}

    def __call__(self, value: str | None) -> date | None:
        try:
            return self.seen[value]
        except KeyError:
            assert value is not None
            found = self.seen[value] = date.fromisoformat(value[:10])
            return found


class _LocalDates:
    """Stored UTC timestamps -> local calendar dates, parsed once per distinct minute."""

    def __init__(self, tz: tzinfo | None) -> None:
        self._tz = tz
        self._seen: dict[str, date] = {}

    def __call__(self, stamp: str) -> date:
        minute = stamp[:16]
        try:
            return self._seen[minute]
        except KeyError:
            moment = datetime.fromisoformat(minute).replace(tzinfo=UTC)
            found = self._seen[minute] = moment.astimezone(self._tz).date()
            return found


def _codes(enum: type[E]) -> dict[Any, E | None]:
    found: dict[Any, E | None] = {m.value: m for m in enum}
    found[None] = None
    return found


_TIERS = _codes(ValueTier)
_GRADES = _codes(Grade)
_STATUSES = _codes(AccountStatus)
_PURPOSES = _codes(VisitPurpose)
_CATEGORIES = _codes(ComplaintCategory)
_STATES = _codes(RevisitState)


def utc_text(day: date, tz: tzinfo | None) -> str:
    """The stored (``UTCDateTime``) text of the local midnight that starts ``day``."""
    midnight = datetime.combine(day, time())
    # A naive datetime's astimezone() reads it as this computer's local time.
    moment = midnight.replace(tzinfo=tz) if tz is not None else midnight.astimezone()
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def gather_facts(
    conn: Connection,
    rules: DueRules,
    *,
    owners: Collection[str] | None = None,
    account_ids: Collection[str] | None = None,
    tz: tzinfo | None = None,
) -> Iterator[tuple[AccountHeader, AccountFacts]]:
    """Each live account the rules may list (of ``owners`` / ``account_ids`` if given), with its
    facts. All queries run in the caller's transaction, so they see one state of the book."""
    scope = Scope(owners, account_ids)
    dates, local = _Dates(), _LocalDates(tz)
    on = rules.settings.rules
    visits = _recent_visits(conn, rules, scope, tz, local)
    orders = _orders(conn, rules, scope, dates) if {RevisitRule.AFTER_ORDER, RevisitRule.REPURCHASE,
                                                   RevisitRule.DORMANT} & on else {}  # fmt: skip
    complaints = (
        _complaints(conn, rules, scope, dates)
        if {RevisitRule.COMPLAINT_OPENED, RevisitRule.COMPLAINT_RESOLVED} & on
        else {}
    )
    birthdays = _birthdays(conn, rules, scope, dates) if RevisitRule.BIRTHDAY in on else {}
    steps = _next_steps(conn, rules, scope, dates) if RevisitRule.NEXT_STEP_OVERDUE in on else {}
    decisions = _decisions(conn, scope, dates)
    falls = falling_histories(conn, rules, scope) if RevisitRule.VALUE_FALLING in on else {}
    greeted = rules.greets
    rows = sql.live_accounts(conn, scope)
    may_be_due = rules.may_be_due
    for (
        account_id,
        code,
        name,
        tier_code,
        grade_code,
        owner,
        status_code,
        created,
        seen,
        ordered,
    ) in rows:
        tier, grade, status = _TIERS[tier_code], _GRADES[grade_code], _STATUSES[status_code]
        last_contact, last_order = dates(seen), dates(ordered)
        recent = visits.get(account_id, _NONE)
        recent_orders = orders.get(account_id, _NONE)
        if not (
            recent_orders
            or account_id in complaints
            or account_id in birthdays
            or account_id in steps
            or account_id in falls
            or greeted(tier)
        ):
            # Only the cadence rules can list it: skip the many accounts they would not.
            latest = last_contact
            for v in recent:
                if latest is None or v.done_on > latest:
                    latest = v.done_on
            if not may_be_due(tier, grade, status, latest, last_order):
                continue
        yield (
            AccountHeader(account_id, code, name, tier, grade, owner),
            AccountFacts(
                account_id,
                tier,
                grade,
                status,
                # Only the periodic rule of a never-visited account needs its creation date.
                local(created) if created else None,
                last_contact,
                last_order,
                recent_orders,
                complaints.get(account_id, _NONE),
                birthdays.get(account_id, _NONE),
                steps.get(account_id, _NONE),
                recent,
                decisions.get(account_id, _NO_DECISIONS),
                falls.get(account_id, _NONE),
            ),
        )


def _grouped(pairs: Iterator[tuple[str, Any]]) -> dict[str, tuple[Any, ...]]:
    found: defaultdict[str, list[Any]] = defaultdict(list)
    for account_id, item in pairs:
        found[account_id].append(item)
    return {k: tuple(v) for k, v in found.items()}


def _recent_visits(
    conn: Connection,
    rules: DueRules,
    scope: Scope,
    tz: tzinfo | None,
    local: _LocalDates,
) -> dict[str, tuple[DoneVisit, ...]]:
    """Done visits that may still cover an event revisit (and are the latest contact when the
    account's cache has not caught up with them)."""
    since = rules.covering_since
    rows = sql.done_visits(conn, utc_text(since - LATE_LOGGING - timedelta(days=1), tz), scope)
    purposes = _PURPOSES
    return _grouped(
        (account_id, DoneVisit(on, purposes.get(purpose)))
        for account_id, purpose, stamp in rows
        if (on := local(stamp)) >= since
    )


def _orders(
    conn: Connection, rules: DueRules, scope: Scope, dates: _Dates
) -> dict[str, tuple[OrderFact, ...]]:
    """Orders recent enough for an after-order revisit, and orders whose repurchase revisit is in
    reach and that no later order of the same product superseded."""
    recent = rules.orders_since.isoformat()
    rows = sql.orders(
        conn,
        rules.settings.repurchase_lead_days,
        rules.stale.isoformat(),
        rules.limit.isoformat(),
        recent,
        scope,
    )
    return _grouped(
        (account_id, OrderFact(order_id, dates(on), product, cycle))  # type: ignore[arg-type]
        for order_id, account_id, on, product, cycle, latest in rows
        # An older order in reach of a repurchase revisit counts only while it is the latest.
        if on >= recent or latest
    )


def _complaints(
    conn: Connection, rules: DueRules, scope: Scope, dates: _Dates
) -> dict[str, tuple[ComplaintFact, ...]]:
    s = rules.settings
    stale = rules.stale
    rows = sql.complaints(
        conn,
        (stale - timedelta(days=s.complaint_opened_days)).isoformat(),
        (stale - timedelta(days=s.complaint_resolved_days)).isoformat(),
        scope,
    )
    found = []
    for complaint_id, account_id, category, status, opened, resolved in rows:
        resolved_on = dates(resolved) if status == "resolved" else None
        if status == "resolved" and resolved_on is None:
            continue  # resolved on an unknown day: no revisit can be timed from it
        fact = ComplaintFact(complaint_id, dates(opened), resolved_on, _CATEGORIES.get(category))  # type: ignore[arg-type]
        found.append((account_id, fact))
    return _grouped(iter(found))


def _birthdays(
    conn: Connection, rules: DueRules, scope: Scope, dates: _Dates
) -> dict[str, tuple[BirthdayFact, ...]]:
    tiers = [t.value for t in rules.settings.holiday_tiers]
    if not tiers:
        return {}
    rows = sql.birthdays(conn, tiers, _month_days(rules.today, rules.birthdays_until), scope)
    today, last = rules.today, rules.birthdays_until
    return _grouped(
        (account_id, BirthdayFact(contact_id, name, born))
        for account_id, contact_id, name, text in rows
        if (born := dates(text)) is not None and next_birthday(born, today) <= last
    )


def _month_days(first: date, last: date) -> list[str]:
    """Two ``MM-DD`` ranges covering ``first``..``last`` (the second one empty unless the span
    crosses a new year; a span of a year or more covers every day)."""
    if (last - first).days >= 365:
        return ["01-01", "12-31", "", ""]
    start, end = first.strftime("%m-%d"), last.strftime("%m-%d")
    if last.year == first.year:
        return [start, end, "", ""]
    return [start, "12-31", "01-01", end]


def _next_steps(
    conn: Connection, rules: DueRules, scope: Scope, dates: _Dates
) -> dict[str, tuple[NextStepFact, ...]]:
    rows = sql.open_next_steps(conn, rules.limit.isoformat(), scope)
    return _grouped(
        (account_id, NextStepFact(step_id, dates(due), body))  # type: ignore[arg-type]
        for step_id, account_id, due, body in rows
    )


def _decisions(conn: Connection, scope: Scope, dates: _Dates) -> dict[str, dict[str, Decision]]:
    rows = sql.decisions(conn, scope)
    found: defaultdict[str, dict[str, Decision]] = defaultdict(dict)
    for account_id, key, state, until in rows:
        member = _STATES.get(state)
        if member is not None:
            found[account_id][key] = Decision(member, dates(until))
    return found


__all__ = ["LATE_LOGGING", "AccountHeader", "gather_facts", "utc_text"]
