"""Database failures as the front ends show them: a typed message, or details without values.

The book's engine already turns SQLite failures into typed errors (``db.sqlite_errors``); this
is the net under it for the few raised elsewhere (raw ``sqlite3`` queries, errors met while
connecting), and the way the GUI and the CLI describe an unexpected error: SQL statements and
library messages yes, SQL parameters (the rep's rows: names, phones, birthdays) never.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from kam_desktop.db.sqlite_errors import is_database_error, safe_description, typed_error
from kam_desktop.domain.errors import KamError


def user_error(exc: BaseException, book_path: Path | None = None) -> KamError | None:
    """The typed error for a database failure (locked, read-only, full, damaged), or None."""
    if isinstance(exc, KamError) or not is_database_error(exc):
        return None
    return typed_error(exc, book_path or Path("?"))


def involves_database(exc: BaseException) -> bool:
    """True when ``exc`` or an exception it chains is a database error."""
    return any(is_database_error(e) for e in _chain(exc))


def describe(exc: BaseException) -> str:
    """One line naming ``exc``; a database error's SQL parameters are left out."""
    if is_database_error(exc):
        return safe_description(exc)
    return f"{type(exc).__name__}: {exc}"


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    return list(reversed(found))


def details(exc: BaseException) -> str:
    """A traceback for support, as Python prints it, but each exception line by ``describe``."""
    parts: list[str] = []
    for i, error in enumerate(_chain(exc)):
        if i:
            parts.append("\nThe above exception led to the following exception:\n\n")
        frames = traceback.extract_tb(error.__traceback__)
        if frames:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_list(frames))
        parts.append(describe(error) + "\n")
    return "".join(parts)
