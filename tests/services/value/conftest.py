"""The demo book the value services' tests share: built once per test session for 2025-06-15
(its build refreshes the caches and backfills the monthly snapshots), copied for each test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kam_desktop.db.book import Book, open_book
from kam_desktop.services.demo.build import build_demo_book

DEMO_TODAY = date(2025, 6, 15)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_book(tmp_path_factory.mktemp("value-demo") / "demo.kambook", today=DEMO_TODAY)


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Book]:
    """A fresh copy of the demo book for each test."""
    copy = tmp_path / "demo.kambook"
    shutil.copy(demo_file, copy)
    with open_book(copy) as book:
        yield book
