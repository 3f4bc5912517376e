"""Plan a value-figures import: one record per account and month (万元), upserted by (account,
month). Figures the rep entered by hand for a month (source "field") are never overwritten."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kam_desktop.db.models import Account, ValueRecord
from kam_desktop.domain.enums import RecordSource
from kam_desktop.domain.errors import FieldProblem
from kam_desktop.domain.value.hq_figures import ValueFigure, label, value_row
from kam_desktop.formats.hq_list.model import RawRow
from kam_desktop.services.hq_import.apply import RecordWrites, apply_records
from kam_desktop.services.hq_import.book_accounts import same
from kam_desktop.services.hq_import.model import (
    FieldChange,
    NearDuplicateWarning,
    Outcome,
    RowChange,
)
from kam_desktop.services.hq_import.notes import (
    DeletedInBook,
    FieldFigures,
    MergedDuplicate,
    NoSuchAccount,
)
from kam_desktop.services.hq_import.rows import RowSink

FIGURES = ("sales", "margin", "collections")
_COLUMNS = {"sales": "sales", "margin": "gross_margin", "collections": "collected"}


@dataclass(frozen=True)
class LiveAccount:
    id: str
    name: str
    deleted: bool


def accounts_by_code(conn: Connection) -> dict[str, LiveAccount]:
    return {
        code: LiveAccount(id_, name, deleted is not None)
        for id_, code, name, deleted in conn.execute(
            select(Account.id, Account.code, Account.name, Account.deleted_at).where(
                Account.code.is_not(None)
            )
        )
    }


def account_problem(
    raw: RawRow, code: str, accounts: dict[str, LiveAccount]
) -> FieldProblem | None:
    account = accounts.get(code)
    if account is None:
        return FieldProblem("code", label("code"), NoSuchAccount())
    if account.deleted:
        return FieldProblem("code", label("code"), DeletedInBook())
    return None


class ValuePlanner:
    def __init__(self, sink: RowSink, conn: Connection) -> None:
        self.sink = sink
        self.warnings: list[NearDuplicateWarning] = []
        self.writes = RecordWrites()
        self._accounts = accounts_by_code(conn)
        self._existing = {
            (row.account_id, row.month): row
            for row in conn.execute(
                select(
                    ValueRecord.id,
                    ValueRecord.account_id,
                    ValueRecord.month,
                    ValueRecord.sales,
                    ValueRecord.gross_margin,
                    ValueRecord.collected,
                    ValueRecord.source,
                    ValueRecord.deleted_at,
                )
            )
        }
        self._figures: dict[tuple[str, str], tuple[int, ValueFigure]] = {}

    def add(self, raw: RawRow) -> None:
        cells = self.sink.cells(raw)
        if cells is None:
            return
        result = value_row(cells, self.sink.units)
        figure = result.figure
        if figure is None:
            self.sink.reject(raw, result.problems)
            return
        problem = account_problem(raw, figure.code, self._accounts)
        if problem is not None:
            self.sink.reject(raw, [problem])
            return
        key = (figure.code, figure.month)
        earlier = self._figures.get(key)
        if earlier is not None:
            merged = ValueFigure(
                figure.code,
                figure.month,
                *(
                    getattr(figure, f) if getattr(figure, f) is not None else getattr(earlier[1], f)
                    for f in FIGURES
                ),
            )
            self._figures[key] = (earlier[0], merged)
            name = self._accounts[figure.code].name
            self.sink.change(
                RowChange(
                    (earlier[0], raw.number),
                    Outcome.DUPLICATE,
                    figure.code,
                    name,
                    note=MergedDuplicate(row=earlier[0]),
                    detail=figure.month,
                )
            )
            return
        self._figures[key] = (raw.number, figure)

    def apply(self, conn: Connection, _log_id: int, now: datetime, device: str) -> list[str]:
        return apply_records(conn, ValueRecord, self.writes, now, device)

    def finish(self) -> None:
        for number, figure in self._figures.values():
            account = self._accounts[figure.code]
            existing = self._existing.get((account.id, figure.month))
            new = {f: getattr(figure, f) for f in FIGURES}
            if (
                existing is not None
                and existing.deleted_at is None
                and existing.source is RecordSource.FIELD
            ):
                self.sink.conflict(number, figure.code, account.name, FieldFigures())
                continue
            if existing is None:
                changes = tuple(FieldChange(f, None, v) for f, v in new.items() if v is not None)
                self.writes.inserts.append(
                    {"account_id": account.id, "month": figure.month, "source": RecordSource.HQ}
                    | {_COLUMNS[f]: v for f, v in new.items()}
                )
                outcome = Outcome.NEW
            else:
                old = {
                    "sales": existing.sales,
                    "margin": existing.gross_margin,
                    "collections": existing.collected,
                }
                changes = tuple(
                    FieldChange(f, old[f], v)
                    for f, v in new.items()
                    if v is not None and not same(old[f], v)
                )
                revived = existing.deleted_at is not None
                if changes or revived:
                    self.writes.updates.append(
                        {"id": existing.id, "deleted_at": None}
                        | {_COLUMNS[c.field]: c.new for c in changes}
                    )
                outcome = Outcome.UPDATED if changes or revived else Outcome.UNCHANGED
            if outcome is not Outcome.UNCHANGED:
                self.writes.touched.add(account.id)
            self.sink.change(
                RowChange(
                    (number,),
                    outcome,
                    figure.code,
                    account.name,
                    account.id,
                    changes,
                    detail=figure.month,
                )
            )
