"""The tier rule and lifecycle thresholds kept in the book (``setting`` rows, shared through
sync): how tiers are drawn (key ``value.tier_rule``: percentile bands, the default, or score
thresholds, DOMAIN §7.2) and when an account's lifecycle stage and revisit segment change (key
``value.lifecycle``: ``LifecycleRules`` plus the dormant-after days, §7.4 and §5.3).

Stored as JSON::

    value.tier_rule  {"kind": "bands", "platinum": 0.05, "gold": 0.15, "iron": 0.30}
                     {"kind": "thresholds", "platinum": 80, "gold": 60, "iron": 40}
    value.lifecycle  {"exploration_months": 6, "trend_months": 6, "trend_threshold": 0.1,
                      "quarter_months": 3, "lost_after_days": 365, "dormant_after_days": 180}

Reading never fails: a row another device wrote that this version cannot use gives the
defaults (logged without its values). Saving validates first, raises ``InvalidInput`` naming
each bad field and writes nothing then; a change marks the account caches stale, so the app
rescores. ``stored_derived_config`` is what a refresh applies.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import Setting
from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.errors import BadNumber, FieldProblem, InvalidInput, KamError, Text
from kam_desktop.domain.field_values import NotAWholeNumber, NumberOutOfRange
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.lifecycle import (
    DEFAULT_LIFECYCLE_RULES,
    DORMANT_AFTER_DAYS,
    LifecycleRules,
)
from kam_desktop.domain.value.value import (
    DEFAULT_TIER_BANDS,
    TierBands,
    TierRule,
    TierThresholds,
)
from kam_desktop.services.book.cache_state import mark_caches_stale

if TYPE_CHECKING:
    from kam_desktop.services.value.derived import DerivedConfig

log = logging.getLogger(__name__)

TIER_RULE_KEY = "value.tier_rule"
LIFECYCLE_KEY = "value.lifecycle"
TierKind = Literal["bands", "thresholds"]
TIER_LEVELS = ("platinum", "gold", "iron")  # lead takes the rest

_C = "ValueRules"
TIER_LABELS: Mapping[str, Text] = {
    level: Text("ValueTier", ValueTier(level).en) for level in TIER_LEVELS
}
_SHARES = Text(_C, QT_TRANSLATE_NOOP(_C, "Shares of accounts"))
_KIND = Text(_C, QT_TRANSLATE_NOOP(_C, "Tier rule"))

#: Each lifecycle threshold: its label and usable range (inclusive). Counts are whole numbers;
#: ``trend_threshold`` is a fraction (0.10 = 10 %).
LIFECYCLE_FIELDS: Mapping[str, tuple[Text, float, float]] = {
    "exploration_months": (Text(_C, QT_TRANSLATE_NOOP(_C, "Exploration months")), 1, 120),
    "trend_months": (Text(_C, QT_TRANSLATE_NOOP(_C, "Trend window months")), 1, 36),
    "trend_threshold": (Text(_C, QT_TRANSLATE_NOOP(_C, "Trend threshold")), 0.0, 10.0),
    "quarter_months": (Text(_C, QT_TRANSLATE_NOOP(_C, "Quarter months")), 1, 12),
    "lost_after_days": (Text(_C, QT_TRANSLATE_NOOP(_C, "Lost after days")), 1, 3650),
    "dormant_after_days": (Text(_C, QT_TRANSLATE_NOOP(_C, "Dormant after days")), 1, 3650),
}
_FRACTIONS = frozenset({"trend_threshold"})


class SharesOverWhole(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "add up to more than 100 %; lower one so that lead keeps the rest."
    )


class ThresholdAbove(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must not be above the {tier} threshold.")


class QuarterOverTrend(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must not be longer than the trend window.")


class UnknownTierKind(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be bands or thresholds.")


@dataclass(frozen=True)
class LifecycleSettings:
    """The lifecycle rules and the revisit dormant-after days, stored together."""

    rules: LifecycleRules = DEFAULT_LIFECYCLE_RULES
    dormant_after_days: int = DORMANT_AFTER_DAYS


DEFAULT_LIFECYCLE_SETTINGS = LifecycleSettings()


# --- the setting rows -------------------------------------------------------------------------


def _stored(s: Session | Connection, key: str) -> object:
    return s.scalar(select(Setting.value).where(Setting.key == key, Setting.deleted_at.is_(None)))


def _store(s: Session, key: str, value: object) -> bool:
    """Store ``value`` under ``key``; True when that changed what the book holds."""
    row = s.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        s.add(Setting(key=key, value=value))
        return True
    changed = row.deleted_at is not None or row.value != value
    if changed:
        row.value = value
        row.deleted_at = None
    return changed


def _number(value: object) -> float:
    """A finite number from a stored or typed value, else NaN."""
    if isinstance(value, bool):
        return math.nan
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return number if math.isfinite(number) else math.nan


def _bad(value: object) -> BadNumber:
    return BadNumber(value=str(value).strip()[:20])


# --- tier rule --------------------------------------------------------------------------------


def tier_rule(kind: str, platinum: object, gold: object, iron: object) -> TierRule:
    """The rule as entered: bands are shares (0.05 = 5 %), thresholds scores 0-100.

    ``InvalidInput`` names each bad field: a number out of range, bands adding up to more
    than the whole (``shares``), a threshold above the one of the tier over it.
    """
    if kind not in ("bands", "thresholds"):
        raise InvalidInput([FieldProblem("kind", _KIND, UnknownTierKind())])
    entered = dict(zip(TIER_LEVELS, (platinum, gold, iron), strict=True))
    top = 1.0 if kind == "bands" else 100.0
    values: dict[str, float] = {}
    problems: list[FieldProblem] = []
    for name, raw in entered.items():
        number = _number(raw)
        problem: KamError | None = None
        if math.isnan(number):
            problem = _bad(raw)
        elif not 0 <= number <= top:
            problem = NumberOutOfRange(low=0, high="100 %" if kind == "bands" else 100)
        if problem is not None:
            problems.append(FieldProblem(name, TIER_LABELS[name], problem))
        values[name] = number
    if not problems and kind == "bands" and sum(values.values()) > 1 + 1e-9:
        problems.append(FieldProblem("shares", _SHARES, SharesOverWhole()))
    if not problems and kind == "thresholds":
        for higher, lower in (("platinum", "gold"), ("gold", "iron")):
            if values[lower] > values[higher]:
                problem = ThresholdAbove(tier=TIER_LABELS[higher])
                problems.append(FieldProblem(lower, TIER_LABELS[lower], problem))
    if problems:
        raise InvalidInput(problems)
    return TierBands(**values) if kind == "bands" else TierThresholds(**values)


def tier_rule_to_json(rule: TierRule) -> dict[str, object]:
    kind = "thresholds" if isinstance(rule, TierThresholds) else "bands"
    return {"kind": kind, **{name: float(getattr(rule, name)) for name in TIER_LEVELS}}


def _tier_rule_from_json(stored: object) -> TierRule:
    if stored is None:
        return DEFAULT_TIER_BANDS
    if isinstance(stored, Mapping):
        try:
            return tier_rule(str(stored.get("kind")), *(stored.get(n) for n in TIER_LEVELS))
        except InvalidInput:
            pass
    log.warning("ignored an unusable %s setting; using the default tier bands", TIER_RULE_KEY)
    return DEFAULT_TIER_BANDS


def stored_tier_rule(s: Session | Connection) -> TierRule:
    """The book's tier rule (the default bands where unset or unusable), read in ``s``."""
    return _tier_rule_from_json(_stored(s, TIER_RULE_KEY))


