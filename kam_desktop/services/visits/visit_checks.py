"""Loading a visit's account and checking what a visit draft refers to."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import (
    Account,
    Contact,
    SpinQuestion,
    Visit,
    VisitAttendee,
    VisitQuestion,
)
from kam_desktop.domain.errors import FieldProblem, InvalidInput, NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.visits.visit_fields import (
    NotOfAccount,
    UnknownQuestion,
    VisitDraft,
    VisitField,
)

_VISIT = Text("errors", QT_TRANSLATE_NOOP("errors", "visit"))
_ACCOUNT = Text("errors", QT_TRANSLATE_NOOP("errors", "account"))


def label(field: VisitField) -> Text:
    return Text("VisitField", field.en)


def live_account(s: Session, account_id: str) -> Account:
    account = s.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFound(what=_ACCOUNT, key=account_id)
    return account


def live_visit(s: Session, visit_id: str) -> Visit:
    v = s.get(Visit, visit_id)
    if v is None or v.deleted_at is not None:
        raise NotFound(what=_VISIT, key=visit_id)
    return v


def check_refs(s: Session, account: Account, draft: VisitDraft, v: Visit | None) -> None:
    """Attendees must be contacts of the account, questions in the bank. Rows the visit
    already names stay allowed even if deleted since (the record keeps who was there)."""
    problems: list[FieldProblem] = []
    kept_contacts: set[str] = set()
    kept_questions: set[str] = set()
    if v is not None:
        kept_contacts = set(
            s.scalars(select(VisitAttendee.contact_id).where(VisitAttendee.visit_id == v.id))
        )
        kept_questions = set(
            s.scalars(select(VisitQuestion.question_id).where(VisitQuestion.visit_id == v.id))
        )
    if draft.attendee_ids:
        found = {
            c.id: c
            for c in s.execute(
                select(Contact.id, Contact.name, Contact.account_id, Contact.deleted_at).where(
                    Contact.id.in_(draft.attendee_ids)
                )
            )
        }
        wrong = []
        for contact_id in draft.attendee_ids:
            c = found.get(contact_id)
            if c is None:
                wrong.append(contact_id)
            elif c.account_id != account.id or (
                c.deleted_at is not None and contact_id not in kept_contacts
            ):
                wrong.append(c.name)
        if wrong:
            names = ", ".join(wrong)
            problems.append(
                FieldProblem(
                    "attendee_ids",
                    label(VisitField.ATTENDEES),
                    NotOfAccount(names=names, account=account.short_name or account.name),
                )
            )
    if draft.question_ids:
        live = set(
            s.scalars(
                select(SpinQuestion.id).where(
                    SpinQuestion.id.in_(draft.question_ids), SpinQuestion.deleted_at.is_(None)
                )
            )
        )
        unknown = [q for q in draft.question_ids if q not in live and q not in kept_questions]
        if unknown:
            problems.append(
                FieldProblem(
                    "question_ids",
                    label(VisitField.QUESTIONS),
                    UnknownQuestion(count=len(unknown)),
                )
            )
    if problems:
        raise InvalidInput(problems)


def default_owner(book: Book, draft: VisitDraft, account: Account, v: Visit | None) -> str | None:
    return (
        draft.owner or (v.owner if v else None) or account.owner or book.meta.get("owner") or None
    )
