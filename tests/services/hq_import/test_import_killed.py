"""``kill -9`` in the middle of an HQ import leaves the book as it was, or as the finished import
left it: never anything in between (issue 10, point 5).

A ~20,000-row list (300 of its accounts already in the book, with other values, so the import
both adds and updates) is imported by ``kam import-hq`` in a child process, killed with SIGKILL
at seeded random moments spread over one whole run. After each kill the book must open, pass
``PRAGMA integrity_check``, and hold exactly the rows it held before the import, or exactly the
rows a completed import leaves (the same import run to its end on another copy). Rows are
compared table by table, with uuids and timestamps (new on every run) masked.

The caches of the touched accounts are refreshed after the import's commit, by design (a
refresh cannot undo an import; the caches are recomputed on the next open of a new day anyway):
a kill during that refresh leaves the import committed and some cache columns (and their
stamps in ``book_meta``) stale. That state is accepted only when everything but the caches
equals the completed import.
"""

from __future__ import annotations

import csv
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from kam_desktop.db.book import open_book
from kam_desktop.domain.accounts.credit_code import check_character
from kam_desktop.services.book.account_caches import REFRESHED_ON
from kam_desktop.services.hq_import.run import run_import
from kam_desktop.services.revisits.due_cache import CACHE_STAMP
from kam_desktop.services.value.quadrant_splits import SPLITS_KEY
from kam_desktop.services.value.snapshot_cutoffs import CUTOFFS_KEY

pytestmark = pytest.mark.slow

ROWS = 20_000
KNOWN = 300  # accounts in the book before the import
KILLS = 7
SEED = 20261207

HEADER = ("客户编码", "客户名称", "统一社会信用代码", "省份", "城市", "行业", "客户等级",
          "企业规模", "年销售额(万元)", "联系电话", "地址", "客户经理")  # fmt: skip
PLACES = (("浙江省", "杭州市", "330106"), ("广东省", "深圳市", "440300"),
          ("北京市", "北京市", "110108"), ("四川省", "成都市", "510107"))  # fmt: skip
INDUSTRIES = ("制造业", "信息技术", "批发零售", "医药健康", "物流运输")
BRANDS = "恒远华拓星河瑞丰鼎盛博越金桥海纳天诚中联众合宏达正泰新锐银泰东方凯旋卓越"
# The derived columns an import's cache refresh recomputes after its commit.
CACHE_COLUMNS = {
    "account": {
        "value_score",
        "value_tier",
        "value_incomplete",
        "revisit_segment",
        "sales_12m",
        "last_order_on",
        "last_visit_on",
        "map_gap_count",
        "map_gaps",
        "spin_stage",
        "next_due_on",
        "due_reasons",
        "lifecycle_stage",
    },
}
CACHE_TABLES = {"due_revisit_cache", "value_snapshot", "indicator_cache"}
# book_meta keys that stamp or hold caches
CACHE_META = {CACHE_STAMP, REFRESHED_ON, SPLITS_KEY, CUTOFFS_KEY}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
STAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?(\+00:00|Z)?")

Dump = dict[str, list[str]]


def _rows(n: int, variant: int) -> list[tuple[str, ...]]:
    """``n`` rows with codes 000001…; ``variant`` changes grade, sales and phone."""
    rng = random.Random(SEED)  # the same names and codes for every variant
    rows = []
    for i in range(1, n + 1):
        province, city, region = PLACES[i % len(PLACES)]
        body = f"91{region}{i:09d}"
        sales = 100 + (i * 37 + variant * 11) % 5000
        rows.append((
            f"{i:06d}", f"{''.join(rng.sample(BRANDS, 2))}{city[:2]}{i}号贸易有限公司",
            body + check_character(body), province, city, INDUSTRIES[i % len(INDUSTRIES)],
            "ABCD"[(i + variant) % 4], "中型", f"{sales:.2f}", f"0571-{(i + variant) % 10**8:08d}",
            f"{city}文三路{i}号", "张伟",
        ))  # fmt: skip
    return rows


def _write(path: Path, rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", encoding="gbk", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _open_and_check(path: Path) -> None:
    """The book opens as the app opens it (recovering a hot WAL), and is intact."""
    with open_book(path, create=False) as book:
        book.close()
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def _mask(value: object) -> str:
    return STAMP.sub("<time>", UUID.sub("<uuid>", repr(value)))


def _dump(path: Path, caches: bool = True) -> Dump:
    """Every table's rows, uuids and timestamps masked, sorted (``caches=False``: without the
    cache tables and columns)."""
    out: Dump = {}
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )]  # fmt: skip
        for table in sorted(tables):
            if not caches and table in CACHE_TABLES:
                continue
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            skip = set() if caches else CACHE_COLUMNS.get(table, set())
            out[table] = sorted(
                _mask(tuple(v for n, v in zip(names, row, strict=True) if n not in skip))
                for row in cursor
                if caches or table != "book_meta" or row[0] not in CACHE_META
            )
    return out


def _command(book: Path, listed: Path) -> list[str]:
    run = "import sys; from kam_desktop.cli import main; sys.exit(main())"
    return [sys.executable, "-c", run, "import-hq", "--book", str(book), str(listed)]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The book before the import (300 accounts from an earlier list) and the big list."""
    folder = tmp_path_factory.mktemp("killed")
    book = folder / "before.kambook"
    with open_book(book, owner="测试员") as opened:
        run_import(opened, _write(folder / "earlier.csv", _rows(KNOWN, variant=1)))
    listed = _write(folder / "big.csv", _rows(ROWS, variant=0))
    _open_and_check(book)
    return book, listed


def test_a_killed_import_leaves_the_book_before_or_after(
    setup: tuple[Path, Path], tmp_path: Path
) -> None:
    before_book, listed = setup
    before = _dump(before_book)

    finished = tmp_path / "finished.kambook"
    shutil.copy(before_book, finished)
    started = time.perf_counter()
    done = subprocess.run(_command(finished, listed), capture_output=True, text=True, check=False)
    duration = time.perf_counter() - started
    assert done.returncode == 0, done.stderr
    _open_and_check(finished)
    after = _dump(finished)
    after_without_caches = _dump(finished, caches=False)
    assert after != before
    assert len(after["account"]) == ROWS

    rng = random.Random(SEED)
    # One moment per slice of the run from 20 % on (before that Python is still importing);
    # the writes, the commit and the cache refresh come in its last quarter.
    start, span = 0.2 * duration, 0.8 * duration
    moments = [start + span * (k + rng.random()) / KILLS for k in range(KILLS)]
    seen = []
    for k, moment in enumerate(moments):
        book = tmp_path / f"killed-{k}.kambook"
        shutil.copy(before_book, book)
        child = subprocess.Popen(
            _command(book, listed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        time.sleep(moment)
        exited = child.poll() is not None
        child.send_signal(signal.SIGKILL)
        child.wait()
        _open_and_check(book)
        state = _dump(book)
        if state == before:
            seen.append("before")
        elif state == after:
            seen.append("after")
        else:
            # Only the cache refresh after the commit may have been cut short.
            assert _dump(book, caches=False) == after_without_caches, (
                f"kill {k} at {moment:.2f} s of {duration:.2f} s left a book in between"
            )
            seen.append("after, caches stale")
        if exited:
            seen[-1] += " (had exited)"
    print(f"run {duration:.1f} s; kills at", [f"{m:.2f}" for m in moments], "→", seen)
    assert "before" in seen
