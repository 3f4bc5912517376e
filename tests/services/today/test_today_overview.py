"""``today_overview`` against real temporary books: each section's items, order and counts,
the due ranking read from the due cache and computed afresh, an empty book, the year's end."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.contacts.coverage import GapKind
from kam_desktop.domain.enums import ComplaintSeverity, ValueTier
from kam_desktop.domain.revisits.holidays import Holiday
from kam_desktop.services.contacts.contacts import create_contact
from kam_desktop.services.revisits.due_cache import refresh_due_cache
from kam_desktop.services.revisits.due_ranking import ranked_due
from kam_desktop.services.revisits.revisits import due_list, snooze
from kam_desktop.services.today.model import SlipKind, TodayCounts
from kam_desktop.services.today.overview import today_overview
from tests.services.today.today_book import TODAY, TodayBook, account, make_today_book


@pytest.fixture
def made(book: Book) -> TodayBook:
    return make_today_book(book)


def test_an_empty_book_has_empty_sections(book: Book) -> None:
    overview = today_overview(book, date(2026, 11, 2))  # no holiday that week
    assert overview.account_count == 0
    for section in (overview.visits, overview.due, overview.steps, overview.complaints,
                    overview.slipping, overview.greetings):  # fmt: skip
        assert section.items == ()
        assert section.total == 0
    assert overview.counts == TodayCounts(today=0, visits=0)


def test_visits_of_today_come_before_overdue_ones(book: Book, made: TodayBook) -> None:
    overview = today_overview(book, TODAY)
    assert [v.visit_id for v in overview.visits.items] == [
        made.visits["today"],
        made.visits["overdue"],
    ]  # tomorrow's is not listed
    assert [v.overdue_days for v in overview.visits.items] == [0, 3]
    assert (overview.visits_today, overview.visits_overdue, overview.visits.total) == (1, 1, 2)
    assert overview.visits.items[0].objectives == "确认补货"


@pytest.mark.parametrize("cached", [False, True])
def test_due_accounts_rank_by_tier_times_days_overdue(
    book: Book, made: TodayBook, cached: bool
) -> None:
    if cached:
        refresh_due_cache(book, TODAY)
    overview = today_overview(book, TODAY)
    codes = [d.account.code for d in overview.due.items]
    # lead 1 × (40 + 1) = 41, gold 3 × (10 + 1) = 33, platinum 4 × (5 + 1) = 24
    assert codes.index("L01") < codes.index("G01") < codes.index("P01")
    ranks = [d.rank for d in overview.due.items]
    assert ranks == sorted(ranks, reverse=True)
    gold = next(d for d in overview.due.items if d.account.code == "G01")
    assert (gold.rank, gold.overdue_days, gold.account.tier) == (33, 10, ValueTier.GOLD)
    assert "30" in gold.main_reason.message("en")  # "Every 30 days for Gold accounts..."
    everything = due_list(book, TODAY)
    assert overview.due.total == len(everything)
    assert overview.due_overdue == sum(1 for i in everything if i.due_on < TODAY)


def test_the_cached_ranking_follows_a_decision_made_since(book: Book, made: TodayBook) -> None:
    refresh_due_cache(book, TODAY)
    gold = next(i for i in due_list(book, TODAY) if i.account_id == made.ids["gold"])
    snooze(book, gold.reasons, TODAY + timedelta(days=10), today=TODAY)
    ranked = ranked_due(book, TODAY, limit=2)
    assert [i.account_code for i in ranked.top] == ["L01", "P01"]
    assert made.ids["gold"] not in {i.account_id for i in due_list(book, TODAY)}


def test_the_limit_keeps_the_highest_ranks_and_the_count_all(book: Book, made: TodayBook) -> None:
    refresh_due_cache(book, TODAY)
    overview = today_overview(book, TODAY, limit=1)
    assert [d.account.code for d in overview.due.items] == ["L01"]
    assert overview.due.total == len(due_list(book, TODAY))
    assert overview.due.more >= 2


def test_next_steps_due_today_or_before_oldest_first(book: Book, made: TodayBook) -> None:
    steps = today_overview(book, TODAY).steps
    assert [(s.text, s.overdue_days) for s in steps.items] == [("寄样品", 1), ("回电话", 0)]
    assert steps.total == 2  # not tomorrow's, not the done one


def test_open_complaints_most_severe_first(book: Book, made: TodayBook) -> None:
    complaints = today_overview(book, TODAY).complaints
    assert [(c.severity, c.days_open) for c in complaints.items] == [
        (ComplaintSeverity.CRITICAL, 2), (ComplaintSeverity.LOW, 9)
    ]  # fmt: skip
    assert complaints.total == 2
    assert complaints.items[0].description == "到货晚了"


def test_slipping_accounts_most_valuable_first(book: Book, made: TodayBook) -> None:
    overview = today_overview(book, TODAY)
    listed = [(s.account.code, s.kind) for s in overview.slipping.items]
    assert listed == [
        ("M01", SlipKind.MAP_GAPS),  # platinum
        ("T01", SlipKind.TIER_DROPPED),  # gold before the drop
        ("D01", SlipKind.DECLINING),  # gold
        ("D02", SlipKind.DECLINING),  # lead, though it sells more
    ]  # the iron account's gaps are not listed
    drop = overview.slipping.items[1]
    assert (drop.from_tier, drop.account.tier) == (ValueTier.GOLD, ValueTier.IRON)
    assert overview.slipping.items[0].gaps == (GapKind.NO_KEY_DECISION_MAKER, GapKind.NO_COACH)
    assert overview.slipping_by_kind == {
        SlipKind.TIER_DROPPED: 1, SlipKind.DECLINING: 2, SlipKind.MAP_GAPS: 1
    }  # fmt: skip
    assert overview.slipping.total == 4


def test_deleted_accounts_are_left_out(book: Book, made: TodayBook) -> None:
    with book.sessions.begin() as s:
        for key in ("work", "declining_gold", "gold"):
            s.get(Account, made.ids[key]).deleted_at = s.get(Account, made.ids[key]).created_at
    overview = today_overview(book, TODAY)
    assert overview.visits.total == overview.steps.total == overview.complaints.total == 0
    assert "D01" not in {s.account.code for s in overview.slipping.items}
    assert "金先生" not in {g.contact_name for g in overview.greetings.items}


def test_holidays_then_birthdays_of_this_week(book: Book, made: TodayBook) -> None:
    overview = today_overview(book, TODAY)
    greetings = overview.greetings.items
    assert (greetings[0].holiday, greetings[0].on) == (Holiday.MID_AUTUMN, date(2026, 9, 25))
    # the gold account's contact before the lead one's, though the lead's is today
    assert [(g.contact_name, g.on) for g in greetings[1:]] == [
        ("金先生", date(2026, 9, 23)), ("铅女士", TODAY)
    ]  # fmt: skip
    assert greetings[1].account is not None
    assert greetings[1].account.code == "G01"
    assert overview.greetings.total == 3
    assert overview.week_end == date(2026, 9, 27)


def test_birthdays_across_new_year(book: Book) -> None:
    account_id = account(book, "跨年客户", "Y01")
    create_contact(book, account_id, ContactDraft(name="元旦", birthday=date(1980, 1, 2)))
    create_contact(book, account_id, ContactDraft(name="太晚", birthday=date(1980, 1, 5)))
    greetings = today_overview(book, date(2026, 12, 29)).greetings
    assert [(g.contact_name, g.on) for g in greetings.items] == [("元旦", date(2027, 1, 2))]


def test_counts_for_the_navigation(book: Book, made: TodayBook) -> None:
    overview = today_overview(book, TODAY)
    assert overview.counts == TodayCounts(today=2 + 2, visits=2)  # visits + next steps due
