"""Visit drafts checked for kind before any visit rule reads them: times that are times,
dates that are dates, known choices, lists of the right entries, text without control
characters (tab and newline only in the multi-line fields). ``visit_fields.validated`` runs
these first, so a script's or an import's odd value is a field problem, never a crash.
"""

from __future__ import annotations

from datetime import datetime

from kam_desktop.domain.enums import (
    ComplaintCategory,
    ComplaintSeverity,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.domain.errors import FieldProblem, KamError, Required, Text
from kam_desktop.domain.field_values import (
    MAX_INTEGER,
    choice_problem,
    date_problem,
    flag_problem,
    list_problem,
    number_problem,
    text_problem,
    time_problem,
)
from kam_desktop.domain.visits.visit_fields import (
    ITEM_LABELS,
    MAX_LENGTH,
    MULTILINE,
    ComplaintDraft,
    MaterialItem,
    NextStepDraft,
    OutOfRange,
    VisitDraft,
    field_label,
    row_label,
)

# A visit outside these years is a typo (or a clock gone wrong), and out of a datetime's reach
# once moved to UTC.
_YEARS = (1970, 2200)


def _time_problem(value: object) -> KamError | None:
    issue = time_problem(value)
    if issue is None and isinstance(value, datetime) and not _YEARS[0] <= value.year <= _YEARS[1]:
        issue = OutOfRange(low=_YEARS[0], high=_YEARS[1])
    return issue


def _item_problems(draft: VisitDraft) -> list[tuple[str, KamError, Text]]:
    """Each next step, complaint and checklist line: its kind, texts, dates and choices."""
    found: list[tuple[str, KamError, Text]] = []
    for field_name, kind in (
        ("next_steps", NextStepDraft),
        ("complaints", ComplaintDraft),
        ("materials", MaterialItem),
    ):
        items = getattr(draft, field_name)
        issue = list_problem(items, kind)
        if issue is not None:
            found.append((field_name, issue, field_label(field_name)))
            continue
        for i, item in enumerate(items):
            checks: list[tuple[str, KamError | None]] = []
            if isinstance(item, NextStepDraft):
                checks += [
                    ("text", text_problem(item.text, multiline=True)),
                    ("owner", text_problem(item.owner)),
                    ("due_on", date_problem(item.due_on)),
                    ("done_on", date_problem(item.done_on)),
                    ("done", flag_problem(item.done)),
                    ("id", text_problem(item.id)),
                ]
            elif isinstance(item, ComplaintDraft):
                checks += [
                    ("category", choice_problem(item.category, ComplaintCategory)),
                    ("severity", choice_problem(item.severity, ComplaintSeverity, required=True)),
                    ("description", text_problem(item.description, multiline=True)),
                    ("resolution", text_problem(item.resolution, multiline=True)),
                    ("resolved", flag_problem(item.resolved)),
                    ("resolved_on", date_problem(item.resolved_on)),
                    ("opened_on", date_problem(item.opened_on)),
                    ("id", text_problem(item.id)),
                ]
            else:
                checks += [("item", text_problem(item.item)), ("done", flag_problem(item.done))]
            for part, issue in checks:
                if issue is not None:
                    known = (field_name, part) in ITEM_LABELS
                    shown = row_label(field_name, part, i) if known else field_label(field_name)
                    found.append((f"{field_name}.{i}.{part}", issue, shown))
    return found


def kind_problems(draft: VisitDraft) -> list[FieldProblem]:
    """Everything of the wrong kind in a draft as given (not yet normalised): text with control
    characters, times and dates that are none, unknown choices, lists that are none."""
    checks: list[tuple[str, KamError | None]] = [
        (
            "planned_start",
            _time_problem(draft.planned_start)
            or (None if draft.planned_start is not None else Required()),
        ),
        ("planned_end", _time_problem(draft.planned_end)),
        ("done_at", _time_problem(draft.done_at)),
        ("next_visit_on", date_problem(draft.next_visit_on)),
        ("status", choice_problem(draft.status, VisitStatus, required=True)),
        ("method", choice_problem(draft.method, VisitMethod, required=True)),
        ("purpose", choice_problem(draft.purpose, VisitPurpose)),
        # its range is a visit rule (``visit_fields.problems``); here only a whole number
        ("satisfaction", number_problem(draft.satisfaction, -MAX_INTEGER, MAX_INTEGER, whole=True)),
        ("attendee_ids", list_problem(draft.attendee_ids)),
        ("question_ids", list_problem(draft.question_ids)),
        *((name, text_problem(getattr(draft, name))) for name in MAX_LENGTH),
        *((name, text_problem(getattr(draft, name), multiline=True)) for name in MULTILINE),
    ]
    found = [FieldProblem(name, field_label(name), issue) for name, issue in checks if issue]
    found += [FieldProblem(name, shown, issue) for name, issue, shown in _item_problems(draft)]
    return found


__all__ = ["kind_problems"]
