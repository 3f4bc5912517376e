"""Speed of the due list (待回访, issue 5 item 9). Prints its figures; nothing asserts.

Run from the repository root::

    python -m bench.bench_due [--accounts N] [--repeat N] [--rebuild]

Target: the due list of the 100,000-account bench book with ~1M visits in < 1 s. The book is a
copy of the cached big book (``bench/big_book.py``: 100,000 accounts, ~500,000 visits, monthly
value records) extended with what the revisit rules read and the big book lacks: as many visits
again (~1M in all, by the big book's own visit generator), ~10 orders per buying account over
two years (products and repurchase cycles from the demo catalogue, none after an account went
dormant), complaints (a fifth still open), next steps (most done) and a few thousand snoozed or
dismissed revisits; then the real ``refresh_derived`` brings the caches up to date. The copy is
cached beside the big book (``bench/out/due-*.kambook``); the timing runs write only the
account caches (``refresh_due_cache``).

Figures: ``due_list`` for the whole book read from the due cache (``refresh_due_cache`` runs
first, as the app does once a day), cold (a fresh process, just after ``open_book``) and warm
(this process), checked equal to the list computed afresh; the computed list with its phases
(bulk SQL + facts, rules); for one rep's accounts; for one account (``due_for_account``, the
account header); ``refresh_due_for_accounts`` (one account, after a visit or snooze) and
``refresh_due_cache``. Floor: the same SQL statements run with ``sqlite3``, fetching every row
and building nothing. For contrast, the obvious query that finds each account's latest done
visit by grouping all visits.
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
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.big_book import (
    DAY,
    OUT_DIR,
    _count,
    _day,
    _insert_batches,
    _load,
    _ts,
    _uuid,
    _visit_rows,
    _Vocabulary,
    cached_big_book,
)
from kam_desktop.db.book import open_book
from kam_desktop.db.models import Complaint, NextStep, RevisitItem, SalesOrder, Visit
from kam_desktop.domain.enums import (
    AccountStatus,
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintStatus,
    RecordSource,
    RevisitRule,
    RevisitState,
    SizeClass,
)
from kam_desktop.services.value.derived import refresh_derived

BUILDER_VERSION = 1  # bump when the added data changes, so cached copies are rebuilt
TARGET_MS = 1000


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


def _sync(device: str, stamp: str) -> dict[str, Any]:
    return {
        "created_at": stamp,
        "updated_at": stamp,
        "updated_by": device,
        "revision": 1,
        "deleted_at": None,
    }


def _order_rows(
    rng: random.Random, accounts: list[Any], device: str, now: float
) -> Iterator[dict[str, Any]]:
    """~10 orders per buying account over two years, never after its last month of sales."""
    products = _load("products")["products"]
    today = int(now // DAY)
    per_size = {SizeClass.LARGE.value: 16, SizeClass.MEDIUM.value: 12, SizeClass.SMALL.value: 8}
    for account_id, status, size, _owner, last_order in accounts:
        if status == AccountStatus.PROSPECT.value or last_order is None:
            continue
        last = min(today, (date.fromisoformat(last_order) - date(1970, 1, 1)).days)
        bought = rng.sample(products, rng.randint(1, 3))
        for _ in range(_count(rng, per_size.get(size, 5))):
            product = rng.choice(bought)
            on = last - int(rng.random() ** 1.5 * 730)  # more orders lately
            stamp = _ts(on * DAY + 36_000)
            yield {
                "id": _uuid(rng),
                **_sync(device, stamp),
                "account_id": account_id,
                "order_date": _day(on),
                "amount": round((product["unit_price"] or 3.0) * rng.randint(2, 40), 3),
                "product": product["name"],
                "quantity": float(rng.randint(2, 40)),
                "repurchase_cycle_days": product["repurchase_cycle_days"],
                "source": RecordSource.HQ.value,
                "hq_ref": None,
            }


def _complaint_rows(
    rng: random.Random, accounts: list[Any], device: str, now: float
) -> Iterator[dict[str, Any]]:
    today = int(now // DAY)
    categories = [c.value for c in ComplaintCategory]
    severities = [s.value for s in ComplaintSeverity]
    for account_id, status, *_ in accounts:
        if status == AccountStatus.PROSPECT.value or rng.random() > 0.25:
            continue
        for _ in range(rng.randint(1, 2)):
            opened = today - rng.randint(0, 365)
            still_open = rng.random() < 0.2 and opened > today - 60
            resolved = None if still_open else min(today, opened + rng.randint(1, 20))
            yield {
                "id": _uuid(rng),
                **_sync(device, _ts(opened * DAY + 30_000)),
                "visit_id": None,
                "account_id": account_id,
                "category": rng.choice(categories),
                "severity": rng.choice(severities),
                "status": (ComplaintStatus.OPEN if still_open else ComplaintStatus.RESOLVED).value,
                "opened_on": _day(opened),
                "resolved_on": None if resolved is None else _day(resolved),
                "description": "到货延迟两天",
                "resolution": None if resolved is None else "改用专线物流",
            }


def _next_step_rows(
    rng: random.Random, accounts: list[Any], device: str, now: float
) -> Iterator[dict[str, Any]]:
    today = int(now // DAY)
    texts = ("寄送样品并报价", "安排技术交流", "跟进合同审批", "提交油品检测报告", "约见采购经理")
    for account_id, _status, _size, owner, _last in accounts:
        for _ in range(_count(rng, 1.5)):
            due = today - rng.randint(-30, 365)
            done = due < today and rng.random() < 0.85
            yield {
                "id": _uuid(rng),
                **_sync(device, _ts((due - 7) * DAY + 30_000)),
                "visit_id": None,
                "account_id": account_id,
                "text": rng.choice(texts),
                "owner": owner,
                "due_on": _day(due),
                "done": int(done),
                "done_on": _day(due) if done else None,
            }


def _decision_rows(
    rng: random.Random, accounts: list[Any], device: str, now: float
) -> Iterator[dict[str, Any]]:
    """Snoozed and dismissed revisits, as a rep's past decisions (keys of periodic revisits
    that may or may not be due now: the due list has to look every one of them up)."""
    today = int(now // DAY)
    for account_id, *_ in rng.sample(accounts, 4000):
        due = today - rng.randint(0, 120)
        snoozed = rng.random() < 0.5
        yield {
            "id": _uuid(rng),
            **_sync(device, _ts(now)),
            "account_id": account_id,
            "rule": RevisitRule.PERIODIC.value,
            "rule_key": f"periodic:{account_id}:{_day(due)}",
            "due_on": _day(due),
            "reason": "periodic",
            "state": (RevisitState.SNOOZED if snoozed else RevisitState.DISMISSED).value,
            "snoozed_until": _day(today + rng.randint(-5, 20)) if snoozed else None,
            "dismiss_reason": None if snoozed else "客户年底停产检修",
            "visit_id": None,
        }


def _extend(path: Path, seed: int, report: Callable[[str], None]) -> dict[str, int]:
    rng = random.Random(seed)
    voc = _Vocabulary(random.Random(seed))
    now = datetime.now(UTC).timestamp()
    book = open_book(path)
    counts: dict[str, int] = {}
    try:
        device = book.device_id
        with book.engine.connect() as conn:
            accounts = conn.exec_driver_sql(
                "SELECT id, status, size_class, owner, last_order_on FROM account ORDER BY code"
            ).all()
        plain = [(a[0], AccountStatus(a[1]), SizeClass(a[2]), a[3]) for a in accounts]
        steps: list[tuple[str, Any, Iterator[dict[str, Any]]]] = [
            ("visit", Visit.__table__, _visit_rows(rng, voc, plain, 5, 24, device, now, {})),
            ("sales_order", SalesOrder.__table__, _order_rows(rng, accounts, device, now)),
            ("complaint", Complaint.__table__, _complaint_rows(rng, accounts, device, now)),
            ("next_step", NextStep.__table__, _next_step_rows(rng, accounts, device, now)),
            ("revisit_item", RevisitItem.__table__, _decision_rows(rng, accounts, device, now)),
        ]
        for name, table, rows in steps:
            started = time.perf_counter()
            with book.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA cache_size = -262144")
                counts[name] = _insert_batches(conn, table, rows)
            report(f"  +{counts[name]:,} {name} rows: {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        refresh_derived(book, today=date.today())
        report(f"  refresh_derived: {time.perf_counter() - started:.1f} s")
        with book.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        book.close()
    return counts


def due_book(accounts: int, *, rebuild: bool = False, seed: int = 11) -> Path:
    big, built = cached_big_book(accounts, report=print)
    if built is not None:
        print(f"built {big.name} in {built:.0f} s")
    path = OUT_DIR / f"due-{big.stem}-b{BUILDER_VERSION}.kambook"
    if path.exists() and not rebuild:
        return path
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    _copy(big, partial)
    _extend(partial, seed, print)
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
    print(f"  {name:<46} median {median:7.1f} ms   p95 {p95:7.1f}   min {min(ms):7.1f}  {note}")


_COLD = """
import json, sys, time
started = time.perf_counter()
from kam_desktop.db.book import open_book
from kam_desktop.services.revisits.revisits import due_list
imported = time.perf_counter()
book = open_book(sys.argv[1], create=False)
opened = time.perf_counter()
items = due_list(book)
done = time.perf_counter()
book.close()
print(json.dumps({"imports": imported - started, "open": opened - imported,
                  "due_list": done - opened, "items": len(items)}))
