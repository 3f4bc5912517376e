"""Orders and monthly value records whose totals tell each account's lifecycle story."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from kam_desktop.db.models import Account, SalesOrder, ValueModel, ValueRecord
from kam_desktop.domain.enums import AccountStatus, LifecycleStage, RecordSource, VisitMethod
from kam_desktop.domain.value.lifecycle import (
    history_from_monthly,
    lifecycle_stage,
    month_of,
    month_start,
    shift_month,
)
from kam_desktop.domain.value.value import default_value_model
from kam_desktop.services.demo.common import at
from kam_desktop.services.demo.model import Acct, VisitEvent
from kam_desktop.services.demo.portfolio import Portfolio

_Order = tuple[date, dict[str, Any], float, float]  # day, product, amount (万元), quantity
_STAGE_OF_TREND = {
    "growing": LifecycleStage.FORMATION,
    "stable": LifecycleStage.STABILITY,
    "declining": LifecycleStage.DECLINE,
    "new": LifecycleStage.EXPLORATION,
    "lapsed": LifecycleStage.DECLINE,
    "lost": LifecycleStage.LOST,
}


def make_orders(pf: Portfolio) -> None:
    """The value model, every account's orders and value records, then its row's dates."""
    rng = random.Random(f"kam-demo/orders/{pf.today.isoformat()}")
    model = default_value_model()
    pf.add(
        ValueModel,
        pf.book_created,
        name=model["name"],
        weights=model["weights"],
        is_default=True,
    )
    refs: dict[date, int] = {}
    for acct in pf.accounts:
        orders = _believable_orders(pf, rng, acct)
        monthly: dict[str, float] = {}
        for day, product, amount, quantity in sorted(orders, key=lambda o: o[0]):
            refs[day] = refs.get(day, 0) + 1
            pf.add(
                SalesOrder,
                at(day, 11),
                account_id=acct.id,
                order_date=day,
                amount=amount,
                product=product["name"],
                quantity=quantity,
                repurchase_cycle_days=product["repurchase_cycle_days"],
                source=RecordSource.HQ,
                hq_ref=f"SO{day:%Y%m%d}{refs[day]:03d}",
            )
            monthly[month_of(day)] = monthly.get(month_of(day), 0.0) + amount
        _value_records(pf, rng, acct, monthly)
        first_seen = min(
            [pf.book_created.date(), *(v.day for v in acct.visits), *(o[0] for o in orders)]
        )
        created = at(first_seen - timedelta(days=rng.randint(1, 20)), 10)
        if acct.status != AccountStatus.PROSPECT and acct.trend != "new":
            created = pf.book_created + timedelta(minutes=acct.index)  # the first HQ import
        updated = max(created, at(pf.today - timedelta(days=rng.randint(1, 90)), 16))
        pf.add(Account, created, updated, **acct.row)


def _believable_orders(pf: Portfolio, rng: random.Random, acct: Acct) -> list[_Order]:
    """Orders whose monthly totals tell the account's intended lifecycle story.

    Orders are discrete, so a draw can read as a trend the account was not meant to have
    (two deliveries in one half-year, three in the next); redraw until the book's own
    lifecycle rule sees the intended stage.
    """
    if acct.status == AccountStatus.PROSPECT:
        return []
    expected = _STAGE_OF_TREND[acct.trend]
    orders = _orders(pf, rng, acct)
    for _ in range(40):
        if _stage(pf, orders) == expected:
            break
        orders = _orders(pf, rng, acct)
    return orders


def _stage(pf: Portfolio, orders: list[_Order]) -> LifecycleStage | None:
    monthly: dict[str, float] = {}
    for day, _, amount, _ in orders:
        monthly[month_of(day)] = monthly.get(month_of(day), 0.0) + amount
    days = [o[0] for o in orders]
    history = history_from_monthly(
        monthly,
        pf.today,
        first_order_on=min(days, default=None),
        last_order_on=max(days, default=None),
    )
    return lifecycle_stage(history, pf.today)


def _orders(pf: Portfolio, rng: random.Random, acct: Acct) -> list[_Order]:
    first = acct.first_order or pf.window_start
    last = acct.lapse or pf.today - timedelta(days=1)
    recurring = [p for p in acct.products if p["repurchase_cycle_days"]]
    weights = [1.0 if p["kind"] == "consumable" else 0.4 for p in recurring]
    total = sum(weights)
    orders: list[_Order] = []
    for product, weight in zip(recurring, weights, strict=True):
        share = weight / total
        cycle = product["repurchase_cycle_days"]
        day = pf.workday(first + timedelta(days=rng.randrange(0, min(cycle, 45))))
        while day <= last:
            factor = _trend(pf, acct, day) * rng.uniform(0.85, 1.15)
            price = product["unit_price"]
            due = acct.budget * share * cycle / 365 * factor
            if price is None:  # service fees, invoiced per period
                amount, quantity = due, 1.0
            else:
                quantity = float(max(1, round(due / price)))
                amount = quantity * price * acct.discount
            orders.append((day, product, round(amount, 2), quantity))
            day = pf.workday(day + timedelta(days=round(cycle * rng.uniform(0.85, 1.15))))
    one_off = [p for p in acct.products if not p["repurchase_cycle_days"]]
    if one_off and (acct.trend in ("growing", "new") or rng.random() < 0.35):
        product = rng.choice(one_off)
        if acct.trend == "new":
            day = acct.first_order or first
        elif acct.trend == "growing":
            day = pf.today - timedelta(days=rng.randint(20, 150))
        else:  # older than the lifecycle windows, so it does not fake a trend
            day = pf.window_start + timedelta(days=rng.randint(0, 300))
        day = pf.workday(day)
        if first <= day <= last:
            if product["unit_price"] is None:
                quantity, amount = 1.0, acct.budget * rng.uniform(0.5, 1.2)
            else:
                quantity = float(rng.randint(1, 3))
                amount = quantity * product["unit_price"] * acct.discount
            orders.append((day, product, round(amount, 2), quantity))
    return orders


def _trend(pf: Portfolio, acct: Acct, day: date) -> float:
    x = (day - pf.window_start).days / max((pf.today - pf.window_start).days, 1)
    season = {1: 1.05, 2: 0.7, 3: 1.05, 12: 1.1}.get(day.month, 1.0)
    level = {
        "growing": 0.55 + 0.8 * x,
        "declining": 1.3 - 0.85 * x,
        "lapsed": 1.1 - 0.4 * x,
        "lost": 1.0 - 0.3 * x,
    }.get(acct.trend, 1.0)
    if acct.trend == "new" and acct.first_order and (day - acct.first_order).days < 30:
        level = 0.7
    return level * season


def _value_records(
    pf: Portfolio, rng: random.Random, acct: Acct, monthly: dict[str, float]
) -> None:
    if acct.status == AccountStatus.PROSPECT:
        return
    month = pf.value_first_month
    if acct.first_order:
        month = max(month, month_of(acct.first_order))
    visits_by_month: dict[str, list[VisitEvent]] = {}
    for visit in acct.visits:
        if visit.done:
            visits_by_month.setdefault(month_of(visit.day), []).append(visit)
    while month <= pf.value_last_month:
        sales = round(monthly.get(month, 0.0), 2)
        # kept inside 12-38 % and 75-105 % even after rounding to 1 元
        margin = min(max(acct.margin + rng.gauss(0, 0.015), 0.125), 0.375)
        collected = min(max(acct.collect + rng.gauss(0, 0.04), 0.76), 1.04)
        served = visits_by_month.get(month, [])
        cost = 0.05 + sum(0.12 if v.method == VisitMethod.IN_PERSON else 0.02 for v in served)
        stamp = at(month_start(shift_month(month, 1)) + timedelta(days=6), 10)
        pf.add(
            ValueRecord,
            stamp,
            account_id=acct.id,
            month=month,
            sales=sales,
            gross_margin=round(sales * margin, 4),
            collected=round(sales * collected, 4),
            cost_to_serve=round(cost, 2),
            source=RecordSource.HQ,
        )
        month = shift_month(month, 1)
    if acct.status != AccountStatus.PROSPECT:
        recent = [shift_month(pf.value_last_month, -i) for i in range(12)]
        acct.row["hq_sales"] = round(sum(monthly.get(m, 0.0) for m in recent), 1)
        acct.row["hq_updated_at"] = at(month_start(month_of(pf.today)) + timedelta(days=6), 10)
