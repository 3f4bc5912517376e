"""Influence links between contacts of one account: "A influences B", with an optional note.

``contacts.delete_contact`` soft-deletes a contact's links with it (``live_links_of``) and
``contacts.restore_contact`` brings them back.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from kam_desktop.db.book import Book
from kam_desktop.db.models import Contact, ContactLink
from kam_desktop.db.types import utc_now
from kam_desktop.domain.contacts.contact_fields import (
    INFLUENCE_NOTE_LENGTH,
    InfluenceExists,
    InfluenceOtherAccount,
    InfluenceSelf,
    field_problem,
)
from kam_desktop.domain.errors import InvalidInput, KamError, NotFound, Text, TooLong
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

_CONTACT = Text("errors", QT_TRANSLATE_NOOP("errors", "contact"))
_LINK = Text("errors", QT_TRANSLATE_NOOP("errors", "influence link"))


@dataclass(frozen=True)
class InfluenceLink:
    id: str
    from_contact_id: str
    to_contact_id: str
    note: str | None


def _link(k: ContactLink) -> InfluenceLink:
    return InfluenceLink(k.id, k.from_contact_id, k.to_contact_id, k.note)


def _live_contact(s: Session, contact_id: str) -> Contact:
    contact = s.get(Contact, contact_id)
    if contact is None or contact.deleted_at is not None:
        raise NotFound(what=_CONTACT, key=contact_id)
    return contact


def _refuse(problem: KamError) -> InvalidInput:
    return InvalidInput([field_problem("influences", problem)])


def live_links_of(s: Session, contact_id: str) -> list[ContactLink]:
    """The live links from or to the contact, in the caller's session."""
    return list(
        s.scalars(
            select(ContactLink)
            .where(
                or_(
                    ContactLink.from_contact_id == contact_id,
                    ContactLink.to_contact_id == contact_id,
                ),
                ContactLink.deleted_at.is_(None),
            )
            .order_by(ContactLink.id)
        )
    )


def influence_links(book: Book, account_id: str) -> list[InfluenceLink]:
    """Live "influences" links between live contacts of the account."""
    source, target = aliased(Contact), aliased(Contact)
    with book.sessions() as s:
        rows = s.scalars(
            select(ContactLink)
            .join(source, source.id == ContactLink.from_contact_id)
            .join(target, target.id == ContactLink.to_contact_id)
            .where(
                source.account_id == account_id,
                ContactLink.deleted_at.is_(None),
                source.deleted_at.is_(None),
                target.deleted_at.is_(None),
            )
            .order_by(ContactLink.created_at, ContactLink.id)
        )
        return [_link(k) for k in rows]


def add_influence(book: Book, from_id: str, to_id: str, note: str | None = None) -> InfluenceLink:
    """Record that one contact influences another of the same account."""
    note = (note or "").strip() or None
    with book.sessions.begin() as s:
        source, target = _live_contact(s, from_id), _live_contact(s, to_id)
        if source.id == target.id:
            raise _refuse(InfluenceSelf(name=source.name))
        if source.account_id != target.account_id:
            raise _refuse(InfluenceOtherAccount(source=source.name, target=target.name))
        if note is not None and len(note) > INFLUENCE_NOTE_LENGTH:
            raise _refuse(TooLong(limit=INFLUENCE_NOTE_LENGTH))
        exists = s.scalar(
            select(ContactLink.id).where(
                ContactLink.from_contact_id == from_id,
                ContactLink.to_contact_id == to_id,
                ContactLink.deleted_at.is_(None),
            )
        )
        if exists:
            raise _refuse(InfluenceExists(source=source.name, target=target.name))
        link = ContactLink(from_contact_id=from_id, to_contact_id=to_id, note=note)
        s.add(link)
        s.flush()
        return _link(link)


def remove_influence(book: Book, link_id: str) -> None:
    with book.sessions.begin() as s:
        link = s.get(ContactLink, link_id)
        if link is None or link.deleted_at is not None:
            raise NotFound(what=_LINK, key=link_id)
        link.deleted_at = utc_now()


__all__ = ["InfluenceLink", "add_influence", "influence_links", "live_links_of", "remove_influence"]
