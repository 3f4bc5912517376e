"""The value settings kept in the book (``setting`` rows, shared through sync): the lifetime
value assumptions (key ``value.lifetime``) and the rep's own playbook texts per quadrant (key
``value.playbooks``, only the edited ones; the others are ``DEFAULT_PLAYBOOKS``).

Reading never fails: a row another device wrote that this version cannot use gives the
defaults. Saving validates first and writes nothing when a value is unusable.
"""

from __future__ import annotations

import logging
import math
import unicodedata
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Setting
from kam_desktop.domain.enums import LifecycleStage, ValueQuadrant
from kam_desktop.domain.errors import (
    BadNumber,
    FieldProblem,
    InvalidInput,
    KamError,
    Required,
    Text,
    TooLong,
)
from kam_desktop.domain.field_values import NumberOutOfRange
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.lifetime import (
    MAX_HORIZON_YEARS,
    LifetimeAssumptions,
    LifetimeField,
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


#: Each stage's retention as the Settings page and its error messages name it.
RETENTION_LABELS: Mapping[LifecycleStage, Text] = {
    stage: Text("LifetimeField", label)
    for stage, label in (
        (LifecycleStage.EXPLORATION, QT_TRANSLATE_NOOP("LifetimeField", "Retention, exploration")),
        (LifecycleStage.FORMATION, QT_TRANSLATE_NOOP("LifetimeField", "Retention, formation")),
        (LifecycleStage.STABILITY, QT_TRANSLATE_NOOP("LifetimeField", "Retention, stability")),
        (LifecycleStage.DECLINE, QT_TRANSLATE_NOOP("LifetimeField", "Retention, decline")),
        (LifecycleStage.LOST, QT_TRANSLATE_NOOP("LifetimeField", "Retention, lost")),
    )
}


def _percent(entered: object) -> float | KamError:
    """A rate from a percentage as typed ("85", "85 %", full-width digits), or the problem."""
    if isinstance(entered, bool):
        return BadNumber(value="?")
    text = unicodedata.normalize("NFKC", str(entered)).strip().removesuffix("%").strip()
    if not text:
        return Required()
    try:
        number = float(text)
    except ValueError:
        return BadNumber(value=text[:20])  # a settings entry, never a person's data
    if not (math.isfinite(number) and 0 <= number <= 100):
        return NumberOutOfRange(low="0 %", high="100 %")
    return number / 100


def _whole_years(entered: object) -> int | None:
    """A horizon from 1 to ``MAX_HORIZON_YEARS`` years as typed or spun, else None."""
    if isinstance(entered, str):
        try:
            entered = int(unicodedata.normalize("NFKC", entered).strip())
        except ValueError:
            return None
    if isinstance(entered, bool) or not isinstance(entered, int):
        return None
    return entered if 1 <= entered <= MAX_HORIZON_YEARS else None


def lifetime_assumptions_from_entries(
    retention_percent: Mapping[LifecycleStage, object],
    discount_percent: object,
    horizon_years: object,
) -> LifetimeAssumptions:
    """The assumptions as the rep typed them, rates in percent (0-100).

    ``InvalidInput`` names each bad field: ``retention_<stage code>``, ``discount_rate``,
    ``horizon_years``. A stage left out keeps its default rate.
    """
    problems: list[FieldProblem] = []
    rates: dict[LifecycleStage, float] = {}
    for stage, entered in retention_percent.items():
        rate = _percent(entered)
        if isinstance(rate, KamError):
            problems.append(FieldProblem(f"retention_{stage.code}", RETENTION_LABELS[stage], rate))
        else:
            rates[stage] = rate
    discount = _percent(discount_percent)
    if isinstance(discount, KamError):
        label = Text("LifetimeField", LifetimeField.DISCOUNT_RATE.en)
        problems.append(FieldProblem("discount_rate", label, discount))
    years = _whole_years(horizon_years)
    if years is None:
        label = Text("LifetimeField", LifetimeField.HORIZON_YEARS.en)
        problems.append(
            FieldProblem("horizon_years", label, NumberOutOfRange(low=1, high=MAX_HORIZON_YEARS))
        )
    if problems:
        raise InvalidInput(problems)
    # the domain checks the same ranges again (and raises InvalidInput naming the field)
    return LifetimeAssumptions(rates, discount, years)  # type: ignore[arg-type]


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
