"""Monthly value snapshots against real books: the demo book's months, and small hand-made ones."""

from __future__ import annotations

import shutil
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account, ValueModel, ValueRecord, ValueSnapshot
from kam_desktop.db.types import utc_now
from kam_desktop.domain.value.lifecycle import month_end, shift_month
from kam_desktop.services.progress import Cancelled
from kam_desktop.services.value.derived import refresh_derived, score_accounts
from kam_desktop.services.value.snapshots import (
    STAGE_KEY,
    BadSnapshotMonth,
    backfill_snapshots,
    missing_months,
    write_snapshot,
)

TODAY = date(2025, 6, 15)


class Recorder:
    """A progress sink that cancels once it has seen ``cancel_at`` updates."""

    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def update(self, done: int, total: int, note: object = None) -> None:
        self.calls.append((done, total))

    def cancelled(self) -> bool:
        return self.cancel_at is not None and len(self.calls) >= self.cancel_at


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Book:
    """A fresh copy of the demo book for each test, without the snapshots its build wrote."""
    copy = tmp_path / "demo.kambook"
    shutil.copy(demo_file, copy)
    opened = open_book(copy)
    with opened.sessions.begin() as s:
        s.execute(delete(ValueSnapshot))
    yield opened  # type: ignore[misc]
    opened.close()


def snapshot_rows(book: Book) -> list[tuple]:
    with book.sessions.begin() as s:
        stmt = select(
            ValueSnapshot.account_id, ValueSnapshot.model_id, ValueSnapshot.month,
            ValueSnapshot.score, ValueSnapshot.tier, ValueSnapshot.indicators,
        ).order_by(ValueSnapshot.month, ValueSnapshot.account_id)  # fmt: skip
        return [tuple(row) for row in s.execute(stmt)]


def live_accounts(book: Book) -> set[str]:
    with book.sessions.begin() as s:
        return set(s.scalars(select(Account.id).where(Account.deleted_at.is_(None))))


def first_record_month(book: Book) -> str:
    with book.sessions.begin() as s:
        return s.scalar(select(func.min(ValueRecord.month)))  # type: ignore[return-value]


def months_from(first: str, last: str) -> list[str]:
    months = [first]
    while months[-1] < last:
        months.append(shift_month(months[-1], 1))
    return months


# --- the demo book ----------------------------------------------------------------------------


def test_backfill_writes_every_month_once(demo: Book) -> None:
    accounts = live_accounts(demo)
    expected_months = months_from(first_record_month(demo), "2025-06")
    assert len(expected_months) > 6  # the demo book has history to backfill
    assert missing_months(demo, TODAY) == expected_months

    recorder = Recorder()
    written = backfill_snapshots(demo, recorder, today=TODAY)

    rows = snapshot_rows(demo)
    assert written == len(rows) == len(accounts) * len(expected_months)
    per_month = Counter(row[2] for row in rows)
    assert per_month == dict.fromkeys(expected_months, len(accounts))
    assert {row[0] for row in rows} == accounts
    with demo.sessions.begin() as s:
        default_model = s.scalar(select(ValueModel.id).where(ValueModel.is_default.is_(True)))
    assert default_model is not None
    assert {row[1] for row in rows} == {default_model}
    # Progress only moves forward and ends complete.
    assert [d / t for d, t in recorder.calls] == sorted(d / t for d, t in recorder.calls)
    assert recorder.calls[-1][0] == recorder.calls[-1][1]

    # Again: nothing is missing, nothing is written, nothing changes.
    assert missing_months(demo, TODAY) == []
    assert backfill_snapshots(demo, today=TODAY) == 0
    assert snapshot_rows(demo) == rows


def test_current_month_matches_the_account_caches(demo: Book) -> None:
    refresh_derived(demo, today=TODAY)
    assert write_snapshot(demo, today=TODAY) == len(live_accounts(demo))
    with demo.sessions.begin() as s:
        cached = {
            row.id: (row.value_score, row.value_tier, row.lifecycle_stage)
            for row in s.execute(
                select(Account.id, Account.value_score, Account.value_tier,
                       Account.lifecycle_stage).where(Account.deleted_at.is_(None))
            )
        }  # fmt: skip
    snapped = {
        account: (score, tier, indicators[STAGE_KEY])
        for account, _, month, score, tier, indicators in snapshot_rows(demo)
        if month == "2025-06"
    }
    assert snapped == {
        a: (score, tier, stage and stage.code) for a, (score, tier, stage) in cached.items()
    }
    assert len({tier for _, tier, _ in snapped.values()}) == 4  # every tier, so a real check


