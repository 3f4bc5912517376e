"""Opening an account book: create it or upgrade it to head, never damage what is not a book.

A book is an SQLite file whose header carries our ``application_id``. Before anything writes to
a file, ``book_file`` reads its header, revision and ``PRAGMA quick_check`` read-only, so a CSV,
random bytes, another program's database, a damaged book or a book from a newer KAM Desktop is
refused and left byte-for-byte untouched. Upgrading writes a verified backup first
(``backups``) and runs in one transaction (``upgrade``). A book we may not write (read-only file,
folder or drive) opens read-only, with a notice. Every SQLite failure later raises a typed error
(``sqlite_errors``); SQL parameters never appear in errors or logs (``hide_parameters``).
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop import __version__
from kam_desktop.db import backups, migrate, name_keys
from kam_desktop.db.backups import APPLICATION_ID, BOOK_SUFFIX, SQLITE_MAGIC, read_only_uri
from kam_desktop.db.base import SyncedRow
from kam_desktop.db.book_file import compare, inspect_book
from kam_desktop.db.models import BookMeta
from kam_desktop.db.sqlite_errors import damaged_error, translate_errors, typed_error, write_blocker
from kam_desktop.db.types import utc_now
from kam_desktop.db.upgrade import expected_schema, upgrade_to_head
from kam_desktop.domain import book_errors as be
from kam_desktop.domain.errors import BookTooNew, BookUnreadable, KamError, NotABook, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 10.0  # how long a write waits for another program before "locked"
CHECK_BUDGET_S = 2.0  # the quick check at open stops after this (see book_file.inspect_book)


@dataclass
class Book:
    """An open account book. Services take one and open their own sessions from it."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    device_id: str
    meta: dict[str, str] = field(default_factory=dict)
    read_only: bool = False  # the file, its folder or its drive cannot be written
    checked: bool = True  # False: the quick check at open ran out of time
    notices: tuple[KamError, ...] = ()  # what to tell the rep (read-only, repaired)

    def close(self) -> None:
        if self.read_only:
            self.engine.dispose()
            return
        try:
            with self.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA optimize")  # keeps query plans good (sqlite.org)
        except Exception:  # closing must never fail because of housekeeping
            log.warning("PRAGMA optimize failed on close", exc_info=True)
        self.engine.dispose()

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _reason(text: str) -> Text:
    return Text("errors", text)


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()
    name_keys.install(dbapi_connection)  # pinyin keys on every write path (schema 0006)


def _on_connect_read_only(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _make_engine(path: Path, *, read_only: bool = False) -> Engine:
    if read_only:
        uri = read_only_uri(path)  # immutable when there is no -wal: no side files

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_S)

        engine = create_engine("sqlite://", creator=connect, hide_parameters=True)
        event.listen(engine, "connect", _on_connect_read_only)
    else:
        engine = create_engine(
            f"sqlite:///{path}",
            hide_parameters=True,  # SQL parameters are row values: never in errors or logs
            connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_S},
        )
        event.listen(engine, "connect", _on_connect)
    translate_errors(engine, path)
    return engine


def _stamp_synced_rows(session: Session, _context: Any, _instances: Any) -> None:
    """Every syncable change carries who (device) and when, and bumps the revision."""
    device = session.info.get("device_id", "")
    now = utc_now()
    for obj in session.new:
        if isinstance(obj, SyncedRow):
            obj.created_at = obj.created_at or now
            obj.updated_at = now if obj.updated_at is None else obj.updated_at
            obj.updated_by = obj.updated_by or device
            obj.revision = obj.revision or 1
    for obj in session.dirty:
        if isinstance(obj, SyncedRow) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by = device
            obj.revision = (obj.revision or 0) + 1


def _upgrade(path: Path, revision: str | None, schema: Any) -> list[KamError]:
    """Back up and upgrade an existing book behind head; the notices for the rep."""
    diff = compare(schema, expected_schema(revision))
    # Less than its stamp says (no step of ours can finish that), or unstamped tables holding
    # rows (not ours to drop): only a backup can help.
    if diff.missing or (revision is None and _has_rows(path, diff.extra_tables)):
        log.warning("book schema does not match its stamp %s", revision)
        raise damaged_error(path, be.DAMAGED_UPGRADE)
    stamp = revision or "base"
    try:
        backup = backups.reusable_backup(path, stamp) or backups.write_backup(path, stamp)
    except (sqlite3.Error, OSError) as exc:
        typed = typed_error(exc, path) if isinstance(exc, sqlite3.Error) else None
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise typed or BookUnreadable(path=str(path), reason=reason) from None
    try:
        upgrade_to_head(path, busy_timeout=BUSY_TIMEOUT_S, undo=diff)
    except KamError:
        raise
    except Exception as exc:
        log.error("upgrade of %s failed: %s", path.name, type(exc).__name__)
        raise be.UpgradeFailed(
            path=str(path), reason=type(exc).__name__, backup=backup.name
        ) from None
    if diff.ahead:
        return [be.UpgradeRepaired(path=str(path), backup=backup.name)]
    return []


