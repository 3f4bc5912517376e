"""``today_overview``: everything the Today page shows, in one call.

Reads what the daily refresh keeps (the due cache, the accounts' cached tier, lifecycle and
map gaps, the value snapshots) and the open work (planned visits, next steps, complaints),
each section limited to what the page shows plus its count, so it answers in well under a
second on a 100,000-account book once the day's caches are computed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.services.revisits.due_items import DueItem, stored_settings
from kam_desktop.services.revisits.due_ranking import due_rank, ranked_due
from kam_desktop.services.today.greetings import greetings, week_end
from kam_desktop.services.today.model import AccountRef, DueAccount, Section, TodayOverview
from kam_desktop.services.today.slipping import slipping_accounts
from kam_desktop.services.today.work_items import open_complaints, planned_visits, steps_due

SECTION_LIMIT = 20  # items per section: what the tallest section shows at 1920×1080
VISIT_LIMIT = 30  # a full day of visits, then the latest overdue ones


def today_overview(
    book: Book,
    today: date | None = None,
    now: datetime | None = None,
    *,
    limit: int = SECTION_LIMIT,
) -> TodayOverview:
    """The Today page's sections for ``today`` (default: this computer's date; ``now`` is
    accepted for symmetry with the visit services and only fixes ``today`` when given)."""
    if today is None:
        today = (now.astimezone() if now is not None else datetime.now().astimezone()).date()
    due = ranked_due(book, today, limit=limit)
    slipping, by_kind = slipping_accounts(book, limit)
    with book.sessions() as s:
        accounts = int(s.scalar(select(func.count()).where(Account.deleted_at.is_(None))) or 0)
        visits, n_today, n_overdue = planned_visits(s, today, max(limit, VISIT_LIMIT))
        steps = steps_due(s, today, limit)
        complaints = open_complaints(s, today, limit)
        greeted = greetings(s, today, stored_settings(s), limit)
    return TodayOverview(
        today=today,
        week_end=week_end(today),
        account_count=accounts,
        visits=visits,
        visits_today=n_today,
        visits_overdue=n_overdue,
        due=Section(tuple(_due_account(i) for i in due.top), due.due_count),
        due_overdue=due.overdue_count,
        steps=steps,
        complaints=complaints,
        slipping=slipping,
        slipping_by_kind=by_kind,
        greetings=greeted,
    )


def _due_account(item: DueItem) -> DueAccount:
    return DueAccount(
        account=AccountRef(item.account_id, item.account_code, item.account_name, item.tier),
        rank=due_rank(item),
        due_on=item.due_on,
        overdue_days=item.overdue_days,
        reasons=item.reasons,
    )
