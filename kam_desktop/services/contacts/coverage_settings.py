"""The contact-map coverage thresholds stored in the book (DOMAIN §3.2 [default]: configurable
in Settings and shared with a team through sync), as JSON in the ``setting`` row
``coverage_rules``. Same pattern as the revisit settings in ``services.revisits``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, fields, replace
from types import MappingProxyType
from typing import Any

from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Setting
from kam_desktop.domain.contacts.coverage import DEFAULT_RULES, CoverageRuleField, CoverageRules
from kam_desktop.domain.errors import BadNumber, FieldProblem, InvalidInput, KamError, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP

SETTINGS_KEY = "coverage_rules"  # the ``setting`` row that holds them

#: Usable values of each threshold, inclusive. Relationship levels are 0..5 and attitudes
#: -2..2; a threshold at the bottom of either scale could never be missed, so it is refused.
RANGES: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "min_strong_contacts": (1, 20),
        "strong_level": (1, 5),
        "kdm_min_level": (1, 5),
        "kdm_min_attitude": (-1, 2),
        "not_met_days": (1, 3650),
    }
)


class OutOfRange(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be between {minimum} and {maximum}.")


def load_rules(book: Book) -> CoverageRules:
    """The book's coverage rules (defaults where unset or unreadable: another device may have
    written a value this version does not accept)."""
    with book.sessions() as s:
        value = s.scalar(
            select(Setting.value).where(Setting.key == SETTINGS_KEY, Setting.deleted_at.is_(None))
        )
    if not isinstance(value, Mapping):
        return DEFAULT_RULES
    values: dict[str, int] = {}
    for name in (f.name for f in fields(CoverageRules)):
        if name in value and _problem(name, value[name]) is None:
            values[name] = int(value[name])
    return replace(DEFAULT_RULES, **values)


def save_rules(book: Book, rules: CoverageRules) -> None:
    """Store ``rules`` in the book (``InvalidInput`` naming each bad field, and nothing saved,
    if one is out of range)."""
    data: dict[str, Any] = asdict(rules)
    problems = [p for name, v in data.items() if (p := _problem(name, v)) is not None]
    if problems:
        raise InvalidInput(problems)
    with book.sessions.begin() as s:
        row = s.scalar(select(Setting).where(Setting.key == SETTINGS_KEY))
        if row is None:
            s.add(Setting(key=SETTINGS_KEY, value=data))
        else:
            row.value = data
            row.deleted_at = None


def _problem(name: str, value: object) -> FieldProblem | None:
    """What is wrong with ``value`` for threshold ``name``, or None."""
    minimum, maximum = RANGES[name]
    problem: KamError
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        problem = BadNumber(value=value)
    elif not minimum <= value <= maximum:
        problem = OutOfRange(minimum=minimum, maximum=maximum)
    else:
        return None
    label = Text("CoverageRuleField", CoverageRuleField(name).en)
    return FieldProblem(name, label, problem)
