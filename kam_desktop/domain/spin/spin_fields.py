"""SPIN notes and questions (DOMAIN §6.2): drafts, validation, and how far discovery has got.

Progress is the highest stage with a confirmed answer. Reaching a proposal stage (方案评估 or
later) without confirmed Implication and Need-payoff answers earns a warning: the customer has
not yet said what the problem costs and what solving it is worth.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from kam_desktop.domain.enums import SalesStage, SpinStage
from kam_desktop.domain.errors import FieldProblem, InvalidInput, KamError, Required, Text
from kam_desktop.domain.field_values import (
    choice_problem,
    date_problem,
    flag_problem,
    text_problem,
    tidy_breaks,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.labels import Labeled

STAGE_ORDER: tuple[SpinStage, ...] = tuple(SpinStage)
PROPOSAL_STAGES = frozenset(list(SalesStage)[list(SalesStage).index(SalesStage.EVALUATION) :])
NEEDED_FOR_PROPOSAL = (SpinStage.IMPLICATION, SpinStage.NEED_PAYOFF)


class SpinField(Labeled):
    """SPIN note and question field labels."""

    STAGE = ("stage", "Stage", "阶段")
    QUESTION = ("question", "Question", "问题")
    ANSWER = ("answer", "Answer", "回答")
    CONFIRMED = ("confirmed", "Confirmed", "已确认")
    NOTED_ON = ("noted_on", "Date", "日期")
    VISIT = ("visit_id", "Visit", "拜访")
    CONTACT = ("contact_id", "Contact", "联系人")
    TEXT_ZH = ("text_zh", "Question (Chinese)", "问题（中文）")
    TEXT_EN = ("text_en", "Question (English)", "问题（英文）")


class NotOfThisAccount(KamError):
    template = QT_TRANSLATE_NOOP("errors", "belongs to another account; choose one of {account}.")


class NoteChangedElsewhere(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This SPIN note was changed elsewhere since you opened it. Reopen it to see the latest "
        "version, then make your change again.",
    )


@dataclass(frozen=True)
class SpinNoteDraft:
    """A question asked and the customer's answer. ``noted_on`` defaults to today."""

    stage: SpinStage | None
    question: str
    answer: str | None = None
    confirmed: bool = False
    noted_on: date | None = None
    visit_id: str | None = None
    contact_id: str | None = None


@dataclass(frozen=True)
class QuestionDraft:
    """A question for the bank, in one language or both."""

    stage: SpinStage | None
    text_zh: str | None = None
    text_en: str | None = None


def _clean(value: object) -> object:
    """Text trimmed (empty → None); anything else as given, for ``_kind_problems`` to name."""
    if not isinstance(value, str):
        return value
    return tidy_breaks(value).strip() or None


def _label(field: SpinField) -> Text:
    return Text("SpinField", field.en)


def _kind_problems(draft: SpinNoteDraft | QuestionDraft) -> list[FieldProblem]:
    """The stage a known one, texts without control characters (question and answer texts
    may run over lines), the flag a yes/no, the date a date."""
    checks: list[tuple[SpinField, KamError | None]] = []
    if draft.stage is not None:
        checks.append((SpinField.STAGE, choice_problem(draft.stage, SpinStage)))
    if isinstance(draft, SpinNoteDraft):
        checks += [
            (SpinField.QUESTION, text_problem(draft.question, multiline=True)),
            (SpinField.ANSWER, text_problem(draft.answer, multiline=True)),
            (SpinField.CONFIRMED, flag_problem(draft.confirmed)),
            (SpinField.NOTED_ON, date_problem(draft.noted_on)),
            (SpinField.VISIT, text_problem(draft.visit_id)),
            (SpinField.CONTACT, text_problem(draft.contact_id)),
        ]
    else:
        checks += [
            (SpinField.TEXT_ZH, text_problem(draft.text_zh, multiline=True)),
            (SpinField.TEXT_EN, text_problem(draft.text_en, multiline=True)),
        ]
    return [FieldProblem(str(f.code), _label(f), issue) for f, issue in checks if issue]


def validated_note(draft: SpinNoteDraft, today: date) -> SpinNoteDraft:
    """The trimmed note with its date, or ``InvalidInput`` (stage and question required)."""
    clean = replace(
        draft,
        question=_clean(draft.question) or "",
        answer=_clean(draft.answer),
        noted_on=draft.noted_on or today,
        visit_id=draft.visit_id or None,
        contact_id=draft.contact_id or None,
    )  # type: ignore[arg-type]
    found = _kind_problems(clean)
    if found:
        raise InvalidInput(found)
    if clean.stage is None:
        found.append(FieldProblem("stage", _label(SpinField.STAGE), Required()))
    if not clean.question:
        found.append(FieldProblem("question", _label(SpinField.QUESTION), Required()))
    if found:
        raise InvalidInput(found)
    return clean


def validated_question(draft: QuestionDraft) -> QuestionDraft:
    """The trimmed question, or ``InvalidInput`` (a stage and a text in some language)."""
    clean = replace(draft, text_zh=_clean(draft.text_zh), text_en=_clean(draft.text_en))  # type: ignore[arg-type]
    found = _kind_problems(clean)
    if found:
        raise InvalidInput(found)
    if clean.stage is None:
        found.append(FieldProblem("stage", _label(SpinField.STAGE), Required()))
    if clean.text_zh is None and clean.text_en is None:
        found.append(FieldProblem("text_zh", _label(SpinField.TEXT_ZH), Required()))
    if found:
        raise InvalidInput(found)
    return clean


# --- progress ---------------------------------------------------------------------------------


def highest_confirmed(confirmed_stages: Iterable[SpinStage]) -> SpinStage | None:
    """The furthest stage with a confirmed answer (S < P < I < N)."""
    reached = set(confirmed_stages)
    for stage in reversed(STAGE_ORDER):
        if stage in reached:
            return stage
    return None


def proposal_gaps(
    sales_stage: SalesStage | None, confirmed_stages: Iterable[SpinStage]
) -> tuple[SpinStage, ...]:
    """The stages (I, N) still lacking a confirmed answer once the account is at a proposal
    stage; empty before that."""
    if sales_stage not in PROPOSAL_STAGES:
        return ()
    reached = set(confirmed_stages)
    return tuple(stage for stage in NEEDED_FOR_PROPOSAL if stage not in reached)


@dataclass(frozen=True)
class ProposalWarning:
    """Shown on the SPIN board and the account header; not an error, nothing is refused."""

    sales_stage: SalesStage
    missing: tuple[SpinStage, ...]

    template = QT_TRANSLATE_NOOP(
        "spin",
        "The account is at {sales_stage}, but the customer has not confirmed: {missing}. "
        "Ask implication and need-payoff questions before the proposal.",
    )

    def message(self) -> str:
        return translate("spin", self.template).format(
            sales_stage=self.sales_stage.label(),
            missing=", ".join(stage.label() for stage in self.missing),
        )


__all__ = [
    "NEEDED_FOR_PROPOSAL",
    "PROPOSAL_STAGES",
    "STAGE_ORDER",
    "NotOfThisAccount",
    "NoteChangedElsewhere",
    "ProposalWarning",
    "QuestionDraft",
    "SpinField",
    "SpinNoteDraft",
    "highest_confirmed",
    "proposal_gaps",
    "validated_note",
    "validated_question",
]
