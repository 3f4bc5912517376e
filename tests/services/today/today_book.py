"""A small book with one of everything the Today page shows, for Monday 2026-09-21 (the
Mid-Autumn Festival, 2026-09-25, falls in its week)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, ValueSnapshot
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import (
    ComplaintCategory,
    ComplaintSeverity,
    LifecycleStage,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.visits.visit_fields import ComplaintDraft, NextStepDraft, VisitDraft
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.contacts.contacts import create_contact
from kam_desktop.services.visits.visits import log_unplanned, plan_visit

TODAY = date(2026, 9, 21)
YESTERDAY = date(2026, 9, 20)  # visited: not due


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """``hour:minute`` on ``day`` in the rep's local time, aware."""
    return datetime(day.year, day.month, day.day, hour, minute).astimezone()


def days_ago(n: int) -> date:
    return TODAY - timedelta(days=n)


def account(book: Book, name: str, code: str, **values: object) -> str:
    """An account; visited yesterday (so not due) unless ``last_visit_on`` says otherwise."""
    values.setdefault("last_visit_on", YESTERDAY)
    account_id = create_account(book, AccountDraft(name=name, code=code, owner="王磊")).id
    with book.sessions.begin() as s:
        row = s.get(Account, account_id)
        for key, value in values.items():
            setattr(row, key, value)
    return account_id


@dataclass(frozen=True)
class TodayBook:
    ids: dict[str, str]  # key -> account id
    visits: dict[str, str]  # key -> visit id


def make_today_book(book: Book) -> TodayBook:
    # Due for the periodic revisit (every 14/30/90 days by tier): ranks 4 × 6, 3 × 11, 1 × 41.
    # The others were visited yesterday; "work" is due for its complaints.
    ids = {
        "platinum": account(book, "铂金客户", "P01", value_tier=ValueTier.PLATINUM,
                            last_visit_on=days_ago(14 + 5)),
        "gold": account(book, "黄金客户", "G01", value_tier=ValueTier.GOLD,
                        last_visit_on=days_ago(30 + 10)),
        "lead": account(book, "铅客户", "L01", value_tier=ValueTier.LEAD,
                        last_visit_on=days_ago(90 + 40)),
        "work": account(book, "工作客户", "W01", value_tier=ValueTier.IRON),
        "declining_gold": account(book, "退化黄金", "D01", value_tier=ValueTier.GOLD,
                                  lifecycle_stage=LifecycleStage.DECLINE, sales_12m=50.0),
        "declining_lead": account(book, "退化铅", "D02", value_tier=ValueTier.LEAD,
                                  lifecycle_stage=LifecycleStage.DECLINE, sales_12m=90.0),
        "gaps_platinum": account(book, "缺口铂金", "M01", value_tier=ValueTier.PLATINUM,
                                 map_gap_count=2, map_gaps=["no_kdm", "no_coach"]),
        "gaps_iron": account(book, "缺口钢铁", "M02", value_tier=ValueTier.IRON,
                             map_gap_count=3, map_gaps=["no_kdm"]),
        "dropped": account(book, "降级客户", "T01", value_tier=ValueTier.IRON),
    }  # fmt: skip
    with book.sessions.begin() as s:
        for month, tier, score in (
            ("2026-08", ValueTier.GOLD, 80.0),
            ("2026-09", ValueTier.IRON, 60.0),
        ):
            s.add(ValueSnapshot(account_id=ids["dropped"], model_id=None, month=month,
                                indicators={}, score=score, tier=tier))  # fmt: skip
    work = ids["work"]
    visits = {
        "today": plan_visit(book, work, VisitDraft(at(TODAY, 10), purpose=VisitPurpose.REVISIT,
                                                   objectives="确认补货"), today=TODAY).id,
        "overdue": plan_visit(book, work, VisitDraft(at(days_ago(3), 15)), today=TODAY).id,
        "tomorrow": plan_visit(book, work, VisitDraft(at(TODAY + timedelta(days=1), 9)),
                               today=TODAY).id,
    }  # fmt: skip
    log_unplanned(
        book, work,
        VisitDraft(
            at(days_ago(10), 10),
            next_steps=(
                NextStepDraft("寄样品", days_ago(1)),
                NextStepDraft("回电话", TODAY),
                NextStepDraft("下周再说", TODAY + timedelta(days=1)),
                NextStepDraft("已经做了", days_ago(5), done=True),
            ),
            complaints=(
                ComplaintDraft(ComplaintCategory.PRICE, ComplaintSeverity.LOW,
                               opened_on=days_ago(9)),
                ComplaintDraft(ComplaintCategory.DELIVERY, ComplaintSeverity.CRITICAL,
                               description="到货晚了", opened_on=days_ago(2)),
                ComplaintDraft(ComplaintCategory.OTHER, resolved=True, resolved_on=days_ago(1),
                               resolution="已处理", opened_on=days_ago(8)),
            ),
        ),
        today=TODAY,
    )  # fmt: skip
    for account_key, name, birthday in (
        ("gold", "金先生", date(1980, 9, 23)),
        ("lead", "铅女士", date(1985, 9, 21)),
        ("gold", "秋先生", date(1990, 10, 15)),
    ):
        create_contact(book, ids[account_key], ContactDraft(name=name, birthday=birthday),
                       today=TODAY)  # fmt: skip
    return TodayBook(ids, visits)
