"""The account (客户): HQ-owned fields, field-owned fields and the derived caches the services
refresh (not synced). HQ-owned fields are listed in ``domain.accounts.account_fields.HQ_OWNED``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, Date, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.db.base import Base, SyncedRow
from kam_desktop.db.types import LabeledType, UTCDateTime
from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Grade,
    Industry,
    LifecycleStage,
    RelationshipMarketingLevel,
    RelationshipMode,
    RevisitSegment,
    SalesStage,
    SizeClass,
    SpinStage,
    ValueTier,
)

if TYPE_CHECKING:  # relationships name their target by string at run time
    from kam_desktop.db.models.contacts import Contact


class Account(SyncedRow, Base):
    __tablename__ = "account"
    __table_args__ = (
        Index("ix_account_name", "name"),
        Index("ix_account_city", "province", "city"),
        Index("ix_account_owner", "owner"),
        Index("ix_account_deleted_at", "deleted_at"),
    )

    # HQ-owned (DOMAIN §9)
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    credit_code: Mapped[str | None] = mapped_column(String(18), unique=True)
    hq_grade: Mapped[Grade | None] = mapped_column(LabeledType(Grade))
    size_class: Mapped[SizeClass | None] = mapped_column(LabeledType(SizeClass))
    hq_sales: Mapped[float | None] = mapped_column(Float)  # 年销售额(万元) from the HQ list
    hq_updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    # field-owned
    short_name: Mapped[str | None] = mapped_column(String(60))
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"), index=True)
    province: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(40))
    district: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    industry: Mapped[Industry | None] = mapped_column(LabeledType(Industry))
    sub_industry: Mapped[str | None] = mapped_column(String(80))
    source: Mapped[AccountSource | None] = mapped_column(LabeledType(AccountSource))
    referred_by_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"), index=True)
    status: Mapped[AccountStatus] = mapped_column(
        LabeledType(AccountStatus), default=AccountStatus.PROSPECT
    )
    lifecycle_stage: Mapped[LifecycleStage | None] = mapped_column(LabeledType(LifecycleStage))
    lifecycle_overridden: Mapped[bool] = mapped_column(Boolean, default=False)
    sales_stage: Mapped[SalesStage | None] = mapped_column(LabeledType(SalesStage))
    rm_level: Mapped[RelationshipMarketingLevel | None] = mapped_column(
        LabeledType(RelationshipMarketingLevel)
    )
    relationship_mode: Mapped[RelationshipMode | None] = mapped_column(
        LabeledType(RelationshipMode)
    )
    owner: Mapped[str | None] = mapped_column(String(40))
    annual_revenue: Mapped[float | None] = mapped_column(Float)  # 年营业额(万元)
    employees: Mapped[int | None] = mapped_column(Integer)
    phone: Mapped[str | None] = mapped_column(String(40))
    website: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[str | None] = mapped_column(String(500))  # comma-separated
    notes: Mapped[str | None] = mapped_column(Text)

    # derived caches, refreshed by services (not synced)
    value_score: Mapped[float | None] = mapped_column(Float)
    value_tier: Mapped[ValueTier | None] = mapped_column(LabeledType(ValueTier))
    value_incomplete: Mapped[bool] = mapped_column(Boolean, default=False)
    revisit_segment: Mapped[RevisitSegment | None] = mapped_column(LabeledType(RevisitSegment))
    sales_12m: Mapped[float | None] = mapped_column(Float)
    last_order_on: Mapped[date | None] = mapped_column(Date)
    last_visit_on: Mapped[date | None] = mapped_column(Date)
    map_gap_count: Mapped[int | None] = mapped_column(Integer)  # coverage gaps (DOMAIN §3.2)
    map_gaps: Mapped[list[str] | None] = mapped_column(JSON)  # their codes
    spin_stage: Mapped[SpinStage | None] = mapped_column(LabeledType(SpinStage))  # progress
    next_due_on: Mapped[date | None] = mapped_column(Date)  # earliest due revisit
    due_reasons: Mapped[list[str] | None] = mapped_column(JSON)  # RevisitRule codes due

    contacts: Mapped[list[Contact]] = relationship(back_populates="account")
    parent: Mapped[Account | None] = relationship(
        remote_side="Account.id", foreign_keys=[parent_id]
    )


class AccountChange(SyncedRow, Base):
    """A change HQ made to an HQ-owned field (a renamed company keeps its old name here)."""

    __tablename__ = "account_change"
    __table_args__ = (Index("ix_account_change_account", "account_id", "changed_at"),)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)  # the stored form (an enum's code)
    new_value: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(String(20))  # hq_import
    import_log_id: Mapped[int | None] = mapped_column(Integer)