def load_tier_rule(book: Book) -> TierRule:
    with book.sessions() as s:
        return stored_tier_rule(s)


def save_tier_rule(book: Book, kind: str, platinum: object, gold: object, iron: object) -> TierRule:
    """Validate and store the tier rule (see ``tier_rule``); nothing is written when refused."""
    rule = tier_rule(kind, platinum, gold, iron)
    with book.sessions.begin() as s:
        if _store(s, TIER_RULE_KEY, tier_rule_to_json(rule)):
            mark_caches_stale(book, s)
    return rule


# --- lifecycle thresholds ---------------------------------------------------------------------


def lifecycle_settings(values: Mapping[str, object]) -> LifecycleSettings:
    """The thresholds as entered (a missing one keeps its default); ``InvalidInput`` names
    each bad field: not a number, not whole, out of range, a quarter over the trend window."""
    defaults = lifecycle_settings_to_json(DEFAULT_LIFECYCLE_SETTINGS)
    checked: dict[str, float] = {}
    problems: list[FieldProblem] = []
    for name, (label, minimum, maximum) in LIFECYCLE_FIELDS.items():
        raw = values.get(name, defaults[name])
        number = _number(raw)
        problem: KamError | None = None
        if math.isnan(number):
            problem = _bad(raw)
        elif name not in _FRACTIONS and number != int(number):
            problem = NotAWholeNumber()
        elif not minimum <= number <= maximum:
            problem = NumberOutOfRange(low=_shown(name, minimum), high=_shown(name, maximum))
        if problem is not None:
            problems.append(FieldProblem(name, label, problem))
        checked[name] = number
    if not problems and checked["quarter_months"] > checked["trend_months"]:
        label = LIFECYCLE_FIELDS["quarter_months"][0]
        problems.append(FieldProblem("quarter_months", label, QuarterOverTrend()))
    if problems:
        raise InvalidInput(problems)
    ints = {n: int(v) for n, v in checked.items() if n not in _FRACTIONS}
    rules = LifecycleRules(
        exploration_months=ints["exploration_months"],
        trend_months=ints["trend_months"],
        trend_threshold=checked["trend_threshold"],
        quarter_months=ints["quarter_months"],
        lost_after_days=ints["lost_after_days"],
    )
    return LifecycleSettings(rules, ints["dormant_after_days"])


