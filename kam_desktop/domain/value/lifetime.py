"""Lifetime value and referral value (终身价值 / 引介价值, DOMAIN §7.5). Pure.

``LifetimeAssumptions`` holds the retention rate per lifecycle stage, the discount rate and the
horizon (the rep may change them in Settings; ``assumptions_to_json`` / ``assumptions_from_json``
are their form in the book's ``setting`` table). ``lifetime_value`` and ``referral_value`` turn
an account's figures (万元) into the two axes of the quadrants (``quadrants``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from kam_desktop.domain.enums import LifecycleStage
from kam_desktop.domain.errors import (
    BadChoice,
    BadNumber,
    FieldProblem,
    InvalidInput,
    KamError,
    Text,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled

#: [default] Share of customers still buying a year later, by lifecycle stage: a new
#: relationship is fragile, a stable one sticks, a declining one is half gone, a lost one gone.
DEFAULT_RETENTION: Mapping[LifecycleStage, float] = MappingProxyType(
    {
        LifecycleStage.EXPLORATION: 0.6,
        LifecycleStage.FORMATION: 0.75,
        LifecycleStage.STABILITY: 0.9,
        LifecycleStage.DECLINE: 0.5,
        LifecycleStage.LOST: 0.0,
    }
)
DEFAULT_DISCOUNT_RATE = 0.08  # [default] DOMAIN §7.5: 8 % a year
DEFAULT_HORIZON_YEARS = 5  # [default] DOMAIN §7.5
MAX_HORIZON_YEARS = 20
#: An account without a lifecycle stage (no order yet) is treated as a new relationship.
UNKNOWN_STAGE = LifecycleStage.EXPLORATION


# fmt: off
class LifetimeField(Labeled):
    """The assumptions as the Settings page and error messages name them (code = JSON key)."""

    RETENTION_BY_STAGE = (
        "retention_by_stage", "Retention rate by lifecycle stage", "各生命周期阶段的保留率"
    )
    DISCOUNT_RATE = ("discount_rate", "Discount rate per year", "年折现率")
    HORIZON_YEARS = ("horizon_years", "Horizon (years)", "计算年限（年）")
# fmt: on


class OutOfRange(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be between {low} and {high}.")


class NotWholeYears(KamError):
    template = QT_TRANSLATE_NOOP("errors", "must be a whole number of years.")


def _problem(name: str, problem: KamError) -> FieldProblem:
    return FieldProblem(name, Text("LifetimeField", LifetimeField(name).en), problem)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _not_a_number(value: object) -> KamError | None:
    """``BadNumber`` unless ``value`` is a finite number (only numbers go into the message)."""
    if _is_number(value) and math.isfinite(value):  # type: ignore[arg-type]
        return None
    return BadNumber(value=value if _is_number(value) else "?")


def _rate_problem(value: object) -> KamError | None:
    if (bad := _not_a_number(value)) is not None:
        return bad
    if not 0 <= value <= 1:  # type: ignore[operator]
        return OutOfRange(low="0", high="1")
    return None


@dataclass(frozen=True)
class LifetimeAssumptions:
    """What a lifetime value assumes. A stage left out of ``retention_by_stage`` keeps its
    default rate. Invalid values raise ``InvalidInput`` naming each bad field."""

    retention_by_stage: Mapping[LifecycleStage, float] = field(
        default_factory=lambda: DEFAULT_RETENTION
    )
    discount_rate: float = DEFAULT_DISCOUNT_RATE
    horizon_years: int = DEFAULT_HORIZON_YEARS

    def __post_init__(self) -> None:
        problems = []
        rates = self.retention_by_stage
        if not isinstance(rates, Mapping) or not all(
            isinstance(stage, LifecycleStage) for stage in rates
        ):
            problems.append(_problem("retention_by_stage", BadChoice()))
        else:
            bad = next((p for p in map(_rate_problem, rates.values()) if p), None)
            if bad is not None:
                problems.append(_problem("retention_by_stage", bad))
            # Complete and read-only, so the stored form never depends on the caller's dict.
            full = {**DEFAULT_RETENTION, **rates}
            object.__setattr__(
                self, "retention_by_stage", MappingProxyType({s: full[s] for s in LifecycleStage})
            )
        bad_rate = _rate_problem(self.discount_rate)
        if bad_rate is not None:
            problems.append(_problem("discount_rate", bad_rate))
        horizon = self.horizon_years
        if (bad := _not_a_number(horizon)) is not None or horizon != int(horizon):
            problems.append(_problem("horizon_years", bad or NotWholeYears()))
        elif not 1 <= horizon <= MAX_HORIZON_YEARS:
            problems.append(_problem("horizon_years", OutOfRange(low=1, high=MAX_HORIZON_YEARS)))
        else:
            object.__setattr__(self, "horizon_years", int(horizon))
        if problems:
            raise InvalidInput(problems)

    def retention(self, stage: LifecycleStage | None) -> float:
        return self.retention_by_stage[stage or UNKNOWN_STAGE]

    def __hash__(self) -> int:  # the mapping is not hashable; its items are
        items = tuple(self.retention_by_stage.items())
        return hash((items, self.discount_rate, self.horizon_years))


DEFAULT_ASSUMPTIONS = LifetimeAssumptions()


# --- the figures ------------------------------------------------------------------------------


def _usable(value: float | None) -> float | None:
    return value if value is not None and math.isfinite(value) else None


def lifetime_factor(stage: LifecycleStage | None, assumptions: LifetimeAssumptions) -> float:
    """Σ_{t=1..H} r^t / (1+d)^t: what one year's net margin is worth over the horizon."""
    step = assumptions.retention(stage) / (1 + assumptions.discount_rate)
    return sum(step**t for t in range(1, assumptions.horizon_years + 1))


