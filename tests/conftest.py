"""Shared fixtures. Tests never need a display, nor a Chinese font on the machine."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Offscreen, with a 1920×1200 screen: the plugin's default 800×800 screen would clamp restored
# window geometry and squeeze layouts smaller than any laptop's.
_SCREEN = Path(__file__).parent / "data" / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
# A fontconfig that knows only DejaVu: a missing CJK registration shows up as boxes here,
# whatever fonts the machine has installed.
_FONTCONF = Path(__file__).parent / "data" / "fonts-no-cjk.conf"
os.environ["FONTCONFIG_FILE"] = str(_FONTCONF)

from kam_desktop.db.book import Book, open_book  # noqa: E402

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture
def book(tmp_path: Path) -> Iterator[Book]:
    """A fresh, empty account book in a temporary folder."""
    opened = open_book(tmp_path / "test.kambook", owner="测试员")
    yield opened
    opened.close()


@pytest.fixture
def shared_data() -> Path:
    """The sample HQ lists beside the project (../shared/data)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not beside this checkout")
    return SHARED_DATA
