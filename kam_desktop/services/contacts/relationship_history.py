"""A contact's relationship history: each change of level or attitude, with its reason.

``contacts.create_contact`` and ``contacts.update_contact`` record the changes inside their own
transaction (``record_change``); ``relationship_history`` reads them back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Contact, RelationshipChange
from kam_desktop.domain.errors import NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

_CONTACT = Text("errors", QT_TRANSLATE_NOOP("errors", "contact"))
LEVEL, ATTITUDE = "level", "attitude"  # RelationshipChange.aspect


@dataclass(frozen=True)
class RelationshipStep:
    changed_on: date
    aspect: str  # "level" | "attitude"
    from_value: int | None
    to_value: int
    reason: str | None


def record_change(
    s: Session,
    contact_id: str,
    aspect: str,
    old: int | None,
    new: int,
    reason: str | None,
    today: date | None,
) -> None:
    """Add one step to the history, in the caller's session (so it commits with the change)."""
    s.add(
        RelationshipChange(
            contact_id=contact_id, changed_on=today or date.today(), aspect=aspect,
            from_value=old, to_value=new, reason=(reason or "").strip() or None,
        )
    )  # fmt: skip


def relationship_history(book: Book, contact_id: str) -> list[RelationshipStep]:
    """Level and attitude changes, oldest first (also for a deleted contact)."""
    with book.sessions() as s:
        if s.get(Contact, contact_id) is None:
            raise NotFound(what=_CONTACT, key=contact_id)
        rows = s.scalars(
            select(RelationshipChange)
            .where(
                RelationshipChange.contact_id == contact_id,
                RelationshipChange.deleted_at.is_(None),
            )
            .order_by(RelationshipChange.changed_on, RelationshipChange.created_at)
        )
        return [
            RelationshipStep(r.changed_on, r.aspect, r.from_value, r.to_value, r.reason)
            for r in rows
        ]


__all__ = ["ATTITUDE", "LEVEL", "RelationshipStep", "record_change", "relationship_history"]
