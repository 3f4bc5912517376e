"""SPIN: an account's notes, its progress, and the account list's cache of it.

The question bank lives in ``spin_bank``, beside this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, Contact, SpinNote, Visit
from kam_desktop.db.types import utc_now
from kam_desktop.domain.enums import SpinStage
from kam_desktop.domain.errors import FieldProblem, InvalidInput, NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.spin.spin_fields import (
    STAGE_ORDER,
    NoteChangedElsewhere,
    NotOfThisAccount,
    ProposalWarning,
    SpinField,
    SpinNoteDraft,
    highest_confirmed,
    proposal_gaps,
    validated_note,
)
from kam_desktop.domain.visits.visit_fields import local_date

_ACCOUNT = Text("errors", QT_TRANSLATE_NOOP("errors", "account"))
_NOTE = Text("errors", QT_TRANSLATE_NOOP("errors", "SPIN note"))


@dataclass(frozen=True)
class SpinNoteRow:
    id: str
    account_id: str
    stage: SpinStage
    question: str
    answer: str | None
    confirmed: bool
    noted_on: date
    visit_id: str | None
    visit_day: date | None
    contact_id: str | None
    contact_name: str | None
    revision: int

    def draft(self) -> SpinNoteDraft:
        return SpinNoteDraft(
            self.stage, self.question, self.answer, self.confirmed, self.noted_on,
            self.visit_id, self.contact_id,
        )  # fmt: skip


@dataclass(frozen=True)
class StageProgress:
    stage: SpinStage
    notes: int
    confirmed: int
    newest: SpinNoteRow | None


@dataclass(frozen=True)
class SpinProgress:
    """How far discovery has got with one account."""

    account_id: str
    stages: tuple[StageProgress, ...]  # S, P, I, N
    highest_confirmed: SpinStage | None
    warning: ProposalWarning | None

    def stage(self, stage: SpinStage) -> StageProgress:
        return self.stages[STAGE_ORDER.index(stage)]


# --- notes --------------------------------------------------------------------------------------


def _live_account(s: Session, account_id: str) -> Account:
    account = s.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFound(what=_ACCOUNT, key=account_id)
    return account


def _check_refs(s: Session, account: Account, draft: SpinNoteDraft) -> None:
    """The visit and the contact must be of the note's account."""
    found = []
    owner = account.short_name or account.name
    if draft.visit_id is not None:
        of = s.scalar(
            select(Visit.account_id).where(Visit.id == draft.visit_id, Visit.deleted_at.is_(None))
        )
        if of != account.id:
            label = Text("SpinField", SpinField.VISIT.en)
            found.append(FieldProblem("visit_id", label, NotOfThisAccount(account=owner)))
    if draft.contact_id is not None:
        of = s.scalar(
            select(Contact.account_id).where(
                Contact.id == draft.contact_id, Contact.deleted_at.is_(None)
            )
        )
        if of != account.id:
            label = Text("SpinField", SpinField.CONTACT.en)
            found.append(FieldProblem("contact_id", label, NotOfThisAccount(account=owner)))
    if found:
        raise InvalidInput(found)


_NOTE_COLUMNS = (
    SpinNote.id, SpinNote.account_id, SpinNote.stage, SpinNote.question, SpinNote.answer,
    SpinNote.confirmed, SpinNote.noted_on, SpinNote.visit_id,
    func.coalesce(Visit.done_at, Visit.planned_start), SpinNote.contact_id, Contact.name,
    SpinNote.revision,
)  # fmt: skip


def _note_rows(s: Session, *where: object) -> list[SpinNoteRow]:
    stmt = (
        select(*_NOTE_COLUMNS)
        .outerjoin(Visit, Visit.id == SpinNote.visit_id)
        .outerjoin(Contact, Contact.id == SpinNote.contact_id)
        .where(SpinNote.deleted_at.is_(None), *where)  # type: ignore[arg-type]
        .order_by(SpinNote.noted_on.desc(), SpinNote.created_at.desc(), SpinNote.id)
    )
    rows = []
    for r in s.execute(stmt):
        values = list(r)
        values[8] = local_date(values[8]) if values[8] is not None else None  # the visit's day
        rows.append(SpinNoteRow(*values))
    return rows


def notes(book: Book, account_id: str) -> list[SpinNoteRow]:
    """The account's live notes, newest first."""
    with book.sessions() as s:
        return _note_rows(s, SpinNote.account_id == account_id)


def _note_row(s: Session, note_id: str) -> SpinNoteRow:
    s.flush()
    return _note_rows(s, SpinNote.id == note_id)[0]


