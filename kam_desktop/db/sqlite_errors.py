"""SQLite failures the rep can meet, turned into typed, translated errors without row values.

``typed_error`` maps an ``sqlite3`` or SQLAlchemy exception (by SQLite's result code) to a
``KamError``; ``translate_errors`` installs it on an engine (``handle_error``), so every service
raises ``BookLocked``, ``BookReadOnly``, ``DiskFull``, ``BookDamaged``… instead of library
text. ``safe_description`` describes any database exception without its SQL parameters: only
types, SQLite's own message (which never quotes bound values) and the statement text.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from pathlib import Path

from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Engine, ExceptionContext

from kam_desktop.domain import book_errors as be
from kam_desktop.domain.errors import BookUnreadable, KamError, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

# SQLite's primary result codes (sqlite.org/rescode.html).
PERM, BUSY, LOCKED, READONLY, INTERRUPT, IOERR, CORRUPT, FULL, CANTOPEN, CONSTRAINT, NOTADB = (
    3, 5, 6, 8, 9, 10, 11, 13, 14, 19, 26,
)  # fmt: skip

# When a code is missing (errors raised by the sqlite3 module itself), the message decides.
_BY_MESSAGE = (
    ("database is locked", BUSY),
    ("readonly database", READONLY),
    ("disk image is malformed", CORRUPT),
    ("file is not a database", NOTADB),
    ("database or disk is full", FULL),
    ("disk i/o error", IOERR),
    ("unable to open database file", CANTOPEN),
    ("interrupted", INTERRUPT),
)


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    if isinstance(exc, sa_exc.DBAPIError):
        exc = exc.orig  # type: ignore[assignment]
    return exc if isinstance(exc, sqlite3.Error) else None


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc``, or None if it is not an SQLite error."""
    error = _sqlite_error(exc)
    if error is None:
        return None
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    text = str(error).lower()
    return next((c for needle, c in _BY_MESSAGE if needle in text), None)


def write_blocker(path: Path) -> str | None:
    """Why ``path`` cannot be written (a reason text to translate), or None if it can be."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return be.READ_ONLY_DRIVE
    except OSError:
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return be.READ_ONLY_FILE
    if not os.access(path.parent, os.W_OK):
        return be.READ_ONLY_FOLDER
    return None


def damaged_error(path: Path, reason: str) -> KamError:
    """``BookDamaged`` listing the verified backups beside ``path``, or the no-backup message."""
    from kam_desktop.db.backups import list_backups  # backups use this module's errors

    entries = tuple(be.BackupEntry(b.path.name, b.taken_at, b.revision) for b in list_backups(path))
    if not entries:
        return be.BookDamagedNoBackup(path=str(path), reason=Text("errors", reason))
    return be.BookDamaged(
        path=str(path), reason=Text("errors", reason), backups=be.BackupList(entries)
    )


# "CHECK constraint failed: ck_contact_attitude_range", "UNIQUE constraint failed: account.code",
# "FOREIGN KEY constraint failed": names and kinds only, never values.
_CONSTRAINT = re.compile(r"([A-Z][A-Z ]*?) constraint failed(?:: (.+))?$")


def typed_error(exc: BaseException, path: Path) -> KamError | None:
    """The ``KamError`` the rep should see for ``exc`` on the book at ``path`` (None: unknown)."""
    code = result_code(exc)
    where = str(path)
    if code in (BUSY, LOCKED):
        return be.BookLocked(path=where)
    if code in (READONLY, PERM):
        reason = write_blocker(path) or be.READ_ONLY_FILE
        return be.BookReadOnly(path=where, reason=Text("errors", reason))
    if code == FULL:
        return be.DiskFull(path=where)
    if code in (CORRUPT, NOTADB):
        return damaged_error(path, be.DAMAGED_PAGES)
    if code == IOERR:
        return be.DiskError(path=where)
    if code == CANTOPEN:
        reason = write_blocker(path)
        if reason is not None:
            return be.BookReadOnly(path=where, reason=Text("errors", reason))
        text = QT_TRANSLATE_NOOP("errors", "the file or its folder cannot be opened")
        return BookUnreadable(path=where, reason=Text("errors", text))
    if code == CONSTRAINT:
        error = _sqlite_error(exc)
        found = _CONSTRAINT.search(str(error)) if error is not None else None
        rule = (found.group(2) or found.group(1)) if found else "?"
        return be.RefusedByBook(rule=rule)
    return None


def safe_description(exc: BaseException) -> str:
    """``exc`` as one line without SQL parameters (nor values quoted by a type's converter)."""
    name = type(exc).__name__
    if isinstance(exc, sa_exc.StatementError):
        orig = exc.orig
        inner = f"{type(orig).__name__}: {orig}" if isinstance(orig, sqlite3.Error) else (
            type(orig).__name__ if orig is not None else ""
        )  # fmt: skip
        statement = " ".join((exc.statement or "").split())
        return f"{name} ({inner}) [SQL: {statement}]"
    if isinstance(exc, sa_exc.SQLAlchemyError):
        return name  # other library errors may quote objects or values
    if isinstance(exc, sqlite3.Error):
        return f"{name}: {exc}"
    return ""  # not a database error: the caller decides


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, sa_exc.SQLAlchemyError | sqlite3.Error)


def translate_errors(engine: Engine, path: Path) -> None:
    """Make every SQLite failure on ``engine`` raise the typed error for the book at ``path``."""

    def handle(context: ExceptionContext) -> None:
        typed = typed_error(context.original_exception, path)
        if typed is None:
            return
        statement = " ".join((context.statement or "").split())[:200]
        log.info(
            "database error %s (code %s) on: %s",
            type(context.original_exception).__name__,
            result_code(context.original_exception),
            statement,
        )
        raise typed

    event.listen(engine, "handle_error", handle)