def _has_rows(path: Path, tables: tuple[str, ...]) -> bool:
    conn = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return any(
            conn.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None
            for table in tables
        )
    finally:
        conn.close()


def _create(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BookUnreadable(path=str(path), reason=exc.strerror or str(exc)) from exc
    try:
        upgrade_to_head(
            path, busy_timeout=BUSY_TIMEOUT_S, new_book=True, application_id=APPLICATION_ID
        )
    except BaseException:
        _remove_book_files(path)
        raise


def open_book(path: str | Path, *, create: bool = True, owner: str | None = None) -> Book:
    """Open (creating or upgrading as needed) the book at ``path``.

    Raises ``NotABook``, ``BookTooNew``, ``BookUnreadable``, ``BookDamaged`` (with its
    backups), ``BookReadOnlyNeedsUpgrade``, ``BookLocked``, ``UpgradeFailed``…; in each case
    the book is as it was.
    """
    path = Path(path)
    head = migrate.head_revision()
    notices: list[KamError] = []
    blocker: str | None = None
    checked = True
    if path.exists():
        if path.is_dir():
            raise NotABook(
                path=str(path), reason=_reason(QT_TRANSLATE_NOOP("errors", "it is a folder"))
            )
        blocker = write_blocker(path)
        facts = inspect_book(path, with_schema=True, budget=CHECK_BUDGET_S)
        checked = facts.checked
        revision = facts.revision
        if revision is not None and revision not in migrate.known_revisions():
            raise BookTooNew(path=str(path), revision=revision)
        if revision != head:
            if blocker is not None:
                raise be.BookReadOnlyNeedsUpgrade(path=str(path), reason=_reason(blocker))
            notices += _upgrade(path, revision, facts.schema)
        if blocker is not None:
            notices.append(be.OpenedReadOnly(path=str(path), reason=_reason(blocker)))
    elif not create:
        raise BookUnreadable(
            path=str(path), reason=_reason(QT_TRANSLATE_NOOP("errors", "the file does not exist"))
        )
    else:
        _create(path)

    read_only = blocker is not None
    engine = _make_engine(path, read_only=read_only)
    try:
        sessions = sessionmaker(engine, expire_on_commit=False)
        meta = _read_meta(sessions) if read_only else _ensure_meta(sessions, owner)
        if not read_only:
            name_keys.fill_missing(engine)  # names another program wrote (see name_keys)
    except Exception:
        engine.dispose()
        raise
    device_id = meta["device_id"]
    sessions.configure(info={"device_id": device_id})
    event.listen(sessions, "before_flush", _stamp_synced_rows)
    return Book(
        path=path,
        engine=engine,
        sessions=sessions,
        device_id=device_id,
        meta=meta,
        read_only=read_only,
        checked=checked,
        notices=tuple(notices),
    )


def _read_meta(sessions: sessionmaker[Session]) -> dict[str, str]:
    with sessions() as s:
        meta = {m.key: m.value for m in s.scalars(select(BookMeta))}
    meta.setdefault("device_id", "")
    return meta


def _ensure_meta(sessions: sessionmaker[Session], owner: str | None) -> dict[str, str]:
    with sessions.begin() as s:
        meta = {m.key: m.value for m in s.scalars(select(BookMeta))}
        defaults = {
            "device_id": str(uuid.uuid4()),
            "created_at": utc_now().isoformat(),
            "created_by_version": __version__,
            "owner": owner or "",
        }
        for key, value in defaults.items():
            if key not in meta:
                s.add(BookMeta(key=key, value=value))
                meta[key] = value
        return meta


def _remove_book_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def set_meta(book: Book, key: str, value: str) -> None:
    with book.sessions.begin() as s:
        s.merge(BookMeta(key=key, value=value))
    book.meta[key] = value


def copy_book(book: Book, target: Path) -> None:
    """A consistent copy of an open book (used for backups and the demo template)."""
    with book.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        dest = sqlite3.connect(target)
        with dest:
            raw.backup(dest)  # type: ignore[attr-defined]
        dest.close()


__all__ = [
    "APPLICATION_ID",
    "BOOK_SUFFIX",
    "SQLITE_MAGIC",
    "Book",
    "copy_book",
    "open_book",
    "set_meta",
]
