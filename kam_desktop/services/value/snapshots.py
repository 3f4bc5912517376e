"""Monthly value snapshots (DOMAIN §7.3): every live account's indicators, score, tier and
lifecycle stage for a month, so tier history and movers are stored facts.

A month is scored as of its last day (the current month as of today) by the same scorer as the
account caches (``derived.score_accounts``), under the book's default value model, and written
in one transaction with Core bulk statements: the month's rows for that model are replaced as a
whole, because tiers are relative and one month's rows are one scoring of the portfolio.
Facts without dates (company size, annual revenue, contacts, referrals) are taken as they are
now. ``backfill_snapshots`` fills every month the value records and orders cover.
"""

from __future__ import annotations

import logging
import re
from datetime import date

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.engine import Connection

from kam_desktop.db.book import Book
from kam_desktop.db.models import SalesOrder, ValueModel, ValueRecord, ValueSnapshot
from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value import lifecycle
from kam_desktop.domain.value.scoring import TIER_ORDER
from kam_desktop.domain.value.value import indicator_matrix
from kam_desktop.services.progress import (
    NoProgress,
    Progress,
    Steps,
    SubProgress,
    check_cancelled,
    step_names,
)
from kam_desktop.services.value.derived import DerivedConfig, score_accounts
from kam_desktop.services.value.rescore import score_cached
from kam_desktop.services.value.snapshot_cutoffs import remember_missing
from kam_desktop.services.value.snapshot_rows import (
    STAGE_KEY,
    SnapshotRow,
    snapshot_rows,
    write_month,
)

log = logging.getLogger(__name__)


_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")

_STEPS = step_names(
    QT_TRANSLATE_NOOP("progress", "Scoring accounts"),
    QT_TRANSLATE_NOOP("progress", "Saving value snapshots"),
)
_BACKFILL_STEP = step_names(QT_TRANSLATE_NOOP("progress", "Saving value snapshots"))[0]


class BadSnapshotMonth(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{month} is not a month that can be scored: write it as YYYY-MM, not later "
        "than the current month.",
    )  # fmt: skip


def write_snapshot(
    book: Book,
    month: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    config: DerivedConfig | None = None,
) -> int:
    """Score the book as of ``month``'s end (default and current month: as of ``today``) and
    store one snapshot per live account for it; the number of rows written. A cancel, checked
    between steps, leaves the book as it was."""
    today = today or date.today()
    as_of = _as_of(month, today)
    steps = Steps(progress, _STEPS)
    with book.sessions.begin() as s:
        count = _write_month(s.connection(), lifecycle.month_of(as_of), as_of, steps, config)
        check_cancelled(steps.progress)
    steps.finish()
    log.info("wrote %d value snapshots for %s", count, lifecycle.month_of(as_of))
    return count


def backfill_snapshots(
    book: Book,
    progress: Progress | None = None,
    today: date | None = None,
    config: DerivedConfig | None = None,
) -> int:
    """Write the snapshots of every month from the earliest value record or order to the
    current one that has none yet for the default model, oldest first; the rows written.

    Each month is its own transaction: a cancel keeps the months already written and leaves
    the book unchanged for the month in progress.
    """
    today = today or date.today()
    progress = progress or NoProgress()
    missing = missing_months(book, today)
    written = 0
    for index, month in enumerate(missing):
        check_cancelled(progress)
        inner = SubProgress(progress, index, index + 1, len(missing), _BACKFILL_STEP)
        written += write_snapshot(book, month, today, inner, config)
    progress.update(len(missing), len(missing))
    log.info("backfilled value snapshots: %d months, %d rows", len(missing), written)
    return written


def keep_missing_cutoffs(book: Book) -> int:
    """Keep the tier cut-offs of snapshot months written before they were kept (by an older
    version): the Value tab reads them for every month it draws. Once a day is enough."""
    with book.sessions.begin() as s:
        conn = s.connection()
        return remember_missing(conn, default_model_id(conn))


