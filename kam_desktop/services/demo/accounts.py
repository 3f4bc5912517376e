"""Accounts: the portfolio's plan (groups, customers, prospects, lapsed), places and rows."""

from __future__ import annotations

import random
from typing import Any

from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Grade,
    Industry,
    RelationshipMarketingLevel,
    RelationshipMode,
    SizeClass,
)
from kam_desktop.services.demo.account_names import name_account
from kam_desktop.services.demo.account_story import SCALE, assign_story
from kam_desktop.services.demo.common import (
    by_weight,
    landline,
    log_uniform,
    uuid_for,
    weighted,
)
from kam_desktop.services.demo.model import Acct
from kam_desktop.services.demo.portfolio import Portfolio

_SECTIONS_NEEDING_SIZE = {"B", "D", "J", "K"}  # mines, utilities, finance, property: not tiny
_SIZE_BY_GRADE = {
    Grade.A: ((SizeClass.LARGE, 75), (SizeClass.MEDIUM, 25)),
    Grade.B: ((SizeClass.LARGE, 25), (SizeClass.MEDIUM, 60), (SizeClass.SMALL, 15)),
    Grade.C: ((SizeClass.MEDIUM, 35), (SizeClass.SMALL, 50), (SizeClass.MICRO, 15)),
    Grade.D: ((SizeClass.SMALL, 50), (SizeClass.MICRO, 50)),
}
_GRADE_WEIGHTS = {
    AccountStatus.CUSTOMER: ((Grade.A, 15), (Grade.B, 35), (Grade.C, 35), (Grade.D, 15)),
    AccountStatus.PROSPECT: ((Grade.B, 30), (Grade.C, 50), (Grade.D, 20)),
    AccountStatus.DORMANT: ((Grade.B, 20), (Grade.C, 50), (Grade.D, 30)),
    AccountStatus.LOST: ((Grade.B, 20), (Grade.C, 50), (Grade.D, 30)),
}


def make_accounts(pf: Portfolio) -> None:
    """Plan the portfolio, then name, place, tell and write every account."""
    rng = random.Random("kam-demo/accounts")
    brands = [tuple(b) for b in pf.data.names["brands"]]
    rng.shuffle(brands)
    provinces = list(pf.data.geography["provinces"])
    uncovered = provinces[:]
    rng.shuffle(uncovered)
    used_industries: dict[str, int] = {}
    plan: list[tuple[AccountStatus, str]] = []
    for subs in (3, 2, 2):
        plan.append((AccountStatus.CUSTOMER, "group"))
        plan += [(AccountStatus.CUSTOMER, "sub")] * (subs - 1) + [
            (AccountStatus.PROSPECT if subs == 3 else AccountStatus.CUSTOMER, "sub")
        ]
    rest = (
        [AccountStatus.CUSTOMER] * 44
        + [AccountStatus.PROSPECT] * 9
        + [AccountStatus.DORMANT] * 5
        + [AccountStatus.LOST] * 4
    )
    rng.shuffle(rest)
    plan += [(status, "single") for status in rest]

    codes = rng.sample(range(1, 120000), len(plan))
    group: Acct | None = None
    for index, (status, role) in enumerate(plan):
        grade = Grade.A if role == "group" else weighted(rng, _GRADE_WEIGHTS[status])
        size = SizeClass.LARGE if role == "group" else weighted(rng, _SIZE_BY_GRADE[grade])
        if role == "group":
            industry = pf.data.names["group_industry"]
        else:
            industry = _pick_industry(pf, rng, size, used_industries)
        brand = group.brand if role == "sub" and group else brands.pop()
        province = uncovered.pop() if role == "single" and uncovered else None
        acct = Acct(
            index=index,
            id=uuid_for(f"account/{index + 1}"),
            status=status,
            grade=grade,
            size=size,
            industry=industry,
            brand=brand,  # type: ignore[arg-type]
            owner=pf.data.owner,
            is_group=role == "group",
            parent=group if role == "sub" else None,
        )
        acct.place = _pick_place(pf, rng, province or weighted(rng, by_weight(provinces)))
        name_account(pf, rng, acct, role, codes[index])
        if role == "group":
            group = acct
        pf.accounts.append(acct)
    _assign_owners(pf, rng)
    assign_story(pf, rng)
    _assign_referrals(pf, rng)
    for acct in pf.accounts:
        _account_row(pf, rng, acct)


def _pick_industry(
    pf: Portfolio, rng: random.Random, size: SizeClass, used: dict[str, int]
) -> dict[str, Any]:
    small = size in (SizeClass.SMALL, SizeClass.MICRO)
    options = [
        (entry, entry["weight"] / (1 + 2 * used.get(entry["sub_industry"], 0)))
        for entry in pf.data.industries
        if not (small and entry["section"] in _SECTIONS_NEEDING_SIZE)
    ]
    entry = weighted(rng, options)
    used[entry["sub_industry"]] = used.get(entry["sub_industry"], 0) + 1
    return entry


