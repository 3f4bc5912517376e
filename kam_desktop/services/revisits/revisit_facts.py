"""Gather the ``AccountFacts`` the revisit rules need, for many accounts, with a few bulk queries.

The due list answers for a whole book (100,000 accounts, a million visits in the benchmark), so
nothing here runs per account and nothing reads all the visits or orders: one query per table,
each limited to the rows the rules can still use (done visits recent enough to cover an event
revisit; orders recent enough for an after-order revisit, or the latest of their product with a
repurchase revisit in reach; complaints opened or resolved lately; open next steps due by the
horizon; birthdays in reach at accounts of the greeted tiers). Older contact and order dates come
from the account caches (``last_visit_on``, ``last_order_on``) that ``services.derived`` and the
visit service keep. An owner or account filter is applied inside each query.

Rows are read through the raw DB-API cursor as plain tuples (SQLAlchemy's row objects and type
processing would cost as much as SQLite's own work here), dates are parsed once per distinct
value, and facts are built only for accounts the rules may list (``DueRules.may_be_due``).
"""

from __future__ import annotations

import sqlite3
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


class _Scope:
    """The accounts asked for, as SQL: ``AND <column> IN (...)`` with its parameters."""

    def __init__(self, owners: Collection[str] | None, account_ids: Collection[str] | None):
        self._sql = ""
        self._params: list[Any] = []
        if owners is not None:
            self._sql += f" AND owner IN ({_marks(owners)})"
            self._params += list(owners)
        if account_ids is not None:
            self._sql += f" AND id IN ({_marks(account_ids)})"
            self._params += list(account_ids)

    def accounts(self) -> tuple[str, list[Any]]:
        return self._sql, self._params

    def rows(self, column: str) -> tuple[str, list[Any]]:
        if not self._sql:
            return "", []
        sql = f" AND {column} IN (SELECT id FROM account WHERE deleted_at IS NULL{self._sql})"
        return sql, self._params


def _marks(values: Collection[Any]) -> str:
    return ", ".join("?" * len(values))


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
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    scope = _Scope(owners, account_ids)
    dates, local = _Dates(), _LocalDates(tz)
    on = rules.settings.rules
    visits = _recent_visits(raw, rules, scope, tz, local)
    orders = _orders(raw, rules, scope, dates) if {RevisitRule.AFTER_ORDER, RevisitRule.REPURCHASE,
                                                   RevisitRule.DORMANT} & on else {}  # fmt: skip
    complaints = (
        _complaints(raw, rules, scope, dates)
        if {RevisitRule.COMPLAINT_OPENED, RevisitRule.COMPLAINT_RESOLVED} & on
        else {}
    )
    birthdays = _birthdays(raw, rules, scope, dates) if RevisitRule.BIRTHDAY in on else {}
    steps = _next_steps(raw, rules, scope, dates) if RevisitRule.NEXT_STEP_OVERDUE in on else {}
    decisions = _decisions(raw, scope, dates)
    greeted = rules.greets
    where, params = scope.accounts()
    rows = raw.execute(
        "SELECT id, code, name, value_tier, hq_grade, owner, status,"
        " CASE WHEN last_visit_on IS NULL THEN created_at END, last_visit_on, last_order_on"
        " FROM account WHERE deleted_at IS NULL" + where,
        params,
    )
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
            ),
        )


def _grouped(pairs: Iterator[tuple[str, Any]]) -> dict[str, tuple[Any, ...]]:
    found: defaultdict[str, list[Any]] = defaultdict(list)
    for account_id, item in pairs:
        found[account_id].append(item)
    return {k: tuple(v) for k, v in found.items()}


def _recent_visits(
    raw: sqlite3.Connection,
    rules: DueRules,
    scope: _Scope,
    tz: tzinfo | None,
    local: _LocalDates,
) -> dict[str, tuple[DoneVisit, ...]]:
    """Done visits that may still cover an event revisit (and are the latest contact when the
    account's cache has not caught up with them)."""
    since = rules.covering_since
    where, params = scope.rows("account_id")
    rows = raw.execute(
        # planned_start is what ix_visit_status_start can seek on.
        "SELECT account_id, purpose, COALESCE(done_at, planned_start) FROM visit"
        " WHERE status = 'done' AND planned_start >= ? AND deleted_at IS NULL" + where,
        [utc_text(since - LATE_LOGGING - timedelta(days=1), tz), *params],
    )
    purposes = _PURPOSES
    return _grouped(
        (account_id, DoneVisit(on, purposes.get(purpose)))
        for account_id, purpose, stamp in rows
        if (on := local(stamp)) >= since
    )


