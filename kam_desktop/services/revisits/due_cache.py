"""The due cache: every account's due revisits stored in ``due_revisit_cache`` (not synced),
with ``account.next_due_on`` / ``account.due_reasons``, so the due list need not recompute the
whole book.

Computing the whole book takes seconds (100,000 accounts, a million visits), so the once-a-day
``refresh_due_cache`` stores the result, stamped in ``book_meta`` with the day, horizon, zone and
settings it was computed for; ``cached_items`` reads it back when the stamp matches. The writes
that change one account's revisits recompute that account's rows in their own transaction
(``refresh_due_for_accounts``).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from datetime import date, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, BookMeta
from kam_desktop.domain.enums import ComplaintCategory, Grade, RevisitRule, RevisitState, ValueTier
from kam_desktop.domain.errors import Text
from kam_desktop.domain.labels import Labeled
from kam_desktop.domain.revisits.account_facts import Params
from kam_desktop.domain.revisits.due_revisit import DueRevisit
from kam_desktop.domain.revisits.holidays import Holiday
from kam_desktop.domain.revisits.revisit_rules import DueRules
from kam_desktop.domain.revisits.revisit_settings import RevisitSettings, settings_to_json
from kam_desktop.services.revisits import sqlite_queries as sql
from kam_desktop.services.revisits.due_items import (
    DueItem,
    collector_paused,
    computed_due,
    item_order,
    resolve_today,
    stored_settings,
)

log = logging.getLogger(__name__)

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
    today = resolve_today(today, tz)
    with collector_paused(), book.sessions.begin() as s:
        settings = settings or stored_settings(s)
        conn = s.connection()
        items = computed_due(conn, DueRules(today, settings, horizon_days), None, None, tz)
        _store(conn, items, today, None)
        changed = _write_account_columns(conn, items, None)
        stamp = cache_stamp(today, horizon_days, settings, tz)
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
        return refresh_accounts(s, account_ids, today)


def refresh_accounts(s: Session, account_ids: Collection[str], today: date | None = None) -> int:
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
    settings = stored_settings(s)
    if cache_stamp(day, horizon, settings, zone) != stamp:
        return 0
    ids = sorted(set(account_ids))
    items = computed_due(conn, DueRules(day, settings, horizon), None, ids, zone)
    _store(conn, items, day, ids)
    return _write_account_columns(conn, items, ids)


def cache_stamp(
    today: date, horizon_days: int, settings: RevisitSettings, tz: tzinfo | None
) -> str:
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
    sql.delete_cached(conn, account_ids)
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
    sql.insert_cached(conn, rows)


_TIERS: dict[Any, ValueTier | None] = {**{t.value: t for t in ValueTier}, None: None}
_GRADES: dict[Any, Grade | None] = {**{g.value: g for g in Grade}, None: None}
_RULES = {r.value: r for r in RevisitRule}


def cached_items(
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
    hidden = {
        key
        for key, state, until in sql.all_decisions(conn)
        if state != RevisitState.SNOOZED.value or until is None or until > today.isoformat()
    }
    # Two scans joined here: SQLite looking up each row's account costs more than both.
    scope = sql.Scope(owners, account_ids)
    headers = {row[0]: row for row in sql.cached_headers(conn, scope)}
    rows = sql.cached_reasons(conn, scope)
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
    items.sort(key=item_order)
    return items
