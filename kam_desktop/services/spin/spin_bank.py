"""The SPIN question bank: seeded from DOMAIN §6.2 in both languages, grown by the rep.

Seeded questions get the same id in every book (a uuid5 of their place in the seed list, with
the demo book's namespace), so two books seeded apart merge their banks through sync instead of
doubling them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import SpinQuestion
from kam_desktop.db.types import utc_now
from kam_desktop.domain.enums import SpinStage
from kam_desktop.domain.errors import NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language
from kam_desktop.domain.spin.spin_fields import STAGE_ORDER, QuestionDraft, validated_question
from kam_desktop.domain.spin.spin_questions import SEED_QUESTIONS

SEED_NAMESPACE = uuid.UUID("5b0e9c55-4b41-4d42-8f7a-2f7a7d1c6f0e")

_QUESTION = Text("errors", QT_TRANSLATE_NOOP("errors", "question"))


@dataclass(frozen=True)
class Question:
    id: str
    stage: SpinStage
    text_zh: str | None
    text_en: str | None
    seeded: bool
    position: int

    def text(self, language: str | None = None) -> str:
        """The text in ``language`` (default: the interface's), else the other one."""
        zh = (language or current_language()).startswith("zh")
        first, second = (self.text_zh, self.text_en) if zh else (self.text_en, self.text_zh)
        return first or second or ""


# --- the question bank --------------------------------------------------------------------------


def seed_id(index: int) -> str:
    return str(uuid.uuid5(SEED_NAMESPACE, f"spin_question/{index + 1}"))


def seed_question_bank(book: Book) -> int:
    """Fill an empty bank with the seed questions; how many were added (0 if it had any,
    even deleted ones: a rep who cleared the bank keeps it cleared)."""
    with book.sessions.begin() as s:
        if s.scalar(select(func.count()).select_from(SpinQuestion)):
            return 0
        positions = dict.fromkeys(SpinStage, 0)
        for index, seed in enumerate(SEED_QUESTIONS):
            s.add(
                SpinQuestion(
                    id=seed_id(index), stage=seed.stage, text_zh=seed.zh, text_en=seed.en,
                    seeded=True, position=positions[seed.stage],
                )
            )  # fmt: skip
            positions[seed.stage] += 1
        return len(SEED_QUESTIONS)


def _stage_rank(column: object) -> object:
    return case({stage.value: i for i, stage in enumerate(STAGE_ORDER)}, value=column)


def _question(q: SpinQuestion) -> Question:
    return Question(q.id, q.stage, q.text_zh, q.text_en, q.seeded, q.position)


def questions(book: Book, stage: SpinStage | None = None) -> list[Question]:
    """The live bank in asking order: by stage, then position."""
    stmt = select(SpinQuestion).where(SpinQuestion.deleted_at.is_(None))
    if stage is not None:
        stmt = stmt.where(SpinQuestion.stage == stage)
    stmt = stmt.order_by(_stage_rank(SpinQuestion.stage), SpinQuestion.position, SpinQuestion.id)
    with book.sessions() as s:
        return [_question(q) for q in s.scalars(stmt)]


def _next_position(s: Session, stage: SpinStage) -> int:
    last = s.scalar(
        select(func.max(SpinQuestion.position)).where(
            SpinQuestion.stage == stage, SpinQuestion.deleted_at.is_(None)
        )
    )
    return 0 if last is None else last + 1


def _live_question(s: Session, question_id: str) -> SpinQuestion:
    q = s.get(SpinQuestion, question_id)
    if q is None or q.deleted_at is not None:
        raise NotFound(what=_QUESTION, key=question_id)
    return q


def add_question(book: Book, draft: QuestionDraft) -> Question:
    """A rep's own question, at the end of its stage."""
    clean = validated_question(draft)
    assert clean.stage is not None
    with book.sessions.begin() as s:
        q = SpinQuestion(
            stage=clean.stage, text_zh=clean.text_zh, text_en=clean.text_en, seeded=False,
            position=_next_position(s, clean.stage),
        )  # fmt: skip
        s.add(q)
        s.flush()
        return _question(q)


def update_question(book: Book, question_id: str, draft: QuestionDraft) -> Question:
    """Reword a question; moved to another stage, it goes to that stage's end."""
    clean = validated_question(draft)
    assert clean.stage is not None
    with book.sessions.begin() as s:
        q = _live_question(s, question_id)
        if q.stage != clean.stage:
            q.position = _next_position(s, clean.stage)
            q.stage = clean.stage
        q.text_zh, q.text_en = clean.text_zh, clean.text_en
        s.flush()
        return _question(q)


def delete_question(book: Book, question_id: str) -> None:
    """Remove a question from the bank; visits that planned to ask it keep it."""
    with book.sessions.begin() as s:
        _live_question(s, question_id).deleted_at = utc_now()


__all__ = [
    "SEED_NAMESPACE",
    "Question",
    "QuestionDraft",
    "add_question",
    "delete_question",
    "questions",
    "seed_id",
    "seed_question_bank",
    "update_question",
]
