"""Accounts: find (search, filter, sort, page), read, create, update, soft delete, restore."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.db.types import utc_now
from kam_desktop.domain.accounts.account_fields import AccountDraft, AccountField, validated
from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Grade,
    Industry,
    LifecycleStage,
    RelationshipMarketingLevel,
    RelationshipMode,
    SalesStage,
    SizeClass,
    SpinStage,
    ValueTier,
)
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
class AccountRow:
    """One line of the account list."""

    id: str
    code: str | None
    name: str
    short_name: str | None
    province: str | None
    city: str | None
    industry: Industry | None
    hq_grade: Grade | None
    value_tier: ValueTier | None
    value_score: float | None
    lifecycle_stage: LifecycleStage | None
    status: AccountStatus
    owner: str | None
    sales_12m: float | None
    last_visit_on: date | None
    map_gap_count: int | None = None
    map_gaps: tuple[str, ...] | None = None  # GapKind codes (domain.coverage)
    spin_stage: SpinStage | None = None  # highest stage with a confirmed answer
    next_due_on: date | None = None  # earliest due revisit
    due_reasons: tuple[str, ...] | None = None  # RevisitRule codes


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


SORT_KEYS = (
    "code", "name", "province", "city", "industry", "hq_grade", "value_tier", "value_score",
    "lifecycle_stage", "status", "owner", "sales_12m", "last_visit_on", "map_gap_count",
    "spin_stage", "next_due_on",
)  # fmt: skip


@dataclass(frozen=True)
class AccountQuery:
    """What the rep is looking for. Empty sets mean "any"."""

    text: str = ""
    grades: frozenset[Grade] = frozenset()
    tiers: frozenset[ValueTier] = frozenset()
    provinces: frozenset[str] = frozenset()
    cities: frozenset[str] = frozenset()
    industries: frozenset[Industry] = frozenset()
    owners: frozenset[str] = frozenset()
    lifecycle_stages: frozenset[LifecycleStage] = frozenset()
    statuses: frozenset[AccountStatus] = frozenset()
    spin_stages: frozenset[SpinStage] = frozenset()
    with_map_gaps: bool = False  # only accounts whose contact map has coverage gaps
    due_by: date | None = None  # only accounts with a revisit due on or before this day
    deleted: bool = False  # True: the bin (soft-deleted accounts) instead of live ones
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class FilterOptions:
    """The values present in the book, for filter menus."""

    provinces: list[str]
    cities: dict[str, list[str]]
    owners: list[str]
    industries: list[Industry]


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _tier_rank() -> ColumnElement[int]:
    from sqlalchemy import case

    order = {t.value: i for i, t in enumerate(ValueTier)}
    return case(order, value=Account.value_tier, else_=len(order))


def _spin_rank() -> ColumnElement[int]:
    from sqlalchemy import case

    order = {stage.value: i for i, stage in enumerate(SpinStage)}  # S < P < I < N
    return case(order, value=Account.spin_stage, else_=len(order))


# Enumerations whose codes do not sort in their natural order.
_RANKED = {"value_tier": _tier_rank, "spin_stage": _spin_rank}


def _where(stmt: Select, query: AccountQuery) -> Select:  # type: ignore[type-arg]
    stmt = stmt.where(
        Account.deleted_at.is_not(None) if query.deleted else Account.deleted_at.is_(None)
    )
    text = query.text.strip()
    if text:
        pattern = _like(text)
        stmt = stmt.where(
            or_(
                *(
                    col.like(pattern, escape="\\")
                    for col in (
                        Account.name, Account.short_name, Account.code, Account.city,
                        Account.province, Account.district, Account.credit_code,
                    )
                )
            )
        )  # fmt: skip
    filters = (
        (Account.hq_grade, query.grades),
        (Account.value_tier, query.tiers),
        (Account.province, query.provinces),
        (Account.city, query.cities),
        (Account.industry, query.industries),
        (Account.owner, query.owners),
        (Account.lifecycle_stage, query.lifecycle_stages),
        (Account.status, query.statuses),
    )
    for column, wanted in filters:
        if wanted:
            stmt = stmt.where(column.in_(list(wanted)))
    if query.spin_stages:
        stmt = stmt.where(Account.spin_stage.in_(list(query.spin_stages)))
    if query.with_map_gaps:
        stmt = stmt.where(Account.map_gap_count > 0)
    if query.due_by is not None:
        stmt = stmt.where(Account.next_due_on <= query.due_by)
    return stmt


def _order(stmt: Select, query: AccountQuery) -> Select:  # type: ignore[type-arg]
    if query.sort not in SORT_KEYS:
        raise ValueError(f"cannot sort by {query.sort!r}")
    column = getattr(Account, query.sort)
    key = _RANKED[query.sort]() if query.sort in _RANKED else column
    primary = key.desc() if query.descending else key.asc()
    if query.sort == "name":  # NOT NULL: a plain ORDER BY lets SQLite use ix_account_name
        return stmt.order_by(primary, Account.id)
    # Empty values last whichever way (test the column: the tier rank is never NULL), then a
    # stable tie-break.
    return stmt.order_by(column.is_(None), primary, Account.name, Account.id)


def find_account_ids(book: Book, query: AccountQuery) -> list[str]:
    """Ids of matching accounts in display order (ids only: rows are fetched per page)."""
    with book.sessions() as s:
        stmt = _order(_where(select(Account.id), query), query)
        return list(s.scalars(stmt))


def count_accounts(book: Book, query: AccountQuery = AccountQuery()) -> int:
    with book.sessions() as s:
        return s.scalar(_where(select(func.count()), query)) or 0


_ROW_COLUMNS = [f.name for f in fields(AccountRow)]
_TUPLES = {"map_gaps", "due_reasons"}  # JSON lists in the book, tuples in the frozen row


def account_rows(book: Book, ids: list[str]) -> list[AccountRow]:
    """Rows for ``ids``, in the order given (a page of the list)."""
    if not ids:
        return []
    columns = [getattr(Account, name) for name in _ROW_COLUMNS]
    found: dict[str, AccountRow] = {}
    with book.sessions() as s:
        for start in range(0, len(ids), 500):  # stay under SQLite's variable limit
            chunk = ids[start : start + 500]
            for values in s.execute(select(*columns).where(Account.id.in_(chunk))):
                row = AccountRow(
                    *(
                        tuple(v) if name in _TUPLES and v is not None else v
                        for name, v in zip(_ROW_COLUMNS, values, strict=True)
                    )
                )
                found[row.id] = row
    return [found[i] for i in ids if i in found]


def list_accounts(
    book: Book, query: AccountQuery = AccountQuery(), offset: int = 0, limit: int | None = None
) -> list[AccountRow]:
    ids = find_account_ids(book, query)
    page = ids[offset : None if limit is None else offset + limit]
    return account_rows(book, page)


def filter_options(book: Book) -> FilterOptions:
    with book.sessions() as s:
        live = Account.deleted_at.is_(None)
        pairs = s.execute(select(Account.province, Account.city).where(live).distinct()).all()
        owners = s.scalars(
            select(Account.owner).where(live, Account.owner.is_not(None)).distinct()
        ).all()
        industries = s.scalars(
            select(Account.industry).where(live, Account.industry.is_not(None)).distinct()
        ).all()
    cities: dict[str, list[str]] = {}
    for province, city in pairs:
        if province:
            cities.setdefault(province, [])
            if city:
                cities[province].append(city)
    return FilterOptions(
        provinces=sorted(cities),
        cities={p: sorted(set(c)) for p, c in cities.items()},
        owners=sorted(set(owners)),
        industries=sorted(set(industries), key=lambda i: str(i.value)),
    )


# --- one account ------------------------------------------------------------------------------


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
    "SORT_KEYS",
    "AccountDetail",
    "AccountQuery",
    "AccountRow",
    "AccountSource",
    "FilterOptions",
    "RelationshipMarketingLevel",
    "RelationshipMode",
    "SalesStage",
    "SizeClass",
    "account_id_for_code",
    "account_rows",
    "count_accounts",
    "create_account",
    "delete_account",
    "filter_options",
    "find_account_ids",
    "get_account",
    "get_account_by_code",
    "list_accounts",
    "restore_account",
    "update_account",
]  # fmt: skip
