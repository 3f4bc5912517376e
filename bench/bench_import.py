"""HQ list import at 100,000 rows, beside the floor measured in the same run (issue 10, item 11).

``python -m bench.bench_import [--rows 100000] [--repeat 5] [--quick] [--profile WHAT]`` generates
(or reuses, in ``bench/out/``) a GBK customer list of the 12 columns of the shared samples
(``hq_lists.py``) and times, each min/median/max over ``--repeat`` runs:

- floor: Python's ``csv`` reading the same file + ``sqlite3.executemany`` of its rows into a plain
  12-column table of a new database file, in one transaction;
- fresh import: ``run_import`` into a new, empty book (making the book is not timed);
- re-import unchanged: ``run_import`` of the same rows again (each run a new copy of the file
  with more blank lines at the end, so it is not recognised as the very same file and every
  row is matched), and of the very same file (recognised by its SHA-256: nothing is written);
- preview: ``plan_import`` of the list against an empty book (what the wizard shows first);
- peak RSS of a fresh import in a child process (``ru_maxrss``; the child's RSS before the import
  is its floor);
- a 100,000-row XLSX: calamine reading every row alone (the floor) vs ``inspect_list`` +
  ``plan_import`` (the wizard's path).

Targets (issue 10): fresh ≤ 3× floor, re-import ≤ 2×, preview ≤ 2×, RSS < 500 MB, XLSX ≤ 3×
calamine. ``--quick`` is 10,000 rows and 3 runs; ``--profile fresh|reimport|preview|xlsx``
prints cProfile's top functions for one run of that figure instead.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import os
import pstats
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.hq_lists import HEADER, write_customer_csv, write_customer_xlsx
from kam_desktop.db.book import Book, open_book
from kam_desktop.services.hq_import.model import Outcome
from kam_desktop.services.hq_import.overview import inspect_list
from kam_desktop.services.hq_import.plan import plan_import
from kam_desktop.services.hq_import.run import run_import

OUT = Path(__file__).resolve().parent / "out"
TARGETS = {"fresh": 3.0, "reimport": 2.0, "preview": 2.0, "xlsx": 3.0}
RSS_TARGET_MB = 500
PARTS = ("fresh", "reimport", "preview", "rss", "xlsx")


# --- inputs -------------------------------------------------------------------------------------


def inputs(rows: int, dense: bool) -> tuple[Path, Path]:
    """The GBK list and the same rows as an XLSX (cached)."""
    OUT.mkdir(exist_ok=True)
    stem = f"hq-list-{rows}-s1{'-dense' if dense else ''}"
    listed = OUT / f"{stem}.csv"
    if not listed.exists():
        write_customer_csv(listed.with_suffix(".part"), rows, dense=dense).rename(listed)
    workbook = OUT / f"{stem}.xlsx"
    if not workbook.exists():
        part = workbook.with_suffix(".part.xlsx")
        write_customer_xlsx(part, rows, dense=dense).rename(workbook)
    return listed, workbook


def copies(listed: Path, folder: Path, count: int) -> list[Path]:
    """Files with the same rows as ``listed`` and another SHA-256 each (blank lines added)."""
    data = listed.read_bytes()
    out = [folder / f"again-{k}.csv" for k in range(count)]
    for k, path in enumerate(out, 1):
        path.write_bytes(data + b"\r\n" * k)
    return out


@contextmanager
def fresh_book(folder: Path) -> Iterator[Book]:
    path = folder / f"b{time.monotonic_ns()}.kambook"
    book = open_book(path, owner="测试员")
    try:
        yield book
    finally:
        book.close()
        for side in folder.glob(path.name + "*"):
            side.unlink()


# --- what is timed ------------------------------------------------------------------------------


def floor_csv(listed: Path, folder: Path) -> int:
    """Python's csv + sqlite3.executemany of the same rows, one transaction, a new file."""
    target = folder / "floor.sqlite"
    target.unlink(missing_ok=True)
    conn = sqlite3.connect(target)
    try:
        columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADER)))
        conn.execute(f"CREATE TABLE t ({columns})")
        with listed.open(encoding="gbk", newline="") as file:
            reader = csv.reader(file)
            next(reader)
            marks = ", ".join("?" * len(HEADER))
            with conn:
                conn.executemany(f"INSERT INTO t VALUES ({marks})", reader)
        return conn.execute("SELECT count(*) FROM t").fetchone()[0]
    finally:
        conn.close()
        target.unlink(missing_ok=True)