def _pick_place(pf: Portfolio, rng: random.Random, province: dict[str, Any]) -> dict[str, Any]:
    city = weighted(rng, by_weight(province["cities"]))
    district = rng.choice(city["districts"])
    street = rng.choice(district["streets"])
    suffix = rng.choice(pf.data.geography["building_suffixes"]).format(
        floor=rng.randint(2, 23), block=rng.randint(1, 12)
    )
    number = rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 3999)))
    return {
        "province": province["name"],
        "city": city["name"],
        "district": district["name"],
        "region_code": district["code"],
        "area_code": city["area_code"],
        "address": f"{city['name']}{district['name']}{street}{number}号{suffix}",
    }


def _assign_owners(pf: Portfolio, rng: random.Random) -> None:
    for acct in pf.accounts:
        if acct.is_group or (acct.parent and acct.grade == Grade.A):
            continue  # the groups are the key account manager's own
        for colleague in pf.data.people["colleague_owners"]:
            here = acct.place["province"] in colleague["provinces"]
            if here and rng.random() < colleague["share"]:
                acct.owner = colleague["name"]


def _assign_referrals(pf: Portfolio, rng: random.Random) -> None:
    referrers = [
        a for a in pf.accounts[10:40] if a.status == AccountStatus.CUSTOMER and a.grade != Grade.D
    ]
    for acct in pf.accounts[40:]:
        if acct.status in (AccountStatus.CUSTOMER, AccountStatus.PROSPECT) and rng.random() < 0.2:
            acct.row["referred_by_id"] = rng.choice(referrers).id


def _account_row(pf: Portfolio, rng: random.Random, acct: Acct) -> None:
    (emp_lo, emp_hi), (rev_lo, rev_hi), _ = SCALE[acct.size]
    revenue = log_uniform(rng, rev_lo, rev_hi)
    revenue = round(revenue, -2) if revenue > 10000 else round(revenue)
    if acct.is_group:
        source = AccountSource.HQ_ASSIGNED
    elif acct.row.get("referred_by_id"):
        source = AccountSource.REFERRAL
    elif acct.parent:
        source = AccountSource.HQ_ASSIGNED
    else:
        source = weighted(
            rng,
            (
                (AccountSource.SELF_DEVELOPED, 35),
                (AccountSource.TRADE_SHOW, 20),
                (AccountSource.HQ_ASSIGNED, 20),
                (AccountSource.CALL_IN, 15),
                (AccountSource.ADVERTISING, 10),
            ),
        )
    if acct.size == SizeClass.LARGE and rng.random() < 0.3:
        phone = f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
    else:
        phone = landline(rng, acct.place["area_code"])
    website = None
    if acct.size in (SizeClass.LARGE, SizeClass.MEDIUM) or rng.random() < 0.3:
        website = f"www.{acct.domain}"
    customer_like = acct.status != AccountStatus.PROSPECT
    rm_level = mode = None
    if customer_like:
        rm_level = {
            Grade.A: RelationshipMarketingLevel.STRUCTURAL,
            Grade.B: RelationshipMarketingLevel.SOCIAL,
        }.get(acct.grade, RelationshipMarketingLevel.FINANCIAL)
        mode = {
            Grade.A: RelationshipMode.PARTNERSHIP,
            Grade.B: RelationshipMode.ACCOUNTABLE,
            Grade.C: RelationshipMode.REACTIVE,
            Grade.D: RelationshipMode.BASIC,
        }[acct.grade]
    acct.row.update(
        id=acct.id,
        short_name=acct.short,
        parent_id=acct.parent.id if acct.parent else None,
        province=acct.place["province"],
        city=acct.place["city"],
        district=acct.place["district"],
        address=acct.place["address"],
        industry=Industry(acct.industry["section"]),
        sub_industry=acct.industry["sub_industry"],
        size_class=acct.size,
        hq_grade=acct.grade,
        source=source,
        referred_by_id=acct.row.get("referred_by_id"),
        status=acct.status,
        lifecycle_overridden=False,
        sales_stage=acct.sales_stage,
        rm_level=rm_level,
        relationship_mode=mode,
        owner=acct.owner,
        annual_revenue=float(revenue),
        employees=int(log_uniform(rng, emp_lo, emp_hi)),
        phone=phone,
        website=website,
        tags=_tags(pf, rng, acct),
        hq_sales=None,
        hq_updated_at=None,
        notes=rng.choice(pf.data.accounts["notes"]) if rng.random() < 0.4 else None,
    )


def _tags(pf: Portfolio, rng: random.Random, acct: Acct) -> str | None:
    tags: list[str] = []
    if acct.is_group or acct.parent:
        tags.append("集团客户")
    if acct.grade == Grade.A and acct.is_customer_now:
        tags.append("重点客户")
    if acct.trend == "new":
        tags.append("新开发")
    if any(p["key"] == "ENERGYPRJ" for p in acct.products) and rng.random() < 0.6:
        tags.append("节能改造项目")
    if rng.random() < 0.45:
        tags.append(rng.choice(pf.data.accounts["tags"]))
    return ",".join(dict.fromkeys(tags)) or None
