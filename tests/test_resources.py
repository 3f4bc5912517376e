"""kam_desktop.resources finds ui/, resources/ and db/ from a checkout and refuses anything else.

The wheel and the PyInstaller bundle (kam_desktop/_data/...) are checked in test_packaging.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kam_desktop import resources

CHECKOUT = Path(__file__).resolve().parents[1]


def test_checkout_is_the_data_root() -> None:
    assert resources.data_root() == CHECKOUT


@pytest.mark.parametrize(
    "relative",
    [
        "db/migrations/env.py",
        "db/alembic.ini",
        "resources/fonts/wqy-microhei.ttc",
        "resources/fonts/LICENSE-wqy-microhei.txt",
    ],
)
def test_shipped_files_resolve(relative: str) -> None:
    found = resources.path(relative)
    assert found == CHECKOUT / relative
    assert found.is_file()


def test_every_data_folder_resolves() -> None:
    for top in ("ui", "resources", "db"):
        assert resources.path(top).is_dir()


def test_cjk_font_is_a_truetype_collection() -> None:
    font = resources.cjk_font_path()
    with font.open("rb") as fh:
        assert fh.read(4) == b"ttcf"


@pytest.mark.parametrize(
    "relative",
    ["kam_desktop/cli.py", "tests/conftest.py", "../etc/passwd", "", "/etc/passwd", "docs"],
)
def test_unknown_top_folders_are_refused(relative: str) -> None:
    with pytest.raises(ValueError, match="not a data folder"):
        resources.path(relative)
