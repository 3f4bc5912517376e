"""Speed of an account's visit timeline (issue 5, item 9). Prints its figures.

Run from the repository root::

    python -m bench.bench_timeline [--accounts N] [--visits N] [--repeat N] [--rebuild]

Target: opening an account with 2,000 visits shows its timeline in < 300 ms. The book is a copy
of the cached big book (``bench/big_book.py``, 100,000 accounts and ~500,000 visits) with one
more account that has ``--visits`` visits over the past years: 1-3 of its 8 contacts attend
each, a third have next steps, one in twenty a complaint. The copy is cached beside the big
book (``bench/out/timeline-*.kambook``) and never written to by the timing runs.

Figures: ``account_timeline`` (visit rows + attendee names + open next-step and complaint
counts) in a fresh process just after ``open_book`` and warm in this one, the same with
``limit=50``, ``get_visit`` of the newest visit, and a week's agenda of the whole book. The
floor is the timeline's visit query alone, run with ``sqlite3``. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, insert, select

from bench.big_book import OUT_DIR, cached_big_book
from kam_desktop.db.book import open_book
from kam_desktop.db.models import Account, Complaint, Contact, NextStep, Visit, VisitAttendee
from kam_desktop.domain.enums import (
    AccountStatus,
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintStatus,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)

BUILDER_VERSION = 1  # bump when the added account changes, so cached copies are rebuilt
ACCOUNT_CODE = "T000001"
TARGET_MS = 300


# --- the book -----------------------------------------------------------------------------------


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the cached big book (read-only on the source)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        with dest:
            src.backup(dest)
        dest.close()
    finally:
        src.close()


def _add_busy_account(path: Path, visits: int, seed: int = 5) -> str:
    """One account with ``visits`` visits and their rows; returns its id."""
    rng = random.Random(seed)
    book = open_book(path)
    device = book.device_id
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    sync = {"updated_by": device, "revision": 1, "deleted_at": None}

    def stamped(**values: Any) -> dict[str, Any]:
        return {"created_at": now, "updated_at": now, **sync, **values}

    try:
        with book.sessions.begin() as s:
            account = Account(
                code=ACCOUNT_CODE, name="杭州恒远精密机械股份有限公司", short_name="恒远精密",
                province="浙江省", city="杭州市", owner="王磊", status=AccountStatus.CUSTOMER,
            )  # fmt: skip
            s.add(account)
            s.flush()
            account_id = account.id
            people = [
                Contact(account_id=account_id, name=name, title=title)
                for name, title in (
                    ("张伟", "总经理"), ("李娜", "采购经理"), ("王芳", "设备部经理"),
                    ("刘洋", "财务总监"), ("陈静", "生产主管"), ("杨帆", "技术工程师"),
                    ("赵磊", "安全主管"), ("黄敏", "采购专员"),
                )
            ]  # fmt: skip
            s.add_all(people)
            s.flush()
            contact_ids = [p.id for p in people]
            rows: dict[type, list[dict[str, Any]]] = {
                Visit: [], VisitAttendee: [], NextStep: [], Complaint: [],
            }  # fmt: skip
            step = timedelta(days=5 * 365) / visits
            for i in range(visits):
                start = now - timedelta(days=5 * 365) + step * i
                start = start.replace(hour=rng.choice((1, 2, 6, 7)), minute=rng.choice((0, 30)))
                future = start > now
                status = VisitStatus.PLANNED if future else VisitStatus.DONE
                visit_id = f"bench-visit-{i:05d}"
                rows[Visit].append(
                    stamped(
                        id=visit_id, account_id=account_id, owner="王磊", planned_start=start,
                        planned_end=start + timedelta(minutes=90),
                        done_at=None if future else start + timedelta(minutes=90),
                        status=status, method=rng.choice(list(VisitMethod)),
                        purpose=rng.choice(list(VisitPurpose)), colleagues=None,
                        objectives="了解设备运行情况，确认下季度用油计划",
                        expected_result="拿到下季度需求", preparation=None, materials=[],
                        outcome=None if future else "客户确认需求，约定下次技术交流",
                        notes=None, satisfaction=None if future else rng.randint(3, 5),
                        next_visit_on=None, address="杭州市余杭区文一西路1号", travel_notes=None,
                    )
                )  # fmt: skip
                for contact_id in rng.sample(contact_ids, rng.randint(1, 3)):
                    rows[VisitAttendee].append(
                        stamped(id=f"{visit_id}-a-{contact_id[:8]}", visit_id=visit_id,
                                contact_id=contact_id)
                    )  # fmt: skip
                if rng.random() < 1 / 3:
                    rows[NextStep].append(
                        stamped(
                            id=f"{visit_id}-s", visit_id=visit_id, account_id=account_id,
                            text="寄送样品并报价", owner="王磊",
                            due_on=(start + timedelta(days=7)).date(),
                            done=not future and rng.random() < 0.9, done_on=None,
                        )
                    )  # fmt: skip
                if rng.random() < 1 / 20:
                    rows[Complaint].append(
                        stamped(
                            id=f"{visit_id}-c", visit_id=visit_id, account_id=account_id,
                            category=ComplaintCategory.DELIVERY,
                            severity=rng.choice(list(ComplaintSeverity)),
                            status=ComplaintStatus.RESOLVED, opened_on=start.date(),
                            resolved_on=start.date() + timedelta(days=3),
                            description="到货延迟两天", resolution="改用专线物流",
                        )
                    )  # fmt: skip
            for model, batch in rows.items():
                s.execute(insert(model.__table__), batch)
        with book.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return account_id
    finally:
        book.close()


def timeline_book(accounts: int, visits: int, *, rebuild: bool = False) -> Path:
    big, built = cached_big_book(accounts, report=print)
    if built is not None:
        print(f"built {big.name} in {built:.0f} s")
    path = OUT_DIR / f"timeline-{big.stem}-v{visits}-b{BUILDER_VERSION}.kambook"
    if path.exists() and not rebuild:
        return path
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    _copy(big, partial)
    _add_busy_account(partial, visits)
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
    print(f"prepared {path.name} in {time.perf_counter() - started:.0f} s")
    return path


# --- timing ---------------------------------------------------------------------------------------


def _times(call: Callable[[], object], repeat: int) -> list[float]:
    call()  # warm-up, untimed
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def _line(name: str, ms: list[float], note: str = "") -> None:
    median = statistics.median(ms)
    p95 = sorted(ms)[max(0, round(len(ms) * 0.95) - 1)]
    print(f"  {name:<44} median {median:7.1f} ms   p95 {p95:7.1f}   min {min(ms):7.1f}  {note}")


_COLD = """
import json, sys, time
t0 = time.perf_counter()
from kam_desktop.db.book import open_book
from kam_desktop.services.visits.visits import account_timeline
t1 = time.perf_counter()
book = open_book(sys.argv[1], create=False)
t2 = time.perf_counter()
rows = account_timeline(book, sys.argv[2])
t3 = time.perf_counter()
print(json.dumps({"imports": t1 - t0, "open": t2 - t1, "timeline": t3 - t2, "rows": len(rows),
                  "attendees": sum(len(r.attendee_names) for r in rows)}))
