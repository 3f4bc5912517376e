"""Small helpers every generation phase shares: stable ids, local times, weighted choices."""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any, TypeVar

T = TypeVar("T")

NAMESPACE = uuid.UUID("5b0e9c55-4b41-4d42-8f7a-2f7a7d1c6f0e")


def uuid_for(key: str) -> str:
    """A stable id: the same key always gives the same uuid5."""
    return str(uuid.uuid5(NAMESPACE, key))


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """A moment of a day on this computer's clock: a 09:00 visit shows at 09:00 wherever the
    laptop is (the rep's zone is the computer's, as everywhere in the app). Aware, with the
    offset that zone has on that day (summer time included)."""
    # A naive datetime's astimezone() reads it as local time.
    return datetime.combine(day, time(hour, minute)).astimezone()


def weighted(rng: random.Random, pairs: Sequence[tuple[T, float]]) -> T:
    """One of ``pairs``' first items, drawn by their weights."""
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def by_weight(items: list[dict[str, Any]]) -> list[tuple[dict[str, Any], float]]:
    return [(item, float(item["weight"])) for item in items]


def landline(rng: random.Random, area_code: str) -> str:
    return f"{area_code}-{rng.randint(2, 8)}{rng.randint(0, 9999999):07d}"


def log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))
