"""Contacts of an account: read, create, update, re-parent, delete/restore.

Every use case runs in one transaction: a refused change (bad field, cycle, stale revision)
leaves the book exactly as it was. Influence links live in ``contact_links`` and the
relationship history in ``relationship_history``, beside this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, Contact, ContactLink
from kam_desktop.db.types import utc_now
from kam_desktop.domain.contacts.contact_fields import (
    ContactChangedElsewhere,
    ContactDraft,
    ReportsToCycle,
    ReportsToMissing,
    ReportsToOtherAccount,
    ReportsToSelf,
    field_problem,
    validated,
)
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel, Influence
from kam_desktop.domain.errors import InvalidInput, KamError, NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.contacts.contact_links import (
    live_links_of,
)
from kam_desktop.services.contacts.relationship_history import (
    ATTITUDE,
    LEVEL,
    record_change,
)

_CONTACT = Text("errors", QT_TRANSLATE_NOOP("errors", "contact"))
_ACCOUNT = Text("errors", QT_TRANSLATE_NOOP("errors", "account"))


@dataclass(frozen=True)
class ContactRow:
    """One live contact: everything the map and the table need."""

    id: str
    account_id: str
    draft: ContactDraft
    revision: int
    last_contact_on: date | None

    # fmt: off
    @property
    def name(self) -> str: return self.draft.name
    @property
    def title(self) -> str | None: return self.draft.title
    @property
    def department(self) -> str | None: return self.draft.department
    @property
    def reports_to_id(self) -> str | None: return self.draft.reports_to_id
    @property
    def decision_level(self) -> DecisionLevel | None: return self.draft.decision_level
    @property
    def buying_roles(self) -> tuple[BuyingRole, ...]: return self.draft.buying_roles
    @property
    def is_key_decision_maker(self) -> bool: return self.draft.is_key_decision_maker
    @property
    def is_coach(self) -> bool: return self.draft.is_coach
    @property
    def attitude(self) -> Attitude: return self.draft.attitude
    @property
    def influence(self) -> Influence | None: return self.draft.influence
    @property
    def relationship_level(self) -> int: return self.draft.relationship_level
    @property
    def phone(self) -> str | None: return self.draft.phone
    @property
    def mobile(self) -> str | None: return self.draft.mobile
    @property
    def email(self) -> str | None: return self.draft.email
    @property
    def wechat(self) -> str | None: return self.draft.wechat
    @property
    def birthday(self) -> date | None: return self.draft.birthday
    @property
    def opponent_plan(self) -> str | None: return self.draft.opponent_plan
    # fmt: on


@dataclass(frozen=True)
class DeletedContact:
    """What ``delete_contact`` changed, so that ``restore_contact`` can undo exactly that."""

    contact_id: str
    reattached: tuple[str, ...]  # direct reports moved to ``manager_id``
    manager_id: str | None
    links: tuple[str, ...] = ()  # influence links deleted with the contact


# --- rows -------------------------------------------------------------------------------------


def _draft(c: Contact) -> ContactDraft:
    roles = (BuyingRole.parse(code) for code in c.buying_roles or ())
    return ContactDraft(
        **{n: getattr(c, n) for n in ContactDraft.field_names() if n != "buying_roles"},
        buying_roles=tuple(r for r in roles if r is not None),
    )


def _row(c: Contact) -> ContactRow:
    return ContactRow(c.id, c.account_id, _draft(c), c.revision, c.last_contact_on)


def _apply(c: Contact, draft: ContactDraft) -> None:
    for name in ContactDraft.field_names():
        setattr(c, name, getattr(draft, name))
    c.buying_roles = [r.value for r in draft.buying_roles]


def _live_contact(s: Session, contact_id: str) -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(what=_CONTACT, key=contact_id)
    return contact


def _live_account(s: Session, account_id: str) -> Account:
    account = s.get(Account, account_id)
    if account is None or account.deleted_at is not None:
        raise NotFound(what=_ACCOUNT, key=account_id)
    return account


def list_contacts(book: Book, account_id: str) -> list[ContactRow]:
    """The account's live contacts, ordered by name."""
    with book.sessions() as s:
        _live_account(s, account_id)
        found = s.scalars(
            select(Contact)
            .where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
            .order_by(Contact.name, Contact.id)
        )
        return [_row(c) for c in found]


def get_contact(book: Book, contact_id: str) -> ContactRow:
    with book.sessions() as s:
        return _row(_live_contact(s, contact_id))


def contact_counts(book: Book, account_ids: Iterable[str]) -> dict[str, int]:
    """Live contacts per account, 0 for an account without any."""
    ids = list(dict.fromkeys(account_ids))
    counts = dict.fromkeys(ids, 0)
    with book.sessions() as s:
        for start in range(0, len(ids), 500):  # stay under SQLite's variable limit
            stmt = (
                select(Contact.account_id, func.count())
                .where(Contact.account_id.in_(ids[start : start + 500]))
                .where(Contact.deleted_at.is_(None))
                .group_by(Contact.account_id)
            )
            counts.update({account_id: n for account_id, n in s.execute(stmt)})
    return counts


# --- reporting lines --------------------------------------------------------------------------


def _refuse(name: str, problem: KamError) -> InvalidInput:
    return InvalidInput([field_problem(name, problem)])


def _chain_to(s: Session, account_id: str, start: str | None, target: str) -> list[str] | None:
    """Names from ``start`` up its reporting line to ``target``; ``None`` if it never gets there."""
    rows = s.execute(
        select(Contact.id, Contact.reports_to_id, Contact.name).where(
            Contact.account_id == account_id
        )
    )
    parent, name = {}, {}
    for cid, up, who in rows:
        parent[cid], name[cid] = up, who
    chain: list[str] = []
    cursor, seen = start, set()
    while cursor is not None and cursor not in seen:  # ``seen``: bad data must not hang us
        chain.append(name.get(cursor, cursor))
        if cursor == target:
            return chain
        seen.add(cursor)
        cursor = parent.get(cursor)
    return None


