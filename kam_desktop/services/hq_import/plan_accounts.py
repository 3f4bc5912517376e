"""Plan a customer-list import: each row cleaned, duplicates in the file merged, each account
matched against the book (account code, then credit code, then company key), and what would
change — only HQ-owned fields of existing accounts (DOMAIN §9); a new account also gets the
list's address, phone, city … as a start for the rep.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.engine import Connection

from kam_desktop.db.base import new_id
from kam_desktop.db.types import utc_now
from kam_desktop.domain.accounts.account_fields import HQ_OWNED, AccountDraft
from kam_desktop.domain.accounts.company_key import NearDuplicate, company_key, near_duplicates
from kam_desktop.domain.accounts.hq_values import account_row
from kam_desktop.domain.enums import AccountSource, AccountStatus
from kam_desktop.domain.errors import FieldProblem, KamError, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.formats.hq_list.model import RawRow
from kam_desktop.services.hq_import.apply import apply_accounts
from kam_desktop.services.hq_import.book_accounts import (
    HQ_FIELDS,
    BookAccount,
    BookAccounts,
    same,
    stored,
)
from kam_desktop.services.hq_import.model import (
    FieldChange,
    NearDuplicateWarning,
    Outcome,
    RowChange,
    Value,
)
from kam_desktop.services.hq_import.notes import (
    ClaimedByOther,
    CreditCodeTwice,
    DeletedInBook,
    MergedDuplicate,
    Renamed,
    SameAccountTwice,
)
from kam_desktop.services.hq_import.rows import RowSink

#: What a customer list may fill in on a new account (the rest is the rep's to learn).
NEW_ACCOUNT_FIELDS = HQ_OWNED | {"province", "city", "address", "phone", "owner", "industry"}
_DRAFT_FIELDS = frozenset(AccountDraft.field_names())
#: Above this many names (book + new) look-alikes are not looked for (see ``_near_duplicates``).
NEAR_DUPLICATE_NAMES = 30_000
MAX_WARNINGS = 2_000  # the preview lists at most this many look-alikes
_CODE = Text("AccountField", QT_TRANSLATE_NOOP("AccountField", "Account code"))
_CREDIT = Text("AccountField", QT_TRANSLATE_NOOP("AccountField", "Credit code"))


@dataclass
class _Group:
    """One account of the list: its first row, the rows merged into it, its values."""

    rows: list[int]
    values: dict[str, Value]
    later_problems: list[tuple[int, FieldProblem, str]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return str(self.values.get("name") or "")

    @property
    def code(self) -> str | None:
        return self.values.get("code")  # type: ignore[return-value]


@dataclass
class AccountWrites:
    """What applying the plan writes (rows as Core parameter dicts)."""

    inserts: list[dict[str, object]] = field(default_factory=list)
    updates: list[tuple[str, dict[str, Value]]] = field(default_factory=list)
    history: list[tuple[str, str, object, object]] = field(default_factory=list)
    baselines: list[tuple[str, dict[str, object]]] = field(default_factory=list)

    @property
    def touched(self) -> list[str]:
        return [str(row["id"]) for row in self.inserts] + [id_ for id_, _ in self.updates]


class AccountPlanner:
    """Fed the rows one by one (``add``), then ``finish`` says what would change."""

    def __init__(self, sink: RowSink, book: BookAccounts, *, with_warnings: bool) -> None:
        self.sink = sink
        self.book = book
        self.with_warnings = with_warnings
        self.writes = AccountWrites()
        self.warnings: list[NearDuplicateWarning] = []
        self.near_duplicates_checked = True
        self._groups: list[_Group] = []
        self._by_identity: dict[tuple[str, str], _Group] = {}
        self._by_credit: dict[str, _Group] = {}

    # --- reading the rows -----------------------------------------------------------------

    def add(self, raw: RawRow) -> None:
        cells = self.sink.cells(raw)
        if cells is None:
            return
        result = account_row(cells, self.sink.units, only=NEW_ACCOUNT_FIELDS)
        hq_problems = [p for p in result.problems if p.field in HQ_OWNED]
        if hq_problems:
            self.sink.reject(raw, result.problems)
            return
        draft = result.draft
        values = {
            name: getattr(draft, name)
            for name in (*cells, "sub_industry")
            if name in _DRAFT_FIELDS and getattr(draft, name) is not None
        }
        later = [(raw.number, p, self.sink.value_of(raw, p.field)) for p in result.problems]
        code, credit = values.get("code"), values.get("credit_code")
        if code:
            identity = ("code", str(code))
        elif credit:
            identity = ("credit", str(credit))
        else:
            identity = ("key", company_key(str(values["name"])))
        earlier = self._by_identity.get(identity)
        if earlier is not None:
            earlier.values.update(values)  # a later row's values win, empty cells do not erase
            earlier.rows.append(raw.number)
            earlier.later_problems += later
            self.sink.change(
                RowChange(
                    (earlier.rows[0], raw.number),
                    Outcome.DUPLICATE,
                    earlier.code,
                    earlier.name,
                    note=MergedDuplicate(row=earlier.rows[0]),
                )
            )
            return
        if credit and credit in self._by_credit:
            other = self._by_credit[str(credit)]
            self.sink.conflict(
                raw.number, code, str(values["name"]), CreditCodeTwice(row=other.rows[0])
            )
            return
        group = _Group([raw.number], values, later)
        self._groups.append(group)
        self._by_identity[identity] = group
        if credit:
            self._by_credit[str(credit)] = group

    def apply(self, conn: Connection, log_id: int, now: datetime, device: str) -> list[str]:
        apply_accounts(conn, self.writes, log_id, now, device)
        return self.writes.touched

    # --- matching them against the book ---------------------------------------------------

    def finish(self) -> None:
        matched: dict[str, int] = {}
        new_groups: list[_Group] = []
        now = utc_now()
        for group in self._groups:
            account, problem = self._match(group)
            if problem is None and account is not None and account.id in matched:
                problem = SameAccountTwice(row=matched[account.id])
            if problem is not None:
                self.sink.conflict(group.rows[0], group.code, group.name, problem)
                continue
            if account is None:
                if group.later_problems:  # a bad phone, city … matters for a new account
                    for number, issue, value in group.later_problems:
                        self.sink.rejected.append(self.sink.rejection(number, issue, value))
                    self.sink.counts[Outcome.REJECTED] += 1
                    continue
                new_groups.append(group)
                self._insert(group, now)
                continue
            matched[account.id] = group.rows[0]
            self._update(group, account)
        if self.with_warnings:
            self._near_duplicates(new_groups)

    def _match(self, group: _Group) -> tuple[BookAccount | None, KamError | None]:
        values = group.values
        code, credit = values.get("code"), values.get("credit_code")
        account = self.book.by_code.get(str(code)) if code else None
        if account is None and credit:
            account = self.book.by_credit.get(str(credit))
            if account is not None and code and account.code and account.code != code:
                return None, ClaimedByOther(field=_CREDIT, code=account.code)
        # a row with a code can only be an account without one: when the book has none, the
        # company key (the costliest rule) need not be computed at all
        if account is None and (not code or self.book.codeless):
            for candidate in self.book.by_key.get(company_key(group.name), []):
                fits_code = not code or not candidate.code
                fits_credit = not credit or not candidate.credit_code
                if fits_code and fits_credit and not candidate.deleted:
                    account = candidate
                    break
        if account is None:
            return None, None
        if account.deleted:
            return None, DeletedInBook()
        if credit and not same(account.credit_code, credit):
            owner = self.book.by_credit.get(str(credit))
            if owner is not None and owner is not account:
                return None, ClaimedByOther(field=_CREDIT, code=owner.code or "—")
        return account, None

    def _insert(self, group: _Group, now: object) -> None:
        values = group.values
        row: dict[str, object] = {name: None for name in _INSERT_COLUMNS}
        row.update(values)
        sales = values.get("hq_sales")
        row.update(
            id=new_id(),
            status=AccountStatus.CUSTOMER if sales else AccountStatus.PROSPECT,
            source=AccountSource.HQ_ASSIGNED,
            lifecycle_overridden=False,
            value_incomplete=False,
            hq_updated_at=now,
        )
        self.writes.inserts.append(row)
        baseline = {f: stored(values[f]) for f in HQ_FIELDS if f in values}
        self.writes.baselines.append((str(row["id"]), baseline))
        changes = tuple(FieldChange(f, None, values[f]) for f in HQ_FIELDS if f in values)
        self.sink.change(
            RowChange(
                tuple(group.rows[:1]), Outcome.NEW, group.code, group.name, str(row["id"]), changes
            )
        )

    def _update(self, group: _Group, account: BookAccount) -> None:
        values = group.values
        changes = []
        for name in HQ_FIELDS:
            if name not in values or same(account.hq[name], values[name]):
                continue
            if name == "code" and account.code:  # matched by code: it cannot differ
                continue
            changes.append(
                FieldChange(name, account.hq[name], values[name], account.locally_edited(name))
            )
        baseline = dict(account.baseline or {})
        baseline.update({f: stored(values[f]) for f in HQ_FIELDS if f in values})
        if baseline != account.baseline:
            self.writes.baselines.append((account.id, baseline))
        renamed = any(
            c.field == "name" and company_key(str(c.old)) != company_key(str(c.new))
            for c in changes
        )
        outcome = Outcome.CONFLICT if renamed else Outcome.UPDATED if changes else Outcome.UNCHANGED
        if changes:
            self.writes.updates.append((account.id, {c.field: c.new for c in changes}))
            self.writes.history += [
                (account.id, c.field, stored(c.old), stored(c.new)) for c in changes
            ]
        self.sink.change(
            RowChange(
                tuple(group.rows[:1]),
                outcome,
                group.code or account.code,
                group.name,
                account.id,
                tuple(changes),
                Renamed() if renamed else None,
            )
        )

    def _near_duplicates(self, new_groups: list[_Group]) -> None:
        """New names that look like another new name or an account already in the book."""
        book_names = self.book.names
        names = [n for _, n in book_names] + [g.name for g in new_groups]
        first_new = len(book_names)
        for group in new_groups:  # the same company key as a book account with another code
            for other in self.book.by_key.get(company_key(group.name), []):
                if not other.deleted:
                    self.warnings.append(
                        NearDuplicateWarning(
                            group.rows[0], group.name, None, other.name, other.id, 100.0
                        )
                    )
        if len(names) > NEAR_DUPLICATE_NAMES:
            # comparing every pair of 100,000 names takes minutes and finds hundreds of
            # thousands of look-alikes (city + industry + legal form make long shared tails):
            # the exact-key matches above are kept, the fuzzy ones are not looked for
            self.near_duplicates_checked = False
        else:
            best: dict[int, NearDuplicateWarning] = {}
            for pair in near_duplicates(names):
                if pair.second < first_new:
                    continue  # two accounts already in the book: not this import's business
                warning = self._warning(new_groups, book_names, first_new, pair)
                if warning.row not in best or warning.score > best[warning.row].score:
                    best[warning.row] = warning  # the closest look-alike of each new name
            self.warnings += best.values()
        self.warnings.sort(key=lambda w: w.row)
        del self.warnings[MAX_WARNINGS:]

    @staticmethod
    def _warning(
        new_groups: list[_Group],
        book_names: list[tuple[str, str]],
        first_new: int,
        pair: NearDuplicate,
    ) -> NearDuplicateWarning:
        group = new_groups[pair.second - first_new]
        if pair.first >= first_new:
            other = new_groups[pair.first - first_new]
            return NearDuplicateWarning(
                group.rows[0], group.name, other.rows[0], other.name, None, pair.score
            )
        account_id, other_name = book_names[pair.first]
        return NearDuplicateWarning(
            group.rows[0], group.name, None, other_name, account_id, pair.score
        )


_INSERT_COLUMNS = tuple(sorted(NEW_ACCOUNT_FIELDS | {"sub_industry"}))
