"""Visits (planned and done), who attended, the next steps agreed and the complaints raised."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.db.base import Base, SyncedRow
from kam_desktop.db.types import LabeledType, UTCDateTime
from kam_desktop.domain.enums import (
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintStatus,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)


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