def test_a_past_month_is_scored_as_of_its_last_day(demo: Book) -> None:
    month = "2025-02"
    write_snapshot(demo, month, today=TODAY)
    with demo.sessions.begin() as s:
        expected = score_accounts(s.connection(), month_end(month))
    rows = {r[0]: r for r in snapshot_rows(demo)}
    assert {r[2] for r in rows.values()} == {month}
    for account, (_, _, _, score, tier, indicators) in rows.items():
        assert score == expected.scores[account].score
        assert tier == expected.tiers[account]
        assert {k: v for k, v in indicators.items() if k != STAGE_KEY} == pytest.approx(
            expected.indicators[account]
        )
    # The past differs from today: February's 12 months hold less than June's.
    with demo.sessions.begin() as s:
        now = score_accounts(s.connection(), TODAY)
    assert any(now.indicators[a]["sales_12m"] != expected.indicators[a]["sales_12m"] for a in rows)


def test_rewriting_a_month_replaces_it(demo: Book) -> None:
    first = write_snapshot(demo, "2025-03", today=TODAY)
    before = snapshot_rows(demo)
    with demo.sessions.begin() as s:
        gone = s.scalars(select(Account).limit(1)).one()
        gone.deleted_at = utc_now()
    assert write_snapshot(demo, "2025-03", today=TODAY) == first - 1
    after = snapshot_rows(demo)
    assert len(after) == len(before) - 1
    assert gone.id not in {row[0] for row in after}


@pytest.mark.parametrize("cancel_at", [1, 2])  # 3: the first month is committed
def test_cancel_in_the_first_month_changes_nothing(demo: Book, cancel_at: int) -> None:
    with pytest.raises(Cancelled):
        backfill_snapshots(demo, Recorder(cancel_at=cancel_at), today=TODAY)
    assert snapshot_rows(demo) == []


def test_cancel_later_keeps_whole_months(demo: Book) -> None:
    accounts = len(live_accounts(demo))
    with pytest.raises(Cancelled):
        backfill_snapshots(demo, Recorder(cancel_at=8), today=TODAY)
    per_month = Counter(row[2] for row in snapshot_rows(demo))
    assert per_month
    assert set(per_month.values()) == {accounts}
    done = sorted(per_month)
    assert done == months_from(first_record_month(demo), done[-1])  # oldest first, no gaps
    # The rest is written by the next backfill.
    backfill_snapshots(demo, today=TODAY)
    assert len(Counter(row[2] for row in snapshot_rows(demo))) == len(
        months_from(first_record_month(demo), "2025-06")
    )


def test_cancel_of_one_month_changes_nothing(demo: Book) -> None:
    write_snapshot(demo, "2025-01", today=TODAY)
    before = snapshot_rows(demo)
    with pytest.raises(Cancelled):  # after scoring and writing, before the commit
        write_snapshot(demo, "2025-01", today=TODAY, progress=Recorder(cancel_at=2))
    assert snapshot_rows(demo) == before


@pytest.mark.parametrize("month", ["2025-07", "2030-01", "2025-6", "2025-13", "June", ""])
def test_months_that_cannot_be_scored(demo: Book, month: str) -> None:
    before = snapshot_rows(demo)
    with pytest.raises(BadSnapshotMonth):
        write_snapshot(demo, month, today=TODAY)
    assert snapshot_rows(demo) == before


# --- small books ------------------------------------------------------------------------------


def test_a_book_without_value_model_or_records(book: Book) -> None:
    assert missing_months(book, TODAY) == []
    assert backfill_snapshots(book, today=TODAY) == 0
    with book.sessions.begin() as s:
        s.add_all([Account(name="甲", code="A"), Account(name="乙", code="B")])
    # No value model: rows carry no model id, and writing the month again replaces them.
    assert write_snapshot(book, today=TODAY) == 2
    assert write_snapshot(book, today=TODAY) == 2
    rows = snapshot_rows(book)
    assert len(rows) == 2
    assert {row[1] for row in rows} == {None}
    assert all(row[5][STAGE_KEY] is None for row in rows)  # never ordered: no stage


def test_backfill_starts_at_the_first_record_and_skips_deleted_ones(book: Book) -> None:
    with book.sessions.begin() as s:
        account = Account(name="甲", code="A")
        s.add(account)
        s.flush()
        s.add(ValueRecord(account_id=account.id, month="2025-04", sales=5.0))
        s.add(ValueRecord(account_id=account.id, month="2024-01", sales=1.0, deleted_at=utc_now()))
        s.add(ValueRecord(account_id=account.id, month="2025-09", sales=1.0))  # future
    assert missing_months(book, TODAY) == ["2025-04", "2025-05", "2025-06"]
    write_snapshot(book, "2025-05", today=TODAY)
    assert missing_months(book, TODAY) == ["2025-04", "2025-06"]
    assert backfill_snapshots(book, today=TODAY) == 2
