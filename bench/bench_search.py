"""Speed of the indexed account search and pinyin order (issue 14). Prints; asserts nothing.

Run from the repository root::

    python -m bench.bench_search [--repeat N] [--keep]

The cached 100,000-account bench book (``bench/big_book.py``, schema 0005) is copied into a
temporary folder (never touched in place), the copy is upgraded to 0006 — timed: it computes
every name's pinyin key and builds the search documents and the FTS5 trigram index — and then,
for each query, ``find_page`` (a page of 200 ids and the count, one pass) is timed beside the
floor measured in the same run: ``SELECT id FROM account WHERE name LIKE '%text%'`` with
sqlite3, every row fetched (the search over the name alone, as the issue defines it). The
first page sorted by name with no text is timed beside the same ORDER BY through sqlite3.

Targets: 3 or more characters ≤ 5 ms median; 1–2 characters ≤ the floor. The copy (~1 GB) is
deleted at the end unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.big_book import OUT_DIR, cached_big_book

# The book of the last schema (0005): the copy's upgrade to 0006 is timed too. Without it, the
# cached book of the current schema is used (built first if missing, ~200 s).
BOOK_0005 = OUT_DIR / "big-a100000-c5-v5-m24-s1-b2-r0005.kambook"
TARGET_LONG_MS = 5.0
PAGE = 200
# (text, what it is): picked from the bench book's vocabulary so each finds something.
QUERIES = (
    ("州", "1 char, in most cities"),
    ("杭州", "2 chars, a city"),
    ("纸业", "2 chars, a trade"),
    ("纸业有限", "4 chars, trade + legal form"),
    ("锦致纸", "3 chars, part of a name"),
    ("欧阳晓", "3 chars, a contact's name"),
    ("0001234", "code prefix"),
    ("宁波市", "3 chars, a city"),
)


def _times(call: Callable[[], object], repeat: int) -> list[float]:
    call()  # warm-up, untimed
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        out.append((time.perf_counter() - started) * 1000)
    return out


def _fmt(ms: list[float]) -> str:
    return f"{min(ms):7.2f} / {statistics.median(ms):7.2f} / {max(ms):7.2f}"


def _copy(source: Path, target: Path) -> float:
    started = time.perf_counter()
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        with dest:
            src.backup(dest)
        dest.close()
    finally:
        src.close()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time the indexed account search.")
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--keep", action="store_true", help="keep the upgraded copy")
    args = parser.parse_args(argv)

    source = BOOK_0005 if BOOK_0005.exists() else cached_big_book(report=print)[0]
    folder = Path(tempfile.mkdtemp(prefix="kam-bench-search-"))
    path = folder / "search.kambook"
    try:
        copied = _copy(source, path)
        print(f"\n{source.name} copied to {path} in {copied:.1f} s")
        print(
            f"{platform.python_implementation()} {platform.python_version()}, "
            f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
            f"load {os.getloadavg()[0]:.2f}"
        )
        from kam_desktop.db.upgrade import upgrade_to_head

        started = time.perf_counter()
        upgrade_to_head(path, busy_timeout=10)
        print(
            f"upgrade 0005 -> 0006 (keys, documents, FTS5): {time.perf_counter() - started:.1f} s"
        )
        _measure(path, args.repeat)
    finally:
        if args.keep:
            print(f"kept {path}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"load at the end {os.getloadavg()[0]:.2f}")
    return 0


def _measure(path: Path, repeat: int) -> None:
    from kam_desktop.db.book import open_book
    from kam_desktop.services.accounts.find_accounts import AccountQuery, find_page
    from kam_desktop.services.accounts.search_index import prepare

    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    book = open_book(path, create=False)
    print(f"\nfind_page(200) + count vs floor, ms (min / median / max over {repeat} runs)")
    print(f"  {'query':<34} {'way':<5} {'hits':>7}   {'find_page':<27} {'floor':<27} verdict")
    try:
        for text, what in QUERIES:
            query = AccountQuery(text=text)
            hits = find_page(book, query, 0, PAGE).total
            way = prepare(text)
            assert way is not None
            page = _times(lambda q=query: find_page(book, q, 0, PAGE), repeat)
            floor = _times(
                lambda t=text: raw.execute(
                    "SELECT id FROM account WHERE name LIKE ?", (f"%{t}%",)
                ).fetchall(),
                repeat,
            )
            target = TARGET_LONG_MS if len(text) >= 3 else statistics.median(floor)
            ok = statistics.median(page) <= target
            label = f"{text} ({what})"
            print(
                f"  {label:<34} {way.way.value:<5} {hits:>7,}   {_fmt(page)}   {_fmt(floor)}   "
                f"{'met' if ok else 'MISSED'} (≤ {target:.1f})"
            )
        sorted_page = _times(lambda: find_page(book, AccountQuery(), 0, PAGE), repeat)
        floor = _times(
            lambda: raw.execute(
                "SELECT id FROM account WHERE deleted_at IS NULL ORDER BY name_key, id LIMIT 200"
            ).fetchall(),
            repeat,
        )
        print(
            f"\n  first page by name (pinyin), no text: {_fmt(sorted_page)}   floor {_fmt(floor)}"
        )
        later = _times(lambda: find_page(book, AccountQuery(), 50_000, PAGE), repeat)
        print(f"  page at offset 50,000 by name:        {_fmt(later)}")
    finally:
        book.close()
        raw.close()


if __name__ == "__main__":
    raise SystemExit(main())
