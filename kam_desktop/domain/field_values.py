"""Checks every entity's validation shares: text (no control characters, no lone surrogates),
numbers (finite, in range), enumeration codes, dates and lists.

A draft reaches validation from a form, an import or a script, so a field may hold any Python
value. Each check returns the problem (a ``KamError`` without the value: a message never shows
what was typed, which may be someone's phone or name) or ``None``; the callers wrap it in a
``FieldProblem`` naming the field. ``printable`` is the export side: what older books may still
hold is written without raw control characters.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from enum import Enum

from kam_desktop.domain.errors import BadChoice, KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

# C0 controls, DEL and C1 controls; tab and line ends are allowed where a field is multi-line
# (normalising makes every line end a newline).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85]")

#: The largest whole number a book column holds (SQLite's INTEGER is 64-bit).
MAX_INTEGER = 2**63 - 1


class ControlCharacter(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "contains a control character (such as a line break or an escape); remove it."
    )


class NotText(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "contains a broken character that is not text; type or paste it again."
    )


class NotAText(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be text.")


class NotFinite(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a number (not infinite or “not a number”).")


class NumberOutOfRange(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a number from {low} to {high}.")


class NotAWholeNumber(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a whole number.")


class UnknownChoice(BadChoice):
    template = QT_TRANSLATE_NOOP(
        "errors", "is not one of the allowed values; choose one from the list."
    )


class NotADate(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a date (YYYY-MM-DD).")


class NotATime(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a date and time.")


class NotAList(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a list of entries, not a single text.")


class NotAYesNo(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be yes or no.")


def tidy_breaks(text: str) -> str:
    """Windows and Mac line ends (and Unicode line separators) as plain newlines."""
    return _BREAKS.sub("\n", text)


def text_problem(value: object, *, multiline: bool = False) -> KamError | None:
    """Text that may be stored: a ``str`` without lone surrogates or control characters (tab
    and newline allowed in a multi-line field). ``None`` is no value and fine."""
    if value is None:
        return None
    if not isinstance(value, str):
        return NotAText()
    if _SURROGATE.search(value):
        return NotText()
    pattern = _CONTROL if multiline else _CONTROL_OR_BREAK
    if pattern.search(value):
        return ControlCharacter()
    return None


def number_problem(
    value: object, low: float, high: float, *, whole: bool = False
) -> KamError | None:
    """A finite number (an ``int`` when ``whole``) from ``low`` to ``high``; ``None`` is fine."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return NotAWholeNumber() if whole else NotFinite()
    if whole and not isinstance(value, int):
        return NotAWholeNumber()
    if isinstance(value, float) and not math.isfinite(value):
        return NotFinite()
    if not low <= value <= high:
        return NumberOutOfRange(low=_shown(low), high=_shown(high))
    return None


def _shown(bound: float) -> str:
    return f"{bound:,.0f}" if float(bound).is_integer() else str(bound)


def choice_problem(value: object, enum: type[Enum], *, required: bool = False) -> KamError | None:
    """A member of ``enum`` (``None`` only when not required)."""
    if value is None and not required:
        return None
    return None if isinstance(value, enum) else UnknownChoice()


def date_problem(value: object) -> KamError | None:
    """A calendar date (not a datetime, not a string); ``None`` is fine."""
    if value is None or (isinstance(value, date) and not isinstance(value, datetime)):
        return None
    return NotADate()


def time_problem(value: object) -> KamError | None:
    """A datetime; ``None`` is fine."""
    return None if value is None or isinstance(value, datetime) else NotATime()


def flag_problem(value: object) -> KamError | None:
    return None if isinstance(value, bool) else NotAYesNo()


def list_problem(value: object, item_type: type | tuple[type, ...] = str) -> KamError | None:
    """A list or tuple whose entries are ``item_type`` (a bare string is not a list)."""
    if not isinstance(value, list | tuple):
        return NotAList()
    if not all(isinstance(item, item_type) for item in value):
        return NotAList()
    return None


def as_tuple(value: object) -> object:
    """A list as a tuple; anything else unchanged (and flagged by ``list_problem``)."""
    return tuple(value) if isinstance(value, list) else value


def printable(text: str, *, multiline: bool = True) -> str:
    """``text`` for a file or terminal: control characters and lone surrogates dropped, line
    ends as ``\\n`` and tabs kept in a multi-line value, each a space otherwise."""
    if text.isprintable():  # no control character, surrogate, tab or line end: nothing to do
        return text  # (a check in C: tables of 100,000 rows print a million cells)
    text = _CONTROL.sub("", _SURROGATE.sub("", tidy_breaks(text)))
    return text if multiline else text.replace("\n", " ").replace("\t", " ")


__all__ = [
    "MAX_INTEGER",
    "ControlCharacter",
    "NotADate",
    "NotAList",
    "NotAText",
    "NotATime",
    "NotAWholeNumber",
    "NotAYesNo",
    "NotFinite",
    "NotText",
    "NumberOutOfRange",
    "UnknownChoice",
    "as_tuple",
    "choice_problem",
    "date_problem",
    "flag_problem",
    "list_problem",
    "number_problem",
    "printable",
    "text_problem",
    "tidy_breaks",
    "time_problem",
]
