"""One account: read it (by id or HQ code), create, update, soft delete and restore it.

Writes validate the draft first and check what only the book can know (unique codes, existing
parent and referrer, no parent cycle), so nothing is written if anything is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.db.types import utc_now
from kam_desktop.domain.accounts.account_fields import AccountDraft, AccountField, validated
from kam_desktop.domain.enums import SpinStage, ValueTier
from kam_desktop.domain.errors import (
    ChangedElsewhere,
    DuplicateValue,
    FieldProblem,
    InvalidInput,
    NotFound,
    ParentCycle,
    Text,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

_WHAT = Text("errors", QT_TRANSLATE_NOOP("errors", "account"))


@dataclass(frozen=True)
class AccountDetail:
    """Everything about one account the profile form shows, with its sync identity."""

    id: str
    draft: AccountDraft
    revision: int
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    parent_name: str | None
    parent_code: str | None
    referred_by_code: str | None
    value_tier: ValueTier | None
    value_score: float | None
    sales_12m: float | None
    last_order_on: date | None
    last_visit_on: date | None
    hq_updated_at: datetime | None
    spin_stage: SpinStage | None = None
    map_gap_count: int | None = None
    next_due_on: date | None = None

    @property
    def name(self) -> str:
        return self.draft.name

    @property
    def code(self) -> str | None:
        return self.draft.code


# --- reading ----------------------------------------------------------------------------------


def _load(s: Session, account_id: str) -> Account:
    account = s.get(Account, account_id)
    if account is None:
        raise NotFound(what=_WHAT, key=account_id)
    return account


def _detail(s: Session, a: Account) -> AccountDetail:
    draft = AccountDraft(
        **{name: getattr(a, name) for name in AccountDraft.field_names() if name not in ("tags",)},
        tags=tuple(t for t in (a.tags or "").split(",") if t),
    )
    parent = s.execute(select(Account.name, Account.code).where(Account.id == a.parent_id)).first()
    referrer_code = s.scalar(select(Account.code).where(Account.id == a.referred_by_id))
    return AccountDetail(
        id=a.id, draft=draft, revision=a.revision, created_at=a.created_at,
        updated_at=a.updated_at, deleted_at=a.deleted_at,
        parent_name=parent.name if parent else None, parent_code=parent.code if parent else None,
        referred_by_code=referrer_code,
        value_tier=a.value_tier, value_score=a.value_score, sales_12m=a.sales_12m,
        last_order_on=a.last_order_on, last_visit_on=a.last_visit_on,
        hq_updated_at=a.hq_updated_at, spin_stage=a.spin_stage,
        map_gap_count=a.map_gap_count, next_due_on=a.next_due_on,
    )  # fmt: skip


def get_account(book: Book, account_id: str) -> AccountDetail:
    with book.sessions() as s:
        return _detail(s, _load(s, account_id))


def account_id_for_code(book: Book, code: str) -> str:
    """The id of the live account with HQ code ``code`` (``NotFound`` otherwise)."""
    with book.sessions() as s:
        found = s.scalar(
            select(Account.id).where(Account.code == code.strip(), Account.deleted_at.is_(None))
        )
    if found is None:
        raise NotFound(what=_WHAT, key=code)
    return found


def get_account_by_code(book: Book, code: str) -> AccountDetail:
    with book.sessions() as s:
        account = s.scalar(select(Account).where(Account.code == code.strip()))
        if account is None:
            raise NotFound(what=_WHAT, key=code)
        return _detail(s, account)


# --- writing ----------------------------------------------------------------------------------


def _check_unique_and_tree(s: Session, draft: AccountDraft, self_id: str | None) -> None:
    problems: list[FieldProblem] = []
    for name in ("code", "credit_code"):
        value = getattr(draft, name)
        if not value:
            continue
        other = s.execute(
            select(Account.id, Account.code, Account.name).where(getattr(Account, name) == value)
        ).first()
        if other and other.id != self_id:
            problems.append(
                FieldProblem(
                    name,
                    Text("AccountField", AccountField(name).en),
                    DuplicateValue(value=value, other=other.code or other.name),
                )
            )
    for name in ("parent_id", "referred_by_id"):
        ref = getattr(draft, name)
        if ref and s.get(Account, ref) is None:
            label = Text("AccountField", AccountField(name).en)
            problems.append(FieldProblem(name, label, NotFound(what=_WHAT, key=ref)))
    if draft.parent_id:
        seen = {self_id} if self_id else set()
        cursor: str | None = draft.parent_id
        while cursor:
            if cursor in seen:
                problems.append(
                    FieldProblem(
                        "parent_id", Text("AccountField", AccountField.PARENT.en), ParentCycle()
                    )
                )
                break
            seen.add(cursor)
            cursor = s.scalar(select(Account.parent_id).where(Account.id == cursor))
    if problems:
        raise InvalidInput(problems)


def _apply(a: Account, draft: AccountDraft) -> None:
    for name in AccountDraft.field_names():
        value = getattr(draft, name)
        if name == "tags":
            value = ",".join(value) or None
        setattr(a, name, value)


def create_account(book: Book, draft: AccountDraft) -> AccountDetail:
    """Validate and add a new account; nothing is written if anything is wrong."""
    clean = validated(draft)
    if not clean.owner and book.meta.get("owner"):
        clean = replace(clean, owner=book.meta["owner"])
    with book.sessions.begin() as s:
        _check_unique_and_tree(s, clean, None)
        account = Account()
        _apply(account, clean)
        s.add(account)
        s.flush()
        return _detail(s, account)


def update_account(
    book: Book, account_id: str, draft: AccountDraft, expected_revision: int | None = None
) -> AccountDetail:
    """Save a changed profile. ``expected_revision`` guards against overwriting a newer edit."""
    clean = validated(draft)
    with book.sessions.begin() as s:
        account = _load(s, account_id)
        if expected_revision is not None and account.revision != expected_revision:
            raise ChangedElsewhere()
        _check_unique_and_tree(s, clean, account_id)
        _apply(account, clean)
        s.flush()
        return _detail(s, account)


def delete_account(book: Book, account_id: str) -> None:
    """Soft delete: the account goes to the bin (a tombstone sync can carry) and can be restored."""
    with book.sessions.begin() as s:
        account = _load(s, account_id)
        if account.deleted_at is None:
            account.deleted_at = utc_now()


def restore_account(book: Book, account_id: str) -> None:
    with book.sessions.begin() as s:
        account = _load(s, account_id)
        account.deleted_at = None


__all__ = [
    "AccountDetail",
    "account_id_for_code",
    "create_account",
    "delete_account",
    "get_account",
    "get_account_by_code",
    "restore_account",
    "update_account",
]
