"""Revisits (待回访): the rep's decisions on due revisits (synced) and the due cache the rules
computed (derived, not synced).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.db.base import Base, SyncedRow
from kam_desktop.db.types import LabeledType
from kam_desktop.domain.enums import RevisitRule, RevisitState


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
