"""The story each account tells: what it buys, its sales trend and stage, SPIN reach, map gap."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import Any

from kam_desktop.domain.enums import AccountStatus, Grade, SalesStage, SizeClass
from kam_desktop.services.demo.common import weighted
from kam_desktop.services.demo.model import PROSPECT_STAGES, Acct
from kam_desktop.services.demo.portfolio import Portfolio

# (employees, annual revenue 万元, our yearly sales 万元) ranges per size class
SCALE = {
    SizeClass.LARGE: ((1000, 12000), (40000, 600000), (180, 900)),
    SizeClass.MEDIUM: ((300, 999), (2000, 39000), (45, 220)),
    SizeClass.SMALL: ((20, 299), (300, 1999), (10, 50)),
    SizeClass.MICRO: ((5, 19), (60, 299), (2.5, 9)),
}
_CUSTOMER_SPIN = {  # chance of notes at all four stages, else how far the notes go
    Grade.A: (0.95, (3, 3)),
    Grade.B: (0.8, (3, 3)),
    Grade.C: (0.55, (2, 3)),
    Grade.D: (0.35, (1, 2)),
}


def assign_story(pf: Portfolio, rng: random.Random) -> None:
    """What each account buys and how its story goes: trend, sales stage, SPIN, gaps."""
    today = pf.today
    for acct in pf.accounts:
        low, high = SCALE[acct.size][2]
        grade_factor = {Grade.A: 1.3, Grade.B: 1.0, Grade.C: 0.85, Grade.D: 0.6}[acct.grade]
        acct.budget = rng.uniform(low, high) * grade_factor
        acct.margin = rng.uniform(0.14, 0.36)
        acct.collect = rng.uniform(0.86, 0.99)
        acct.discount = rng.choice((1.0, 0.98, 0.95, 0.92, 0.9))
        acct.products = _pick_products(pf, rng, acct)
        if acct.status == AccountStatus.CUSTOMER:
            acct.trend = (
                rng.choice(("stable", "growing"))
                if acct.is_group
                else weighted(
                    rng, (("growing", 25), ("stable", 42), ("declining", 18), ("new", 15))
                )
            )
            acct.sales_stage = weighted(
                rng,
                (
                    (SalesStage.IMPLEMENTATION, 30),
                    (SalesStage.IMPROVEMENT, 45),
                    (SalesStage.EVALUATION, 15),
                    (SalesStage.BID_CONTRACT, 10),
                ),
            )
            # most customers went through all four SPIN stages; the rest show the gap
            full, partial = _CUSTOMER_SPIN[acct.grade]
            acct.spin_reach = 4 if rng.random() < full else rng.randint(*partial)
            if acct.trend == "new":
                acct.sales_stage = SalesStage.IMPLEMENTATION
                acct.first_order = today - timedelta(days=rng.randint(35, 160))
                acct.engaged_from = acct.first_order - timedelta(days=rng.randint(70, 160))
            elif acct.sales_stage in (SalesStage.EVALUATION, SalesStage.BID_CONTRACT):
                acct.spin_reach = 4 if rng.random() < 0.7 else 2
        elif acct.status == AccountStatus.PROSPECT:
            stage, _, reach = rng.choice(PROSPECT_STAGES)
            acct.sales_stage, acct.spin_reach = stage, reach
            acct.engaged_from = today - timedelta(days=rng.randint(45, 400))
        elif acct.status == AccountStatus.DORMANT:
            acct.trend = "lapsed"
            acct.sales_stage = rng.choice((SalesStage.CONTACT, SalesStage.OPPORTUNITY))
            acct.spin_reach = 2
            acct.lapse = today - timedelta(days=rng.randint(200, 330))
        else:
            acct.trend = "lost"
            acct.sales_stage = rng.choice((SalesStage.MARKET_ANALYSIS, SalesStage.OPPORTUNITY))
            acct.spin_reach = 2
            acct.lapse = today - timedelta(days=rng.randint(400, 600))
        acct.gap = _pick_gap(pf, rng, acct)


def _pick_products(pf: Portfolio, rng: random.Random, acct: Acct) -> list[dict[str, Any]]:
    keys = list(acct.industry["products"])
    rng.shuffle(keys)
    chosen = keys[: rng.randint(2, min(4, len(keys)))]
    if not any(_short_cycle(pf.data.products[k]) for k in chosen):
        chosen.append(next(k for k in keys if _short_cycle(pf.data.products[k])))
    return [pf.data.products[k] for k in chosen]


def _pick_gap(pf: Portfolio, rng: random.Random, acct: Acct) -> str:
    if acct.status == AccountStatus.CUSTOMER and acct.grade in (Grade.A, Grade.B):
        weights = (("none", 55), ("no_coach", 12), ("opposed_kdm", 8), ("single", 8),
                   ("opponent", 12), ("no_decision", 5))  # fmt: skip
    elif acct.status == AccountStatus.CUSTOMER:
        weights = (("none", 35), ("no_coach", 20), ("single", 20), ("no_decision", 15),
                   ("opponent", 5), ("opposed_kdm", 5))  # fmt: skip
    elif acct.status == AccountStatus.PROSPECT:
        weights = (("no_coach", 35), ("single", 25), ("no_decision", 25), ("opposed_kdm", 10),
                   ("none", 5))  # fmt: skip
    else:
        weights = (("single", 35), ("opposed_kdm", 25), ("no_coach", 30), ("none", 10))
    return "none" if acct.is_group else weighted(rng, weights)


def _short_cycle(product: dict[str, Any]) -> bool:
    cycle = product["repurchase_cycle_days"]
    return bool(cycle) and cycle <= 90
