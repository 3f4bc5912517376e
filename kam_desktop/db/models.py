"""The whole account book, as typed SQLAlchemy 2.x models (DOMAIN.md §1-§9).

Every syncable table mixes in ``SyncedRow``. HQ-owned account fields are listed in
``domain.account_fields.HQ_OWNED``; HQ value figures live in ``value_record`` and
``sales_order`` rows with ``source = hq``, so field-entered data is never overwritten by an import.
Derived columns (``value_score``, ``value_tier``, ``last_visit_on``, ...) are caches the services
refresh; they are not synced.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.db.base import Base, SyncedRow
from kam_desktop.db.types import LabeledType, UTCDateTime
from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Attitude,
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintStatus,
    DecisionLevel,
    Grade,
    Industry,
    Influence,
    LifecycleStage,
    RecordSource,
    RelationshipMarketingLevel,
    RelationshipMode,
    RevisitRule,
    RevisitSegment,
    RevisitState,
    SalesStage,
    SizeClass,
    SpinStage,
    ValueTier,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)

# --- book-level -------------------------------------------------------------------------------


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


# --- accounts ---------------------------------------------------------------------------------


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
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
    province: Mapped[str | None] = mapped_column(String(40))
    city: Mapped[str | None] = mapped_column(String(40))
    district: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    industry: Mapped[Industry | None] = mapped_column(LabeledType(Industry))
    sub_industry: Mapped[str | None] = mapped_column(String(80))
    source: Mapped[AccountSource | None] = mapped_column(LabeledType(AccountSource))
    referred_by_id: Mapped[str | None] = mapped_column(ForeignKey("account.id"))
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


# --- contacts ---------------------------------------------------------------------------------


class Contact(SyncedRow, Base):
    __tablename__ = "contact"
    __table_args__ = (
        CheckConstraint("relationship_level BETWEEN 0 AND 5", name="relationship_level_range"),
        CheckConstraint("attitude BETWEEN -2 AND 2", name="attitude_range"),
    )

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    title: Mapped[str | None] = mapped_column(String(80))
    department: Mapped[str | None] = mapped_column(String(80))
    reports_to_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"), index=True)
    decision_level: Mapped[DecisionLevel | None] = mapped_column(LabeledType(DecisionLevel))
    buying_roles: Mapped[list[str]] = mapped_column(JSON, default=list)  # BuyingRole codes
    is_key_decision_maker: Mapped[bool] = mapped_column(Boolean, default=False)
    is_coach: Mapped[bool] = mapped_column(Boolean, default=False)
    attitude: Mapped[Attitude] = mapped_column(LabeledType(Attitude), default=Attitude.NEUTRAL)
    influence: Mapped[Influence | None] = mapped_column(LabeledType(Influence))
    relationship_level: Mapped[int] = mapped_column(Integer, default=0)
    personal_wins: Mapped[str | None] = mapped_column(Text)
    concerns: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(40))
    mobile: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(200))
    wechat: Mapped[str | None] = mapped_column(String(60))
    birthday: Mapped[date | None] = mapped_column(Date)
    interests: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    opponent_plan: Mapped[str | None] = mapped_column(Text)  # how we handle an opponent
    last_contact_on: Mapped[date | None] = mapped_column(Date)  # derived from visits

    account: Mapped[Account] = relationship(back_populates="contacts")


class ContactLink(SyncedRow, Base):
    """An "influences" link between two contacts of one account (dashed edge on the map)."""

    __tablename__ = "contact_link"
    from_contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    to_contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    note: Mapped[str | None] = mapped_column(String(200))


class RelationshipChange(SyncedRow, Base):
    """History of a contact's relationship level or attitude (DOMAIN §3.1)."""

    __tablename__ = "relationship_change"
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)
    changed_on: Mapped[date] = mapped_column(Date)
    aspect: Mapped[str] = mapped_column(String(20))  # "level" | "attitude"
    from_value: Mapped[int | None] = mapped_column(Integer)
    to_value: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(Text)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"))


# --- visits -----------------------------------------------------------------------------------


class Visit(SyncedRow, Base):
    __tablename__ = "visit"
    __table_args__ = (
        Index("ix_visit_account_start", "account_id", "planned_start"),
        Index("ix_visit_status_start", "status", "planned_start"),
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction_range"
        ),
    )

    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"))
    owner: Mapped[str | None] = mapped_column(String(40))
    planned_start: Mapped[datetime] = mapped_column(UTCDateTime())
    planned_end: Mapped[datetime | None] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[VisitStatus] = mapped_column(
        LabeledType(VisitStatus), default=VisitStatus.PLANNED
    )
    method: Mapped[VisitMethod] = mapped_column(
        LabeledType(VisitMethod), default=VisitMethod.IN_PERSON
    )
    purpose: Mapped[VisitPurpose | None] = mapped_column(LabeledType(VisitPurpose))
    colleagues: Mapped[str | None] = mapped_column(String(200))  # our side, as text
    objectives: Mapped[str | None] = mapped_column(Text)
    expected_result: Mapped[str | None] = mapped_column(Text)
    preparation: Mapped[str | None] = mapped_column(Text)
    materials: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)  # checklist
    outcome: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    next_visit_on: Mapped[date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(String(300))
    travel_notes: Mapped[str | None] = mapped_column(Text)


class VisitAttendee(SyncedRow, Base):
    __tablename__ = "visit_attendee"
    __table_args__ = (UniqueConstraint("visit_id", "contact_id"),)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    contact_id: Mapped[str] = mapped_column(ForeignKey("contact.id"), index=True)


class NextStep(SyncedRow, Base):
    __tablename__ = "next_step"
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str | None] = mapped_column(String(40))
    due_on: Mapped[date] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)


