"""Replacing a demo book (``kam demo --force``) is one rename, and interrupted builds leave nothing
the next build does not clean up."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from kam_desktop.services.demo.build import build_demo_book, remove_leftovers

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_book(tmp_path_factory.mktemp("demo") / "demo.kambook", today=TODAY)


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _book_meta(path: Path, key: str) -> str:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return str(conn.execute("SELECT value FROM book_meta WHERE key = ?", (key,)).fetchone()[0])


def test_replace_swaps_in_a_whole_new_book_and_drops_the_old_side_files(
    template: Path, tmp_path: Path
) -> None:
    target = tmp_path / "demo.kambook"
    shutil.copy(template, target)
    old_device = _book_meta(target, "device_id")
    # An old WAL beside the book must never be replayed into the new one.
    Path(f"{target}-wal").write_bytes(b"old wal that belongs to the old book")
    Path(f"{target}-shm").write_bytes(b"old shm")

    build_demo_book(target, today=date(2026, 12, 1), replace=True)

    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.kambook"]
    assert _book_meta(target, "demo") == "2026-12-01"
    assert _book_meta(target, "device_id") != old_device
    assert _count(target, "account") >= 60


def test_without_replace_an_existing_book_is_refused(template: Path, tmp_path: Path) -> None:
    from kam_desktop.services.demo import DemoBookExists

    target = tmp_path / "demo.kambook"
    shutil.copy(template, target)
    before = target.read_bytes()
    with pytest.raises(DemoBookExists):
        build_demo_book(target, today=TODAY)
    assert target.read_bytes() == before


def test_leftovers_of_dead_builds_go_and_those_of_live_ones_stay(tmp_path: Path) -> None:
    target = tmp_path / "demo.kambook"
    dead = _dead_pid()
    gone = [
        tmp_path / f".demo.kambook.{dead}.0123456789ab.building",
        tmp_path / f".demo.kambook.{dead}.0123456789ab.building-wal",
        tmp_path / f".demo.kambook.{dead}.0123456789ab.building-shm",
        tmp_path / f".demo.kambook.{dead}.ba9876543210.stale-wal",
    ]
    live = tmp_path / f".demo.kambook.{os.getppid()}.0123456789ab.building"  # our parent runs
    unrelated = [tmp_path / ".other.kambook.1.0123456789ab.building", tmp_path / "notes.txt"]
    for path in [*gone, live, *unrelated]:
        path.write_bytes(b"x")

    removed = remove_leftovers(target)

    assert sorted(removed) == sorted(gone)
    assert live.exists()
    assert all(path.exists() for path in unrelated)


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid  # reaped: no process has this id now (reuse within the test is unlikely)


_BUILD = (
    "import sys; from datetime import date; from pathlib import Path\n"
    "from kam_desktop.services.demo.build import build_demo_book\n"
    "build_demo_book(Path(sys.argv[1]), today=date(2026, 12, 1), replace=True)\n"
)


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="kill -9")
def test_a_replace_killed_at_any_moment_leaves_the_old_or_the_new_book(
    template: Path, tmp_path: Path
) -> None:
    rng = random.Random(15)
    target = tmp_path / "demo.kambook"
    old_accounts = _count(template, "account")
    for _ in range(8):
        shutil.copy(template, target)
        child = subprocess.Popen([sys.executable, "-c", _BUILD, str(target)])
        time.sleep(rng.uniform(0.2, 6.0))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        # Whole, readable, and either the old book or the new one.
        assert _book_meta(target, "demo") in {TODAY.isoformat(), "2026-12-01"}
        assert _count(target, "account") == old_accounts
        with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        remove_leftovers(target)
        leftovers = [p.name for p in tmp_path.iterdir() if p.name != "demo.kambook"]
        assert leftovers == [] or set(leftovers) <= {"demo.kambook-wal", "demo.kambook-shm"}
