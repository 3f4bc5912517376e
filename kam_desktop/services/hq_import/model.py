"""What an HQ import shows before and after it writes: plain frozen data for the wizard and the CLI.

An import is planned first (``plan.plan_import``: nothing written) and the plan is what the
preview shows; ``run.run_import`` plans again inside its write transaction and applies it, so
what is written is what the book held at that moment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.domain.errors import KamError, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled
from kam_desktop.formats.hq_list.model import DetectedFormat

Value = str | float | int | date | Labeled | None


class Outcome(Enum):
    """What an import does with one row (or one merged group of duplicate rows)."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"  # merged into an earlier row of the same file
    CONFLICT = "conflict"  # renamed company (applied) or two accounts claim the row (not)
    REJECTED = "rejected"

    @property
    def label(self) -> Text:
        return Text("hq_import", _OUTCOME_LABELS[self])


_OUTCOME_LABELS = {
    Outcome.NEW: QT_TRANSLATE_NOOP("hq_import", "New"),
    Outcome.UPDATED: QT_TRANSLATE_NOOP("hq_import", "Updated"),
    Outcome.UNCHANGED: QT_TRANSLATE_NOOP("hq_import", "Unchanged"),
    Outcome.DUPLICATE: QT_TRANSLATE_NOOP("hq_import", "Duplicate in file"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("hq_import", "Conflict"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("hq_import", "Rejected"),
}


@dataclass(frozen=True)
class ImportOptions:
    """How to read a list; every ``None`` means "detect it" (or "use the saved profile")."""

    kind: ListKind | None = None
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None
    columns: Mapping[int, str | None] | None = None  # column index → field (None: ignore it)
    profile: str | None = None  # a saved mapping profile's name


@dataclass(frozen=True)
class ColumnMapping:
    """One column of the list: its header, the field it feeds (``None``: ignored), the field the
    synonyms matched, and the unit in its header (``万元`` / ``元``)."""

    index: int
    header: str
    field: str | None
    auto_field: str | None
    unit: str | None = None


@dataclass(frozen=True)
class ListOverview:
    """A list as opened: how it was read, its columns and their fields, a few rows to look at."""

    path: Path
    format: DetectedFormat
    list_kind: ListKind
    columns: tuple[ColumnMapping, ...]
    fields: tuple[str, ...]  # every field a column of this kind can feed
    required: tuple[str, ...]  # the fields this kind cannot do without
    missing: tuple[str, ...]  # required fields no column feeds: the import cannot run
    profile: str | None  # the saved profile applied, if any
    profiles: tuple[str, ...]  # saved profiles made for lists with these headers
    sample: tuple[tuple[str, ...], ...]  # the first rows, cells as text


@dataclass(frozen=True)
class FieldChange:
    """One field an import changes: old → new, and whether the rep had changed it locally since
    HQ last sent it (HQ's value wins for HQ-owned fields; the old one is kept in the history)."""

    field: str
    old: Value
    new: Value
    locally_edited: bool = False


@dataclass(frozen=True)
class RowChange:
    """What the import does with one row of the list (``rows``: a merged duplicate names both)."""

    rows: tuple[int, ...]
    outcome: Outcome
    code: str | None
    name: str
    account_id: str | None = None
    changes: tuple[FieldChange, ...] = ()
    note: KamError | None = None  # why a conflict, which row a duplicate was merged into …
    detail: str = ""  # the month of a value record, the order number or date of an order


@dataclass(frozen=True)
class Rejection:
    """One bad cell (or row) for the rejected-rows report: where, what and why."""

    file: str
    row: int
    column: str  # the header as written ("" for a row-level problem)
    value: str
    problem: KamError

    @property
    def reason(self) -> str:
        return self.problem.message()


@dataclass(frozen=True)
class NearDuplicateWarning:
    """Two names so alike they may be one company (never merged silently)."""

    row: int
    name: str
    other_row: int | None  # a row of the same file, or …
    other_name: str
    other_account_id: str | None  # … an account already in the book
    score: float


@dataclass(frozen=True)
class SourceFile:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class PreviousImport:
    """An earlier import of the very same file with the same mapping."""

    log_id: int
    finished_at: datetime


@dataclass(frozen=True)
class ImportPlan:
    """Everything an import would do, computed without writing.

    ``changes`` lists every row except the unchanged ones (those are only counted), in file
    order; ``rejected`` holds one line per bad cell.
    """

    overview: ListOverview
    source: SourceFile
    counts: Mapping[Outcome, int]
    changes: tuple[RowChange, ...]
    rejected: tuple[Rejection, ...]
    warnings: tuple[NearDuplicateWarning, ...] = ()
    summary_rows: int = 0
    blank_rows: int = 0
    previous: PreviousImport | None = None
    near_duplicates_checked: bool = True  # False: too many names to compare (exact keys only)

    @property
    def list_kind(self) -> ListKind:
        return self.overview.list_kind

    @property
    def writes_anything(self) -> bool:
        return self.previous is None and any(
            self.counts.get(o, 0) for o in (Outcome.NEW, Outcome.UPDATED, Outcome.CONFLICT)
        )


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote: its plan, the log line (``None`` when nothing was written), and
    the accounts whose caches were refreshed."""

    plan: ImportPlan
    log_id: int | None
    touched_accounts: int = 0
    written: bool = field(default=False)