class Complaint(SyncedRow, Base):
    __tablename__ = "complaint"
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"), index=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    category: Mapped[ComplaintCategory] = mapped_column(LabeledType(ComplaintCategory))
    severity: Mapped[ComplaintSeverity] = mapped_column(
        LabeledType(ComplaintSeverity), default=ComplaintSeverity.MEDIUM
    )
    status: Mapped[ComplaintStatus] = mapped_column(
        LabeledType(ComplaintStatus), default=ComplaintStatus.OPEN
    )
    opened_on: Mapped[date] = mapped_column(Date)
    resolved_on: Mapped[date | None] = mapped_column(Date)
    description: Mapped[str | None] = mapped_column(Text)
    resolution: Mapped[str | None] = mapped_column(Text)


# --- SPIN -------------------------------------------------------------------------------------


class SpinQuestion(SyncedRow, Base):
    """The question bank: seeded from DOMAIN §6.2 in both languages, grown by the rep."""

    __tablename__ = "spin_question"
    stage: Mapped[SpinStage] = mapped_column(LabeledType(SpinStage))
    text_zh: Mapped[str | None] = mapped_column(Text)
    text_en: Mapped[str | None] = mapped_column(Text)
    seeded: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)


class VisitQuestion(SyncedRow, Base):
    """A question from the bank that a visit plan means to ask."""

    __tablename__ = "visit_question"
    __table_args__ = (UniqueConstraint("visit_id", "question_id"),)
    visit_id: Mapped[str] = mapped_column(ForeignKey("visit.id"), index=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("spin_question.id"))
    position: Mapped[int] = mapped_column(Integer, default=0)


class SpinNote(SyncedRow, Base):
    __tablename__ = "spin_note"
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"))
    contact_id: Mapped[str | None] = mapped_column(ForeignKey("contact.id"))
    stage: Mapped[SpinStage] = mapped_column(LabeledType(SpinStage))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    noted_on: Mapped[date] = mapped_column(Date)


# --- orders, value, revisits -----------------------------------------------------------------


class SalesOrder(SyncedRow, Base):
    __tablename__ = "sales_order"
    __table_args__ = (Index("ix_sales_order_account_date", "account_id", "order_date"),)
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


class ValueSnapshot(Base):
    """Monthly snapshot of an account's indicators, score and tier (derived, not synced)."""

    __tablename__ = "value_snapshot"
    __table_args__ = (UniqueConstraint("account_id", "month", "model_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    model_id: Mapped[str | None] = mapped_column(ForeignKey("value_model.id"))
    month: Mapped[str] = mapped_column(String(7))
    indicators: Mapped[dict[str, float | None]] = mapped_column(JSON)
    score: Mapped[float | None] = mapped_column(Float)
    tier: Mapped[ValueTier | None] = mapped_column(LabeledType(ValueTier))


class RevisitItem(SyncedRow, Base):
    """A due revisit (待回访) the rep plans, snoozes or dismisses (DOMAIN §5.2)."""

    __tablename__ = "revisit_item"
    __table_args__ = (UniqueConstraint("rule_key"),)
    account_id: Mapped[str] = mapped_column(ForeignKey("account.id"), index=True)
    rule: Mapped[RevisitRule] = mapped_column(LabeledType(RevisitRule))
    rule_key: Mapped[str] = mapped_column(String(200))  # what generated it, for de-duplication
    due_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    state: Mapped[RevisitState] = mapped_column(LabeledType(RevisitState), default=RevisitState.DUE)
    snoozed_until: Mapped[date | None] = mapped_column(Date)
    dismiss_reason: Mapped[str | None] = mapped_column(Text)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visit.id"))


class DueRevisitCache(Base):
    """One due revisit as the rules computed it for ``computed_for`` (derived, not synced): the
    due list reads these instead of recomputing the whole book (``services.revisits``)."""

    __tablename__ = "due_revisit_cache"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    rule: Mapped[RevisitRule] = mapped_column(LabeledType(RevisitRule))
    rule_key: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    # [rule code, English template, [[name, value], ...]]: everything DueRevisit.message needs
    reason: Mapped[object] = mapped_column(JSON)
    contact_id: Mapped[str | None] = mapped_column(String(36))
    computed_for: Mapped[date] = mapped_column(Date)


# --- import and sync bookkeeping --------------------------------------------------------------


class ImportLog(Base):
    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    file_name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))  # hq_list | value_figures | sync
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rows_ok: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    problems: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)


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


SYNCED_MODELS: tuple[type[SyncedRow], ...] = (
    Setting,
    Account,
    Contact,
    ContactLink,
    RelationshipChange,
    Visit,
    VisitAttendee,
    NextStep,
    Complaint,
    SpinQuestion,
    VisitQuestion,
    SpinNote,
    SalesOrder,
    ValueRecord,
    ValueModel,
    RevisitItem,
)
