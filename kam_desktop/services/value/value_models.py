"""The value models kept in the book (价值模型, DOMAIN §7.1): named sets of indicator weights, one
of them active (``is_default``: the one the scorer weighs by, see ``derived_facts.value_weights``).

Listing reads only; a book without any model lists the built-in default, and the first change
stores it as a row (``domain.value.value.default_value_model``). Weights are validated before
anything is written: a known indicator, a finite non-negative number, and not all zero. Any
change to what the scorer uses marks the account caches stale, so the next refresh rescores.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import ValueModel
from kam_desktop.db.types import utc_now
from kam_desktop.domain.errors import (
    BadNumber,
    FieldProblem,
    InvalidInput,
    KamError,
    NegativeNumber,
    NotFound,
    Required,
    Text,
    TooLong,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.value.value import (
    DEFAULT_MODEL_NAME,
    INDICATORS,
    ValueIndicator,
    default_value_model,
)
from kam_desktop.services.book.cache_state import mark_caches_stale

NAME_MAX_CHARS = 60  # the column's length
_WHAT = Text("errors", QT_TRANSLATE_NOOP("errors", "value model"))
_NAME = Text("ValueModel", QT_TRANSLATE_NOOP("ValueModel", "Name"))
_INDICATOR = Text("ValueModel", QT_TRANSLATE_NOOP("ValueModel", "Indicator"))
_WEIGHTS = Text("ValueModel", QT_TRANSLATE_NOOP("ValueModel", "Weights"))


class UnknownIndicator(KamError):
    template = QT_TRANSLATE_NOOP("errors", "{value} is not an indicator; use one of: {codes}.")


class NameTaken(KamError):
    template = QT_TRANSLATE_NOOP("errors", "is already the name of another value model.")


class ActiveModelKept(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The active value model cannot be deleted; make another model active first."
    )


class LastModelKept(KamError):
    template = QT_TRANSLATE_NOOP("errors", "The last value model cannot be deleted.")


class AllWeightsZero(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "must not all be zero; give at least one indicator a weight above zero."
    )


@dataclass(frozen=True)
class ValueModelInfo:
    """One value model: every indicator's weight (0 where the model leaves it out)."""

    id: str | None  # None: the built-in default of a book that stores no model yet
    name: str  # as stored; ``display_name`` translates the built-in default's
    weights: Mapping[str, float]
    is_default: bool

    @property
    def display_name(self) -> str:
        return translate("ValueModel", self.name) if self.name == DEFAULT_MODEL_NAME else self.name

    def shares(self) -> dict[str, float]:
        """Each indicator's share of the total weight (what it will carry in the score)."""
        total = sum(self.weights.values())
        return {k: (w / total if total else 0.0) for k, w in self.weights.items()}


def _weights(stored: object) -> Mapping[str, float]:
    """Every known indicator's weight from a stored JSON object (unusable entries: 0)."""
    values = stored if isinstance(stored, Mapping) else {}
    found = {}
    for code in INDICATORS:
        try:
            weight = float(values.get(code, 0.0))
        except (TypeError, ValueError):
            weight = 0.0
        found[code] = weight if math.isfinite(weight) and weight > 0 else 0.0
    return MappingProxyType(found)


def _info(row: ValueModel) -> ValueModelInfo:
    return ValueModelInfo(row.id, row.name, _weights(row.weights), bool(row.is_default))


def _builtin() -> ValueModelInfo:
    model = default_value_model()
    return ValueModelInfo(None, str(model["name"]), _weights(model["weights"]), True)


def _live(s: Session) -> list[ValueModel]:
    stmt = select(ValueModel).where(ValueModel.deleted_at.is_(None)).order_by(ValueModel.name)
    return list(s.scalars(stmt))


def list_models(book: Book) -> list[ValueModelInfo]:
    """The book's value models by name (the built-in default when it stores none)."""
    with book.sessions() as s:
        rows = _live(s)
        return [_info(r) for r in rows] if rows else [_builtin()]


def active_model(book: Book) -> ValueModelInfo:
    """The model the scorer uses (the first by name if, after a sync, none is marked)."""
    models = list_models(book)
    return next((m for m in models if m.is_default), models[0])


def _stored_models(s: Session) -> list[ValueModel]:
    """The live model rows, the built-in default stored first when there are none."""
    rows = _live(s)
    if not rows:
        model = default_value_model()
        row = ValueModel(name=model["name"], weights=model["weights"], is_default=True)
        s.add(row)
        s.flush()
        rows = [row]
    return rows


def _find(rows: list[ValueModel], name: str) -> ValueModel:
    """The row named ``name`` (stored, or the default's translated name)."""
    wanted = name.strip().casefold()
    for row in rows:
        if wanted in (row.name.casefold(), _info(row).display_name.casefold()):
            return row
    raise NotFound(what=_WHAT, key=name.strip())


def use_model(book: Book, name: str) -> ValueModelInfo:
    """Make ``name`` the active model (exactly one is); ``NotFound`` if there is none."""
    with book.sessions.begin() as s:
        rows = _stored_models(s)
        chosen = _find(rows, name)
        changed = not chosen.is_default or any(r.is_default for r in rows if r is not chosen)
        for row in rows:
            row.is_default = row is chosen
        if changed:
            mark_caches_stale(book, s)
        return _info(chosen)


def parse_weight(text: str | float) -> float:
    """A weight as typed: a finite, non-negative number (``InvalidInput`` naming the field)."""
    label = Text("ValueModel", QT_TRANSLATE_NOOP("ValueModel", "Weight"))
    try:
        weight = float(text)
    except (TypeError, ValueError):
        weight = math.nan
    if not math.isfinite(weight):
        problem: KamError = BadNumber(value=str(text).strip()[:20])
        raise InvalidInput([FieldProblem("weight", label, problem)])
    if weight < 0:
        raise InvalidInput([FieldProblem("weight", label, NegativeNumber())])
    return weight