"""


def _cold(path: Path) -> dict[str, float]:
    root = Path(__file__).resolve().parent.parent
    out = subprocess.run(
        [sys.executable, "-c", _COLD, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _statements(book: Any, today: date) -> list[str]:
    """The SELECTs ``gather_facts`` runs for the whole book, with their values filled in."""
    from kam_desktop.domain.revisits.revisit_rules import DueRules
    from kam_desktop.services.revisits.revisit_facts import gather_facts
    from kam_desktop.services.revisits.revisits import load_settings

    rules = DueRules(today, load_settings(book), 7)
    seen: list[str] = []
    with book.sessions() as s:
        conn = s.connection()
        raw = conn.connection.driver_connection
        raw.set_trace_callback(seen.append)  # gets the SQL with its parameters expanded
        try:
            for _ in gather_facts(conn, rules):
                pass
        finally:
            raw.set_trace_callback(None)
    cache = [
        "SELECT id, code, name, value_tier, hq_grade, owner FROM account WHERE deleted_at IS NULL",
        "SELECT account_id, rule_key, due_on, reason, contact_id FROM due_revisit_cache"
        " ORDER BY id",
    ]
    return [q for q in seen if q.lstrip().upper().startswith("SELECT")] + cache


def _floor(path: Path, statements: list[str]) -> tuple[float, list[tuple[str, float, int]]]:
    """The same SELECTs with sqlite3: every row fetched, nothing built. Also, for contrast, the
    obvious query for each account's latest done visit, which groups all the visits."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        each = []
        for sql in statements:
            rows = len(conn.execute(sql).fetchall())
            ms = statistics.median(_times(lambda sql=sql: conn.execute(sql).fetchall(), 3))
            each.append((" ".join(sql.split())[:70], ms, rows))
        naive = statistics.median(
            _times(
                lambda: conn.execute(
                    "SELECT account_id, max(COALESCE(done_at, planned_start)) FROM visit"
                    " WHERE status = 'done' AND deleted_at IS NULL GROUP BY account_id"
                ).fetchall(),
                2,
            )
        )
    finally:
        conn.close()
    return naive, each


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the due list on a big book.")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the extended copy")
    args = parser.parse_args(argv)

    path = due_book(args.accounts, rebuild=args.rebuild)
    load = os.getloadavg()
    print(f"\n{path.name} ({path.stat().st_size / 1e6:.0f} MB)")
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, load {load[0]:.2f}"
    )

    from kam_desktop.domain.revisits.revisit_rules import DueRules
    from kam_desktop.services.revisits.due_cache import refresh_due_cache, refresh_due_for_accounts
    from kam_desktop.services.revisits.due_items import collector_paused
    from kam_desktop.services.revisits.revisit_facts import gather_facts
    from kam_desktop.services.revisits.revisits import due_for_account, due_list, load_settings

    today = date.today()
    book = open_book(path, create=False)
    started = time.perf_counter()
    refresh_due_cache(book, today)
    print(f"refresh_due_cache before the runs: {time.perf_counter() - started:.1f} s")
    book.close()
    cold = [_cold(path) for _ in range(3)]
    book = open_book(path, create=False)
    try:
        with book.engine.connect() as conn:
            counts = {
                t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
                for t in ("account", "visit", "sales_order", "complaint", "next_step",
                          "revisit_item", "contact")
            }  # fmt: skip
            owner = conn.exec_driver_sql(
                "SELECT owner FROM account GROUP BY owner ORDER BY count(*) DESC LIMIT 1"
            ).scalar()
            one = conn.exec_driver_sql("SELECT id FROM account WHERE code = '0050000'").scalar()
        print("rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))

        items = due_list(book, today)
        computed = due_list(book, today, use_cache=False)
        print(f"cached list equals the computed one: {items == computed}")
        rules = Counter(r.rule.value for i in items for r in i.reasons)
        reasons = sum(len(i.reasons) for i in items)
        print(f"due: {len(items):,} accounts, {reasons:,} reasons: {dict(rules.most_common())}")

        print(f"\nFigures (target < {TARGET_MS} ms for the whole book's due list)")
        for c in cold:
            print(
                f"  due_list, fresh process (cold)               {c['due_list'] * 1000:7.1f} ms"
                f"   (imports {c['imports'] * 1000:.0f} ms, open_book {c['open'] * 1000:.0f} ms)"
            )
        warm = _times(lambda: due_list(book, today), args.repeat)
        verdict = "met" if statistics.median(warm) < TARGET_MS else "MISSED"
        _line("due_list, whole book, from the cache (warm)", warm, verdict)
        _line("due_list, whole book, computed (warm)", _times(
            lambda: due_list(book, today, use_cache=False), args.repeat))  # fmt: skip

        rules = DueRules(today, load_settings(book), 7)

        def gather() -> list[Any]:
            with book.sessions() as s:
                return list(gather_facts(s.connection(), rules))

        with collector_paused():
            _line("  of which: SQL + facts (gather_facts)", _times(gather, args.repeat))
            facts = [f for _header, f in gather()]
            ms = _times(lambda: [rules(f) for f in facts], args.repeat)
            _line("  of which: rules (DueRules over those facts)", ms, f"{len(facts):,} accounts")
        _line(f"due_list, one rep ({owner})", _times(
            lambda: due_list(book, today, owners=[owner]), args.repeat))  # fmt: skip
        _line("due_for_account (account header)", _times(
            lambda: due_for_account(book, one, today), args.repeat))  # fmt: skip
        _line("refresh_due_for_accounts (one account)", _times(
            lambda: refresh_due_for_accounts(book, [one]), args.repeat))  # fmt: skip
        _line("refresh_due_cache (whole book)", _times(
            lambda: refresh_due_cache(book, today), 2))  # fmt: skip
        statements = _statements(book, today)
    finally:
        book.close()

    naive, each = _floor(path, statements)
    total = sum(ms for _sql, ms, _rows in each)
    print(f"\nFloor: the same SQL with sqlite3, rows fetched, nothing built: {total:.0f} ms")
    print(f"  of which the cached list's two scans: {sum(ms for _s, ms, _r in each[-2:]):.0f} ms")
    for sql, ms, rows in each:
        print(f"  {ms:7.1f} ms {rows:8,} rows  {sql}")
    print(f"Contrast: latest done visit per account by grouping all visits: {naive:.0f} ms")
    print(f"load at the end {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
