"""Facts about an open book: identity, schema revision, a full quick check, its backups and row
counts per syncable entity. A damaged book raises ``BookDamaged`` naming its backups."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from kam_desktop.db import migrate
from kam_desktop.db.book import Book
from kam_desktop.db.models import SYNCED_MODELS
from kam_desktop.db.sqlite_errors import damaged_error
from kam_desktop.domain.book_errors import DAMAGED_PAGES, BackupEntry
from kam_desktop.services.book.backups import book_backups


@dataclass(frozen=True)
class EntityCount:
    """Rows of one syncable table: live ones and tombstones (soft-deleted, kept for sync)."""

    entity: str  # the table name, e.g. "account"
    live: int
    deleted: int


@dataclass(frozen=True)
class BookInfo:
    path: Path
    device_id: str
    owner: str
    schema_revision: str | None
    head_revision: str
    created_at: datetime | None
    created_by_version: str
    entities: tuple[EntityCount, ...]
    read_only: bool = False
    check_seconds: float = 0.0  # PRAGMA quick_check over the whole file: "ok" or it raised
    backups: tuple[BackupEntry, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Live rows per entity."""
        return {e.entity: e.live for e in self.entities}

    @property
    def deleted(self) -> dict[str, int]:
        """Soft-deleted rows per entity."""
        return {e.entity: e.deleted for e in self.entities}

    @property
    def up_to_date(self) -> bool:
        return self.schema_revision == self.head_revision


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def book_info(book: Book) -> BookInfo:
    """Raises ``BookDamaged`` (or ``BookDamagedNoBackup``) if the full check finds damage."""
    entities: list[EntityCount] = []
    with book.engine.connect() as conn:
        started = time.perf_counter()
        verdict = conn.exec_driver_sql("PRAGMA quick_check").all()
        check_seconds = time.perf_counter() - started
        if [tuple(row) for row in verdict] != [("ok",)]:
            raise damaged_error(book.path, DAMAGED_PAGES)
        revision = migrate.current_revision(conn)
    with book.sessions() as s:
        for model in SYNCED_MODELS:
            is_deleted = model.deleted_at.is_not(None)
            rows = s.execute(select(is_deleted, func.count()).group_by(is_deleted)).all()
            by_state = {bool(deleted): count for deleted, count in rows}
            entities.append(
                EntityCount(
                    entity=model.__tablename__,  # type: ignore[attr-defined]
                    live=by_state.get(False, 0),
                    deleted=by_state.get(True, 0),
                )
            )
    return BookInfo(
        path=book.path,
        device_id=book.device_id,
        owner=book.meta.get("owner", ""),
        schema_revision=revision,
        head_revision=migrate.head_revision(),
        created_at=_parse_time(book.meta.get("created_at")),
        created_by_version=book.meta.get("created_by_version", ""),
        entities=tuple(entities),
        read_only=book.read_only,
        check_seconds=check_seconds,
        backups=book_backups(book.path),
    )
