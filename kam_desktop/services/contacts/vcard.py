"""vCard files of an account's contacts: export them all, import a whole file or nothing.

The file format is ``formats.vcard_file``'s: it reads and validates every card of a file before
anything is written, so a bad card anywhere leaves the book exactly as it was, and its errors
name the file, the card and the field or line at fault. Here the cards meet the book: the
account's live contacts go out, and a file's contacts come in, all in one transaction, with the
file's warnings (a phone kept as written, a card without a name skipped) for the rep to read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kam_desktop.db.base import new_id
from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, Contact, RelationshipChange
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.errors import NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.formats.vcard_file import FileContact, read_vcard_file, write_vcard_file
from kam_desktop.formats.vcard_warnings import CardWarning
from kam_desktop.services.accounts.accounts import get_account
from kam_desktop.services.contacts.contacts import list_contacts
from kam_desktop.services.contacts.relationship_history import LEVEL

log = logging.getLogger(__name__)

_ACCOUNT = Text("errors", QT_TRANSLATE_NOOP("errors", "account"))


def export_vcards(book: Book, account_id: str, path: Path) -> int:
    """Write the account's live contacts to ``path`` as UTF-8 vCard 3.0; returns how many."""
    account = get_account(book, account_id)
    if account.deleted_at is not None:
        raise NotFound(what=_ACCOUNT, key=account_id)
    rows = list_contacts(book, account_id)
    write_vcard_file(Path(path), ((row.id, row.draft) for row in rows), account.name)
    log.info("exported %d contacts of account %s", len(rows), account_id)
    return len(rows)


def _managers_first(contacts: list[FileContact]) -> list[int]:
    """Card indexes ordered so a manager's row is inserted before its reports' rows (the
    reports-to key is checked at once, and the rows of one table go in the order added)."""
    depth: dict[int, int] = {}
    for start in range(len(contacts)):
        chain: list[int] = []
        cursor: int | None = start
        while cursor is not None and cursor not in depth:  # acyclic: the file reader checked
            chain.append(cursor)
            cursor = contacts[cursor].manager
        known = -1 if cursor is None else depth[cursor]
        for index in reversed(chain):
            known += 1
            depth[index] = known
    return sorted(range(len(contacts)), key=lambda index: (depth[index], index))


@dataclass(frozen=True)
class ImportResult:
    """How many contacts came in, and each card's warning (``message()``: no values in it)."""

    count: int
    warnings: tuple[CardWarning, ...] = ()


def import_vcards(
    book: Book, account_id: str, path: Path, *, today: date | None = None
) -> ImportResult:
    """Add every named contact in the vCard file to the account; all of them, or none and an
    error. Phones kept unchecked and cards skipped come back as warnings."""
    read = read_vcard_file(Path(path), today=today)
    incoming = read.contacts
    ids = [new_id() for _ in incoming]
    with book.sessions.begin() as s:
        account = s.get(Account, account_id)
        if account is None or account.deleted_at is not None:
            raise NotFound(what=_ACCOUNT, key=account_id)
        for index in _managers_first(incoming):
            item = incoming[index]
            contact = Contact(id=ids[index], account_id=account_id)
            for name in ContactDraft.field_names():
                setattr(contact, name, getattr(item.draft, name))
            contact.buying_roles = [role.code for role in item.draft.buying_roles]
            contact.reports_to_id = ids[item.manager] if item.manager is not None else None
            s.add(contact)
            # Like create_contact: the starting relationship level opens the history.
            s.add(
                RelationshipChange(
                    contact_id=ids[index],
                    changed_on=today or date.today(),
                    aspect=LEVEL,
                    from_value=None,
                    to_value=item.draft.relationship_level,
                )
            )
    log.info(
        "imported %d contacts into account %s (%d warnings)",
        len(ids),
        account_id,
        len(read.warnings),
    )
    return ImportResult(len(ids), read.warnings)


__all__ = ["ImportResult", "export_vcards", "import_vcards"]
