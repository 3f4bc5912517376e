"""Small helpers every generation phase shares: stable ids, local times, weighted choices."""

from __future__ import annotations

import math
import random
import uuid
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Any, TypeVar

T = TypeVar("T")

NAMESPACE = uuid.UUID("5b0e9c55-4b41-4d42-8f7a-2f7a7d1c6f0e")
CST = timezone(timedelta(hours=8))  # China has one time zone and no DST


def uuid_for(key: str) -> str:
    """A stable id: the same key always gives the same uuid5."""
    return str(uuid.uuid5(NAMESPACE, key))


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """A moment of a day in China time."""
    return datetime.combine(day, time(hour, minute), tzinfo=CST)


def weighted(rng: random.Random, pairs: Sequence[tuple[T, float]]) -> T:
    """One of ``pairs``' first items, drawn by their weights."""
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def by_weight(items: list[dict[str, Any]]) -> list[tuple[dict[str, Any], float]]:
    return [(item, float(item["weight"])) for item in items]


def landline(rng: random.Random, area_code: str) -> str:
    return f"{area_code}-{rng.randint(2, 8)}{rng.randint(0, 9999999):07d}"


def log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))
