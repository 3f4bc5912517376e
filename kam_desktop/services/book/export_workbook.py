"""``export_workbook``: the whole book as an Excel workbook for HQ (issue 10, point 8).

One sheet per table (accounts, contacts, visits, next steps, complaints, SPIN notes, value
records), live rows only, read in one session into plain rows and handed to
``formats.excel_writer``. Sheet names and headers are in the user's language. The accounts
sheet leads with the HQ-owned columns under headers ``domain.accounts.hq_columns`` matches, so
the file re-imports as an HQ customer list with no mapping edits.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import (
    Account,
    Complaint,
    Contact,
    NextStep,
    SpinNote,
    ValueRecord,
    Visit,
)
from kam_desktop.domain.contacts.coverage import GapKind
from kam_desktop.domain.enums import BuyingRole, RevisitRule
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.labels import Labeled
from kam_desktop.formats.excel_writer import CellKind, Column, Sheet, Value, write_workbook
from kam_desktop.services.progress import Progress, Steps, step_names

_CONTEXT = "export"
_T, _N, _I, _D, _DT = (
    CellKind.TEXT, CellKind.NUMBER, CellKind.INTEGER, CellKind.DATE, CellKind.DATETIME
)  # fmt: skip

_STEPS = step_names(
    QT_TRANSLATE_NOOP("progress", "Reading the book"),
    QT_TRANSLATE_NOOP("progress", "Writing the accounts sheet"),
    QT_TRANSLATE_NOOP("progress", "Writing the contacts sheet"),
    QT_TRANSLATE_NOOP("progress", "Writing the visits sheet"),
    QT_TRANSLATE_NOOP("progress", "Writing the next steps sheet"),
    QT_TRANSLATE_NOOP("progress", "Writing the complaints sheet"),
    QT_TRANSLATE_NOOP("progress", "Writing the SPIN notes sheet"),
    QT_TRANSLATE_NOOP("progress", "Writing the value records sheet"),
    QT_TRANSLATE_NOOP("progress", "Saving the workbook"),
)

# The first twelve headers are DOMAIN §10 synonyms (English and Chinese both): keep them so.
_ACCOUNT_COLUMNS = (
    (QT_TRANSLATE_NOOP("export", "Customer Code"), _T),
    (QT_TRANSLATE_NOOP("export", "Customer Name"), _T),
    (QT_TRANSLATE_NOOP("export", "Credit Code"), _T),
    (QT_TRANSLATE_NOOP("export", "Province"), _T),
    (QT_TRANSLATE_NOOP("export", "City"), _T),
    (QT_TRANSLATE_NOOP("export", "Industry"), _T),
    (QT_TRANSLATE_NOOP("export", "Grade"), _T),
    (QT_TRANSLATE_NOOP("export", "Size"), _T),
    (QT_TRANSLATE_NOOP("export", "Sales (10k CNY)"), _N),
    (QT_TRANSLATE_NOOP("export", "Phone"), _T),
    (QT_TRANSLATE_NOOP("export", "Address"), _T),
    (QT_TRANSLATE_NOOP("export", "Owner"), _T),
    (QT_TRANSLATE_NOOP("export", "Short form"), _T),
    (QT_TRANSLATE_NOOP("export", "Account status"), _T),
    (QT_TRANSLATE_NOOP("export", "Lifecycle stage"), _T),
    (QT_TRANSLATE_NOOP("export", "Value tier"), _T),
    (QT_TRANSLATE_NOOP("export", "Value score"), _N),
    (QT_TRANSLATE_NOOP("export", "Sales in the last 12 months (10k CNY)"), _N),
    (QT_TRANSLATE_NOOP("export", "Last order"), _D),
    (QT_TRANSLATE_NOOP("export", "Last visit"), _D),
    (QT_TRANSLATE_NOOP("export", "Next revisit due"), _D),
    (QT_TRANSLATE_NOOP("export", "Revisit reasons"), _T),
    (QT_TRANSLATE_NOOP("export", "Contact map gaps"), _T),
    (QT_TRANSLATE_NOOP("export", "Notes"), _T),
)
_ACCOUNT_REF = (
    (QT_TRANSLATE_NOOP("export", "Account code"), _T),
    (QT_TRANSLATE_NOOP("export", "Account"), _T),
)
_CONTACT_COLUMNS = (
    *_ACCOUNT_REF,
    (QT_TRANSLATE_NOOP("export", "Contact"), _T),
    (QT_TRANSLATE_NOOP("export", "Job title"), _T),
    (QT_TRANSLATE_NOOP("export", "Department"), _T),
    (QT_TRANSLATE_NOOP("export", "Decision level"), _T),
    (QT_TRANSLATE_NOOP("export", "Buying roles"), _T),
    (QT_TRANSLATE_NOOP("export", "Attitude"), _T),
    (QT_TRANSLATE_NOOP("export", "Relationship level"), _I),
    (QT_TRANSLATE_NOOP("export", "Office phone"), _T),
    (QT_TRANSLATE_NOOP("export", "Mobile"), _T),
    (QT_TRANSLATE_NOOP("export", "E-mail"), _T),
    (QT_TRANSLATE_NOOP("export", "WeChat"), _T),
    (QT_TRANSLATE_NOOP("export", "Last contact"), _D),
    (QT_TRANSLATE_NOOP("export", "Notes"), _T),
)
_VISIT_COLUMNS = (
    *_ACCOUNT_REF,
    (QT_TRANSLATE_NOOP("export", "Planned start"), _DT),
    (QT_TRANSLATE_NOOP("export", "Status"), _T),
    (QT_TRANSLATE_NOOP("export", "Method"), _T),
    (QT_TRANSLATE_NOOP("export", "Purpose"), _T),
    (QT_TRANSLATE_NOOP("export", "Objectives"), _T),
    (QT_TRANSLATE_NOOP("export", "Outcome"), _T),
    (QT_TRANSLATE_NOOP("export", "Satisfaction"), _I),
    (QT_TRANSLATE_NOOP("export", "Done at"), _DT),
    (QT_TRANSLATE_NOOP("export", "Owner"), _T),
)
_NEXT_STEP_COLUMNS = (
    *_ACCOUNT_REF,
    (QT_TRANSLATE_NOOP("export", "Next step"), _T),
    (QT_TRANSLATE_NOOP("export", "Owner"), _T),
    (QT_TRANSLATE_NOOP("export", "Due"), _D),
    (QT_TRANSLATE_NOOP("export", "Done on"), _D),
)
_COMPLAINT_COLUMNS = (
    *_ACCOUNT_REF,
    (QT_TRANSLATE_NOOP("export", "Opened"), _D),
    (QT_TRANSLATE_NOOP("export", "Category"), _T),
    (QT_TRANSLATE_NOOP("export", "Severity"), _T),
    (QT_TRANSLATE_NOOP("export", "Status"), _T),
    (QT_TRANSLATE_NOOP("export", "Description"), _T),
    (QT_TRANSLATE_NOOP("export", "Resolution"), _T),
    (QT_TRANSLATE_NOOP("export", "Resolved"), _D),
)
_SPIN_COLUMNS = (
    *_ACCOUNT_REF,
    (QT_TRANSLATE_NOOP("export", "Noted"), _D),
    (QT_TRANSLATE_NOOP("export", "SPIN stage"), _T),
    (QT_TRANSLATE_NOOP("export", "Question"), _T),
    (QT_TRANSLATE_NOOP("export", "Answer"), _T),
    (QT_TRANSLATE_NOOP("export", "Confirmed"), _T),
)
_VALUE_COLUMNS = (
    *_ACCOUNT_REF,
    (QT_TRANSLATE_NOOP("export", "Month"), _T),
    (QT_TRANSLATE_NOOP("export", "Sales amount (10k CNY)"), _N),
    (QT_TRANSLATE_NOOP("export", "Gross margin (10k CNY)"), _N),
    (QT_TRANSLATE_NOOP("export", "Collections (10k CNY)"), _N),
    (QT_TRANSLATE_NOOP("export", "Cost to serve (10k CNY)"), _N),
    (QT_TRANSLATE_NOOP("export", "Source"), _T),
)
SHEET_TITLES = (
    QT_TRANSLATE_NOOP("export", "Accounts"),
    QT_TRANSLATE_NOOP("export", "Contacts"),
    QT_TRANSLATE_NOOP("export", "Visits"),
    QT_TRANSLATE_NOOP("export", "Next steps"),
    QT_TRANSLATE_NOOP("export", "Complaints"),
    QT_TRANSLATE_NOOP("export", "SPIN notes"),
    QT_TRANSLATE_NOOP("export", "Value records"),
)
_SHEET_COLUMNS = (
    _ACCOUNT_COLUMNS,
    _CONTACT_COLUMNS,
    _VISIT_COLUMNS,
    _NEXT_STEP_COLUMNS,
    _COMPLAINT_COLUMNS,
    _SPIN_COLUMNS,
    _VALUE_COLUMNS,
)

Row = list[Value]


def _label(value: Labeled | None) -> str | None:
    return value.label() if value is not None else None


def _labels(codes: Sequence[str] | None, kind: type[Labeled]) -> str | None:
    """Stored codes as their labels, joined with "; " (an unknown code is kept as it is)."""
    if not codes:
        return None
    return "; ".join((kind.parse(code).label() if kind.parse(code) else code) for code in codes)


_YES = QT_TRANSLATE_NOOP("export", "yes")


def _yes(flag: bool) -> str:
    return translate(_CONTEXT, _YES) if flag else ""


def _read(session: Session) -> list[list[Row]]:
    accounts = session.scalars(
        select(Account).where(Account.deleted_at.is_(None)).order_by(Account.code, Account.name)
    ).all()
    names = {
        a.id: (a.code, a.name)
        for a in session.execute(select(Account.id, Account.code, Account.name))
    }

    def ref(account_id: str) -> Row:
        code, name = names.get(account_id, (None, None))
        return [code, name]

    def live(model: type, *order: object) -> Sequence:  # type: ignore[type-arg]
        return session.scalars(
            select(model).where(model.deleted_at.is_(None)).order_by(*order)
        ).all()

    account_rows: list[Row] = [
        [a.code, a.name, a.credit_code, a.province, a.city, _label(a.industry),
         _label(a.hq_grade), _label(a.size_class), a.hq_sales, a.phone, a.address, a.owner,
         a.short_name, _label(a.status), _label(a.lifecycle_stage), _label(a.value_tier),
         a.value_score, a.sales_12m, a.last_order_on, a.last_visit_on, a.next_due_on,
         _labels(a.due_reasons, RevisitRule), _labels(a.map_gaps, GapKind), a.notes]
        for a in accounts
    ]  # fmt: skip
    contact_rows: list[Row] = [
        [*ref(c.account_id), c.name, c.title, c.department, _label(c.decision_level),
         _labels(c.buying_roles, BuyingRole), _label(c.attitude), c.relationship_level,
         c.phone, c.mobile, c.email, c.wechat, c.last_contact_on, c.notes]
        for c in live(Contact, Contact.account_id, Contact.name)
    ]  # fmt: skip
    visit_rows: list[Row] = [
        [*ref(v.account_id), v.planned_start, _label(v.status), _label(v.method),
         _label(v.purpose), v.objectives, v.outcome, v.satisfaction, v.done_at, v.owner]
        for v in live(Visit, Visit.planned_start)
    ]  # fmt: skip
    step_rows: list[Row] = [
        [*ref(n.account_id), n.text, n.owner, n.due_on, n.done_on]
        for n in live(NextStep, NextStep.due_on)
    ]
    complaint_rows: list[Row] = [
        [*ref(c.account_id), c.opened_on, _label(c.category), _label(c.severity),
         _label(c.status), c.description, c.resolution, c.resolved_on]
        for c in live(Complaint, Complaint.opened_on)
    ]  # fmt: skip
    spin_rows: list[Row] = [
        [*ref(n.account_id), n.noted_on, _label(n.stage), n.question, n.answer, _yes(n.confirmed)]
        for n in live(SpinNote, SpinNote.noted_on)
    ]
    value_rows: list[Row] = [
        [*ref(r.account_id), r.month, r.sales, r.gross_margin, r.collected, r.cost_to_serve,
         _label(r.source)]
        for r in live(ValueRecord, ValueRecord.month, ValueRecord.account_id)
    ]  # fmt: skip
    return [
        account_rows, contact_rows, visit_rows, step_rows, complaint_rows, spin_rows, value_rows
    ]  # fmt: skip


def export_workbook(book: Book, target: Path | str, progress: Progress | None = None) -> Path:
    """Write the book's live rows as a workbook at ``target`` (atomically) and return its path.

    Cancelling (checked between sheets) leaves no file behind and an earlier one as it was.
    """
    steps = Steps(progress, _STEPS)
    steps.start(0)
    with book.sessions.begin() as session:
        tables = _read(session)
    sheets = [
        Sheet(
            translate(_CONTEXT, title),
            tuple(Column(translate(_CONTEXT, header), kind) for header, kind in columns),
            rows,
        )
        for title, columns, rows in zip(SHEET_TITLES, _SHEET_COLUMNS, tables, strict=True)
    ]
    write_workbook(target, sheets, on_sheet=lambda i: steps.start(i + 1))
    steps.finish()
    return Path(target)


__all__ = ["SHEET_TITLES", "export_workbook"]
