"""Rendering for the terminal: aligned tables (CJK is two columns wide), cells and JSON values.

No cell carries a control character raw (an older book may hold one): an escape would drive the
terminal, a NUL would cut a CSV short. Table cells are one line; CSV cells keep their newlines
(the csv module quotes them); JSON escapes what it must by itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kam_desktop.domain.field_values import printable
from kam_desktop.domain.labels import Labeled
from kam_desktop.formats.spreadsheet_safety import neutralise


class _CharWidths(dict[str, int]):
    """Terminal columns by character, each looked up in ``unicodedata`` once."""

    def __missing__(self, char: str) -> int:
        if unicodedata.combining(char):
            width = 0
        else:
            width = 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        self[char] = width
        return width


_WIDTHS = _CharWidths()


def display_width(text: str) -> int:
    """Terminal columns of ``text``: wide and full-width (CJK) characters take two, combining
    marks none. ASCII is one a character (most cells: codes, dates, numbers)."""
    if text.isascii():
        return len(text)
    return sum(map(_WIDTHS.__getitem__, text))


def fit(text: str, limit: int) -> str:
    """``text`` on one line, cut with "..." to at most ``limit`` columns."""
    text = " ".join(printable(text).split())  # one line per row, whatever the cell holds
    if display_width(text) <= limit:
        return text
    while text and display_width(text) > limit - 3:
        text = text[:-1]
    return text + "..."


def pad(text: str, width: int, right: bool = False) -> str:
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def render_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()
) -> str:
    """Columns aligned by display width, so Chinese text lines up in a terminal."""
    headers = [printable(h, multiline=False) for h in headers]
    rows = [[printable(c, multiline=False) for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = (pad(c, w, i in right) for i, (c, w) in enumerate(zip(cells, widths, strict=True)))
        return "  ".join(padded).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(row) for row in rows)
    return "\n".join(out)


def text_cell(value: object, decimals: int = 2) -> str:
    """A cell for people: enum labels, ISO dates, fixed decimals, empty for no value."""
    if value is None:
        return ""
    if isinstance(value, Labeled):
        return value.label()
    if isinstance(value, float):
        return f"{value:.{decimals}f}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return printable(str(value))


def json_value(value: object) -> Any:
    """A value for ``json.dumps``: enums carry their stored code and their label."""
    if isinstance(value, Labeled):
        return {"code": value.code, "label": value.label()}
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, tuple | list):
        return [json_value(item) for item in value]
    return value


def csv_cell(value: object, decimals: int = 2) -> str:
    """A CSV cell: numbers as numbers; lists as their items joined with "; "; any other text
    neutralised against formula injection (``spreadsheet_safety``), so ``=HYPERLINK(…)`` or a
    phone ``+86 138…`` held as text comes out quote-prefixed and a spreadsheet never runs it."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return text_cell(value, decimals)
    if isinstance(value, tuple | list):
        value = "; ".join(text_cell(item) for item in value)
    return neutralise(text_cell(value, decimals))


__all__ = ["csv_cell", "display_width", "fit", "json_value", "pad", "render_table", "text_cell"]
