"""Workbook cells as the text a person typed.

A number comes back as written, never as ``1.3E+10`` or ``13000000000.0``: integral numbers
without a decimal point, others with at most the 15 significant digits Excel keeps, and a
number whose format pads it with zeros (``000000``: a code typed as 5112 shows as ``005112``)
padded the same way. Dates stay dates (a date-time at midnight is a date); times and durations
become text. The padding formats are found in ``xl/styles.xml`` (XLSX) or by xlrd (legacy XLS,
whose formats calamine does not give), so a workbook without any is read by calamine alone.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from kam_desktop.formats.hq_list.model import Cell

_PADDED = re.compile(r"^0{2,}$")
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def padded_width(number_format: str | None) -> int | None:
    """The width a zero-padding format (``000000``) pads integers to, else ``None``."""
    if not number_format:
        return None
    first = number_format.split(";", 1)[0].replace('"', "").replace("\\", "")
    return len(first) if _PADDED.match(first) else None


def number_text(value: float | int, number_format: str | None = None) -> str:
    """A number as typed: ``5112.0`` → ``5112``, ``13000000000.0`` → ``13000000000``."""
    if isinstance(value, float) and not value.is_integer():
        if value != value or value in (float("inf"), float("-inf")):
            return ""
        text = format(value, ".15g")
        return format(Decimal(text), "f") if "e" in text else text
    whole = int(value)
    width = padded_width(number_format)
    if width is not None and whole >= 0:
        return str(whole).zfill(width)
    return str(whole)


def cell_value(value: object, number_format: str | None = None) -> Cell:
    """Any value a workbook library returns, as a row cell."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return number_text(value, number_format)
    if isinstance(value, datetime):
        return value.date() if value.time() == time(0) else value.replace(tzinfo=None)
    if isinstance(value, date):
        return value
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def has_padding_formats(path: Path) -> bool:
    """Whether an XLSX's styles define a zero-padding number format used by any cell style."""
    try:
        with zipfile.ZipFile(path) as archive:
            styles = archive.read("xl/styles.xml")
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError, ValueError):
        return False
    try:
        root = ElementTree.fromstring(styles)
    except ElementTree.ParseError:
        return False
    padded = {
        fmt.get("numFmtId")
        for fmt in root.iter(f"{_NS}numFmt")
        if padded_width(fmt.get("formatCode")) is not None
    }
    if not padded:
        return False
    xfs = root.find(f"{_NS}cellXfs")
    return xfs is not None and any(xf.get("numFmtId") in padded for xf in xfs)


def xls_padding_formats(book: Any) -> set[int]:
    """The XF indexes of an xlrd book (opened with ``formatting_info``) whose number format pads
    with zeros."""
    padded = {key for key, fmt in book.format_map.items() if padded_width(fmt.format_str)}
    return {i for i, xf in enumerate(book.xf_list) if xf.format_key in padded}


def xls_format(book: Any, xf_index: int) -> str | None:
    fmt = book.format_map.get(book.xf_list[xf_index].format_key)
    return fmt.format_str if fmt is not None else None
