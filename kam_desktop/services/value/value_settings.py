"""The value settings kept in the book (``setting`` rows, shared through sync): the lifetime
value assumptions (key ``value.lifetime``) and the rep's own playbook texts per quadrant (key
``value.playbooks``, only the edited ones; the others are ``DEFAULT_PLAYBOOKS``).

Reading never fails: a row another device wrote that this version cannot use gives the
defaults. Saving validates first and writes nothing when a value is unusable.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Setting
from kam_desktop.domain.enums import ValueQuadrant
from kam_desktop.domain.errors import FieldProblem, InvalidInput, Text, TooLong
from kam_desktop.domain.value.lifetime import (
    LifetimeAssumptions,
    assumptions_from_json,
    assumptions_to_json,
)
from kam_desktop.domain.value.quadrants import DEFAULT_PLAYBOOKS

log = logging.getLogger(__name__)

LIFETIME_KEY = "value.lifetime"
PLAYBOOKS_KEY = "value.playbooks"
PLAYBOOK_MAX_CHARS = 500


def _stored(s: Session, key: str) -> object:
    return s.scalar(select(Setting.value).where(Setting.key == key, Setting.deleted_at.is_(None)))


def _store(s: Session, key: str, value: object) -> None:
    row = s.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value
        row.deleted_at = None


# --- lifetime value assumptions ---------------------------------------------------------------


def stored_lifetime_assumptions(s: Session) -> LifetimeAssumptions:
    """The assumptions in the book (defaults where unset or unusable), read in ``s``."""
    return assumptions_from_json(_stored(s, LIFETIME_KEY) or {}, strict=False)


def load_lifetime_assumptions(book: Book) -> LifetimeAssumptions:
    with book.sessions() as s:
        return stored_lifetime_assumptions(s)


def save_lifetime_assumptions(book: Book, assumptions: LifetimeAssumptions) -> None:
    """Store ``assumptions`` (valid by construction: ``LifetimeAssumptions`` checks itself)."""
    with book.sessions.begin() as s:
        _store(s, LIFETIME_KEY, assumptions_to_json(assumptions))


# --- playbooks --------------------------------------------------------------------------------


def _edited(value: object) -> dict[ValueQuadrant, str]:
    """The usable edited texts of a stored ``value.playbooks`` row."""
    if not isinstance(value, Mapping):
        return {}
    found = {}
    for code, text in value.items():
        quadrant = ValueQuadrant.parse(code)
        if quadrant is not None and isinstance(text, str) and text.strip():
            found[quadrant] = text.strip()
    if len(found) < len(value):
        log.warning("ignored %d unusable playbook entries", len(value) - len(found))
    return found


def stored_playbooks(s: Session) -> dict[ValueQuadrant, Text]:
    """Each quadrant's playbook: the rep's text where edited (shown as written), else the
    default (translated where shown)."""
    edited = _edited(_stored(s, PLAYBOOKS_KEY))
    return {
        q: Text("Playbook", edited[q]) if q in edited else Text("Playbook", DEFAULT_PLAYBOOKS[q])
        for q in ValueQuadrant
    }


def load_playbooks(book: Book) -> dict[ValueQuadrant, Text]:
    with book.sessions() as s:
        return stored_playbooks(s)


def save_playbook(book: Book, quadrant: ValueQuadrant, text: str | None) -> None:
    """Store the rep's playbook for ``quadrant``; an empty text restores the default.

    ``InvalidInput`` (nothing saved) for a text over ``PLAYBOOK_MAX_CHARS``.
    """
    cleaned = (text or "").strip()
    if len(cleaned) > PLAYBOOK_MAX_CHARS:
        label = Text("ValueQuadrant", quadrant.en)
        raise InvalidInput([FieldProblem("playbook", label, TooLong(limit=PLAYBOOK_MAX_CHARS))])
    with book.sessions.begin() as s:
        edited = {str(q.code): t for q, t in _edited(_stored(s, PLAYBOOKS_KEY)).items()}
        if cleaned and cleaned != DEFAULT_PLAYBOOKS[quadrant]:
            edited[str(quadrant.code)] = cleaned
        else:
            edited.pop(str(quadrant.code), None)
        _store(s, PLAYBOOKS_KEY, edited)
