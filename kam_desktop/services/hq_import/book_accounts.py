"""The book's accounts as an HQ import matches against them: by account code, by credit code,
by company key — with their HQ-owned values and the values HQ last sent (the baseline).

Read once per import with plain Core selects (no ORM objects): 100,000 accounts are a few
hundred thousand small Python objects, well inside the import's memory budget.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kam_desktop.db.models import Account, AccountHqBaseline
from kam_desktop.domain.accounts.company_key import company_key
from kam_desktop.domain.labels import Labeled
from kam_desktop.services.hq_import.model import Value

#: The HQ-owned fields an import compares and writes (DOMAIN §9), in the order shown.
HQ_FIELDS = ("code", "name", "credit_code", "hq_grade", "size_class", "hq_sales")


def stored(value: Value) -> object:
    """A value as the baseline (JSON) keeps it: an enum's code, amounts to the cent."""
    if isinstance(value, Labeled):
        return value.code
    if isinstance(value, float):
        return round(value, 2)
    return value


def same(a: Value, b: Value) -> bool:
    return stored(a) == stored(b)


@dataclass(slots=True)
class BookAccount:
    id: str
    deleted: bool
    hq: dict[str, Value]
    baseline: dict[str, object] | None = None

    @property
    def code(self) -> str | None:
        return self.hq["code"]  # type: ignore[return-value]

    @property
    def credit_code(self) -> str | None:
        return self.hq["credit_code"]  # type: ignore[return-value]

    @property
    def name(self) -> str:
        return self.hq["name"]  # type: ignore[return-value]

    def locally_edited(self, name: str) -> bool:
        """Whether the rep changed ``name`` since HQ last sent it (or set it, HQ never did)."""
        current = stored(self.hq[name])
        if self.baseline is None or name not in self.baseline:
            return current is not None
        return current != self.baseline[name]


@dataclass
class BookAccounts:
    by_code: dict[str, BookAccount] = field(default_factory=dict)
    by_credit: dict[str, BookAccount] = field(default_factory=dict)
    by_key: dict[str, list[BookAccount]] = field(default_factory=lambda: defaultdict(list))
    names: list[tuple[str, str]] = field(default_factory=list)  # (account id, name) of live ones
    codeless: int = 0  # live accounts without an account code


def load_book_accounts(conn: Connection) -> BookAccounts:
    columns = [getattr(Account, f) for f in HQ_FIELDS]
    found = BookAccounts()
    baselines = dict(
        conn.execute(select(AccountHqBaseline.account_id, AccountHqBaseline.hq_values)).all()
    )
    for row in conn.execute(select(Account.id, Account.deleted_at, *columns)):
        account = BookAccount(
            row.id,
            row.deleted_at is not None,
            {f: getattr(row, f) for f in HQ_FIELDS},
            baselines.get(row.id),
        )
        if account.code:
            found.by_code[account.code] = account
        if account.credit_code:
            found.by_credit[account.credit_code] = account
        key = company_key(account.name)
        if key:
            found.by_key[key].append(account)
        if not account.deleted:
            found.names.append((account.id, account.name))
            found.codeless += not account.code
    return found