def missing_months(book: Book, today: date) -> list[str]:
    """The months from the first value record or order to ``today``'s with no snapshot yet
    (for the default model), oldest first."""
    current = lifecycle.month_of(today)
    with book.sessions.begin() as s:
        conn = s.connection()
        first_record = conn.scalar(
            select(func.min(ValueRecord.month)).where(ValueRecord.deleted_at.is_(None))
        )
        first_order = conn.scalar(
            select(func.min(SalesOrder.order_date)).where(SalesOrder.deleted_at.is_(None))
        )
        model_id = default_model_id(conn)
        done = set(conn.scalars(select(ValueSnapshot.month).where(of_model(model_id)).distinct()))
    starts = [m for m in (first_record, first_order and lifecycle.month_of(first_order)) if m]
    if not starts:
        return []
    months = []
    month = min(starts)
    while month <= current:
        if month not in done:
            months.append(month)
        month = lifecycle.shift_month(month, 1)
    return months


def default_model_id(conn: Connection) -> str | None:
    """The id of the book's default value model (the one the scorer weighs by), if any."""
    return conn.scalar(
        select(ValueModel.id)
        .where(ValueModel.is_default.is_(True), ValueModel.deleted_at.is_(None))
        .order_by(ValueModel.id)
        .limit(1)
    )


def of_model(model_id: str | None) -> ColumnElement[bool]:
    # IS, not =: a book without a value model stores NULL, which = never matches.
    return ValueSnapshot.model_id.is_not_distinct_from(model_id)


def _as_of(month: str | None, today: date) -> date:
    """The day a month is scored as of: its last day, or ``today`` for the current month."""
    current = lifecycle.month_of(today)
    if month is None or month == current:
        return today
    if not _MONTH.fullmatch(month) or month > current:
        raise BadSnapshotMonth(month=month)
    return lifecycle.month_end(month)


def _write_month(
    conn: Connection, month: str, as_of: date, steps: Steps, config: DerivedConfig | None
) -> int:
    """Score the month and store its rows; the number of rows it holds."""
    steps.start(0)
    model_id = default_model_id(conn)
    rows = _rows_from_cache(conn, as_of, config)
    if rows is None:  # a past month, or caches not refreshed for the day: sum the records
        rows = _rows_from_records(conn, as_of, config)
    steps.start(1)
    write_month(conn, month, model_id, rows)
    return len(rows)


def _rows_from_cache(
    conn: Connection, as_of: date, config: DerivedConfig | None
) -> list[SnapshotRow] | None:
    """The month's rows weighed from the indicator cache, when it was computed for ``as_of``
    (the daily refresh's snapshot: a fraction of a second instead of seconds)."""
    scored = score_cached(conn, as_of, config)
    if scored is None:
        return None
    stages = dict(
        conn.exec_driver_sql(
            "SELECT id, lifecycle_stage FROM account WHERE deleted_at IS NULL"
        ).fetchall()
    )
    return snapshot_rows(
        scored.account_ids,
        [None if score != score else score for score in scored.scores.tolist()],
        [_TIER_CODES[code] for code in scored.tiers.tolist()],
        scored.matrix,
        [stages.get(account_id) for account_id in scored.account_ids],
    )


def _rows_from_records(
    conn: Connection, as_of: date, config: DerivedConfig | None
) -> list[SnapshotRow]:
    values = score_accounts(conn, as_of, config)
    ids = list(values.scores)
    matrix = indicator_matrix(values.indicators[a] for a in ids)
    stages = [values.stages[a] for a in ids]
    return snapshot_rows(
        ids,
        [values.scores[a].score for a in ids],
        [_tier_code(values.tiers[a]) for a in ids],
        matrix,
        [None if stage is None else stage.code for stage in stages],
    )


#: Stored tier code by the scorer's tier index (``NO_TIER``, -1, is the last: no tier).
_TIER_CODES: tuple[str | None, ...] = (*(str(t.code) for t in TIER_ORDER), None)


def _tier_code(tier: ValueTier | None) -> str | None:
    return None if tier is None else str(tier.code)


__all__ = [
    "STAGE_KEY",
    "BadSnapshotMonth",
    "backfill_snapshots",
    "default_model_id",
    "keep_missing_cutoffs",
    "missing_months",
    "of_model",
    "write_snapshot",
]
