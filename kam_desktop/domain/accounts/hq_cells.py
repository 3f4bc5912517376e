"""One cell of an HQ list, cleaned: text, codes, dates and amounts as HQ's Excel and WPS files
write them (issue 10, point 3).

Cells arrive as the text a person typed (or a ``date`` for a real Excel date). Every function
here returns the clean value or a ``KamError`` describing the problem — never raises for a bad
cell, and never puts the cell's text into the problem (it may be a name or a phone number).

- Text: NFKC (full-width digits, letters, punctuation and the ideographic space U+3000 become
  half-width), trimmed (NBSP included), inner line breaks in one-line fields become one space;
  ``N/A``, ``-``, ``—``, ``无``, ``/`` and the like mean "no value" (``None``).
- Codes stay text: leading zeros kept; ``5112.0`` (a numeric cell some tool rendered as a float)
  is ``5112``; Excel's text-forcing ``="005112"`` and a leading ``'`` are unwrapped.
- Dates: Excel serial numbers (1900 date system, with Lotus's phantom 1900-02-29), ``yyyy-m-d``,
  ``yyyy/m/d``, ``yyyy.m.d``, ``yyyy年m月d日``, ``yyyymmdd``; only plausible years.
- Amounts: thousands separators, ``¥``, a unit from the header (the book stores 万元).
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta

from kam_desktop.domain.errors import KamError, NegativeNumber
from kam_desktop.domain.field_values import NotFinite, NumberOutOfRange
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

Cell = str | date


class NotAnAmount(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "is not an amount; write digits such as 12345.67 or 12,345.67."
    )


class UnknownUnit(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "the column's unit ({unit}) is not an amount unit; use 万元 or 元 in the header."
    )


class NotAListDate(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "is not a date; write 2026-03-15, 2026/3/15 or 2026年3月15日, or an Excel date."
    )


class ImplausibleDate(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is not a plausible date (years {first} to {last}).")


#: What HQ lists write for "no value" (compared after NFKC and case folding; NFKC already
#: turns the full-width ``－`` and ``／`` into these).
EMPTY_MARKERS = frozenset(
    {"", "n/a", "na", "#n/a", "-", "--", "—", "——", "–", "/", "无", "暂无", "null", "none"}
)

#: Dates outside these years are typing or mapping mistakes (a code in a date column reads as
#: a serial in 1913); HQ lists hold order and record dates of living companies.
FIRST_YEAR = 1970
LAST_YEAR = 2099

#: Multipliers from a header's unit to 万元 (10k CNY), the unit the book stores amounts in.
#: A header without a unit is taken as 万元, as in DOMAIN §10's 年销售额(万元).
UNIT_FACTORS: dict[str | None, float] = {
    None: 1.0,
    "万元": 1.0,
    "10kcny": 1.0,
    "元": 1e-4,
    "rmb": 1e-4,
    "cny": 1e-4,
    "千元": 0.1,
    "百万元": 100.0,
    "亿元": 10_000.0,
}
#: Amounts in 万元 are kept to 1e-6 (0.01 元): dividing by 10,000 must not invent fractions.
_AMOUNT_PLACES = 6


_BREAK_RUN = re.compile(r"\s*[\r\n\u2028\u2029\x85]+\s*")
_EXCEL_TEXT = re.compile(r'^="(.*)"$', re.DOTALL)
_FLOAT_CODE = re.compile(r"^(\d+)\.0+$")


def nfkc(text: str) -> str:
    """NFKC, trimmed, until stable (trimming can expose what NFKC would fold again)."""
    while True:
        cleaned = unicodedata.normalize("NFKC", text).strip()
        if cleaned == text:
            return cleaned
        text = cleaned


def is_empty_marker(text: str) -> bool:
    return nfkc(text).casefold() in EMPTY_MARKERS


def clean_text(cell: Cell | None, *, multiline: bool = False) -> str | None:
    """The cell as text to store, or ``None`` for no value. A date cell becomes ISO text."""
    if cell is None:
        return None
    if isinstance(cell, date):
        return cell.isoformat()
    text = nfkc(cell)
    if not multiline:
        text = nfkc(_BREAK_RUN.sub(" ", text))
    return None if text.casefold() in EMPTY_MARKERS else text


def clean_code(cell: Cell | None) -> str | None:
    """A code as text, exactly as HQ wrote it (leading zeros kept), without the wrappers that
    spreadsheets add to keep it text, and without a float's ``.0``."""
    text = clean_text(cell)
    if text is None:
        return None
    wrapped = _EXCEL_TEXT.match(text)
    if wrapped:
        text = wrapped.group(1)
    if text.startswith("'"):
        text = text[1:]
    floated = _FLOAT_CODE.match(text)
    if floated:
        text = floated.group(1)
    return clean_text(text)


