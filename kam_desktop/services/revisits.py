"""Due revisits (待回访): the due list, the rep's decisions (snooze, dismiss), planning one, and
the revisit settings stored in the book.

Which revisits are due is computed afresh from the book's visits, orders, complaints, contacts
and next steps (``domain.revisit_rules`` over facts gathered by ``services.revisit_facts``);
only what the rep decided is stored, as ``RevisitItem`` rows keyed by the revisit's rule key, so
a decision travels with sync and a dismissed revisit stays dismissed.

Computing the whole book takes seconds (100,000 accounts, a million visits), so the once-a-day
``refresh_due_cache`` also stores the result in ``due_revisit_cache`` (not synced), stamped in
``book_meta`` with the day, horizon, zone and settings it was computed for. ``due_list`` reads it
when the stamp matches and computes afresh otherwise; the writes that change one account's
revisits (a visit logged, a snooze, a dismissal, a reopening) recompute that account's rows in
their own transaction (``refresh_due_for_accounts``).
"""

from __future__ import annotations

import gc
import json
import logging
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, BookMeta, RevisitItem, Setting
from kam_desktop.domain.enums import (
    ComplaintCategory,
    Grade,
    RevisitRule,
    RevisitState,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Required, Text
from kam_desktop.domain.holidays import Holiday
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled
from kam_desktop.domain.revisit_rules import (
    DEFAULT_SETTINGS,
    SETTINGS_KEY,
    DueRevisit,
    DueRules,
    Params,
    RevisitSettings,
    settings_from_json,
    settings_to_json,
    validated_settings,
)
from kam_desktop.services.revisit_facts import AccountHeader, gather_facts

log = logging.getLogger(__name__)

_TIER_RANK = {tier: i for i, tier in enumerate(ValueTier)}


@dataclass(frozen=True)
class DueItem:
    """One account on the due list, with every reason it is due (earliest first)."""

    account_id: str
    account_code: str | None
    account_name: str
    tier: ValueTier | None
    grade: Grade | None
    owner: str | None
    due_on: date  # the earliest reason's
    reasons: tuple[DueRevisit, ...]

    @property
    def overdue_days(self) -> int:
        return max(r.overdue_days for r in self.reasons)

    @property
    def rules(self) -> tuple[RevisitRule, ...]:
        """The distinct rules behind it, in the order of the reasons."""
        return tuple(dict.fromkeys(r.rule for r in self.reasons))


@dataclass(frozen=True)
class RevisitPlan:
    """What the visit service needs to plan a visit for a due item."""

    account_id: str
    purpose: VisitPurpose
    planned_on: date
    objectives: str
    attendee_ids: tuple[str, ...]  # contacts whose birthday it is
    rule_keys: tuple[str, ...]


def _today(today: date | None, tz: tzinfo | None) -> date:
    return today or (datetime.now(tz).date() if tz is not None else date.today())


# --- the due list ------------------------------------------------------------------------------


def due_list(
    book: Book,
    today: date | None = None,
    *,
    owners: Collection[str] | None = None,
    account_ids: Collection[str] | None = None,
    horizon_days: int = 7,
    settings: RevisitSettings | None = None,
    tz: tzinfo | None = None,
    use_cache: bool = True,
) -> list[DueItem]:
    """Accounts with revisits due by ``today + horizon_days``: overdue first, then by date, value
    tier and code. ``owners`` / ``account_ids`` narrow it; ``tz`` is the rep's zone (None: this
    computer's), in which stored UTC times become calendar dates. Read from the due cache when it
    was computed for the same day, horizon, zone and settings (unless ``use_cache`` is False),
    else computed from the book."""
    today = _today(today, tz)
    # Tens of thousands of small objects, none in a cycle: CPython's cyclic collector would
    # rescan them again and again as they pile up (it doubled the time on the bench book).
    with _collector_paused(), book.sessions() as s:
        conn = s.connection()
        settings = settings or _settings(s)
        if use_cache:
            stamp = _stamp(today, horizon_days, settings, tz)
            cached = _cached_items(conn, stamp, today, owners, account_ids)
            if cached is not None:
                return cached
        return _computed(conn, DueRules(today, settings, horizon_days), owners, account_ids, tz)


def _computed(
    conn: Connection,
    rules: DueRules,
    owners: Collection[str] | None,
    account_ids: Collection[str] | None,
    tz: tzinfo | None,
) -> list[DueItem]:
    items = []
    for header, facts in gather_facts(conn, rules, owners=owners, account_ids=account_ids, tz=tz):
        due = rules(facts)
        if due:
            items.append(_item(header, due))
    items.sort(key=_item_order)
    return items


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # Re-enabled as is, the next allocation would scan all of them at once (~0.1 s on
            # the bench book). Freezing and unfreezing moves them to the oldest generation
            # (two list splices), where they are scanned with the other long-lived objects.
            gc.freeze()
            gc.unfreeze()
            gc.enable()


def _item(header: AccountHeader, due: list[DueRevisit]) -> DueItem:
    return DueItem(
        header.id,
        header.code,
        header.name,
        header.tier,
        header.grade,
        header.owner,
        due[0].due_on,
        tuple(due),
    )


def _item_order(item: DueItem) -> tuple[Any, ...]:
    rank = _TIER_RANK[item.tier] if item.tier is not None else len(_TIER_RANK)
    return item.due_on, rank, item.account_code or "", item.account_name


def due_for_account(
    book: Book, account_id: str, today: date | None = None, **options: Any
) -> DueItem | None:
    """The account's line of the due list, if it is due (for the account header)."""
    found = due_list(book, today, account_ids=[account_id], **options)
    return found[0] if found else None


# --- the due cache -----------------------------------------------------------------------------

CACHE_STAMP = "due_cache_for"  # book_meta key: what the due_revisit_cache rows were computed for


def refresh_due_cache(
    book: Book,
    today: date | None = None,
    *,
    horizon_days: int = 7,
    settings: RevisitSettings | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Compute every account's due revisits for ``today`` and store them: the due cache and
    ``account.next_due_on`` / ``account.due_reasons`` (RevisitRule codes, for the account list's
    column and filter). Returns how many accounts' columns changed. Caches are not synced: bulk
    writes, no revision bump. Seconds on a big book: run it off the GUI thread."""
    today = _today(today, tz)
    with _collector_paused(), book.sessions.begin() as s:
        settings = settings or _settings(s)
        conn = s.connection()
        items = _computed(conn, DueRules(today, settings, horizon_days), None, None, tz)
        _store(conn, items, today, None)
        changed = _write_account_columns(conn, items, None)
        stamp = _stamp(today, horizon_days, settings, tz)
        s.merge(BookMeta(key=CACHE_STAMP, value=stamp))
    book.meta[CACHE_STAMP] = stamp
    log.info("due cache: %d accounts changed, %d due", changed, len(items))
    return changed


def refresh_due_for_accounts(
    book: Book, account_ids: Collection[str], today: date | None = None
) -> int:
    """Recompute the cached due revisits and due columns of ``account_ids`` after a write that
    may change them, for the day the cache holds (if ``today`` is given and differs, or the
    settings changed since, the cache is not used anyway and nothing is done). Returns how many
    accounts' columns changed."""
    with book.sessions.begin() as s:
        return _refresh_accounts(s, account_ids, today)


def _refresh_accounts(s: Session, account_ids: Collection[str], today: date | None = None) -> int:
    """``refresh_due_for_accounts`` in the caller's transaction (it sees the caller's writes)."""
    if not account_ids:
        return 0
    s.flush()
    conn = s.connection()
    stamp = _stored_stamp(conn)
    if stamp is None:
        return 0
    fields = json.loads(stamp)
    day, horizon = date.fromisoformat(fields["today"]), int(fields["horizon"])
    known, zone = _zone(fields["tz"])
    if not known or (today is not None and today != day):
        return 0
    settings = _settings(s)
    if _stamp(day, horizon, settings, zone) != stamp:
        return 0
    ids = sorted(set(account_ids))
    items = _computed(conn, DueRules(day, settings, horizon), None, ids, zone)
    _store(conn, items, day, ids)
    return _write_account_columns(conn, items, ids)


def _stamp(today: date, horizon_days: int, settings: RevisitSettings, tz: tzinfo | None) -> str:
    """What a due list depends on besides the book's rows, as stable text."""
    return json.dumps(
        {
            "today": today.isoformat(),
            "horizon": horizon_days,
            "tz": _zone_name(tz),
            "settings": settings_to_json(settings),
        },
        sort_keys=True,
        ensure_ascii=False,
    )


def _zone_name(tz: tzinfo | None) -> str:
    if tz is None:
        return "local"
    return str(getattr(tz, "key", None) or tz)


def _zone(name: str) -> tuple[bool, tzinfo | None]:
    """Whether the zone a stamp names can be rebuilt, and the zone (None: this computer's)."""
    if name == "local":
        return True, None
    try:
        return True, ZoneInfo(name)
    except (ValueError, LookupError):
        return False, None


def _stored_stamp(conn: Connection) -> str | None:
    return conn.execute(select(BookMeta.value).where(BookMeta.key == CACHE_STAMP)).scalar()


def _raw(conn: Connection) -> sqlite3.Connection:
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _write_account_columns(
    conn: Connection, items: list[DueItem], account_ids: Collection[str] | None
) -> int:
    """``next_due_on`` / ``due_reasons`` of the live accounts (of ``account_ids``) from
    ``items``; only changed rows are written."""
    by_id = {i.account_id: i for i in items}
    query = select(Account.id, Account.next_due_on, Account.due_reasons).where(
        Account.deleted_at.is_(None)
    )
    if account_ids is not None:
        query = query.where(Account.id.in_(list(account_ids)))
    changed = []
    for account_id, old_on, old_reasons in conn.execute(query):
        item = by_id.get(account_id)
        new_on = item.due_on if item else None
        new_reasons = [str(r.code) for r in item.rules] if item else None
        if (new_on, new_reasons) != (old_on, old_reasons):
            changed.append({"row_id": account_id, "on": new_on, "reasons": new_reasons})
    if changed:
        table = Account.__table__
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(next_due_on=bindparam("on"), due_reasons=bindparam("reasons")),
            changed,
        )
    return len(changed)


# A reason's parameters are stored as JSON: numbers and text as they are, dates and labels as
# tagged lists, so that reading them back gives equal ``DueRevisit``s.
_LABELS: dict[str, type[Labeled]] = {
    cls.__name__: cls for cls in (ValueTier, Grade, ComplaintCategory, Holiday)
}


def _encode(value: object) -> object:
    if isinstance(value, bool):
        raise TypeError(f"no cached form for {value!r}")
    if isinstance(value, int | str):
        return value
    if isinstance(value, date):
        return ["date", value.isoformat()]
    if isinstance(value, Labeled) and type(value).__name__ in _LABELS:
        return [type(value).__name__, value.code]
    if isinstance(value, Text):
        return ["text", value.context, value.source]
    raise TypeError(f"no cached form for {value!r}")


def _decode(value: Any) -> object:
    if not isinstance(value, list):
        return value
    tag = value[0]
    if tag == "date":
        return date.fromisoformat(value[1])
    if tag == "text":
        return Text(value[1], value[2])
    return _LABELS[tag](value[1])


def _reason_text(revisit: DueRevisit) -> str:
    params = [[name, _encode(v)] for name, v in revisit.params]
    return json.dumps([revisit.rule.value, revisit.reason, params], ensure_ascii=False)


def _store(
    conn: Connection, items: list[DueItem], day: date, account_ids: Collection[str] | None
) -> None:
    """Replace the cached rows (of ``account_ids``; all of them if None) by ``items``' reasons,
    each account's in the order of its reasons."""
    raw = _raw(conn)
    if account_ids is None:
        raw.execute("DELETE FROM due_revisit_cache")
    else:
        ids = list(account_ids)
        raw.execute(f"DELETE FROM due_revisit_cache WHERE account_id IN ({_marks(ids)})", ids)
    computed_for = day.isoformat()
    texts: dict[tuple[RevisitRule, str, Params], str] = {}  # most repeat another's words
    rows = []
    for item in items:
        for r in item.reasons:
            key = (r.rule, r.reason, r.params)
            text = texts.get(key)
            if text is None:
                text = texts[key] = _reason_text(r)
            rows.append(
                (r.account_id, r.rule.value, r.rule_key, r.due_on.isoformat(), text,
                 r.contact_id, computed_for)
            )  # fmt: skip
    raw.executemany(
        "INSERT INTO due_revisit_cache (account_id, rule, rule_key, due_on, reason, contact_id,"
        " computed_for) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _marks(values: Collection[Any]) -> str:
    return ", ".join("?" * len(values))


_TIERS: dict[Any, ValueTier | None] = {**{t.value: t for t in ValueTier}, None: None}
_GRADES: dict[Any, Grade | None] = {**{g.value: g for g in Grade}, None: None}
_RULES = {r.value: r for r in RevisitRule}


def _cached_items(
    conn: Connection,
    stamp: str,
    today: date,
    owners: Collection[str] | None,
    account_ids: Collection[str] | None,
) -> list[DueItem] | None:
    """The due list from the cache, or None when the cache was computed for something else.

    The rep's decisions are applied again as read: one synced from another device after the
    cache was computed still hides its revisit."""
    if _stored_stamp(conn) != stamp:
        return None
    raw = _raw(conn)
    hidden = {
        key
        for key, state, until in raw.execute(
            "SELECT rule_key, state, snoozed_until FROM revisit_item"
            " WHERE deleted_at IS NULL AND state != 'due'"
        )
        if state != RevisitState.SNOOZED.value or until is None or until > today.isoformat()
    }
    # Two scans joined here: SQLite looking up each row's account costs more than both.
    where, params = "", []
    if owners is not None:
        where += f" AND owner IN ({_marks(owners)})"
        params += list(owners)
    if account_ids is not None:
        where += f" AND id IN ({_marks(account_ids)})"
        params += list(account_ids)
    headers = {
        row[0]: row
        for row in raw.execute(
            "SELECT id, code, name, value_tier, hq_grade, owner FROM account"
            " WHERE deleted_at IS NULL" + where,
            params,
        )
    }
    scope = f" WHERE account_id IN (SELECT id FROM account WHERE 1{where})" if where else ""
    rows = raw.execute(
        "SELECT account_id, rule_key, due_on, reason, contact_id FROM due_revisit_cache"
        + scope
        + " ORDER BY id",  # an account's rows are written together, in the order of its reasons
        params,
    )
    reasons: dict[str, tuple[RevisitRule, str, Params]] = {}
    days: dict[str, tuple[date, int]] = {}
    items = []
    current: str | None = None
    due: list[DueRevisit] = []

    def close() -> None:
        header = headers.get(current)
        if header is not None and due:
            _id, code, name, tier, grade, owner = header
            items.append(
                DueItem(
                    _id, code, name, _TIERS[tier], _GRADES[grade], owner, due[0].due_on,
                    tuple(due),
                )
            )  # fmt: skip

    for account_id, key, due_text, reason_text, contact_id in rows:
        if account_id != current:
            close()
            current, due = account_id, []
        if key in hidden:
            continue
        reason = reasons.get(reason_text)
        if reason is None:
            rule, template, stored = json.loads(reason_text)
            params_ = tuple((n, _decode(v)) for n, v in stored)
            reason = reasons[reason_text] = (_RULES[rule], template, params_)
        day = days.get(due_text)
        if day is None:
            due_on = date.fromisoformat(due_text)
            day = days[due_text] = (due_on, max(0, (today - due_on).days))
        due.append(
            DueRevisit(account_id, reason[0], key, day[0], reason[1], reason[2], day[1], contact_id)
        )
    close()
    items.sort(key=_item_order)
    return items


# --- the rep's decisions -----------------------------------------------------------------------


class SnoozeNotLater(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a day after today ({today}).")


_UNTIL = Text("revisits", QT_TRANSLATE_NOOP("revisits", "Snooze until"))
_REASON = Text("revisits", QT_TRANSLATE_NOOP("revisits", "Reason for dismissing"))


def snooze(
    book: Book,
    revisits: DueRevisit | Iterable[DueRevisit],
    until: date,
    *,
    today: date | None = None,
) -> None:
    """Hide ``revisits`` until ``until`` (they are due again that day)."""
    today = today or date.today()
    if until <= today:
        raise InvalidInput([FieldProblem("snoozed_until", _UNTIL, SnoozeNotLater(today=today))])
    _decide(book, revisits, RevisitState.SNOOZED, snoozed_until=until)


def dismiss(book: Book, revisits: DueRevisit | Iterable[DueRevisit], reason: str) -> None:
    """Never show ``revisits`` again, for ``reason`` (required: the team may ask why)."""
    reason = reason.strip()
    if not reason:
        raise InvalidInput([FieldProblem("dismiss_reason", _REASON, Required())])
    _decide(book, revisits, RevisitState.DISMISSED, dismiss_reason=reason)


def reopen(book: Book, revisits: DueRevisit | Iterable[DueRevisit]) -> None:
    """Undo a snooze or dismissal: the revisits are due again if their rule still says so."""
    _decide(book, revisits, RevisitState.DUE)


def _decide(
    book: Book,
    revisits: DueRevisit | Iterable[DueRevisit],
    state: RevisitState,
    *,
    snoozed_until: date | None = None,
    dismiss_reason: str | None = None,
) -> None:
    chosen = {r.rule_key: r for r in ([revisits] if isinstance(revisits, DueRevisit) else revisits)}
    if not chosen:
        return
    with book.sessions.begin() as s:
        rows = _items_by_key(s, chosen)
        for key, revisit in chosen.items():
            row = rows.get(key)
            if row is None:
                row = RevisitItem(rule_key=key, account_id=revisit.account_id)
                s.add(row)
            row.deleted_at = None
            row.rule = revisit.rule
            row.due_on = revisit.due_on
            row.reason = revisit.message("en")
            row.state = state
            row.snoozed_until = snoozed_until
            row.dismiss_reason = dismiss_reason
        _refresh_accounts(s, {r.account_id for r in chosen.values()})
    log.info("revisits %s: %d", state.value, len(chosen))


def _items_by_key(s: Session, keys: Collection[str]) -> dict[str, RevisitItem]:
    # The rule key is unique over all rows, tombstones included: a revived key reuses its row.
    found = s.scalars(select(RevisitItem).where(RevisitItem.rule_key.in_(sorted(keys))))
    return {row.rule_key: row for row in found}


def mark_covered(
    book: Book,
    account_id: str,
    visit_date: date,
    *,
    purpose: VisitPurpose | None = None,
    visit_id: str | None = None,
    settings: RevisitSettings | None = None,
) -> int:
    """A done visit on ``visit_date`` covers the account's decided revisits (snoozed ones, or
    reopened) that were due by then (or by then plus ``early_cover_days``): they become done,
    linked to ``visit_id``. With a ``purpose``, only those whose rule it satisfies; without,
    all of them. Revisits without a row need nothing: the due list sees the visit itself. The
    account's cached due revisits are recomputed in the same transaction. Returns how many
    changed."""
    settings = settings or load_settings(book)
    latest_due = visit_date + timedelta(days=settings.early_cover_days)
    changed = 0
    with book.sessions.begin() as s:
        rows = s.scalars(
            select(RevisitItem).where(
                RevisitItem.account_id == account_id,
                RevisitItem.deleted_at.is_(None),
                RevisitItem.state.in_([RevisitState.DUE, RevisitState.SNOOZED]),
            )
        )
        for row in rows:
            if row.due_on > latest_due:
                continue
            if purpose is not None and not settings.satisfies(row.rule, purpose):
                continue
            row.state = RevisitState.DONE
            row.snoozed_until = None
            row.visit_id = visit_id
            changed += 1
        _refresh_accounts(s, [account_id])
    return changed


# --- planning from the list -------------------------------------------------------------------

_GREETINGS = frozenset({RevisitRule.HOLIDAY, RevisitRule.BIRTHDAY})


def plan_from_due(item: DueItem, today: date | None = None) -> RevisitPlan:
    """The visit to plan for ``item``: a revisit (a greeting when only greetings are due,
    complaint handling when a complaint is open) on its due day, or today when overdue."""
    today = today or date.today()
    rules = set(item.rules)
    if rules <= _GREETINGS:
        purpose = VisitPurpose.HOLIDAY_GREETING
    elif RevisitRule.COMPLAINT_OPENED in rules:
        purpose = VisitPurpose.COMPLAINT_HANDLING
    else:
        purpose = VisitPurpose.REVISIT
    contacts = tuple(dict.fromkeys(r.contact_id for r in item.reasons if r.contact_id))
    return RevisitPlan(
        account_id=item.account_id,
        purpose=purpose,
        planned_on=max(item.due_on, today),
        objectives="\n".join(r.message() for r in item.reasons),
        attendee_ids=contacts,
        rule_keys=tuple(r.rule_key for r in item.reasons),
    )


# --- settings ---------------------------------------------------------------------------------


def load_settings(book: Book) -> RevisitSettings:
    """The book's revisit settings (defaults where unset or unreadable)."""
    with book.sessions() as s:
        return _settings(s)


def _settings(s: Session) -> RevisitSettings:
    value = s.scalar(
        select(Setting.value).where(Setting.key == SETTINGS_KEY, Setting.deleted_at.is_(None))
    )
    if value is None:
        return DEFAULT_SETTINGS
    return settings_from_json(value, strict=False)


def save_settings(book: Book, settings: RevisitSettings) -> None:
    """Store ``settings`` in the book (``InvalidInput`` and nothing saved if one is unusable)."""
    data = settings_to_json(validated_settings(settings))
    with book.sessions.begin() as s:
        row = s.scalar(select(Setting).where(Setting.key == SETTINGS_KEY))
        if row is None:
            s.add(Setting(key=SETTINGS_KEY, value=data))
        else:
            row.value = data
            row.deleted_at = None
