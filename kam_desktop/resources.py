"""The one place that knows where ui/, resources/ and db/migrations/ live.

A wheel and the PyInstaller bundle ship them inside the package as ``kam_desktop/_data/...``;
a source checkout keeps them at the repository root. Everyone else asks ``path(...)``.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib.resources import files
from pathlib import Path

_DATA_DIRS = ("ui", "resources", "db")


@cache
def data_root() -> Path:
    """The folder that holds ``ui/``, ``resources/`` and ``db/``."""
    bundled = Path(str(files("kam_desktop"))) / "_data"
    if (bundled / "resources").is_dir():
        return bundled
    frozen_root = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder bundle
    if frozen_root and (Path(frozen_root) / "kam_desktop" / "_data" / "resources").is_dir():
        return Path(frozen_root) / "kam_desktop" / "_data"
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "resources").is_dir():
        return checkout
    raise FileNotFoundError(
        "KAM Desktop's data folders (ui/, resources/, db/) were not found next to the package."
    )


def path(relative: str) -> Path:
    """Absolute path of a shipped file, e.g. ``path("resources/fonts/wqy-microhei.ttc")``."""
    parts = relative.replace("\\", "/").split("/")
    if parts[0] not in _DATA_DIRS or ".." in parts or relative.startswith("/"):
        raise ValueError(f"not a data folder: {relative!r}")
    return data_root() / relative


def cjk_font_path() -> Path:
    """The bundled CJK font, used by Qt, matplotlib and reportlab alike."""
    return path("resources/fonts/wqy-microhei.ttc")


CJK_FONT_FAMILY = "WenQuanYi Micro Hei"