def floor_calamine(workbook: Path) -> int:
    from python_calamine import CalamineWorkbook

    sheet = CalamineWorkbook.from_path(str(workbook)).get_sheet_by_index(0)
    return sum(1 for _ in sheet.iter_rows())


def times(call: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out


class Figures:
    """Prints each figure beside its floor as it is measured."""

    def __init__(self) -> None:
        self.missed: list[str] = []
        print(f"{'figure':<46} {'min s':>7} {'median':>7} {'max s':>7}  {'× floor':>8}  target")

    def line(self, name: str, seconds: list[float], floor: list[float] | None = None,
             target: float | None = None) -> None:  # fmt: skip
        median = statistics.median(seconds)
        text = f"{name:<46} {min(seconds):7.2f} {median:7.2f} {max(seconds):7.2f}"
        if floor is not None:
            ratio = median / statistics.median(floor)
            text += f"  {ratio:7.2f}×"
            if target is not None:
                met = ratio <= target
                text += f"  ≤ {target:g}× {'met' if met else 'MISSED'}"
                if not met:
                    self.missed.append(name)
        print(f"{text}   (n={len(seconds)})", flush=True)


# --- peak RSS in a child ------------------------------------------------------------------------


def high_water_mb() -> float:
    """This process's peak RSS. ``VmHWM`` where there is ``/proc``: Linux's ``ru_maxrss`` keeps
    the parent's peak across fork + exec, so a child started by a big parent would report that."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(kb) / 1024


def child_import(book_path: str, listed: str) -> int:
    """Run in the child: peak RSS after the imports, then after one fresh import (MB)."""
    before = high_water_mb()
    with open_book(Path(book_path), owner="测试员") as book:
        run_import(book, listed)
    print(f"{before:.1f} {high_water_mb():.1f}")
    return 0


def peak_rss(listed: Path, folder: Path) -> tuple[float, float]:
    """(peak RSS after imports, peak RSS of the whole import), MB, of a child process."""
    child = subprocess.Popen(
        [sys.executable, "-m", "bench.bench_import", "--child-import",
         str(folder / "rss.kambook"), str(listed)],
        stdout=subprocess.PIPE, text=True, cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    out, _ = child.communicate()
    if child.returncode != 0:
        raise RuntimeError(f"the RSS child failed ({child.returncode})")
    before, peak = (float(x) for x in out.split())
    return before, peak


# --- the run ------------------------------------------------------------------------------------


def profile(what: str, listed: Path, workbook: Path, folder: Path) -> None:
    profiler = cProfile.Profile()
    with fresh_book(folder) as book:
        if what == "reimport":
            run_import(book, listed)
        profiler.enable()
        if what in ("fresh", "reimport"):
            run_import(book, copies(listed, folder, 1)[0] if what == "reimport" else listed)
        elif what == "preview":
            plan_import(book, listed)
        else:
            inspect_list(book, workbook)
            plan_import(book, workbook)
        profiler.disable()
    stats = pstats.Stats(profiler).strip_dirs()
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(30)


def measure_csv(figures: Figures, parts: set[str], rows: int, repeat: int, listed: Path,
                folder: Path) -> None:  # fmt: skip
    assert floor_csv(listed, folder) == rows  # warm-up: the file in the page cache
    floor = times(lambda: floor_csv(listed, folder), repeat)
    figures.line("floor: csv + sqlite3 executemany", floor)
    if "fresh" in parts:
        fresh: list[float] = []
        for _ in range(repeat):
            with fresh_book(folder) as book:
                t0 = time.perf_counter()
                result = run_import(book, listed)
                fresh.append(time.perf_counter() - t0)
        assert result.plan.counts.get(Outcome.NEW) == rows, result.plan.counts
        figures.line("fresh import (run_import, empty book)", fresh, floor, TARGETS["fresh"])
    if "reimport" in parts:
        with fresh_book(folder) as book:
            run_import(book, listed)
            again_s = []
            for again in copies(listed, folder, repeat):
                t0 = time.perf_counter()
                result = run_import(book, again)
                again_s.append(time.perf_counter() - t0)
                assert result.plan.counts.get(Outcome.UNCHANGED) == rows, result.plan.counts
            figures.line("re-import unchanged (same rows, new file)", again_s, floor,
                         TARGETS["reimport"])  # fmt: skip
            same = times(lambda: run_import(book, listed), repeat)
            figures.line("re-import the very same file (SHA-256 known)", same, floor)
    if "preview" in parts:
        with fresh_book(folder) as book:
            preview = times(lambda: plan_import(book, listed), repeat)
            warnings = len(plan_import(book, listed).warnings)
        figures.line("preview (plan_import, empty book)", preview, floor, TARGETS["preview"])
        print(f"  (near-duplicate warnings in the preview: {warnings:,})")
    if "rss" in parts:
        before, peak = peak_rss(listed, folder)
        met = "met" if peak < RSS_TARGET_MB else "MISSED"
        if peak >= RSS_TARGET_MB:
            figures.missed.append("peak RSS")
        print(f"peak RSS of a fresh import (child process)      {peak:7.0f} MB"
              f"  (floor: {before:.0f} MB after imports)  < {RSS_TARGET_MB} MB {met}")  # fmt: skip


def measure_xlsx(figures: Figures, rows: int, repeat: int, workbook: Path, folder: Path) -> None:
    assert floor_calamine(workbook) == rows + 1
    calamine = times(lambda: floor_calamine(workbook), repeat)
    figures.line("floor: calamine reads the XLSX", calamine)
    with fresh_book(folder) as book:
        both = times(lambda: (inspect_list(book, workbook), plan_import(book, workbook)), repeat)
    figures.line("XLSX inspect_list + plan_import", both, calamine, TARGETS["xlsx"])


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="10,000 rows, 3 runs")
    parser.add_argument("--profile", choices=PARTS[:2] + PARTS[3:])
    parser.add_argument("--only", choices=PARTS, action="append", help="measure only this part")
    parser.add_argument("--dense-names", action="store_true", help="names 1 character apart")
    parser.add_argument("--child-import", nargs=2, metavar=("BOOK", "LIST"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_import:
        return child_import(*args.child_import)
    if args.quick:
        args.rows, args.repeat = 10_000, 3
    started = time.perf_counter()
    listed, workbook = inputs(args.rows, args.dense_names)
    parts = set(args.only or PARTS)
    prepared = time.perf_counter() - started
    with tempfile.TemporaryDirectory(dir=OUT) as name:
        folder = Path(name)
        if args.profile:
            profile(args.profile, listed, workbook, folder)
            return 0
        mb = listed.stat().st_size / 2**20, workbook.stat().st_size / 2**20
        print(f"HQ list import, {args.rows:,} rows: {listed.name} ({mb[0]:.1f} MB, GBK), "
              f"{workbook.name} ({mb[1]:.1f} MB)")  # fmt: skip
        print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
              f"{os.cpu_count()} CPUs, load average {_load()}")  # fmt: skip
        if prepared > 1:
            print(f"(inputs generated in {prepared:.0f} s)")
        figures = Figures()
        if parts - {"xlsx"}:
            measure_csv(figures, parts, args.rows, args.repeat, listed, folder)
        if "xlsx" in parts:
            measure_xlsx(figures, args.rows, args.repeat, workbook, folder)
        print(f"load average at the end {_load()}")
        if figures.missed:
            print("missed: " + "; ".join(figures.missed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
