"""Sync bookkeeping (not synced itself): the peers this book has exchanged packages with, the
merge bases and the conflicts kept for the rep. The import log is in ``hq_import``.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.db.base import Base
from kam_desktop.db.types import UTCDateTime


class SyncPeer(Base):
    """Another book this one has exchanged sync packages with."""

    __tablename__ = "sync_peer"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(100))
    last_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SyncBase(Base):
    """The last agreed state of a row, the base of a three-way merge."""

    __tablename__ = "sync_base"
    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, object]] = mapped_column(JSON)


class SyncConflict(Base):
    """A field both sides changed: kept, readable, for the rep to decide."""

    __tablename__ = "sync_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    local_value: Mapped[object] = mapped_column(JSON)
    remote_value: Mapped[object] = mapped_column(JSON)
    remote_device: Mapped[str] = mapped_column(String(36))
    detected_at: Mapped[datetime] = mapped_column(UTCDateTime())
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolution: Mapped[str | None] = mapped_column(String(20))  # local | remote
