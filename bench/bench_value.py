"""Speed of customer value on the 100,000-account bench book (issue 12, item 11).

``python -m bench.bench_value [--accounts 100000] [--repeat 7] [--only score|tab|analytics]``
opens (or builds) the cached bench book (``big_book``: 24 months of value records), copies it,
refreshes its caches first (untimed: the daily refresh that fills the indicator cache, so no
figure times a background refresh), and times, min/median/max over ``--repeat`` runs:

- floor: a plain NumPy rank-and-weight pass over the same indicator matrix (already in memory):
  ``argsort`` ranks per column, NaN dropped, weighted mean, tiers from the sorted scores;
- floor: bare ``sqlite3`` inserting the month's snapshot rows (already formatted) into a plain
  table of a new database, one transaction;
- score: ``rescore.score_cached`` — read the cache, percentile ranks with ties, weighted mean,
  tiers — the part the issue compares with the NumPy floor (target ≤ 3×);
- score + write snapshots, new month: the month's rows deleted first (untimed), then
  ``write_snapshot`` — score and insert 100,000 snapshot rows (target < 1 s);
- score + write snapshots, unchanged: ``write_snapshot`` again (the daily refresh's case);
- rescore after new weights: ``rescore`` with other weights, writing every changed cache;
- reference, not a target: ``score_accounts``, scoring from the value records (as a past
  month's snapshot or a cache from another day does), 1 run;
- Value tab: ``ValueTab.show_account`` to painted (background read + three charts), after one
  warm-up, for accounts with value records (target < 300 ms);
- Analytics page: ``AnalyticsPage`` read + every chart drawn + painted (target < 1 s).

Figures depend on what else the machine is doing: the load average is printed at the start and
the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np

from bench.big_book import cached_big_book
from kam_desktop.db.book import Book, open_book
from kam_desktop.domain.value.value import DEFAULT_WEIGHTS, INDICATORS
from kam_desktop.services.book.account_caches import needs_refresh, refresh_all
from kam_desktop.services.value.derived import DerivedConfig, score_accounts
from kam_desktop.services.value.indicator_cache import read_matrix
from kam_desktop.services.value.rescore import rescore, score_cached
from kam_desktop.services.value.snapshots import write_snapshot

TARGETS = {"score": 3.0}  # × the NumPy floor
SNAPSHOT_TARGET_S = 1.0
TAB_TARGET_MS = 300
ANALYTICS_TARGET_S = 1.0
PARTS = ("score", "tab", "analytics")


def times(
    call: Callable[[], object], repeat: int, before: Callable[[], object] | None = None
) -> list[float]:
    """Seconds per run after one untimed warm-up; ``before`` runs untimed before each."""
    if before:
        before()
    call()
    found = []
    for _ in range(repeat):
        if before:
            before()
        start = time.perf_counter()
        call()
        found.append(time.perf_counter() - start)
    return found


def line(
    name: str, seconds: list[float], floor: list[float] | None = None, target: str = ""
) -> None:
    low, mid, high = min(seconds), statistics.median(seconds), max(seconds)
    ratio = f"{mid / statistics.median(floor):7.1f}×" if floor else " " * 8
    print(
        f"{name:<48} {low:7.3f} {mid:7.3f} {high:7.3f}  {ratio}  {target}   (n={len(seconds)})",
        flush=True,
    )


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# --- floors -----------------------------------------------------------------------------------


def numpy_floor(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Rank each column (argsort of argsort, NaN left out), weigh, and cut tiers by rank."""
    total = np.zeros(matrix.shape[0])
    weight = np.zeros(matrix.shape[0])
    for column, w in enumerate(weights):
        values = matrix[:, column]
        present = ~np.isnan(values)
        ranks = np.full(values.shape, np.nan)
        order = np.argsort(values[present])
        rank = np.empty(order.size)
        rank[order] = np.arange(order.size)
        ranks[present] = 100.0 * rank / max(order.size - 1, 1)
        total += np.where(present, w * np.nan_to_num(ranks), 0.0)
        weight += np.where(present, w, 0.0)
    scores = total / np.where(weight == 0, np.nan, weight)
    ranked = np.sort(scores[~np.isnan(scores)])[::-1]
    cuts = ranked[[int(len(ranked) * s) for s in (0.05, 0.20, 0.50)]]
    return np.searchsorted(-cuts, -scores)


def sqlite_write_floor(folder: Path, rows: list[tuple[str, str, float, str, str]]) -> None:
    """Bare ``sqlite3``: the month's rows (already formatted) into a plain table, one
    transaction — what writing a month of snapshots cannot go below."""
    path = folder / "floor.sqlite"
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "CREATE TABLE snap (id INTEGER PRIMARY KEY, account_id TEXT, month TEXT, "
            "score REAL, tier TEXT, indicators TEXT)"
        )
        with conn:
            conn.executemany(
                "INSERT INTO snap (account_id, month, score, tier, indicators) "
                "VALUES (?, ?, ?, ?, ?)",
                rows,
            )
    finally:
        conn.close()


# --- parts --------------------------------------------------------------------------------------


