"""The account (客户): HQ-owned fields, field-owned fields and the derived caches the services
refresh (not synced). HQ-owned fields are listed in ``domain.accounts.account_fields.HQ_OWNED``.

``name_key`` (pinyin order, ``domain.name_order``) and the ``account_search`` documents are kept
by SQL triggers (schema 0006, see that migration and ``db/name_keys.py``), never by hand.
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
        Index("ix_account_name_key", "name_key", "id"),
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

    # pinyin sort key of ``name`` (not synced): set by the app's connection triggers, NULL
    # while unknown (a rename by another program; filled when the app next opens the book)
    name_key: Mapped[str | None] = mapped_column(Text)

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


# The FTS5 index over ``account_search`` and its shadow tables: SQLite's, not models (every
# table whose name starts with this).
SEARCH_FTS = "account_search_fts"


class AccountSearch(Base):
    """One search document per account (schema 0006): what the account list's search looks in.

    ``body`` is name, short name, code, city, province, district, credit code and the live
    contacts' names joined by U+001F and ASCII lower-cased; ``live`` and ``name_key`` mirror the
    account so a plain search is answered from this narrow table. Written only by triggers on
    ``account`` and ``contact``; the FTS5 trigram index ``account_search_fts`` (not a model: a
    virtual table) is kept from it by triggers too.
    """

    __tablename__ = "account_search"
    # A plain search of 1-2 characters reads this instead of the table: in name order, so no
    # sort, and covering, so no row look-ups (see services/accounts/search_index.py).
    __table_args__ = (Index("ix_account_search_order", "live", "name_key", "account_id", "body"),)

    doc_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(String(36), unique=True)
    live: Mapped[bool] = mapped_column(Boolean)
    name_key: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