def _check_manager(
    s: Session, account_id: str, contact_id: str | None, name: str, manager_id: str
) -> None:
    """Refuse ``manager_id`` as manager of the contact (``contact_id`` ``None``: a new one)."""
    if manager_id == contact_id:
        raise _refuse("reports_to_id", ReportsToSelf(name=name))
    manager = s.get(Contact, manager_id)
    if manager is None or manager.deleted_at is not None:
        raise _refuse("reports_to_id", ReportsToMissing())
    if manager.account_id != account_id:
        other = s.get(Account, manager.account_id)
        account = (other.short_name or other.name) if other else manager.account_id
        problem = ReportsToOtherAccount(manager=manager.name, account=account, name=name)
        raise _refuse("reports_to_id", problem)
    if contact_id is not None:
        chain = _chain_to(s, account_id, manager_id, contact_id)
        if chain is not None:
            problem = ReportsToCycle(name=name, manager=manager.name, chain=" → ".join(chain))
            raise _refuse("reports_to_id", problem)


def set_reports_to(book: Book, contact_id: str, manager_id: str | None) -> str | None:
    """Change whom a contact reports to; returns the previous manager's id (for undo)."""
    with book.sessions.begin() as s:
        contact = _live_contact(s, contact_id)
        previous = contact.reports_to_id
        if manager_id != previous:
            if manager_id is not None:
                _check_manager(s, contact.account_id, contact.id, contact.name, manager_id)
            contact.reports_to_id = manager_id
        return previous


# --- create and update ------------------------------------------------------------------------


def create_contact(
    book: Book, account_id: str, draft: ContactDraft, *, today: date | None = None
) -> ContactRow:
    """Validate and add a contact; its starting relationship level opens its history."""
    clean = validated(draft, today=today)
    with book.sessions.begin() as s:
        _live_account(s, account_id)
        if clean.reports_to_id is not None:
            _check_manager(s, account_id, None, clean.name, clean.reports_to_id)
        contact = Contact(account_id=account_id)
        _apply(contact, clean)
        s.add(contact)
        s.flush()
        record_change(s, contact.id, LEVEL, None, clean.relationship_level, None, today)
        s.flush()
        return _row(contact)


def update_contact(
    book: Book,
    contact_id: str,
    draft: ContactDraft,
    expected_revision: int | None = None,
    *,
    reason: str | None = None,
    today: date | None = None,
) -> ContactRow:
    """Save a changed contact; a new level or attitude is added to its relationship history."""
    clean = validated(draft, today=today)
    with book.sessions.begin() as s:
        contact = _live_contact(s, contact_id)
        if expected_revision is not None and contact.revision != expected_revision:
            raise ContactChangedElsewhere()
        if clean.reports_to_id is not None and clean.reports_to_id != contact.reports_to_id:
            _check_manager(s, contact.account_id, contact.id, clean.name, clean.reports_to_id)
        old_level, old_attitude = contact.relationship_level, contact.attitude
        _apply(contact, clean)
        if clean.relationship_level != old_level:
            record_change(s, contact.id, LEVEL, old_level, clean.relationship_level, reason, today)
        if clean.attitude != old_attitude:
            old = old_attitude.value if old_attitude is not None else None
            record_change(s, contact.id, ATTITUDE, old, clean.attitude.value, reason, today)
        s.flush()
        return _row(contact)


# --- delete and restore -----------------------------------------------------------------------


def delete_contact(book: Book, contact_id: str) -> DeletedContact:
    """Soft delete; direct reports move up to the contact's manager (or become roots)."""
    with book.sessions.begin() as s:
        contact = _live_contact(s, contact_id)
        manager_id = contact.reports_to_id
        manager = s.get(Contact, manager_id) if manager_id else None
        if manager is None or manager.deleted_at is not None:
            manager_id = None  # never hang reports under a contact that is gone
        reports = s.scalars(
            select(Contact)
            .where(Contact.reports_to_id == contact_id, Contact.deleted_at.is_(None))
            .order_by(Contact.name, Contact.id)
        ).all()
        for report in reports:
            report.reports_to_id = manager_id
        now = utc_now()
        links = live_links_of(s, contact_id)
        for link in links:
            link.deleted_at = now
        contact.deleted_at = now
        return DeletedContact(
            contact_id, tuple(r.id for r in reports), manager_id, tuple(k.id for k in links)
        )


def restore_contact(book: Book, deleted: DeletedContact) -> None:
    """Undo ``delete_contact``: the contact, its reports' reporting lines and its links."""
    with book.sessions.begin() as s:
        contact = s.get(Contact, deleted.contact_id)
        if contact is None:
            raise NotFound(what=_CONTACT, key=deleted.contact_id)
        if contact.deleted_at is None:
            return  # restored already
        contact.deleted_at = None
        for report_id in deleted.reattached:
            report = s.get(Contact, report_id)
            if report is not None:
                report.reports_to_id = contact.id
        for link_id in deleted.links:
            link = s.get(ContactLink, link_id)
            if link is not None:
                link.deleted_at = None
        s.flush()
        # Edits made outside the undo order could close a loop through the restored contact.
        chain = _chain_to(s, contact.account_id, contact.reports_to_id, contact.id)
        if chain is not None:
            manager = s.get(Contact, contact.reports_to_id)
            problem = ReportsToCycle(
                name=contact.name,
                manager=manager.name if manager else "",
                chain=" → ".join(chain),
            )
            raise _refuse("reports_to_id", problem)
