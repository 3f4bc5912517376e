"""Mapping profiles: a column mapping the rep named, kept in the book and offered again for a
list with the same headers (issue 10, point 2).

A profile is keyed by the list's headers as compared (``normalise_header``: NFKC, no spaces,
case folded), in order, so next month's list from the same HQ template finds it; it maps column
positions to fields (``None``: ignored).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import ImportMapping
from kam_desktop.db.types import utc_now
from kam_desktop.domain.accounts.hq_columns import ListKind, normalise_header
from kam_desktop.domain.errors import FieldProblem, InvalidInput, Required, Text, TooLong
from kam_desktop.domain.field_values import text_problem
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.hq_import.model import ListOverview

MAX_NAME = 80
_NAME = Text("hq_import", QT_TRANSLATE_NOOP("hq_import", "Mapping name"))
_IGNORED = ""  # stored for a column mapped to nothing (JSON object values must be text)


def header_key(headers: Sequence[str]) -> list[str]:
    """The headers as a profile compares them."""
    return [normalise_header(h) for h in headers]


def _checked_name(name: str) -> str:
    name = name.strip()
    problem = None
    if not name:
        problem = Required()
    elif len(name) > MAX_NAME:
        problem = TooLong(limit=MAX_NAME)
    else:
        problem = text_problem(name)
    if problem is not None:
        raise InvalidInput([FieldProblem("name", _NAME, problem)])
    return name


def save_profile(
    book: Book, name: str, overview: ListOverview, columns: Mapping[int, str | None]
) -> None:
    """Keep ``columns`` (column index → field) for lists with ``overview``'s headers as
    ``name``; a profile of that name is replaced."""
    name = _checked_name(name)
    headers = header_key([c.header for c in overview.columns])
    stored = {str(c.index): columns.get(c.index, c.field) or _IGNORED for c in overview.columns}
    with book.sessions.begin() as s:
        s.execute(delete(ImportMapping).where(ImportMapping.name == name))
        s.add(
            ImportMapping(
                name=name,
                list_kind=overview.list_kind.value,
                headers=headers,
                columns=stored,
                created_at=utc_now(),
                used_at=utc_now(),
            )
        )


def profile_names(book: Book, list_kind: ListKind | None = None) -> tuple[str, ...]:
    """Every saved profile's name (of ``list_kind``), most recently used first."""
    query = select(ImportMapping.name).order_by(ImportMapping.used_at.desc())
    if list_kind is not None:
        query = query.where(ImportMapping.list_kind == list_kind.value)
    with book.sessions() as s:
        return tuple(s.scalars(query))


def delete_profile(book: Book, name: str) -> None:
    with book.sessions.begin() as s:
        s.execute(delete(ImportMapping).where(ImportMapping.name == name))


def fitting_profiles(
    s: Session, list_kind: ListKind, headers: Sequence[str]
) -> list[tuple[str, dict[int, str | None]]]:
    """The profiles made for lists of ``list_kind`` with exactly these headers, most recently
    used first, each as (name, column index → field)."""
    key = header_key(headers)
    found = []
    for profile in s.scalars(
        select(ImportMapping)
        .where(ImportMapping.list_kind == list_kind.value)
        .order_by(ImportMapping.used_at.desc())
    ):
        if profile.headers == key:
            found.append((profile.name, _columns(profile)))
    return found


def _columns(profile: ImportMapping) -> dict[int, str | None]:
    return {int(index): field or None for index, field in profile.columns.items()}


def mark_used(s: Session, name: str) -> None:
    profile = s.scalar(select(ImportMapping).where(ImportMapping.name == name))
    if profile is not None:
        profile.used_at = utc_now()
