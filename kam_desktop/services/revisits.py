"""Due revisits (待回访): the due list, the rep's decisions (snooze, dismiss), planning one, and
the revisit settings stored in the book.

Which revisits are due is computed afresh from the book's visits, orders, complaints, contacts
and next steps (``domain.revisit_rules`` over facts gathered by ``services.revisit_facts``);
only what the rep decided is stored, as ``RevisitItem`` rows keyed by the revisit's rule key, so
a decision travels with sync and a dismissed revisit stays dismissed.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, RevisitItem, Setting
from kam_desktop.domain.enums import Grade, RevisitRule, RevisitState, ValueTier, VisitPurpose
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Required, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.revisit_rules import (
    DEFAULT_SETTINGS,
    SETTINGS_KEY,
    DueRevisit,
    DueRules,
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
) -> list[DueItem]:
    """Accounts with revisits due by ``today + horizon_days``: overdue first, then by date, value
    tier and code. ``owners`` / ``account_ids`` narrow it; ``tz`` is the rep's zone (None: this
    computer's), in which stored UTC times become calendar dates."""
    today = _today(today, tz)
    rules = DueRules(today, settings or load_settings(book), horizon_days)
    items = []
    # Tens of thousands of small objects, none in a cycle: CPython's cyclic collector would
    # rescan them again and again as they pile up (it doubled the time on the bench book).
    with _collector_paused(), book.sessions() as s:
        for header, facts in gather_facts(
            s.connection(), rules, owners=owners, account_ids=account_ids, tz=tz
        ):
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


def refresh_due_cache(
    book: Book,
    today: date | None = None,
    *,
    horizon_days: int = 7,
    settings: RevisitSettings | None = None,
    tz: tzinfo | None = None,
) -> int:
    """Fill ``account.next_due_on`` and ``account.due_reasons`` (RevisitRule codes) for the
    account list's column and filter; returns how many accounts changed. Caches are not synced:
    bulk Core UPDATEs, no revision bump."""
    items = {i.account_id: i for i in due_list(book, today, horizon_days=horizon_days,
                                                settings=settings, tz=tz)}  # fmt: skip
    with book.sessions.begin() as s:
        conn = s.connection()
        current = conn.execute(
            select(Account.id, Account.next_due_on, Account.due_reasons).where(
                Account.deleted_at.is_(None)
            )
        )
        changed = []
        for account_id, old_on, old_reasons in current:
            item = items.get(account_id)
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
    log.info("due cache: %d accounts changed, %d due", len(changed), len(items))
    return len(changed)


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
    all of them. Revisits without a row need nothing: the due list sees the visit itself.
    Returns how many changed."""
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
