"""Visit fields (DOMAIN §4): drafts of a visit with its next steps and complaints, and validation.

Times in a draft are aware datetimes; a naive one is taken as the rep's local time (what a date
editor gives) and every time is normalised to UTC. Dates (due dates, the next visit) are the
rep's local calendar dates.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime

from kam_desktop.domain.enums import (
    ComplaintCategory,
    ComplaintSeverity,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.domain.errors import (
    FieldProblem,
    InvalidInput,
    KamError,
    Required,
    Text,
    TooLong,
)
from kam_desktop.domain.field_values import as_tuple, tidy_breaks
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.labels import Labeled

SATISFACTION_RANGE = (1, 5)


class VisitField(Labeled):
    """Visit field labels (forms, table headers, error messages)."""

    PLANNED_START = ("planned_start", "Planned start", "计划开始")
    PLANNED_END = ("planned_end", "Planned end", "计划结束")
    DONE_AT = ("done_at", "Done at", "实际时间")
    STATUS = ("status", "Status", "状态")
    METHOD = ("method", "Method", "方式")
    PURPOSE = ("purpose", "Purpose", "目的")
    ATTENDEES = ("attendee_ids", "Attendees", "参与人")
    COLLEAGUES = ("colleagues", "Our colleagues", "我方人员")
    OBJECTIVES = ("objectives", "Objectives", "拜访目标")
    EXPECTED_RESULT = ("expected_result", "Expected result", "预期结果")
    PREPARATION = ("preparation", "Preparation", "准备事项")
    MATERIALS = ("materials", "Materials and samples", "资料与样品")
    QUESTIONS = ("question_ids", "Questions to ask", "拟提问题")
    OUTCOME = ("outcome", "Outcome", "拜访结果")
    NOTES = ("notes", "Notes", "纪要")
    SATISFACTION = ("satisfaction", "Satisfaction", "满意度")
    NEXT_STEPS = ("next_steps", "Next steps", "后续行动")
    NEXT_VISIT_ON = ("next_visit_on", "Next visit", "下次拜访")
    COMPLAINTS = ("complaints", "Complaints", "投诉")
    LOCATION = ("location", "Address", "地址")
    TRAVEL_NOTES = ("travel_notes", "Travel notes", "行程备注")
    OWNER = ("owner", "Account manager", "客户经理")


# Labels of one field of the n-th next step or complaint ("Next step 2, due date").
ITEM_LABELS = {
    ("next_steps", "text"): QT_TRANSLATE_NOOP("VisitField", "Next step {row}, action"),
    ("next_steps", "due_on"): QT_TRANSLATE_NOOP("VisitField", "Next step {row}, due date"),
    ("next_steps", "owner"): QT_TRANSLATE_NOOP("VisitField", "Next step {row}, owner"),
    ("complaints", "category"): QT_TRANSLATE_NOOP("VisitField", "Complaint {row}, category"),
    ("complaints", "resolved_on"): QT_TRANSLATE_NOOP("VisitField", "Complaint {row}, resolved on"),
    ("materials", "item"): QT_TRANSLATE_NOOP("VisitField", "Material {row}"),
}


@dataclass(frozen=True)
class RowText(Text):
    """A translatable label naming one row of a list field; ``{row}`` counts from 1."""

    row: int = 1

    def __str__(self) -> str:
        return translate(self.context, self.source).format(row=self.row)


# --- field problems -------------------------------------------------------------------------


class EndsBeforeStart(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must not be before the planned start.")


class OutOfRange(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be between {low} and {high}.")


class InTheFuture(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "is in the future ({value}); a visit is logged as done once it has happened."
    )


class BeforeVisit(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must not be before the visit ({value}).")


class BeforeOpened(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must not be before the complaint was opened ({value}).")


class NotOfAccount(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{names}: not a contact of this account; choose people of {account}."
    )


class UnknownQuestion(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{count} question(s) are not in the question bank any more."
    )


class VisitChangedElsewhere(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "This visit was changed elsewhere since you opened it. Reopen it to see the latest "
        "version, then make your change again.",
    )


# --- drafts ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class NextStepDraft:
    """An agreed next step (后续行动). ``id`` is set for a step already in the book."""

    text: str
    due_on: date | None
    owner: str | None = None
    done: bool = False
    id: str | None = None
    done_on: date | None = None  # filled with "today" when first marked done


@dataclass(frozen=True)
class ComplaintDraft:
    """A complaint raised at a visit (投诉). ``opened_on`` defaults to the visit's day."""

    category: ComplaintCategory | None
    severity: ComplaintSeverity = ComplaintSeverity.MEDIUM
    description: str | None = None
    resolved: bool = False
    resolved_on: date | None = None
    resolution: str | None = None
    id: str | None = None
    opened_on: date | None = None


