"""Birthdays and holidays of the week ahead (today and the six days after), for the Today
page: the holidays from the revisit settings' dates (``domain.revisits.holidays``), the
contacts' birthdays at live accounts, the most valuable accounts first."""

from __future__ import annotations

import heapq
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kam_desktop.db.models import Account, Contact
from kam_desktop.domain.revisits.holidays import occurrences
from kam_desktop.domain.revisits.revisit_rules import next_birthday
from kam_desktop.domain.revisits.revisit_settings import RevisitSettings
from kam_desktop.services.revisits.due_ranking import tier_weight
from kam_desktop.services.today.model import AccountRef, Greeting, Section

WEEK_DAYS = 7  # today and the six days after
_CHUNK = 500  # account ids per look-up


def week_end(today: date) -> date:
    return today + timedelta(days=WEEK_DAYS - 1)


def greetings(s: Session, today: date, settings: RevisitSettings, limit: int) -> Section[Greeting]:
    """This week's holidays, then birthdays (higher tier first, then by day)."""
    last = week_end(today)
    holidays = [Greeting(on=h.on, holiday=h.holiday) for h in occurrences(
        settings.holiday_dates, today, last)]  # fmt: skip
    # Birthdays are stored as ISO text: compare their 'MM-DD', in two ranges across New Year.
    month_day = func.substr(Contact.birthday, 6)
    first_md, last_md = today.strftime("%m-%d"), last.strftime("%m-%d")
    in_week = (
        month_day.between(first_md, last_md)
        if first_md <= last_md
        else or_(month_day >= first_md, month_day <= last_md)
    )
    # One scan of the contacts (joined in SQL, SQLite would scan the accounts and look up
    # each one's contacts: twice as slow), then their accounts by id; a week holds a few
    # thousand birthdays at 500,000 contacts, ranked here (tier, then day).
    found = s.execute(
        select(Contact.id, Contact.name, Contact.birthday, Contact.account_id).where(
            Contact.deleted_at.is_(None), Contact.birthday.is_not(None), in_week
        )
    ).all()
    accounts: dict[str, AccountRef] = {}
    ids = sorted({r.account_id for r in found})
    for start in range(0, len(ids), _CHUNK):
        accounts.update(
            (r.id, AccountRef(r.id, r.code, r.name, r.value_tier))
            for r in s.execute(
                select(Account.id, Account.code, Account.name, Account.value_tier).where(
                    Account.id.in_(ids[start : start + _CHUNK]), Account.deleted_at.is_(None)
                )
            )
        )
    live = [(r, accounts[r.account_id]) for r in found if r.account_id in accounts]
    wanted = max(0, limit - len(holidays))
    best = heapq.nsmallest(
        wanted,
        live,
        key=lambda p: (-tier_weight(p[1].tier), next_birthday(p[0].birthday, today),
                       p[1].code or "", p[0].name, p[0].id),
    )  # fmt: skip
    birthdays = [
        Greeting(
            on=next_birthday(r.birthday, today), contact_id=r.id, contact_name=r.name, account=acc
        )
        for r, acc in best
    ]
    return Section(tuple(holidays + birthdays), len(holidays) + len(live))
