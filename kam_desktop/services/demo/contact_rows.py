"""The contact rows: phones, e-mail, WeChat, birthdays, and first/last met from the visits."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kam_desktop.db.models import Contact
from kam_desktop.domain.enums import Attitude, DecisionLevel, Influence
from kam_desktop.services.demo.common import at, landline
from kam_desktop.services.demo.model import Acct, Person
from kam_desktop.services.demo.portfolio import Portfolio
from kam_desktop.services.demo.visit_events import visit_span

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183",
    "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip


def contact_rows(pf: Portfolio, rng: random.Random) -> None:
    """Write each contact's row (bosses first) and note when the rep first met them."""
    people = pf.data.people
    for acct in pf.accounts:
        for p in sorted(acct.contacts, key=lambda p: p.depth):  # bosses first: foreign keys
            surname_py, given_py = p.pinyin
            born = rng.randint(1964, 1979) if p.older else rng.randint(1980, 1999)
            mobile = f"{rng.choice(_MOBILE_PREFIXES)}{rng.randint(0, 99999999):08d}"
            email = None
            if rng.random() < 0.6:
                email = rng.choice(
                    (
                        f"{surname_py}{given_py}@{acct.domain}",
                        f"{given_py}.{surname_py}@{acct.domain}",
                        f"{rng.randint(10000000, 2999999999)}@qq.com",
                        f"{surname_py}{given_py}{born % 100:02d}@"
                        + rng.choice(people["email_domains"][1:]),
                    )
                )
            wechat = None
            if rng.random() < 0.75:
                wechat = rng.choice(
                    (
                        f"{surname_py}_{given_py}{born % 100:02d}",
                        mobile,
                        f"{given_py}{surname_py}",
                    )
                )
            phone = None
            if rng.random() < 0.4:
                phone = landline(rng, acct.place["area_code"])
                if rng.random() < 0.3:
                    phone += f"转{rng.randint(100, 899)}"
            persona = pf.data.roles["personas"][p.persona]
            roles = list(p.node["roles"])
            if p.is_coach and "influencer" not in roles:
                roles.append("influencer")
            met = [v.day for v in acct.visits if v.done and p in v.attendees]
            first = min([*met, _first_met(pf, rng, acct, p)]) if p.level else None
            created = at(first or visit_span(pf, acct)[0], 18)
            pf.add(
                Contact,
                created,
                at(max(met), 20) if met else None,
                id=p.id,
                account_id=acct.id,
                name=p.name,
                title=p.title,
                department=p.node["department"],
                reports_to_id=p.reports_to.id if p.reports_to else None,
                decision_level=DecisionLevel(p.node["level"]),
                buying_roles=roles,
                is_key_decision_maker=p.is_kdm,
                is_coach=p.is_coach,
                attitude=Attitude(p.attitude),
                influence=Influence(p.influence),
                relationship_level=p.level,
                personal_wins=rng.choice(persona["wins"]) if rng.random() < 0.7 else None,
                concerns=rng.choice(persona["concerns"]) if rng.random() < 0.6 else None,
                phone=phone,
                mobile=mobile if rng.random() < 0.92 else None,
                email=email,
                wechat=wechat,
                birthday=date(born, rng.randint(1, 12), rng.randint(1, 28))
                if rng.random() < 0.65
                else None,
                interests="、".join(rng.sample(people["interests"], rng.randint(1, 2)))
                if rng.random() < 0.6
                else None,
                notes=None,
                opponent_plan=p.opponent_plan,
                last_contact_on=max(met) if met else None,
            )
            p.first_met = first


def _first_met(pf: Portfolio, rng: random.Random, acct: Acct, p: Person) -> date:
    """When a contact the rep knows but never met in a logged visit was first reached."""
    start, end = visit_span(pf, acct)
    end = max(start, min(end, pf.today - timedelta(days=20)))
    return start + timedelta(days=rng.randint(0, max((end - start).days, 0)))
