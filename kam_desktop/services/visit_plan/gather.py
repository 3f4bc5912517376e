"""``plan_week``: the planned visits of a date range, each with what its section of the plan shows.

The pieces come from the services that own them: the agenda (``visits.list_visits``) and each
visit's detail (``visits.get_visit``), the contacts (``contacts.list_contacts``) and their
coverage gaps (``contacts.coverage.account_gaps``), the monthly figures of the value tab
(``value.account_value``), SPIN progress (``spin.progress``); only the account's history
(``account_history``) is read here. An account on the plan twice is read once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.domain.contacts.coverage import CoverageRules, Gap
from kam_desktop.domain.enums import DecisionLevel, SpinStage, VisitStatus
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.spin.spin_fields import STAGE_ORDER
from kam_desktop.services.contacts.contacts import ContactRow, list_contacts
from kam_desktop.services.contacts.coverage import account_gaps
from kam_desktop.services.contacts.coverage_settings import load_rules
from kam_desktop.services.spin.spin import SpinProgress, progress
from kam_desktop.services.value.account_value import MonthFigures, account_value
from kam_desktop.services.visit_plan import account_history
from kam_desktop.services.visit_plan.model import (
    ContactToMeet,
    OpenComplaint,
    OpenNextStep,
    PastVisit,
    PlanAccount,
    PlannedVisit,
    QuestionGroup,
    VisitPlan,
)
from kam_desktop.services.visits.visit_queries import VisitQuery, list_visits, local_day_range
from kam_desktop.services.visits.visit_records import PlannedQuestion, VisitDetail
from kam_desktop.services.visits.visits import get_visit

CHART_MONTHS = 12  # a small chart: the last year, month by month
_LEVEL_RANK = {level: i for i, level in enumerate(DecisionLevel)}


class PlanEndsBeforeStart(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The plan's last day ({end}) is before its first day ({start}); swap them."
    )


@dataclass(frozen=True)
class _AccountFacts:
    """What the plan reads once per account, whatever the number of its visits."""

    account: PlanAccount
    months: tuple[MonthFigures, ...]
    contacts: tuple[ContactRow, ...]
    gaps: tuple[Gap, ...]
    last_visits: tuple[PastVisit, ...]
    open_steps: tuple[OpenNextStep, ...]
    complaints: tuple[OpenComplaint, ...]
    spin: SpinProgress


@dataclass
class _Reader:
    book: Book
    today: date
    rules: CoverageRules
    facts: dict[str, _AccountFacts] = field(default_factory=dict)

    def account(self, account_id: str) -> _AccountFacts:
        if account_id not in self.facts:
            self.facts[account_id] = self._read(account_id)
        return self.facts[account_id]

    def _read(self, account_id: str) -> _AccountFacts:
        with self.book.sessions() as s:
            header = _header(s, account_id)
            last = account_history.last_done_visits(s, account_id)
            steps = account_history.open_next_steps(s, account_id)
            complaints = account_history.open_complaints(s, account_id)
        value = account_value(self.book, account_id, self.today)
        return _AccountFacts(
            account=header,
            months=value.months[-CHART_MONTHS:],
            contacts=tuple(list_contacts(self.book, account_id)),
            gaps=tuple(account_gaps(self.book, account_id, self.today, self.rules)),
            last_visits=last,
            open_steps=steps,
            complaints=complaints,
            spin=progress(self.book, account_id),
        )


def _header(s: Session, account_id: str) -> PlanAccount:
    a = Account
    row = s.execute(
        select(
            a.id, a.code, a.name, a.hq_grade, a.value_tier, a.value_score, a.lifecycle_stage,
            a.sales_stage, a.last_visit_on, a.province, a.city, a.district, a.address, a.phone,
        ).where(a.id == account_id)
    ).one()  # fmt: skip
    return PlanAccount(*row)


def _contact(c: ContactRow, attending: bool) -> ContactToMeet:
    return ContactToMeet(
        id=c.id, name=c.name, title=c.title, department=c.department,
        decision_level=c.decision_level, buying_roles=c.buying_roles, attitude=c.attitude,
        influence=c.influence, relationship_level=c.relationship_level,
        last_contact_on=c.last_contact_on, is_key_decision_maker=c.is_key_decision_maker,
        is_coach=c.is_coach, reports_to_id=c.reports_to_id, attending=attending,
    )  # fmt: skip


def _is_key(c: ContactRow) -> bool:
    return c.is_key_decision_maker or c.is_coach or c.decision_level is DecisionLevel.DECISION


def contacts_to_meet(
    contacts: tuple[ContactRow, ...], attendee_ids: tuple[str, ...]
) -> tuple[ContactToMeet, ...]:
    """The attendees (in the visit's order), then the account's other key contacts by decision
    level and name. A deleted attendee is left out."""
    by_id = {c.id: c for c in contacts}
    attending = [by_id[i] for i in attendee_ids if i in by_id]
    others = sorted(
        (c for c in contacts if c.id not in attendee_ids and _is_key(c)),
        key=lambda c: (_LEVEL_RANK.get(c.decision_level, len(_LEVEL_RANK)), c.name, c.id),  # type: ignore[arg-type]
    )
    return (*(_contact(c, True) for c in attending), *(_contact(c, False) for c in others))


def question_groups(questions: tuple[PlannedQuestion, ...]) -> tuple[QuestionGroup, ...]:
    """The planned questions by SPIN stage (S, P, I, N), each stage in the visit's order."""
    groups: dict[SpinStage, list[PlannedQuestion]] = {stage: [] for stage in STAGE_ORDER}
    for question in questions:
        groups[question.stage].append(question)
    return tuple(QuestionGroup(stage, tuple(qs)) for stage, qs in groups.items() if qs)


def _location(detail: VisitDetail, account: PlanAccount) -> str | None:
    if detail.draft.location:
        return detail.draft.location
    parts = [p for p in (account.city, account.district, account.address) if p]
    return " ".join(dict.fromkeys(parts)) or None


def _planned(reader: _Reader, visit_id: str) -> PlannedVisit:
    detail = get_visit(reader.book, visit_id)
    facts = reader.account(detail.account_id)
    d = detail.draft
    return PlannedVisit(
        visit_id=detail.id, start=d.planned_start, end=d.planned_end, method=d.method,
        purpose=d.purpose, owner=d.owner, location=_location(detail, facts.account),
        travel_notes=d.travel_notes, colleagues=d.colleagues, objectives=d.objectives,
        expected_result=d.expected_result, preparation=d.preparation, materials=d.materials,
        account=facts.account, months=facts.months,
        contacts=contacts_to_meet(facts.contacts, d.attendee_ids),
        contact_count=len(facts.contacts), gaps=facts.gaps, last_visits=facts.last_visits,
        open_steps=facts.open_steps, complaints=facts.complaints, spin=facts.spin,
        questions=question_groups(detail.questions),
    )  # fmt: skip


def plan_week(
    book: Book,
    start: date,
    end: date,
    owner: str | None = None,
    *,
    today: date | None = None,
    now: datetime | None = None,
) -> VisitPlan:
    """The planned visits of local days ``start``..``end`` (inclusive) of ``owner`` (None: every
    rep's), by day and time. ``today`` is the day value figures and coverage are read for."""
    if end < start:
        raise PlanEndsBeforeStart(start=start.isoformat(), end=end.isoformat())
    first, last = local_day_range(start, end)
    query = VisitQuery(
        start=first,
        end=last,
        statuses=frozenset({VisitStatus.PLANNED}),
        owners=frozenset({owner}) if owner else frozenset(),
    )
    rows = list_visits(book, query)
    reader = _Reader(book, today or date.today(), load_rules(book))
    return VisitPlan(
        start=start,
        end=end,
        owner=owner,
        book_name=book.path.stem,
        generated_at=now or datetime.now(UTC),
        visits=tuple(_planned(reader, row.id) for row in rows),
    )
