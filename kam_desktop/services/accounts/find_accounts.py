"""The account list: find accounts (search, filter, sort), count them, read a page of rows,
and the values present in the book for the filter menus.

Finding returns ids only, in display order; the rows of a page are read by id, so a list of
100,000 accounts costs one id query and a page at a time.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import ColumnElement, Integer, Select, case, func, select, type_coerce

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.db.models.accounts import AccountSearch
from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    Industry,
    LifecycleStage,
    SpinStage,
    ValueTier,
)
from kam_desktop.services.accounts.search_index import (
    Search,
    Way,
    account_filter,
    document_filter,
    prepare,
)
from kam_desktop.services.value.snapshot_history import falling_accounts


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
    value_falling: bool = False  # only accounts whose value is falling (DOMAIN §7.3, snapshots)
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


def _tier_rank() -> ColumnElement[int]:
    order = {t.value: i for i, t in enumerate(ValueTier)}
    return case(order, value=Account.value_tier, else_=len(order))


def _spin_rank() -> ColumnElement[int]:
    order = {stage.value: i for i, stage in enumerate(SpinStage)}  # S < P < I < N
    return case(order, value=Account.spin_stage, else_=len(order))


# Enumerations whose codes do not sort in their natural order.
_RANKED = {"value_tier": _tier_rank, "spin_stage": _spin_rank}


def _where(
    stmt: Select,  # type: ignore[type-arg]
    query: AccountQuery,
    falling: Collection[str] = (),
) -> Select:  # type: ignore[type-arg]
    stmt = stmt.where(
        Account.deleted_at.is_not(None) if query.deleted else Account.deleted_at.is_(None)
    )
    search = prepare(query.text.strip())
    if search is not None:
        stmt = stmt.where(account_filter(search))
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
    if query.value_falling:
        stmt = stmt.where(Account.id.in_(sorted(falling)))
    return stmt


def _falling(book: Book, query: AccountQuery) -> Collection[str]:
    """The falling accounts, read from the snapshots only when the query asks for them."""
    return falling_accounts(book) if query.value_falling else ()


def _order(stmt: Select, query: AccountQuery) -> Select:  # type: ignore[type-arg]
    if query.sort not in SORT_KEYS:
        raise ValueError(f"cannot sort by {query.sort!r}")
    if query.sort == "name":  # pinyin order; a plain ORDER BY reads ix_account_name_key
        key = Account.name_key
        return stmt.order_by(key.desc() if query.descending else key.asc(), Account.id)
    column = getattr(Account, query.sort)
    key = _RANKED[query.sort]() if query.sort in _RANKED else column
    primary = key.desc() if query.descending else key.asc()
    # Empty values last whichever way (test the column: the tier rank is never NULL), then a
    # stable tie-break.
    return stmt.order_by(column.is_(None), primary, Account.name_key, Account.id)


def _text_only(query: AccountQuery, search: Search | None) -> bool:
    """A plain search sorted by name: answered from ``account_search`` alone, no join."""
    plain = AccountQuery(
        text=query.text, deleted=query.deleted, sort="name", descending=query.descending
    )
    return search is not None and search.uses_documents and query == plain


def _documents(search: Search, query: AccountQuery, what: ColumnElement) -> Select:  # type: ignore[type-arg]
    live: ColumnElement = AccountSearch.live
    if search.way is Way.FTS:
        live = (
            type_coerce(live, Integer) + 0
        )  # not indexable: the trigram index must drive, not a walk of 100k rows
    return document_filter(select(what).where(live == (not query.deleted)), search)


def _ids(book: Book, query: AccountQuery) -> Select:  # type: ignore[type-arg]
    """The ids of the matching accounts in display order, as one statement."""
    search = prepare(query.text.strip())
    if search is not None and _text_only(query, search):
        key: ColumnElement = AccountSearch.name_key
        if search.way is Way.FTS:
            # Sort the few hits; ordering by the plain column would make SQLite walk the
            # documents' index in name order and test each one against the FTS match.
            key = key.concat("")
        stmt = _documents(search, query, AccountSearch.account_id)
        return stmt.order_by(
            key.desc() if query.descending else key.asc(), AccountSearch.account_id
        )
    return _order(_where(select(Account.id), query, _falling(book, query)), query)


def find_account_ids(book: Book, query: AccountQuery) -> list[str]:
    """Ids of matching accounts in display order (ids only: rows are fetched per page)."""
    with book.sessions() as s:
        return list(s.scalars(_ids(book, query)))


def count_accounts(book: Book, query: AccountQuery = AccountQuery()) -> int:
    search = prepare(query.text.strip())
    with book.sessions() as s:
        if search is not None and _text_only(query, search):
            return s.scalar(_documents(search, query, func.count())) or 0
        return s.scalar(_where(select(func.count()), query, _falling(book, query))) or 0


@dataclass(frozen=True)
class AccountPage:
    """One page of the list and how many accounts match in all."""

    ids: list[str]
    total: int


def find_page(book: Book, query: AccountQuery, offset: int = 0, limit: int = 200) -> AccountPage:
    """A page of ids in display order and the number of matches, from one pass of the search.

    With a search text the count rides on the page's statement (``count(*) OVER ()``); without
    one the page reads the sort's index and the count another index, neither walking the table.
    """
    if not query.text.strip():
        with book.sessions() as s:
            ids = list(s.scalars(_ids(book, query).offset(offset).limit(limit)))
        return AccountPage(ids, count_accounts(book, query))
    search = prepare(query.text.strip())
    if search is not None and search.way is Way.SCAN and _text_only(query, search):
        # 1-2 characters: the documents' index is read in name order, no sort; counting the
        # ids as they come is cheaper than a window, which would buffer the rows to count them.
        ids = find_account_ids(book, query)
        return AccountPage(ids[offset : offset + limit], len(ids))
    stmt = _ids(book, query).add_columns(func.count().over()).offset(offset).limit(limit)
    with book.sessions() as s:
        rows = s.execute(stmt).all()
    if rows:
        return AccountPage([r[0] for r in rows], rows[0][1])
    # Past the last match: the window saw no rows, so count (only when asked past the end).
    return AccountPage([], 0 if offset == 0 else count_accounts(book, query))


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
    if limit is None:
        return account_rows(book, find_account_ids(book, query)[offset:])
    return account_rows(book, find_page(book, query, offset, limit).ids)


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


__all__ = [
    "SORT_KEYS",
    "AccountPage",
    "AccountQuery",
    "AccountRow",
    "FilterOptions",
    "account_rows",
    "count_accounts",
    "filter_options",
    "find_account_ids",
    "find_page",
    "list_accounts",
]
