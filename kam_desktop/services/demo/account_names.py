"""An account's name, short name, web domain, HQ code and 统一社会信用代码."""

from __future__ import annotations

import random

from kam_desktop.domain.accounts import credit_code
from kam_desktop.domain.enums import AccountStatus, SizeClass
from kam_desktop.services.demo.common import weighted
from kam_desktop.services.demo.model import Acct
from kam_desktop.services.demo.portfolio import Portfolio


def _short_place(name: str) -> str:
    return name[:-1] if name.endswith(("省", "市")) else name


def name_account(pf: Portfolio, rng: random.Random, acct: Acct, role: str, code: int) -> None:
    """Name the account (group, subsidiary or single company) and give it its codes."""
    names = pf.data.names
    brand, brand_py = acct.brand
    city = _short_place(acct.place["city"])
    province = _short_place(acct.place["province"])
    business = rng.choice(acct.industry["business"])
    if role == "group":
        pattern = rng.choice(names["group_patterns"])
        acct.short = f"{brand}集团"
        acct.domain = f"{brand_py}group.com"
    elif role == "sub":
        pattern = names["subsidiary_pattern"]
        acct.short = f"{brand}{city}"
        acct.domain = acct.parent.domain if acct.parent else f"{brand_py}.com"
    else:
        patterns = [
            (p, w)
            for p, w in names["patterns"]
            if "{province}" not in p or acct.size in (SizeClass.LARGE, SizeClass.MEDIUM)
        ]
        pattern = weighted(rng, patterns)
        acct.short = f"{brand}{acct.industry['short']}"
        tld = rng.choice((".com", ".com.cn", ".cn"))
        acct.domain = f"{brand_py}-{acct.industry['domain']}{tld}"
    suffix = weighted(rng, names["suffixes"])
    if acct.size in (SizeClass.SMALL, SizeClass.MICRO) and suffix == "股份有限公司":
        suffix = "有限公司"
    acct.row["name"] = pattern.format(
        city=city, province=province, brand=brand, business=business, suffix=suffix
    )
    has_code = acct.status != AccountStatus.PROSPECT or rng.random() < 0.5
    acct.row["code"] = f"{code:06d}" if has_code else None
    acct.row["credit_code"] = _credit_code(rng, acct.place["region_code"])


_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714 organisation code


def _credit_code(rng: random.Random, region: str) -> str:
    """A valid 统一社会信用代码: enterprise (91), region, organisation code, check character."""
    alphabet = credit_code.ALPHABET
    if rng.random() < 0.55:
        body = "MA" + "".join(rng.choice(alphabet) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    total = sum(
        (int(ch) if ch.isdigit() else ord(ch) - 55) * w
        for ch, w in zip(body, _ORG_WEIGHTS, strict=True)
    )
    check = 11 - total % 11
    org = body + ("X" if check == 10 else "0" if check == 11 else str(check))
    first17 = f"91{region}{org}"
    return first17 + credit_code.check_character(first17)
