"""Book-level rows: facts about this book (``BookMeta``, never synced) and the settings shared
with a team through sync (``Setting``).
"""

from __future__ import annotations

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.db.base import Base, SyncedRow


class BookMeta(Base):
    """Key/value facts about this book: device id, owner (the rep), creation time, app version."""

    __tablename__ = "book_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(SyncedRow, Base):
    """A book setting (rule thresholds, holiday dates...), shared with a team through sync."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[object] = mapped_column(JSON)
