"""Contacts of an account, the influence links between them, and the history of each one's
relationship level and attitude (DOMAIN §3).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import JSON, Boolean, CheckConstraint, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from kam_desktop.db.base import Base, SyncedRow
from kam_desktop.db.types import LabeledType
from kam_desktop.domain.enums import Attitude, DecisionLevel, Influence

if TYPE_CHECKING:  # relationships name their target by string at run time
    from kam_desktop.db.models.accounts import Account


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