@dataclass(frozen=True)
class MaterialItem:
    """One line of the materials and samples checklist (stored as ``{"item", "done"}``)."""

    item: str
    done: bool = False


@dataclass(frozen=True)
class VisitDraft:
    """What a rep wants a visit to say: plain, unvalidated data."""

    planned_start: datetime
    planned_end: datetime | None = None
    status: VisitStatus = VisitStatus.PLANNED
    method: VisitMethod = VisitMethod.IN_PERSON
    purpose: VisitPurpose | None = None
    objectives: str | None = None
    expected_result: str | None = None
    preparation: str | None = None
    materials: tuple[MaterialItem, ...] = ()
    attendee_ids: tuple[str, ...] = ()
    colleagues: str | None = None
    location: str | None = None
    travel_notes: str | None = None
    outcome: str | None = None
    notes: str | None = None
    satisfaction: int | None = None
    next_visit_on: date | None = None
    done_at: datetime | None = None
    owner: str | None = None
    next_steps: tuple[NextStepDraft, ...] = ()
    complaints: tuple[ComplaintDraft, ...] = ()
    question_ids: tuple[str, ...] = ()

    def day(self) -> date:
        """The visit's local calendar day: when it was done, else when it is planned."""
        return local_date(self.done_at or self.planned_start)


MAX_LENGTH = {"colleagues": 200, "location": 300, "owner": 40}
MULTILINE = ("objectives", "expected_result", "preparation", "outcome", "notes", "travel_notes")


# --- helpers ----------------------------------------------------------------------------------


def as_utc(value: datetime) -> datetime:
    """``value`` in UTC; a naive datetime is the rep's local time."""
    return value.astimezone(UTC)


def local_date(value: datetime) -> date:
    """The rep's local calendar date of an aware (or local naive) datetime."""
    return value.astimezone().date()


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = tidy_breaks(value).strip()
    return value or None


def field_label(name: str) -> Text:
    return Text("VisitField", VisitField(name).en)


def row_label(field_name: str, part: str, index: int) -> RowText:
    return RowText("VisitField", ITEM_LABELS[(field_name, part)], row=index + 1)


# --- normalising and validating ----------------------------------------------------------------


def normalise(draft: VisitDraft) -> VisitDraft:
    """Trim text (empty → None), times to UTC, drop empty checklist lines and repeated ids."""
    changes: dict[str, object] = {}
    for f in fields(draft):
        value = getattr(draft, f.name)
        if isinstance(value, str):
            changes[f.name] = _clean(value)
    clean = replace(draft, **changes)
    steps = tuple(
        replace(step, text=(step.text or "").strip(), owner=_clean(step.owner))
        for step in clean.next_steps
    )
    complaints = tuple(
        replace(
            c,
            description=_clean(c.description),
            resolution=_clean(c.resolution),
            # A resolution date says the complaint is resolved, whatever the flag says.
            resolved=c.resolved or c.resolved_on is not None,
        )
        for c in clean.complaints
    )
    materials = tuple(
        MaterialItem(item.item.strip(), bool(item.done))
        for item in clean.materials
        if item.item and item.item.strip()
    )
    return replace(
        clean,
        planned_start=as_utc(clean.planned_start),
        planned_end=as_utc(clean.planned_end) if clean.planned_end else None,
        done_at=as_utc(clean.done_at) if clean.done_at else None,
        attendee_ids=tuple(dict.fromkeys(clean.attendee_ids)),
        question_ids=tuple(dict.fromkeys(clean.question_ids)),
        materials=materials,
        next_steps=steps,
        complaints=complaints,
    )