book.close()
"""


def _cold(path: Path, account_id: str, runs: int) -> list[dict[str, float]]:
    repo = Path(__file__).resolve().parent.parent
    out = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _COLD, str(path), account_id],
            cwd=repo, capture_output=True, text=True, check=True,
        )  # fmt: skip
        out.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--visits", type=int, default=2000, help="visits of the busy account")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)

    from kam_desktop.services.visits.visits import (
        VisitQuery,
        account_timeline,
        get_visit,
        list_visits,
        local_day_range,
    )

    path = timeline_book(args.accounts, args.visits, rebuild=args.rebuild)
    one, five, _ = os.getloadavg()
    print(f"date {date.today()} · {platform.platform()} · {os.cpu_count()} CPUs · "
          f"Python {platform.python_version()} · SQLite {sqlite3.sqlite_version}")  # fmt: skip
    print(f"book {path.name} ({path.stat().st_size / 1e6:.0f} MB) · load {one:.2f} {five:.2f}")

    with open_book(path, create=False) as book:
        with book.sessions() as s:
            account_id = s.scalar(select(Account.id).where(Account.code == ACCOUNT_CODE))
            total_visits = s.scalar(select(func.count()).select_from(Visit))
        rows = account_timeline(book, account_id)
        print(f"busy account: {len(rows):,} visits, "
              f"{sum(len(r.attendee_names) for r in rows):,} attendees, "
              f"{sum(r.open_next_steps for r in rows)} open next steps; "
              f"book: {total_visits:,} visits")  # fmt: skip
        print(f"\ntarget: timeline of {args.visits:,} visits < {TARGET_MS} ms")
        for cold in _cold(path, account_id, args.cold_runs)[:1]:
            print(f"  first fresh process: imports {cold['imports'] * 1000:.0f} ms, "
                  f"open_book {cold['open'] * 1000:.0f} ms")  # fmt: skip
        colds = [c["timeline"] * 1000 for c in _cold(path, account_id, args.cold_runs)]
        _line("account_timeline, first call after open", colds, f"(n={len(colds)} processes)")
        _line("account_timeline, warm", _times(lambda: account_timeline(book, account_id),
                                               args.repeat))  # fmt: skip
        first_page = _times(lambda: account_timeline(book, account_id, limit=50), args.repeat)
        _line("account_timeline(limit=50), warm", first_page)
        _line("get_visit (newest)", _times(lambda: get_visit(book, rows[0].id), args.repeat))

        floor_sql = (
            "SELECT visit.* , account.name FROM visit JOIN account ON account.id = "
            "visit.account_id WHERE visit.account_id = ? AND visit.deleted_at IS NULL "
            "ORDER BY visit.planned_start DESC, visit.id DESC"
        )
        raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        floor = _times(lambda: raw.execute(floor_sql, (account_id,)).fetchall(), args.repeat)
        _line("floor: the visit query alone (sqlite3)", floor)
        raw.close()

        print("\nno target: a week's agenda over the whole book")
        start, end = local_day_range(date.today(), date.today() + timedelta(days=6))
        week = VisitQuery(start=start, end=end)
        n = len(list_visits(book, week))
        _line(f"list_visits, next 7 days ({n:,} visits)",
              _times(lambda: list_visits(book, week), max(3, args.repeat // 4)))  # fmt: skip
        mine = VisitQuery(start=start, end=end, owners=frozenset({"王磊"}))
        n = len(list_visits(book, mine))
        _line(f"list_visits, next 7 days, one owner ({n:,})",
              _times(lambda: list_visits(book, mine), max(3, args.repeat // 4)))  # fmt: skip
    one, five, _ = os.getloadavg()
    print(f"\nload at the end {one:.2f} {five:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
