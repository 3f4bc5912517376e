"""Everything an HQ import would do, computed without writing (issue 10, points 4 and 5).

``plan_import`` reads the list once, row by row (the reader streams it), and matches it
against the book inside one read transaction. ``prepare`` is shared with ``run.run_import``,
which calls it inside its write transaction and applies the writes it returns.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import ImportLog
from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.formats.hq_list.errors import FieldNames, MissingColumns, header_list
from kam_desktop.formats.hq_list.model import RawRow, SkipReason
from kam_desktop.services.hq_import.book_accounts import load_book_accounts
from kam_desktop.services.hq_import.model import (
    ImportOptions,
    ImportPlan,
    ListOverview,
    NearDuplicateWarning,
    PreviousImport,
    SourceFile,
)
from kam_desktop.services.hq_import.overview import open_list, overview_of
from kam_desktop.services.hq_import.plan_accounts import AccountPlanner
from kam_desktop.services.hq_import.plan_orders import OrderPlanner
from kam_desktop.services.hq_import.plan_values import ValuePlanner
from kam_desktop.services.hq_import.rows import RowSink
from kam_desktop.services.progress import Progress, Steps, check_cancelled, step_names

LOG_KINDS = {
    ListKind.ACCOUNTS: "hq_accounts",
    ListKind.VALUES: "hq_values",
    ListKind.ORDERS: "hq_orders",
}
STEPS = step_names(
    QT_TRANSLATE_NOOP("progress", "Reading the list"),
    QT_TRANSLATE_NOOP("progress", "Comparing with the account book"),
    QT_TRANSLATE_NOOP("progress", "Saving"),
    QT_TRANSLATE_NOOP("progress", "Refreshing the account lists"),
)
_CANCEL_EVERY = 2000  # rows between cancel checks


class Planner(Protocol):
    warnings: list[NearDuplicateWarning]

    def add(self, raw: RawRow) -> None: ...
    def finish(self) -> None: ...
    def apply(self, conn: Connection, log_id: int, now: datetime, device: str) -> list[str]:
        """Write what was planned in the caller's transaction; the touched account ids."""
        ...


class _Nothing:
    """The planner of a list imported before: no rows, no writes."""

    def __init__(self) -> None:
        self.warnings: list[NearDuplicateWarning] = []

    def add(self, raw: RawRow) -> None:
        raise AssertionError("a list imported before is not read again")

    def finish(self) -> None:
        return None

    def apply(self, conn: Connection, log_id: int, now: datetime, device: str) -> list[str]:
        return []


@dataclass
class Prepared:
    """A plan and what applying it writes (kind-specific), for ``run_import``."""

    plan: ImportPlan
    planner: Planner


def source_of(path: Path) -> SourceFile:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as file:
        while chunk := file.read(1 << 20):
            digest.update(chunk)
            size += len(chunk)
    return SourceFile(path.name, size, digest.hexdigest())


def mapping_of(overview: ListOverview) -> dict[str, str]:
    """The mapping as the import log keeps it: header → field (mapped columns only)."""
    return {f"{c.index + 1}:{c.header}": c.field for c in overview.columns if c.field}


def previous_import(
    s: Session, source: SourceFile, overview: ListOverview
) -> PreviousImport | None:
    kind = LOG_KINDS[overview.list_kind]
    mapping = mapping_of(overview)
    for log_id, finished_at, logged_mapping in s.execute(
        select(ImportLog.id, ImportLog.finished_at, ImportLog.mapping)
        .where(ImportLog.sha256 == source.sha256, ImportLog.kind == kind)
        .where(ImportLog.finished_at.is_not(None))
        .order_by(ImportLog.id.desc())
    ):
        if logged_mapping == mapping:
            return PreviousImport(log_id, finished_at)
    return None


def _planner(s: Session, overview: ListOverview, sink: RowSink, with_warnings: bool) -> Planner:
    conn = s.connection()
    if overview.list_kind is ListKind.ACCOUNTS:
        return AccountPlanner(sink, load_book_accounts(conn), with_warnings=with_warnings)
    if overview.list_kind is ListKind.VALUES:
        return ValuePlanner(sink, conn)
    return OrderPlanner(sink, conn)


def prepare(
    s: Session,
    path: Path,
    options: ImportOptions,
    steps: Steps,
    *,
    with_warnings: bool,
) -> Prepared:
    """Read and match the whole list in ``s``; nothing is written."""
    steps.start(0)
    hq = open_list(path, options)
    overview = overview_of(s, hq, options)
    if overview.missing:
        raise MissingColumns(
            file=str(path),
            row=overview.format.header_row,
            fields=FieldNames(overview.missing),
            headers=header_list(c.header for c in overview.columns),
        )
    source = source_of(path)
    previous = previous_import(s, source, overview)
    sink = RowSink(path.name, overview.columns)
    planner: Planner = _Nothing()
    if previous is None:  # else the very same file and mapping: nothing to read or change
        planner = _planner(s, overview, sink, with_warnings)
        for count, raw in enumerate(hq.rows(), 1):
            planner.add(raw)
            if count % _CANCEL_EVERY == 0:
                check_cancelled(steps.progress)
    steps.start(1)
    planner.finish()
    summary = sum(1 for r in hq.skipped if r.reason is SkipReason.SUMMARY)
    plan = ImportPlan(
        overview=overview,
        source=source,
        counts=dict(sink.counts),
        changes=tuple(sorted(sink.changes, key=lambda c: c.rows)),
        rejected=tuple(sorted(sink.rejected, key=lambda r: r.row)),
        warnings=tuple(planner.warnings),
        summary_rows=summary,
        blank_rows=hq.blank_rows,
        previous=previous,
        near_duplicates_checked=getattr(planner, "near_duplicates_checked", True),
    )
    return Prepared(plan, planner)


def plan_import(
    book: Book,
    path: Path | str,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """What importing ``path`` would do; nothing is written. Raises a ``KamError`` naming the
    file (and row or column) when it cannot be read as a list of the kind."""
    steps = Steps(progress, STEPS[:2])
    with book.sessions() as s:
        prepared = prepare(s, Path(path), options or ImportOptions(), steps, with_warnings=True)
    steps.finish()
    return prepared.plan
