"""SPIN: the question bank, the questions a visit plan means to ask, and the notes of the
answers (DOMAIN §6).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kam_desktop.db.base import Base, SyncedRow
from kam_desktop.db.types import LabeledType
from kam_desktop.domain.enums import SpinStage


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
