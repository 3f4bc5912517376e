"""What the book remembers of HQ imports (not synced): the import log, the named column mappings
(mapping profiles) offered again for a list with the same headers, and each account's HQ-owned
values as HQ last sent them — the baseline that tells a field the rep edited locally from one
HQ changed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.db.base import Base
from kam_desktop.db.types import UTCDateTime


class ImportLog(Base):
    """One import that changed the book (a dry run or a cancelled one leaves no line)."""

    __tablename__ = "import_log"
    __table_args__ = (Index("ix_import_log_sha256", "sha256"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))  # hq_accounts | hq_values | hq_orders | sync
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rows_ok: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    # where a problem was (row, column, reason code) — never the cell's value
    problems: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    file_size: Mapped[int | None] = mapped_column(Integer)
    sha256: Mapped[str | None] = mapped_column(String(64))
    encoding: Mapped[str | None] = mapped_column(String(40))
    file_format: Mapped[dict[str, object] | None] = mapped_column(JSON)  # sheet, delimiter …
    mapping: Mapped[dict[str, str] | None] = mapped_column(JSON)  # header → field
    counts: Mapped[dict[str, int] | None] = mapped_column(JSON)  # outcome → rows


class ImportMapping(Base):
    """A named column mapping (mapping profile) for lists with these headers."""

    __tablename__ = "import_mapping"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    list_kind: Mapped[str] = mapped_column(String(20))  # accounts | values | orders
    headers: Mapped[list[str]] = mapped_column(JSON)  # normalised header texts, in file order
    columns: Mapped[dict[str, str]] = mapped_column(JSON)  # normalised header → field
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class AccountHqBaseline(Base):
    """The HQ-owned values of one account as the last HQ import wrote them."""

    __tablename__ = "account_hq_baseline"
    account_id: Mapped[str] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    hq_values: Mapped[dict[str, object]] = mapped_column(JSON)  # field → stored form
    import_log_id: Mapped[int | None] = mapped_column(Integer)
