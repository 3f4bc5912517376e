"""A chart to a PNG (twice the screen's resolution) or SVG file, or to bytes for the clipboard.

Files go through ``formats.atomic_file``: an export that fails leaves the old file as it was.
SVG text is drawn as outlines, so Chinese shows in any viewer without the font installed.
"""

from __future__ import annotations

import io
from pathlib import Path

from matplotlib import rc_context
from matplotlib.figure import Figure

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.formats.atomic_file import write_atomically

PNG_DPI = 200  # 2x the figures' 100 dpi: sharp on a high-density screen and on paper
FORMATS = ("png", "svg")


class ChartFormatNotSupported(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{path}: a chart can be saved as .png or .svg; choose one of these."
    )


class ChartNotWritten(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{path} could not be written. Check that the folder exists and is writable."
    )


def figure_bytes(fig: Figure, fmt: str = "png") -> bytes:
    """``fig`` rendered as "png" or "svg" (no date or tool stamp, so the same chart gives the
    same bytes)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown chart format: {fmt!r}")
    buffer = io.BytesIO()
    _render(fig, buffer, fmt)
    return buffer.getvalue()


def save_figure(fig: Figure, path: Path | str) -> None:
    """Write ``fig`` to ``path``, PNG or SVG by its suffix.

    Raises ``ChartFormatNotSupported`` for another suffix and ``ChartNotWritten`` when the file
    cannot be written (the old file, if any, is then left as it was)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ChartFormatNotSupported(path=path)
    try:
        write_atomically(path, lambda out: _render(fig, out, fmt))
    except OSError as error:
        raise ChartNotWritten(path=path) from error


def _render(fig: Figure, out: object, fmt: str) -> None:
    if fmt == "svg":
        metadata: dict[str, str | None] = {"Date": None, "Creator": None}
        with rc_context({"svg.hashsalt": "kam-desktop"}):  # else its ids differ run to run
            fig.savefig(out, format="svg", metadata=metadata)
    else:
        fig.savefig(out, format="png", dpi=PNG_DPI, metadata={"Software": None})