def _orders(
    raw: sqlite3.Connection, rules: DueRules, scope: _Scope, dates: _Dates
) -> dict[str, tuple[OrderFact, ...]]:
    """Orders recent enough for an after-order revisit, and orders whose repurchase revisit is in
    reach and that no later order of the same product superseded (one scan of the orders; the
    supersession test seeks ``ix_sales_order_account_date`` for those few only)."""
    in_reach = (
        "o.repurchase_cycle_days IS NOT NULL"
        " AND julianday(o.order_date) + max(0, o.repurchase_cycle_days - ?)"
        " BETWEEN julianday(?) AND julianday(?)"
    )
    reach = [rules.settings.repurchase_lead_days, rules.stale.isoformat(), rules.limit.isoformat()]
    recent = rules.orders_since.isoformat()
    where, params = scope.rows("o.account_id")
    rows = raw.execute(
        "SELECT o.id, o.account_id, o.order_date, o.product, o.repurchase_cycle_days,"
        f" CASE WHEN {in_reach} THEN NOT EXISTS (SELECT 1 FROM sales_order l"
        "  WHERE l.account_id = o.account_id AND l.order_date > o.order_date"
        "  AND l.product IS o.product AND l.deleted_at IS NULL) END"
        f" FROM sales_order o WHERE o.deleted_at IS NULL AND (o.order_date >= ? OR ({in_reach}))"
        + where,
        [*reach, recent, *reach, *params],
    )
    return _grouped(
        (account_id, OrderFact(order_id, dates(on), product, cycle))  # type: ignore[arg-type]
        for order_id, account_id, on, product, cycle, latest in rows
        # An older order in reach of a repurchase revisit counts only while it is the latest.
        if on >= recent or latest
    )


def _complaints(
    raw: sqlite3.Connection, rules: DueRules, scope: _Scope, dates: _Dates
) -> dict[str, tuple[ComplaintFact, ...]]:
    s = rules.settings
    stale = rules.stale
    where, params = scope.rows("account_id")
    rows = raw.execute(
        "SELECT id, account_id, category, status, opened_on, resolved_on FROM complaint"
        " WHERE deleted_at IS NULL AND (opened_on >= ? OR resolved_on >= ?)" + where,
        [
            (stale - timedelta(days=s.complaint_opened_days)).isoformat(),
            (stale - timedelta(days=s.complaint_resolved_days)).isoformat(),
            *params,
        ],
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
    raw: sqlite3.Connection, rules: DueRules, scope: _Scope, dates: _Dates
) -> dict[str, tuple[BirthdayFact, ...]]:
    tiers = [t.value for t in rules.settings.holiday_tiers]
    if not tiers:
        return {}
    where, params = scope.rows("c.account_id")
    rows = raw.execute(
        # The greeted tiers' accounts first, then their contacts by ix_contact_account_id;
        # birthdays (YYYY-MM-DD) in reach by month and day, across the new year too.
        "SELECT c.account_id, c.id, c.name, c.birthday FROM account a"
        " CROSS JOIN contact c ON c.account_id = a.id"
        f" WHERE a.value_tier IN ({_marks(tiers)}) AND a.deleted_at IS NULL"
        " AND c.birthday IS NOT NULL AND c.deleted_at IS NULL"
        " AND (substr(c.birthday, 6) BETWEEN ? AND ? OR substr(c.birthday, 6) BETWEEN ? AND ?)"
        + where,
        [*tiers, *_month_days(rules.today, rules.birthdays_until), *params],
    )
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
    raw: sqlite3.Connection, rules: DueRules, scope: _Scope, dates: _Dates
) -> dict[str, tuple[NextStepFact, ...]]:
    where, params = scope.rows("account_id")
    rows = raw.execute(
        "SELECT id, account_id, due_on, text FROM next_step"
        " WHERE done = 0 AND due_on <= ? AND deleted_at IS NULL" + where,
        [rules.limit.isoformat(), *params],
    )
    return _grouped(
        (account_id, NextStepFact(step_id, dates(due), body))  # type: ignore[arg-type]
        for step_id, account_id, due, body in rows
    )


def _decisions(
    raw: sqlite3.Connection, scope: _Scope, dates: _Dates
) -> dict[str, dict[str, Decision]]:
    where, params = scope.rows("account_id")
    rows = raw.execute(
        "SELECT account_id, rule_key, state, snoozed_until FROM revisit_item"
        " WHERE deleted_at IS NULL AND state != 'due'" + where,
        params,
    )
    found: defaultdict[str, dict[str, Decision]] = defaultdict(dict)
    for account_id, key, state, until in rows:
        member = _STATES.get(state)
        if member is not None:
            found[account_id][key] = Decision(member, dates(until))
    return found


__all__ = ["LATE_LOGGING", "AccountHeader", "gather_facts", "utc_text"]