# --- dates -------------------------------------------------------------------------------------

_EXCEL_EPOCH = date(1899, 12, 31)
_LOTUS_BUG = 60  # Excel's serial 60 is 1900-02-29, a day that never was
_SERIAL = re.compile(r"^\d{1,6}(?:\.\d+)?$")
_SEPARATED = re.compile(
    r"^(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"  # a time of day, as a datetime cell writes
)
_CHINESE = re.compile(r"^(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})[日号]?$")
_COMPACT = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})$")


def excel_serial_date(serial: int) -> date | None:
    """The date of an Excel serial number (1900 system), ``None`` for 0, 60 and negatives.

    Excel copied Lotus 1-2-3's leap day 1900-02-29: serials 1–59 count from 1899-12-31, and
    from 61 on everything is one day later than a plain count would say."""
    if serial <= 0 or serial == _LOTUS_BUG:
        return None
    offset = serial if serial < _LOTUS_BUG else serial - 1
    try:
        return _EXCEL_EPOCH + timedelta(days=offset)
    except OverflowError:
        return None


def _plausible(value: date) -> date | KamError:
    if FIRST_YEAR <= value.year <= LAST_YEAR:
        return value
    return ImplausibleDate(first=FIRST_YEAR, last=LAST_YEAR)


def _ymd(year: str, month: str, day: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(cell: Cell | None) -> date | KamError | None:
    """The date in a cell, ``None`` for an empty one, or why it is not a date."""
    if isinstance(cell, datetime):
        return _plausible(cell.date())
    if isinstance(cell, date):
        return _plausible(cell)
    text = clean_text(cell)
    if text is None:
        return None
    for pattern in (_SEPARATED, _CHINESE, _COMPACT):
        found = pattern.match(text)
        if found:
            parsed = _ymd(found["y"], found["m"], found["d"])
            return NotAListDate() if parsed is None else _plausible(parsed)
    if _SERIAL.match(text):
        serial = excel_serial_date(int(float(text)))
        return NotAListDate() if serial is None else _plausible(serial)
    return NotAListDate()


# --- amounts -----------------------------------------------------------------------------------

_AMOUNT = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:e[+-]?\d{1,3})?$")
_CURRENCY = re.compile(r"^[¥$]|^rmb|^cny|元$")


def parse_amount(cell: Cell | None, unit: str | None, high: float) -> float | KamError | None:
    """An amount in 万元 from a cell written in ``unit`` (the header's), or ``None`` when the
    cell is empty; negative, infinite, not-a-number and beyond ``high`` are refused."""
    if isinstance(cell, date):
        return NotAnAmount()
    text = clean_text(cell)
    if text is None:
        return None
    factor = UNIT_FACTORS.get(unit.casefold() if unit else None)
    if factor is None:
        return UnknownUnit(unit=unit)
    text = _CURRENCY.sub("", text.casefold().replace(" ", ""))
    found = _AMOUNT.match(text)
    if not found:
        try:
            special = float(text)
        except ValueError:
            return NotAnAmount()
        return NotFinite() if not math.isfinite(special) else NotAnAmount()
    if found.group(1) == "-" and float(text.replace(",", "")) != 0:
        return NegativeNumber()
    value = abs(float(text.replace(",", ""))) * factor
    if not math.isfinite(value):
        return NotFinite()
    if value > high:
        return NumberOutOfRange(low=0, high=f"{high:,.0f}")
    return round(value, _AMOUNT_PLACES)


__all__ = [
    "EMPTY_MARKERS",
    "FIRST_YEAR",
    "LAST_YEAR",
    "UNIT_FACTORS",
    "Cell",
    "ImplausibleDate",
    "NotAListDate",
    "NotAnAmount",
    "UnknownUnit",
    "clean_code",
    "clean_text",
    "excel_serial_date",
    "is_empty_marker",
    "nfkc",
    "parse_amount",
]