def lifetime_value(
    annual_margin: float | None,
    annual_cost_to_serve: float | None,
    stage: LifecycleStage | None,
    assumptions: LifetimeAssumptions = DEFAULT_ASSUMPTIONS,
) -> float | None:
    """终身价值 (万元): Σ_{t=1..H} margin·r^t/(1+d)^t − Σ_{t=1..H} cost·r^t/(1+d)^t.

    Our reading of "minus cost to serve": serving costs run only while the customer stays,
    so each year's cost to serve is weighted by the same retention r^t and discounted by the
    same (1+d)^t as its margin; CLV = (margin − cost) × ``lifetime_factor``. The last 12
    months' margin and cost stand for every future year. r is the rate of the account's
    lifecycle stage (no stage: ``UNKNOWN_STAGE``'s).

    ``None`` when the margin is unknown (no data, never 0; NaN and infinity count as unknown).
    An unknown cost to serve counts as none: most HQ lists do not carry it.
    """
    if _usable(annual_margin) is None:
        return None
    return discounted(annual_margin, annual_cost_to_serve, lifetime_factor(stage, assumptions))


def discounted(
    annual_margin: float | None, annual_cost_to_serve: float | None, factor: float
) -> float | None:
    """``lifetime_value`` with its ``lifetime_factor`` given (a book computes one per stage)."""
    margin = _usable(annual_margin)
    if margin is None:
        return None
    cost = _usable(annual_cost_to_serve) or 0.0
    value = (margin - cost) * factor
    return value if math.isfinite(value) else None  # huge finite inputs can overflow


def referral_value(referred_sales: Iterable[float | None]) -> float | None:
    """引介价值 (万元): the summed sales of the accounts this one referred.

    0 when it referred none (a known zero); ``None`` when it referred some but none of them
    has sales data; values without data (None, NaN, infinity) are left out of the sum.
    """
    total = 0.0
    referred = known = 0
    for sales in referred_sales:
        referred += 1
        usable = _usable(sales)
        if usable is not None:
            known += 1
            total += usable
    if referred and not known:
        return None
    return total


# --- as JSON ----------------------------------------------------------------------------------

ASSUMPTIONS_VERSION = 1


def assumptions_to_json(assumptions: LifetimeAssumptions) -> dict[str, Any]:
    return {
        "version": ASSUMPTIONS_VERSION,
        "retention_by_stage": {str(s.code): r for s, r in assumptions.retention_by_stage.items()},
        "discount_rate": assumptions.discount_rate,
        "horizon_years": assumptions.horizon_years,
    }


def assumptions_from_json(data: object, *, strict: bool = True) -> LifetimeAssumptions:
    """Assumptions from their JSON; missing keys keep the defaults, unknown keys are ignored.

    ``strict``: a bad value raises ``InvalidInput`` naming the field; otherwise the defaults
    are returned (a book another device wrote must still open).
    """
    try:
        if not isinstance(data, Mapping):
            raise InvalidInput([_problem("retention_by_stage", BadChoice())])
        values: dict[str, Any] = {}
        rates = data.get("retention_by_stage")
        if rates is not None:
            if not isinstance(rates, Mapping):
                raise InvalidInput([_problem("retention_by_stage", BadChoice())])
            stages = {code: LifecycleStage.parse(code) for code in rates}
            if any(stage is None for stage in stages.values()):
                raise InvalidInput([_problem("retention_by_stage", BadChoice())])
            values["retention_by_stage"] = {stages[code]: rate for code, rate in rates.items()}
        for name in ("discount_rate", "horizon_years"):
            if name in data:
                values[name] = data[name]
        return LifetimeAssumptions(**values)
    except InvalidInput:
        if strict:
            raise
        return DEFAULT_ASSUMPTIONS
