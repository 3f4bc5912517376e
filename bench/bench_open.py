"""Opening the 100k bench book: the damage check at open, beside bare sqlite3 (issue 15, item 2).

``python -m bench.bench_open [--repeat 5]`` builds (or reuses) the bench book and times, warm
(the file in the page cache, as on a laptop that just used it):

- floor: bare ``sqlite3`` connect + ``SELECT count(*) FROM account`` (what any open costs);
- bare ``PRAGMA quick_check`` over the whole file with ``sqlite3``;
- ``open_book`` (header, revision, schema, the quick check within its time budget) + close;
- ``book_info`` as ``kam info`` runs it (the full check with no budget, and the counts).

Each figure is min/median/max over ``--repeat`` runs, with the load average before and after.
A cold-cache figure needs root to drop the page cache (``--cold``), so it is optional.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.big_book import cached_big_book
from kam_desktop.db.book import CHECK_BUDGET_S, open_book
from kam_desktop.services.book.book_info import book_info


def _times(call: Callable[[], object], repeat: int) -> list[float]:
    call()  # warm-up: the file into the page cache
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append(time.perf_counter() - started)
    return out


def _line(name: str, seconds: list[float]) -> None:
    ms = [s * 1000 for s in seconds]
    print(f"{name:<44} {min(ms):9.1f} {statistics.median(ms):9.1f} {max(ms):9.1f}   (n={len(ms)})")


def _bare_open(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("SELECT count(*) FROM account").fetchone()
    finally:
        conn.close()


def _bare_quick_check(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def _open_book(path: Path) -> None:
    book = open_book(path, create=False)
    book.close()


def _full_info(path: Path) -> None:
    book = open_book(path, create=False)
    try:
        book_info(book)  # runs the full quick_check, as `kam info` does
    finally:
        book.close()


def _drop_page_cache() -> bool:
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="also time from a cold page cache")
    args = parser.parse_args(argv)
    source, built = cached_big_book(report=lambda line: print(line, file=sys.stderr))
    with tempfile.TemporaryDirectory(dir=source.parent) as folder:
        path = Path(folder) / "open.kambook"
        shutil.copy(source, path)  # open_book may write (meta, checkpoint): not the cache
        load = os.getloadavg()
        print(f"open a 100k book ({path.stat().st_size / 2**20:.0f} MB), warm page cache")
        print(f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
              f"{os.cpu_count()} CPUs, load average {load[0]:.2f} {load[1]:.2f}")  # fmt: skip
        if built is not None:
            print(f"(book built in {built:.0f} s)")
        print(f"{'figure':<44} {'min ms':>9} {'median':>9} {'max ms':>9}")
        _line("floor: bare sqlite3 connect + count", _times(lambda: _bare_open(path), args.repeat))
        _line(
            "bare sqlite3 PRAGMA quick_check", _times(lambda: _bare_quick_check(path), args.repeat)
        )
        _line(f"open_book + close (check budget {CHECK_BUDGET_S:g} s)",
              _times(lambda: _open_book(path), args.repeat))  # fmt: skip
        _line("kam info (book_info: full check + counts)",
              _times(lambda: _full_info(path), args.repeat))  # fmt: skip
        if args.cold:
            cold = []
            for _ in range(args.repeat):
                if not _drop_page_cache():
                    print("cold: cannot drop the page cache (needs root); skipped")
                    break
                started = time.perf_counter()
                _open_book(path)
                cold.append(time.perf_counter() - started)
            if cold:
                _line("open_book + close, cold page cache", cold)
        load = os.getloadavg()
        print(f"load average at the end {load[0]:.2f} {load[1]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