def _shown(name: str, bound: float) -> str:
    return f"{bound:.0%}" if name in _FRACTIONS else str(int(bound))


def lifecycle_settings_to_json(settings: LifecycleSettings) -> dict[str, float | int]:
    rules = settings.rules
    return {
        "exploration_months": rules.exploration_months,
        "trend_months": rules.trend_months,
        "trend_threshold": float(rules.trend_threshold),
        "quarter_months": rules.quarter_months,
        "lost_after_days": rules.lost_after_days,
        "dormant_after_days": settings.dormant_after_days,
    }


def _lifecycle_from_json(stored: object) -> LifecycleSettings:
    if stored is None:
        return DEFAULT_LIFECYCLE_SETTINGS
    if isinstance(stored, Mapping):
        try:
            return lifecycle_settings(stored)
        except InvalidInput:
            pass
    log.warning("ignored an unusable %s setting; using the default thresholds", LIFECYCLE_KEY)
    return DEFAULT_LIFECYCLE_SETTINGS


def stored_lifecycle_settings(s: Session | Connection) -> LifecycleSettings:
    """The book's lifecycle thresholds (defaults where unset or unusable), read in ``s``."""
    return _lifecycle_from_json(_stored(s, LIFECYCLE_KEY))


def load_lifecycle_settings(book: Book) -> LifecycleSettings:
    with book.sessions() as s:
        return stored_lifecycle_settings(s)


def save_lifecycle_settings(book: Book, values: Mapping[str, object]) -> LifecycleSettings:
    """Validate and store the thresholds (see ``lifecycle_settings``); nothing is written
    when refused."""
    settings = lifecycle_settings(values)
    with book.sessions.begin() as s:
        if _store(s, LIFECYCLE_KEY, lifecycle_settings_to_json(settings)):
            mark_caches_stale(book, s)
    return settings


# --- what a refresh applies -------------------------------------------------------------------


def stored_derived_config(s: Session | Connection) -> DerivedConfig:
    """The rules a refresh applies from the book's settings (weights: the active model)."""
    # Imported here: ``derived`` may read these settings itself (no import cycle then).
    from kam_desktop.services.value.derived import DerivedConfig

    lifecycle = stored_lifecycle_settings(s)
    return DerivedConfig(
        tier_bands=stored_tier_rule(s),
        lifecycle=lifecycle.rules,
        dormant_after_days=lifecycle.dormant_after_days,
    )
