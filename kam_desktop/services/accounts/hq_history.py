"""What HQ imports changed on one account: its HQ-owned fields' history and its former names.

The import writes each change to ``account_change`` in the stored form (an enum's code, an
amount as text); this module turns it back into display values and names the list it came from.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import AccountChange, ImportLog
from kam_desktop.domain.enums import Grade, SizeClass
from kam_desktop.domain.labels import Labeled

HqValue = str | float | Labeled | None

_ENUMS: dict[str, type[Labeled]] = {"hq_grade": Grade, "size_class": SizeClass}


@dataclass(frozen=True)
class HqChange:
    """One HQ-owned field an import changed: old → new as shown, when (UTC) and from which file
    (``None`` when the import's log line is gone)."""

    field: str
    old: HqValue
    new: HqValue
    changed_at: datetime
    file_name: str | None


def hq_history(book: Book, account_id: str) -> tuple[HqChange, ...]:
    """Every change HQ imports made to the account, newest first."""
    with book.sessions() as s:
        rows = s.execute(
            select(AccountChange, ImportLog.file_name)
            .outerjoin(ImportLog, ImportLog.id == AccountChange.import_log_id)
            .where(AccountChange.account_id == account_id, AccountChange.deleted_at.is_(None))
            .order_by(AccountChange.changed_at.desc(), AccountChange.created_at.desc())
        ).all()
        return tuple(
            HqChange(
                change.field,
                _shown(change.field, change.old_value),
                _shown(change.field, change.new_value),
                change.changed_at,
                file_name,
            )
            for change, file_name in rows
        )


def former_names(book: Book, account_id: str) -> tuple[str, ...]:
    """The names HQ renamed the account from, newest first, each once."""
    return tuple(name for name, _ in former_names_in(hq_history(book, account_id)))


def former_names_in(history: Iterable[HqChange]) -> tuple[tuple[str, datetime], ...]:
    """Old names in ``history`` (newest first) with the time each stopped being the name; a
    name used twice is given with its latest end."""
    seen: dict[str, datetime] = {}
    for change in history:
        if change.field == "name" and isinstance(change.old, str) and change.old:
            seen.setdefault(change.old, change.changed_at)
    return tuple(seen.items())


def _shown(field: str, stored: str | None) -> HqValue:
    """The stored text back as the form shows it; text that no longer parses stays text."""
    if stored is None or stored == "":
        return None
    parse: Callable[[str], HqValue] | None = _ENUMS[field].parse if field in _ENUMS else None
    if field == "hq_sales":
        parse = float
    if parse is None:
        return stored
    try:
        value = parse(stored)
    except ValueError:
        return stored
    return stored if value is None else value