def add_note(
    book: Book, account_id: str, draft: SpinNoteDraft, *, today: date | None = None
) -> SpinNoteRow:
    clean = validated_note(draft, today or date.today())
    with book.sessions.begin() as s:
        account = _live_account(s, account_id)
        _check_refs(s, account, clean)
        note = SpinNote(account_id=account.id, **_values(clean))
        s.add(note)
        s.flush()
        _refresh_accounts(s, [account.id])
        return _note_row(s, note.id)


def _values(clean: SpinNoteDraft) -> dict[str, object]:
    return {
        "stage": clean.stage, "question": clean.question, "answer": clean.answer,
        "confirmed": clean.confirmed, "noted_on": clean.noted_on, "visit_id": clean.visit_id,
        "contact_id": clean.contact_id,
    }  # fmt: skip


def _live_note(s: Session, note_id: str) -> SpinNote:
    note = s.get(SpinNote, note_id)
    if note is None or note.deleted_at is not None:
        raise NotFound(what=_NOTE, key=note_id)
    return note


def update_note(
    book: Book,
    note_id: str,
    draft: SpinNoteDraft,
    expected_revision: int | None = None,
    *,
    today: date | None = None,
) -> SpinNoteRow:
    clean = validated_note(draft, today or date.today())
    with book.sessions.begin() as s:
        note = _live_note(s, note_id)
        if expected_revision is not None and note.revision != expected_revision:
            raise NoteChangedElsewhere()
        _check_refs(s, _live_account(s, note.account_id), clean)
        for name, value in _values(clean).items():
            if getattr(note, name) != value:
                setattr(note, name, value)
        s.flush()
        _refresh_accounts(s, [note.account_id])
        return _note_row(s, note.id)


def delete_note(book: Book, note_id: str) -> None:
    with book.sessions.begin() as s:
        note = _live_note(s, note_id)
        note.deleted_at = utc_now()
        s.flush()
        _refresh_accounts(s, [note.account_id])


def restore_note(book: Book, note_id: str) -> SpinNoteRow:
    with book.sessions.begin() as s:
        note = s.get(SpinNote, note_id)
        if note is None:
            raise NotFound(what=_NOTE, key=note_id)
        note.deleted_at = None
        s.flush()
        _refresh_accounts(s, [note.account_id])
        return _note_row(s, note.id)


# --- progress -----------------------------------------------------------------------------------


def progress(book: Book, account_id: str) -> SpinProgress:
    """Stages with notes, the newest note of each, the highest confirmed stage, and a warning
    when a proposal stage is reached without confirmed implication and need-payoff answers."""
    with book.sessions() as s:
        account = _live_account(s, account_id)
        rows = _note_rows(s, SpinNote.account_id == account_id)
        sales_stage = account.sales_stage
    stages = []
    for stage in STAGE_ORDER:
        mine = [r for r in rows if r.stage == stage]  # rows are newest first
        stages.append(
            StageProgress(
                stage, len(mine), sum(r.confirmed for r in mine), mine[0] if mine else None
            )
        )
    confirmed = {r.stage for r in rows if r.confirmed}
    missing = proposal_gaps(sales_stage, confirmed)
    warning = ProposalWarning(sales_stage, missing) if missing and sales_stage else None
    return SpinProgress(account_id, tuple(stages), highest_confirmed(confirmed), warning)


def _confirmed_stages(s: Session, account_ids: list[str] | None) -> dict[str, set[SpinStage]]:
    stmt = select(SpinNote.account_id, SpinNote.stage).where(
        SpinNote.deleted_at.is_(None), SpinNote.confirmed.is_(True)
    )
    if account_ids is not None:
        stmt = stmt.where(SpinNote.account_id.in_(account_ids))
    reached: dict[str, set[SpinStage]] = {}
    for account_id, stage in s.execute(stmt.distinct()):
        reached.setdefault(account_id, set()).add(stage)
    return reached


def _refresh_accounts(s: Session, account_ids: list[str] | None) -> int:
    """Write ``account.spin_stage`` where it changed (Core executemany: a cache, not synced,
    so no revision bump). ``None``: every live account. Returns how many changed."""
    reached = _confirmed_stages(s, account_ids)
    current = select(Account.id, Account.spin_stage).where(Account.deleted_at.is_(None))
    if account_ids is not None:
        current = current.where(Account.id.in_(account_ids))
    changed = []
    for account_id, old in s.execute(current):
        new = highest_confirmed(reached.get(account_id, ()))
        if new != old:
            changed.append({"row_id": account_id, "spin_stage": new.value if new else None})
    if changed:
        table = Account.__table__
        stmt = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values(spin_stage=bindparam("spin_stage"))
        )
        s.connection().execute(stmt, changed)
    return len(changed)


def refresh_spin_stage(book: Book) -> int:
    """Fill ``account.spin_stage`` (the highest confirmed stage) for every live account; how
    many changed."""
    with book.sessions.begin() as s:
        return _refresh_accounts(s, None)