def problems(draft: VisitDraft, today: date | None = None) -> list[FieldProblem]:
    """Everything wrong with a normalised draft. With ``today``, also what depends on it."""
    found: list[FieldProblem] = []

    def add(name: str, problem: KamError, label: Text | None = None) -> None:
        found.append(FieldProblem(name, label or field_label(name), problem))

    if draft.planned_end is not None and draft.planned_end < draft.planned_start:
        add("planned_end", EndsBeforeStart())
    low, high = SATISFACTION_RANGE
    if draft.satisfaction is not None and not low <= draft.satisfaction <= high:
        add("satisfaction", OutOfRange(low=low, high=high))
    for name, limit in MAX_LENGTH.items():
        value = getattr(draft, name)
        if value is not None and len(value) > limit:
            add(name, TooLong(limit=limit))
    visit_day = draft.day()
    if draft.next_visit_on is not None and draft.next_visit_on < visit_day:
        add("next_visit_on", BeforeVisit(value=visit_day.isoformat()))
    if (
        today is not None
        and draft.status == VisitStatus.DONE
        and draft.done_at is not None
        and local_date(draft.done_at) > today
    ):
        add("done_at", InTheFuture(value=local_date(draft.done_at).isoformat()))
    for i, step in enumerate(draft.next_steps):
        if not step.text:
            add(f"next_steps.{i}.text", Required(), row_label("next_steps", "text", i))
        if step.due_on is None:
            add(f"next_steps.{i}.due_on", Required(), row_label("next_steps", "due_on", i))
        if step.owner is not None and len(step.owner) > MAX_LENGTH["owner"]:
            label = row_label("next_steps", "owner", i)
            add(f"next_steps.{i}.owner", TooLong(limit=MAX_LENGTH["owner"]), label)
    for i, complaint in enumerate(draft.complaints):
        if complaint.category is None:
            label = row_label("complaints", "category", i)
            add(f"complaints.{i}.category", Required(), label)
        opened, resolved = complaint.opened_on, complaint.resolved_on
        if opened is not None and resolved is not None and resolved < opened:
            label = row_label("complaints", "resolved_on", i)
            add(f"complaints.{i}.resolved_on", BeforeOpened(value=opened.isoformat()), label)
    return found


def with_dates(draft: VisitDraft, today: date) -> VisitDraft:
    """Fill the dates a save needs from ``today``: when a step was done, when a complaint was
    opened (the visit's day, or today for a visit still to come) and resolved."""
    opened_default = min(draft.day(), today)
    steps = tuple(
        replace(s, done_on=(s.done_on or today) if s.done else None) for s in draft.next_steps
    )
    complaints = tuple(
        replace(
            c,
            opened_on=c.opened_on or opened_default,
            resolved_on=(c.resolved_on or max(today, c.opened_on or opened_default))
            if c.resolved
            else None,
        )
        for c in draft.complaints
    )
    return replace(draft, next_steps=steps, complaints=complaints)


def validated(draft: VisitDraft, today: date | None = None) -> VisitDraft:
    """The normalised draft, or ``InvalidInput`` naming every bad field.

    A done visit without ``done_at`` is taken as done when planned (its end, else its start);
    any other status has no ``done_at``.
    With ``today``, the dates that default to it are filled (see ``with_dates``) and a done
    visit must not lie in the future.
    """
    from kam_desktop.domain.visits.visit_kinds import kind_problems  # it reads this module

    wrong = kind_problems(
        replace(
            draft,
            attendee_ids=as_tuple(draft.attendee_ids),
            question_ids=as_tuple(draft.question_ids),
        )
    )
    if wrong:
        raise InvalidInput(wrong)
    clean = normalise(draft)
    if clean.status != VisitStatus.DONE:
        clean = replace(clean, done_at=None)  # only a done visit has happened
    elif clean.done_at is None:
        clean = replace(clean, done_at=clean.planned_end or clean.planned_start)
    if today is not None:
        clean = with_dates(clean, today)
    found = problems(clean, today)
    if found:
        raise InvalidInput(found)
    return clean


__all__ = [
    "ITEM_LABELS",
    "MAX_LENGTH",
    "MULTILINE",
    "SATISFACTION_RANGE",
    "BeforeOpened",
    "BeforeVisit",
    "ComplaintDraft",
    "EndsBeforeStart",
    "InTheFuture",
    "MaterialItem",
    "NextStepDraft",
    "NotOfAccount",
    "OutOfRange",
    "RowText",
    "UnknownQuestion",
    "VisitChangedElsewhere",
    "VisitDraft",
    "VisitField",
    "as_utc",
    "field_label",
    "local_date",
    "normalise",
    "problems",
    "row_label",
    "validated",
    "with_dates",
]