def measure_score(book: Book, path: Path, today: date, repeat: int) -> list[str]:
    missed = []
    with book.sessions.begin() as s:
        matrix = read_matrix(s.connection()).matrix
    weights = np.array([DEFAULT_WEIGHTS.get(name, 0.0) for name in INDICATORS])
    floor = times(lambda: numpy_floor(matrix, weights), repeat)
    line("floor: NumPy rank-and-weight pass", floor)
    month = today.strftime("%Y-%m")
    with book.sessions() as s:
        stored = (
            s.connection()
            .exec_driver_sql(
                "SELECT account_id, month, score, tier, indicators FROM value_snapshot "
                "WHERE month = ?",
                (month,),
            )
            .fetchall()
        )
    write_floor = times(lambda: sqlite_write_floor(path.parent, stored), repeat)
    line(f"floor: sqlite3 inserting {len(stored):,} snapshot rows", write_floor)

    def score() -> None:
        with book.sessions.begin() as s:
            assert score_cached(s.connection(), today) is not None

    scored = times(score, repeat)
    target = TARGETS["score"]
    ok = statistics.median(scored) <= target * statistics.median(floor)
    line(
        "score from the cache (read + rank + weigh + tier)",
        scored,
        floor,
        f"≤ {target:.0f}× {'met' if ok else 'MISSED'}",
    )
    if not ok:
        missed.append("score")

    def clear_month() -> None:
        with book.sessions.begin() as s:
            s.connection().exec_driver_sql("DELETE FROM value_snapshot WHERE month = ?", (month,))

    new_month = times(lambda: write_snapshot(book, None, today), repeat, before=clear_month)
    ok = statistics.median(new_month) < SNAPSHOT_TARGET_S
    line(
        "score + write a new month's snapshots",
        new_month,
        floor,
        f"< {SNAPSHOT_TARGET_S:.0f} s {'met' if ok else 'MISSED'}",
    )
    if not ok:
        missed.append("snapshot")
    line(
        "score + write the month's snapshots, unchanged",
        times(lambda: write_snapshot(book, None, today), repeat),
        floor,
    )

    weight_sets = [
        DerivedConfig(weights={"sales_12m": 1.0}),
        DerivedConfig(weights=dict(DEFAULT_WEIGHTS)),
    ]
    flip = iter(range(10**6))
    line(
        "rescore after new weights (writes the changes)",
        times(lambda: rescore(book, today, weight_sets[next(flip) % 2]), repeat),
        floor,
    )
    with book.sessions.begin() as s:
        start = time.perf_counter()
        score_accounts(s.connection(), today)
        line("reference: score_accounts from the value records", [time.perf_counter() - start])
    return missed


def _accounts_with_values(book: Book, count: int) -> list[str]:
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT account_id FROM value_record GROUP BY account_id "
            "ORDER BY COUNT(*) DESC LIMIT ?",
            (count,),
        ).fetchall()
    return [row[0] for row in rows]


def measure_tab(book: Book, today: date, repeat: int) -> list[str]:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.tasks import wait_until_idle
    from kam_desktop.gui.value.value_tab import ValueTab
    from kam_desktop.reports.qt_fonts import install_cjk_font

    app = QApplication.instance() or QApplication([])
    install_cjk_font(app)
    tab = ValueTab(QUndoStack(), today=today)
    tab.set_book(book)
    tab.resize(900, 760)
    tab.show()
    accounts = iter(_accounts_with_values(book, repeat + 1))

    def show() -> None:
        tab.show_account(next(accounts))
        assert wait_until_idle(60_000)
        app.processEvents()
        tab.grab()

    seconds = times(show, repeat)
    ok = statistics.median(seconds) * 1000 < TAB_TARGET_MS
    line(
        "Value tab: show an account, read, draw, paint",
        seconds,
        target=f"< {TAB_TARGET_MS} ms {'met' if ok else 'MISSED'}",
    )
    tab.close()
    return [] if ok else ["tab"]


def measure_analytics(book: Book, today: date, repeat: int) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from kam_desktop.gui.tasks import wait_until_idle
    from kam_desktop.gui.value.analytics_page import AnalyticsPage
    from kam_desktop.reports.qt_fonts import install_cjk_font

    app = QApplication.instance() or QApplication([])
    install_cjk_font(app)
    page = AnalyticsPage()
    page.set_today(today)
    page.resize(1366, 768)
    page.show()

    def load() -> None:
        page.set_book(book)  # reads the figures (once: a second read would race the first)
        assert wait_until_idle(120_000)
        app.processEvents()
        page.grab()

    def forget() -> None:
        page.set_book(None)
        app.processEvents()

    seconds = times(load, repeat, before=forget)
    ok = statistics.median(seconds) < ANALYTICS_TARGET_S
    line(
        "Analytics page: read, draw every chart, paint",
        seconds,
        target=f"< {ANALYTICS_TARGET_S:.0f} s {'met' if ok else 'MISSED'}",
    )
    page.close()
    return [] if ok else ["analytics"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--only", action="append", choices=PARTS)
    args = parser.parse_args(argv)
    parts = set(args.only or PARTS)
    source, _built = cached_big_book(args.accounts, report=print)
    today = date.today()
    with tempfile.TemporaryDirectory(prefix="bench-value-") as folder:
        path = Path(folder) / "book.kambook"
        shutil.copy(source, path)
        book = open_book(path, create=False)
        try:
            start = time.perf_counter()
            if needs_refresh(book, today):
                refresh_all(book, today)
            print(
                f"Customer value, {args.accounts:,} accounts: {source.name}; caches refreshed "
                f"first in {time.perf_counter() - start:.1f} s (untimed)"
            )
            print(
                f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, NumPy "
                f"{np.__version__}, {os.cpu_count()} CPUs, load average {_load()}"
            )
            print(f"{'figure':<48} {'min s':>7} {'median':>7} {'max s':>7}  {'× floor':>8}  target")
            missed = []
            if "score" in parts:
                missed += measure_score(book, path, today, args.repeat)
            if "tab" in parts:
                missed += measure_tab(book, today, args.repeat)
            if "analytics" in parts:
                missed += measure_analytics(book, today, max(5, args.repeat // 2))
            print(f"load average at the end {_load()}")
            print("missed: " + ", ".join(missed) if missed else "every target met")
        finally:
            book.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
