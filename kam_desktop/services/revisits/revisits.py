"""Due revisits (待回访): the due list, the rep's decisions (snooze, dismiss), planning one, and
the revisit settings stored in the book.

Which revisits are due is computed afresh from the book's visits, orders, complaints, contacts
and next steps (``domain.revisit_rules`` over facts gathered by ``services.revisit_facts``, in
``services.due_items``); only what the rep decided is stored, as ``RevisitItem`` rows keyed by
the revisit's rule key, so a decision travels with sync and a dismissed revisit stays dismissed.

``due_list`` reads the due cache (``services.due_cache``, refreshed once a day) when it was
computed for the same day, horizon, zone and settings, and computes afresh otherwise; the writes
that change one account's revisits (a visit logged, a snooze, a dismissal, a reopening)
recompute that account's cached rows in their own transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import RevisitItem, Setting
from kam_desktop.domain.enums import RevisitRule, RevisitState, VisitPurpose
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Required, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.revisits.due_revisit import DueRevisit
from kam_desktop.domain.revisits.revisit_rules import DueRules
from kam_desktop.domain.revisits.revisit_settings import (
    SETTINGS_KEY,
    RevisitSettings,
    settings_to_json,
    validated_settings,
)
from kam_desktop.services.revisits.due_cache import (
    cache_stamp,
    cached_items,
    refresh_accounts,
)
from kam_desktop.services.revisits.due_items import (
    DueItem,
    collector_paused,
    computed_due,
    resolve_today,
    stored_settings,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RevisitPlan:
    """What the visit service needs to plan a visit for a due item."""

    account_id: str
    purpose: VisitPurpose
    planned_on: date
    objectives: str
    attendee_ids: tuple[str, ...]  # contacts whose birthday it is
    rule_keys: tuple[str, ...]


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
    today = resolve_today(today, tz)
    # Tens of thousands of small objects, none in a cycle: CPython's cyclic collector would
    # rescan them again and again as they pile up (it doubled the time on the bench book).
    with collector_paused(), book.sessions() as s:
        conn = s.connection()
        settings = settings or stored_settings(s)
        if use_cache:
            stamp = cache_stamp(today, horizon_days, settings, tz)
            cached = cached_items(conn, stamp, today, owners, account_ids)
            if cached is not None:
                return cached
        return computed_due(conn, DueRules(today, settings, horizon_days), owners, account_ids, tz)


def due_for_account(
    book: Book, account_id: str, today: date | None = None, **options: Any
) -> DueItem | None:
    """The account's line of the due list, if it is due (for the account header)."""
    found = due_list(book, today, account_ids=[account_id], **options)
    return found[0] if found else None


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
        refresh_accounts(s, {r.account_id for r in chosen.values()})
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
        refresh_accounts(s, [account_id])
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
        return stored_settings(s)


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
