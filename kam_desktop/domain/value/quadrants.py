"""Lifetime × referral quadrants (DOMAIN §7.5) and each quadrant's playbook. Pure.

Every account is a point (lifetime value, referral value); median splits of the book's points
make four quadrants (``ValueQuadrant``): 拥护者 advocate (high both), 富裕者 affluent (high
lifetime, low referral), 宣扬者 promoter (low lifetime, high referral), 守财者 miser (low both).
``DEFAULT_PLAYBOOKS`` says what a rep does with each; the book may hold edited texts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from statistics import median
from types import MappingProxyType
from typing import TypeVar

import numpy as np

from kam_desktop.domain.enums import ValueQuadrant
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.scoring import FloatArray, IntArray

K = TypeVar("K")

Point = tuple[float | None, float | None]  # (lifetime value, referral value), 万元

_BY_HIGH: Mapping[tuple[bool, bool], ValueQuadrant] = MappingProxyType(
    {
        (True, True): ValueQuadrant.ADVOCATE,
        (True, False): ValueQuadrant.AFFLUENT,
        (False, True): ValueQuadrant.PROMOTER,
        (False, False): ValueQuadrant.MISER,
    }
)

#: [default] One sentence each that a rep can act on (DOMAIN §7.5's four strategies).
DEFAULT_PLAYBOOKS: Mapping[ValueQuadrant, str] = MappingProxyType(
    {
        ValueQuadrant.ADVOCATE: QT_TRANSLATE_NOOP(
            "Playbook",
            "Keep and reward: thank them in person, give them priority service and invite "
            "them to customer events.",
        ),
        ValueQuadrant.AFFLUENT: QT_TRANSLATE_NOOP(
            "Playbook",
            "Ask for referrals: at the next visit, ask which peers or partners they would "
            "introduce you to.",
        ),
        ValueQuadrant.PROMOTER: QT_TRANSLATE_NOOP(
            "Playbook",
            "Cross-sell and up-sell: offer a product they do not buy from us yet, or a larger "
            "volume at a better price.",
        ),
        ValueQuadrant.MISER: QT_TRANSLATE_NOOP(
            "Playbook",
            "Incentives for both: offer a discount for larger orders and a reward for every "
            "customer they refer.",
        ),
    }
)


def _usable(value: float | None) -> bool:
    return value is not None and math.isfinite(value)


def _is_high(value: float, middle: float) -> bool:
    """At or above the median is high; but nothing at or below zero is ever high.

    Most accounts refer nobody, so the referral median is often 0: without the second rule
    every account would be "high referral" and nobody would be asked for referrals. The same
    holds for a book whose median lifetime value is negative.
    """
    return value >= middle and value > 0


def median_splits(points: Mapping[K, Point]) -> tuple[float, float] | None:
    """The medians (lifetime, referral) over the points with both values; None if there are none."""
    complete = [(x, y) for x, y in points.values() if _usable(x) and _usable(y)]
    if not complete:
        return None
    return median(x for x, _ in complete), median(y for _, y in complete)  # type: ignore[type-var]


def quadrant_of(point: Point, splits: tuple[float, float]) -> ValueQuadrant | None:
    """The quadrant of one point against given medians (None when a value is missing)."""
    lifetime, referral = point
    if lifetime is None or referral is None or not (_usable(lifetime) and _usable(referral)):
        return None
    return _BY_HIGH[_is_high(lifetime, splits[0]), _is_high(referral, splits[1])]


#: The quadrants by the code ``quadrant_codes`` gives: 2 × high lifetime + high referral.
QUADRANT_BY_CODE: tuple[ValueQuadrant, ...] = tuple(
    _BY_HIGH[bool(code & 2), bool(code & 1)] for code in range(4)
)
NO_QUADRANT = -1


def array_splits(points: FloatArray) -> tuple[float, float] | None:
    """``median_splits`` of an (n, 2) array of points, NaN or infinity for a missing value."""
    complete = points[np.isfinite(points).all(axis=1)]
    if not len(complete):
        return None
    return float(np.median(complete[:, 0])), float(np.median(complete[:, 1]))


def quadrant_codes(points: FloatArray, splits: tuple[float, float]) -> IntArray:
    """``quadrant_of`` for every row of an (n, 2) array at once: an index into
    ``QUADRANT_BY_CODE``, ``NO_QUADRANT`` where a value is missing (NaN or infinity)."""
    lifetime, referral = points[:, 0], points[:, 1]
    with np.errstate(invalid="ignore"):  # NaN compares False, and is masked below anyway
        high_lifetime = (lifetime >= splits[0]) & (lifetime > 0)
        high_referral = (referral >= splits[1]) & (referral > 0)
    codes = (2 * high_lifetime + high_referral).astype(np.int8)
    codes[~np.isfinite(points).all(axis=1)] = NO_QUADRANT
    return codes


def quadrants(points: Mapping[K, Point]) -> dict[K, ValueQuadrant | None]:
    """Each point's quadrant by median splits of all the complete points.

    A point missing either value (None, NaN, infinity: no data) has no quadrant and takes no
    part in the medians. A value at the median counts as high (see ``_is_high`` for zero).
    """
    splits = median_splits(points)
    if splits is None:
        return dict.fromkeys(points)
    return {key: quadrant_of(point, splits) for key, point in points.items()}
