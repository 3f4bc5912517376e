"""Orders and value: sales orders, HQ's monthly value figures (万元), the value models (价值模型)
and the monthly value snapshots (derived, not synced). HQ figures carry ``source = hq``, so
field-entered data is never overwritten by an import.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.db.base import Base, SyncedRow
from kam_desktop.db.types import LabeledType
from kam_desktop.domain.enums import RecordSource, ValueTier


class SalesOrder(SyncedRow, Base):
    __tablename__ = "sales_order"
    __table_args__ = (
        Index("ix_sales_order_account_date", "account_id", "order_date"),
        Index("ix_sales_order_hq_ref", "hq_ref"),
    )
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"))
    order_date: Mapped[date] = mapped_column(Date)
    amount: Mapped[float] = mapped_column(Float)  # 万元
    product: Mapped[str | None] = mapped_column(String(200))
    quantity: Mapped[float | None] = mapped_column(Float)
    repurchase_cycle_days: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[RecordSource] = mapped_column(
        LabeledType(RecordSource), default=RecordSource.FIELD
    )
    hq_ref: Mapped[str | None] = mapped_column(String(64))


class ValueRecord(SyncedRow, Base):
    """HQ value figures per account per month (万元)."""

    __tablename__ = "value_record"
    __table_args__ = (UniqueConstraint("account_id", "month"),)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"))
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    sales: Mapped[float | None] = mapped_column(Float)
    gross_margin: Mapped[float | None] = mapped_column(Float)
    collected: Mapped[float | None] = mapped_column(Float)  # 回款
    cost_to_serve: Mapped[float | None] = mapped_column(Float)
    source: Mapped[RecordSource] = mapped_column(LabeledType(RecordSource), default=RecordSource.HQ)


class ValueModel(SyncedRow, Base):
    """A named set of weighted indicators (价值模型, DOMAIN §7.1)."""

    __tablename__ = "value_model"
    name: Mapped[str] = mapped_column(String(60), unique=True)
    weights: Mapped[dict[str, float]] = mapped_column(JSON)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)


class IndicatorCache(Base):
    """Every live account's value indicators (DOMAIN §7.1) as the last cache refresh computed
    them (derived, not synced), stored as one matrix: rescoring after a change of weights or
    tier rule, and the current month's snapshot, weigh these rather than summing every value
    record again, and read them in milliseconds rather than row by row.

    Row 1 holds the indicators; row 2 the value points (lifetime, referral) the refresh keeps
    with the quadrant medians (``services/value/point_cache``), in the same form.
    ``account_ids``: the ids, UTF-8, newline-separated; ``matrix``: one row
    of float64 (little-endian) per id, one column per name in ``indicators`` (comma-separated:
    a cache of another indicator set is not used); NaN is "no data". ``tier_medians``: per tier,
    each indicator's median percentile rank among the tier's accounts."""

    __tablename__ = "indicator_cache"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    computed_for: Mapped[date] = mapped_column(Date)
    indicators: Mapped[str] = mapped_column(String(400))
    account_ids: Mapped[bytes] = mapped_column(LargeBinary)
    matrix: Mapped[bytes] = mapped_column(LargeBinary)
    # {tier code or "all": [median percentile rank per indicator]}: the Value tab's profile
    tier_medians: Mapped[dict[str, list[float | None]] | None] = mapped_column(JSON)


class ValueSnapshot(Base):
    """Monthly snapshot of an account's indicators, score and tier (derived, not synced)."""

    __tablename__ = "value_snapshot"
    __table_args__ = (
        UniqueConstraint("account_id", "month", "model_id"),
        Index("ix_value_snapshot_month", "month", "model_id"),  # movers, falling accounts
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # look-ups by account use the unique (account_id, month, model_id) index
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"))
    model_id: Mapped[str | None] = mapped_column(ForeignKey("value_model.id"))
    month: Mapped[str] = mapped_column(String(7))
    indicators: Mapped[dict[str, float | None]] = mapped_column(JSON)
    score: Mapped[float | None] = mapped_column(Float)
    tier: Mapped[ValueTier | None] = mapped_column(LabeledType(ValueTier))