def parse_indicator(text: str) -> ValueIndicator:
    """An indicator by code, English or Chinese label (``InvalidInput`` naming the field)."""
    indicator = ValueIndicator.parse(text)
    if indicator is None:
        codes = ", ".join(INDICATORS)
        problem = UnknownIndicator(value=str(text).strip()[:40], codes=codes)
        raise InvalidInput([FieldProblem("indicator", _INDICATOR, problem)])
    return indicator


def set_weight(book: Book, name: str, indicator: str, weight: str | float) -> ValueModelInfo:
    """Set one indicator's weight in model ``name``; nothing is written when it is refused."""
    code = str(parse_indicator(indicator).code)
    value = parse_weight(weight)
    with book.sessions.begin() as s:
        row = _find(_stored_models(s), name)
        weights = dict(_weights(row.weights))
        weights[code] = value
        if not any(w > 0 for w in weights.values()):
            raise InvalidInput([FieldProblem("weights", _WEIGHTS, AllWeightsZero())])
        row.weights = weights  # a new dict: JSON columns do not see changes in place
        if row.is_default:
            mark_caches_stale(book, s)
        return _info(row)


def set_weights(book: Book, name: str, weights: Mapping[str, float | str]) -> ValueModelInfo:
    """Set several of model ``name``'s weights in one write (the others keep theirs).

    ``InvalidInput`` names each bad entry (field: the indicator's code) or an all-zero result;
    nothing is written then.
    """
    problems: list[FieldProblem] = []
    parsed: dict[str, float] = {}
    for key, text in weights.items():
        try:
            code = str(parse_indicator(key).code)
        except InvalidInput as exc:
            problems += exc.problems
            continue
        try:
            parsed[code] = parse_weight(text)
        except InvalidInput as exc:
            label = Text("ValueIndicator", ValueIndicator(code).en)
            problems += [FieldProblem(code, label, p.problem) for p in exc.problems]
    if problems:
        raise InvalidInput(problems)
    with book.sessions.begin() as s:
        row = _find(_stored_models(s), name)
        old = _weights(row.weights)
        new = {**old, **parsed}
        if not any(w > 0 for w in new.values()):
            raise InvalidInput([FieldProblem("weights", _WEIGHTS, AllWeightsZero())])
        if new != dict(old):
            row.weights = new  # a new dict: JSON columns do not see changes in place
            if row.is_default:
                mark_caches_stale(book, s)
        return _info(row)


def _name_problem(rows: list[ValueModel], name: str, renamed: ValueModel | None = None) -> None:
    """``InvalidInput`` for an unusable model name (empty, too long, another model's)."""
    problem: KamError | None = None
    if not name:
        problem = Required()
    elif len(name) > NAME_MAX_CHARS:
        problem = TooLong(limit=NAME_MAX_CHARS)
    elif any(r.name.casefold() == name.casefold() for r in rows if r is not renamed):
        problem = NameTaken()
    if problem is not None:
        raise InvalidInput([FieldProblem("name", _NAME, problem)])


def _free_name(s: Session, name: str) -> None:
    """A deleted model keeps its row (sync, snapshots) but not its name: the column is unique
    over deleted rows too, so the tombstone takes its id as name."""
    for row in s.scalars(select(ValueModel).where(ValueModel.name == name)):
        if row.deleted_at is not None:
            row.name = f"~{row.id}"[:NAME_MAX_CHARS]
    s.flush()


def rename_model(book: Book, name: str, new_name: str) -> ValueModelInfo:
    """Rename model ``name``; ``InvalidInput`` (field ``name``) when ``new_name`` is unusable."""
    new_name = new_name.strip()
    with book.sessions.begin() as s:
        rows = _stored_models(s)
        row = _find(rows, name)
        _name_problem(rows, new_name, renamed=row)
        if row.name != new_name:
            _free_name(s, new_name)
            row.name = new_name
        return _info(row)


def delete_model(book: Book, name: str) -> None:
    """Delete model ``name``; the active model and the last one are kept (``KamError``)."""
    with book.sessions.begin() as s:
        rows = _stored_models(s)
        row = _find(rows, name)
        if len(rows) == 1:
            raise LastModelKept()
        if row.is_default or (not any(r.is_default for r in rows) and row is rows[0]):
            raise ActiveModelKept()  # the first by name is active when none is marked
        row.deleted_at = utc_now()


def add_model(book: Book, name: str, like: str | None = None) -> ValueModelInfo:
    """A new, inactive model named ``name`` with the weights of ``like`` (default: the active
    model's)."""
    name = name.strip()
    with book.sessions.begin() as s:
        rows = _stored_models(s)
        _name_problem(rows, name)
        _free_name(s, name)
        source = _find(rows, like) if like else next((r for r in rows if r.is_default), rows[0])
        row = ValueModel(name=name, weights=dict(_weights(source.weights)), is_default=False)
        s.add(row)
        s.flush()
        return _info(row)


__all__ = [
    "NAME_MAX_CHARS",
    "ActiveModelKept",
    "AllWeightsZero",
    "LastModelKept",
    "NameTaken",
    "UnknownIndicator",
    "ValueModelInfo",
    "active_model",
    "add_model",
    "delete_model",
    "list_models",
    "parse_indicator",
    "parse_weight",
    "rename_model",
    "set_weight",
    "set_weights",
    "use_model",
]
