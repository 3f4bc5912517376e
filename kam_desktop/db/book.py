"""Opening an account book: create it or upgrade it to head, never damage what is not a book.

A book is an SQLite file whose header carries our ``application_id``. Before anything writes to
a file we read its header bytes and (read-only) its schema revision, so a CSV, random bytes, an
empty file, another program's database or a book from a newer KAM Desktop is refused and left
byte-for-byte untouched. Upgrading writes a backup copy first.
"""

from __future__ import annotations

import logging
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from kam_desktop import __version__
from kam_desktop.db import migrate
from kam_desktop.db.base import SyncedRow
from kam_desktop.db.models import BookMeta
from kam_desktop.db.types import utc_now
from kam_desktop.domain.errors import BookTooNew, BookUnreadable, NotABook, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

APPLICATION_ID = 0x4B414D42  # "KAMB", in the SQLite header at offset 68
SQLITE_MAGIC = b"SQLite format 3\x00"
BOOK_SUFFIX = ".kambook"


@dataclass
class Book:
    """An open account book. Services take one and open their own sessions from it."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]
    device_id: str
    meta: dict[str, str] = field(default_factory=dict)

    def close(self) -> None:
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


def _inspect_file(path: Path) -> str | None:
    """The schema revision of an existing book (None if it has none yet); raise if not a book."""
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise BookUnreadable(path=str(path), reason=exc.strerror or str(exc)) from exc
    if not header:
        raise NotABook(path=str(path), reason=_reason(QT_TRANSLATE_NOOP("errors", "it is empty")))
    if not header.startswith(SQLITE_MAGIC) or len(header) < 100:
        raise NotABook(
            path=str(path), reason=_reason(QT_TRANSLATE_NOOP("errors", "it is not a database"))
        )
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != APPLICATION_ID:
        raise NotABook(
            path=str(path),
            reason=_reason(QT_TRANSLATE_NOOP("errors", "it is another program's database")),
        )
    try:
        # A read-only connection to a WAL file creates -wal/-shm and cannot remove them. With
        # no -wal file there is nothing uncommitted to see, so read the file as immutable.
        wal = Path(f"{path}-wal")
        mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "no such table" in str(exc):
            return None
        raise NotABook(
            path=str(path), reason=_reason(QT_TRANSLATE_NOOP("errors", "it is damaged"))
        ) from exc
    return row[0] if row else None


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": 15},
    )
    event.listen(engine, "connect", _on_connect)
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


def backup_path_for(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.backup-r{revision}-{stamp}{path.suffix or BOOK_SUFFIX}")


def _backup(path: Path, revision: str) -> Path:
    target = backup_path_for(path, revision)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    log.info("backed up book before upgrade to %s", target.name)
    return target


def open_book(path: str | Path, *, create: bool = True, owner: str | None = None) -> Book:
    """Open (creating or upgrading as needed) the book at ``path``.

    Raises ``NotABook``, ``BookTooNew`` or ``BookUnreadable``; in each case the file is unchanged.
    """
    path = Path(path)
    head = migrate.head_revision()
    existed = path.exists()
    if existed:
        if path.is_dir():
            raise NotABook(
                path=str(path), reason=_reason(QT_TRANSLATE_NOOP("errors", "it is a folder"))
            )
        revision = _inspect_file(path)
        if revision is not None and revision not in migrate.known_revisions():
            raise BookTooNew(path=str(path), revision=revision)
        if revision != head:
            _backup(path, revision or "base")
    elif not create:
        raise BookUnreadable(
            path=str(path), reason=_reason(QT_TRANSLATE_NOOP("errors", "the file does not exist"))
        )
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise BookUnreadable(path=str(path), reason=exc.strerror or str(exc)) from exc
        revision = None

    engine = _make_engine(path)
    try:
        with engine.connect() as conn:
            if not existed:
                conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            if revision != head:
                # Batch migrations copy tables; foreign keys must be off while they do.
                conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
                conn.commit()
                migrate.upgrade(conn)
                conn.commit()
                conn.exec_driver_sql("PRAGMA foreign_keys = ON")
                # Move the new header (application_id) and schema from the WAL into the
                # file itself, so another process can recognise the book while it is open.
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        sessions = sessionmaker(engine, expire_on_commit=False)
        meta = _ensure_meta(sessions, owner)
    except Exception:
        engine.dispose()
        if not existed and path.exists():
            _remove_book_files(path)
        raise
    device_id = meta["device_id"]
    sessions.configure(info={"device_id": device_id})
    event.listen(sessions, "before_flush", _stamp_synced_rows)
    return Book(path=path, engine=engine, sessions=sessions, device_id=device_id, meta=meta)


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


__all__ = ["BOOK_SUFFIX", "Book", "copy_book", "open_book", "set_meta"]
