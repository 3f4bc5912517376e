"""The due list, the rep's decisions and the revisit settings, against real temporary books."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account, Contact, RevisitItem, SalesOrder, Setting, Visit
from kam_desktop.domain.enums import (
    RevisitRule,
    RevisitState,
    ValueTier,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.revisits.due_revisit import DueRevisit
from kam_desktop.domain.revisits.revisit_settings import (
    DEFAULT_SETTINGS,
    SETTINGS_KEY,
    settings_to_json,
)
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.services.demo import build_demo_book
from kam_desktop.services.revisits.due_cache import refresh_due_cache, refresh_due_for_accounts
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.revisits.revisits import (
    dismiss,
    due_for_account,
    due_list,
    load_settings,
    mark_covered,
    plan_from_due,
    reopen,
    save_settings,
    snooze,
)
from kam_desktop.services.visits.visits import log_unplanned

TODAY = date(2026, 6, 10)
SHANGHAI = ZoneInfo("Asia/Shanghai")


def _account(
    book: Book,
    code: str = "0001",
    *,
    tier: ValueTier | None = ValueTier.IRON,
    owner: str = "王磊",
    last_visit_on: date | None = TODAY - timedelta(days=10),
) -> str:
    with book.sessions.begin() as s:
        account = Account(
            code=code, name=f"恒远精密机械{code}", owner=owner, value_tier=tier,
            last_visit_on=last_visit_on,
        )  # fmt: skip
        s.add(account)
        s.flush()
        return account.id


def _order(book: Book, account_id: str, on: date, cycle: int | None = None) -> str:
    with book.sessions.begin() as s:
        order = SalesOrder(
            account_id=account_id, order_date=on, amount=12.5, product="抗磨液压油",
            repurchase_cycle_days=cycle,
        )  # fmt: skip
        s.add(order)
        s.flush()
        return order.id


def _visit(book: Book, account_id: str, at: datetime, purpose: VisitPurpose) -> str:
    """A done visit written with the ORM only: no caches updated, as after a sync."""
    with book.sessions.begin() as s:
        visit = Visit(
            account_id=account_id, planned_start=at, done_at=at, status=VisitStatus.DONE,
            purpose=purpose,
        )  # fmt: skip
        s.add(visit)
        s.flush()
        return visit.id


def _log(book: Book, account_id: str, on: date, purpose: VisitPurpose) -> None:
    """A visit logged through the visit service, at 10:00 local time on ``on``."""
    at = datetime.combine(on, datetime.min.time()).replace(hour=10).astimezone()
    log_unplanned(book, account_id, VisitDraft(planned_start=at, purpose=purpose), today=on)


def _rules(items: list[DueItem]) -> list[list[RevisitRule]]:
    return [[r.rule for r in item.reasons] for item in items]


def _items(book: Book) -> list[RevisitItem]:
    with book.sessions() as s:
        return list(s.scalars(select(RevisitItem).order_by(RevisitItem.due_on)))


# --- the due list ---------------------------------------------------------------------------


def test_an_account_drops_off_the_due_list_after_a_satisfying_visit(book: Book) -> None:
    account = _account(book)
    _order(book, account, TODAY - timedelta(days=5))
    quiet = _account(book, "0002")  # visited ten days ago, iron: due again in 50 days
    items = due_list(book, TODAY, horizon_days=0)
    assert [i.account_id for i in items] == [account]
    assert _rules(items) == [[RevisitRule.AFTER_ORDER]]
    item = items[0]
    assert (item.account_code, item.tier, item.owner, item.due_on) == (
        "0001", ValueTier.IRON, "王磊", TODAY,
    )  # fmt: skip
    assert item.reasons[0].message("en") == "Day 5 after the order of 2026-06-05 (抗磨液压油)"

    _log(book, account, TODAY, VisitPurpose.REVISIT)
    assert due_list(book, TODAY, horizon_days=0) == []
    # the day-15 revisit is still to come
    [later] = due_list(book, TODAY + timedelta(days=10), horizon_days=0)
    assert [r.rule_key.endswith(":15") for r in later.reasons] == [True]
    assert due_for_account(book, quiet, TODAY) is None


def test_which_visits_satisfy_follows_the_settings(book: Book) -> None:
    account = _account(book)
    _order(book, account, TODAY - timedelta(days=5))
    _log(book, account, TODAY, VisitPurpose.NEGOTIATION)
    assert _rules(due_list(book, TODAY, horizon_days=0)) == [[RevisitRule.AFTER_ORDER]]
    save_settings(book, replace(DEFAULT_SETTINGS, any_visit_satisfies=True))
    assert due_list(book, TODAY, horizon_days=0) == []


def test_periodic_revisits_run_from_the_last_visit(book: Book) -> None:
    account = _account(book, tier=ValueTier.PLATINUM, last_visit_on=TODAY - timedelta(days=20))
    item = due_for_account(book, account, TODAY, horizon_days=0)
    assert item is not None
    assert (item.due_on, item.overdue_days) == (TODAY - timedelta(days=6), 6)
    assert item.reasons[0].rule_key == f"periodic:{account}:{item.due_on.isoformat()}"
    _log(book, account, TODAY - timedelta(days=1), VisitPurpose.SOLUTION_DEMO)
    assert due_for_account(book, account, TODAY, horizon_days=0) is None
    later = due_for_account(book, account, TODAY + timedelta(days=13), horizon_days=0)
    assert later is not None
    assert later.due_on == TODAY + timedelta(days=13)


def test_owners_and_accounts_narrow_the_list(book: Book) -> None:
    long_ago = TODAY - timedelta(days=100)
    mine = _account(book, "0001", owner="王磊", last_visit_on=long_ago)
    theirs = _account(book, "0002", owner="李娜", last_visit_on=long_ago)
    assert {i.account_id for i in due_list(book, TODAY)} == {mine, theirs}
    assert [i.account_id for i in due_list(book, TODAY, owners=["李娜"])] == [theirs]
    assert [i.account_id for i in due_list(book, TODAY, account_ids=[mine])] == [mine]
    with book.sessions.begin() as s:
        s.get(Account, theirs).deleted_at = datetime.now(UTC)  # type: ignore[union-attr]
    assert [i.account_id for i in due_list(book, TODAY)] == [mine]


# --- the rep's decisions --------------------------------------------------------------------


def _one_due(book: Book, today: date = TODAY) -> DueRevisit:
    [item] = due_list(book, today, horizon_days=0)
    [revisit] = item.reasons
    return revisit


def test_snooze_is_stored_and_ends_on_its_day(tmp_path: Path) -> None:
    path = tmp_path / "book.kambook"
    with open_book(path) as book:
        account = _account(book)
        _order(book, account, TODAY - timedelta(days=5))
        revisit = _one_due(book)
        with pytest.raises(InvalidInput) as refused:
            snooze(book, revisit, TODAY, today=TODAY)
        assert refused.value.fields() == ["snoozed_until"]
        assert _items(book) == []  # nothing half-saved
        snooze(book, revisit, TODAY + timedelta(days=3), today=TODAY)
    with open_book(path) as book:  # the decision is in the book
        [row] = _items(book)
        assert (row.rule_key, row.state, row.snoozed_until, row.account_id) == (
            revisit.rule_key, RevisitState.SNOOZED, TODAY + timedelta(days=3), account,
        )  # fmt: skip
        assert (row.rule, row.due_on, row.reason) == (
            RevisitRule.AFTER_ORDER, TODAY, "Day 5 after the order of 2026-06-05 (抗磨液压油)",
        )  # fmt: skip
        assert due_list(book, TODAY, horizon_days=0) == []
        assert due_list(book, TODAY + timedelta(days=2), horizon_days=0) == []
        back = _one_due(book, TODAY + timedelta(days=3))
        assert (back.rule_key, back.overdue_days) == (revisit.rule_key, 3)


def test_dismiss_needs_a_reason_and_lasts_until_reopened(book: Book) -> None:
    account = _account(book)
    _order(book, account, TODAY - timedelta(days=5))
    revisit = _one_due(book)
    with pytest.raises(InvalidInput) as refused:
        dismiss(book, revisit, "   ")
    assert refused.value.fields() == ["dismiss_reason"]
    assert _items(book) == []
    dismiss(book, [revisit], "客户停产检修")
    [row] = _items(book)
    assert (row.state, row.dismiss_reason, row.revision) == (
        RevisitState.DISMISSED, "客户停产检修", 1,
    )  # fmt: skip
    for day in (0, 5, 20):
        listed = due_list(book, TODAY + timedelta(days=day), horizon_days=0)
        assert revisit.rule_key not in {r.rule_key for i in listed for r in i.reasons}
    reopen(book, revisit)
    [row] = _items(book)
    assert (row.state, row.dismiss_reason, row.revision) == (RevisitState.DUE, None, 2)
    assert _one_due(book).rule_key == revisit.rule_key


def test_mark_covered_closes_decided_revisits_due_by_the_visit(book: Book) -> None:
    account = _account(book)
    first = _order(book, account, TODAY - timedelta(days=5))
    _order(book, account, TODAY + timedelta(days=5))
    soon = [r for i in due_list(book, TODAY + timedelta(days=10)) for r in i.reasons]
    by_key = {r.rule_key: r for r in soon}
    snooze(book, by_key[f"after_order:{first}:5"], TODAY + timedelta(days=1), today=TODAY)
    dismissed = by_key[f"after_order:{first}:15"]
    later = [r for r in soon if r.due_on > TODAY + timedelta(days=2) and r != dismissed]
    assert later
    snooze(book, later, TODAY + timedelta(days=30), today=TODAY)
    dismiss(book, dismissed, "已电话回访")

    assert mark_covered(book, account, TODAY, purpose=VisitPurpose.NEGOTIATION) == 0
    visit = _visit(book, account, datetime(2026, 6, 10, 2, 0, tzinfo=UTC), VisitPurpose.REVISIT)
    assert mark_covered(book, account, TODAY, visit_id=visit) == 1
    states = {row.rule_key: (row.state, row.visit_id) for row in _items(book)}
    assert states[f"after_order:{first}:5"] == (RevisitState.DONE, visit)
    assert states[dismissed.rule_key] == (RevisitState.DISMISSED, None)
    assert all(states[r.rule_key][0] is RevisitState.SNOOZED for r in later)


def test_plan_from_due_suggests_purpose_day_and_people(book: Book) -> None:
    account = _account(book, tier=ValueTier.GOLD, last_visit_on=TODAY - timedelta(days=3))
    with book.sessions.begin() as s:
        contact = Contact(account_id=account, name="张伟", birthday=date(1980, 6, 12))
        s.add(contact)
        s.flush()
        contact_id = contact.id
    [item] = due_list(book, TODAY, horizon_days=1)
    plan = plan_from_due(item, TODAY)
    assert (plan.purpose, plan.planned_on, plan.attendee_ids) == (
        VisitPurpose.HOLIDAY_GREETING, TODAY + timedelta(days=1), (contact_id,),
    )  # fmt: skip
    assert plan.objectives == "Birthday of 张伟 on 2026-06-12"
    _order(book, account, TODAY - timedelta(days=8))
    [item] = due_list(book, TODAY, horizon_days=1)
    plan = plan_from_due(item, TODAY)
    assert (plan.purpose, plan.planned_on) == (VisitPurpose.REVISIT, TODAY)
    assert plan.rule_keys == tuple(r.rule_key for r in item.reasons)


def test_birthdays_across_the_new_year(book: Book) -> None:
    account = _account(book, tier=ValueTier.PLATINUM, last_visit_on=date(2026, 12, 28))
    with book.sessions.begin() as s:
        s.add_all(
            [
                Contact(account_id=account, name="张伟", birthday=date(1980, 1, 2)),
                Contact(account_id=account, name="李娜", birthday=date(1985, 12, 31)),
                Contact(account_id=account, name="王芳", birthday=date(1990, 1, 20)),
            ]
        )
    [item] = due_list(book, date(2026, 12, 30), horizon_days=7)
    birthdays = [r.message("en") for r in item.reasons if r.rule is RevisitRule.BIRTHDAY]
    assert birthdays == ["Birthday of 李娜 on 2026-12-31", "Birthday of 张伟 on 2027-01-02"]


# --- caches and settings --------------------------------------------------------------------


def test_refresh_due_cache_fills_the_account_columns(book: Book) -> None:
    due = _account(book, "0001")
    _order(book, due, TODAY - timedelta(days=5))
    quiet = _account(book, "0002")
    assert refresh_due_cache(book, TODAY) == 1
    with book.sessions() as s:
        rows = {
            a.id: (a.next_due_on, a.due_reasons, a.revision) for a in s.scalars(select(Account))
        }
    assert rows[due] == (TODAY, ["after_order"], 1)  # a cache: no revision bump
    assert rows[quiet] == (None, None, 1)
    assert refresh_due_cache(book, TODAY) == 0
    _log(book, due, TODAY, VisitPurpose.REVISIT)  # logging the visit refreshes its account
    with book.sessions() as s:
        assert s.get(Account, due).next_due_on is None  # type: ignore[union-attr]
    assert refresh_due_cache(book, TODAY, horizon_days=0) == 0


def test_settings_round_trip_through_the_book(book: Book) -> None:
    assert load_settings(book) == DEFAULT_SETTINGS
    custom = replace(
        DEFAULT_SETTINGS,
        after_order_days=(3,),
        periodic_days=((ValueTier.PLATINUM, 7),),
        holiday_tiers=frozenset({ValueTier.PLATINUM}),
        any_visit_satisfies=True,
    )
    save_settings(book, custom)
    assert load_settings(book) == custom
    with book.sessions() as s:
        [row] = s.scalars(select(Setting).where(Setting.key == SETTINGS_KEY)).all()
        assert row.value == settings_to_json(custom)
        first_revision = row.revision

    with pytest.raises(InvalidInput) as refused:
        save_settings(book, replace(custom, lapse_after_days=-1))
    assert refused.value.fields() == ["lapse_after_days"]
    assert load_settings(book) == custom  # unchanged

    save_settings(book, DEFAULT_SETTINGS)
    with book.sessions.begin() as s:
        row = s.scalars(select(Setting).where(Setting.key == SETTINGS_KEY)).one()
        assert row.revision == first_revision + 1  # one row, changed: it syncs
        row.value = {**settings_to_json(DEFAULT_SETTINGS), "dormant_after_days": "soon",
                     "lapse_after_days": 9}  # fmt: skip
    # A bad value written elsewhere keeps its default; the rest is read.
    assert load_settings(book) == replace(DEFAULT_SETTINGS, lapse_after_days=9)


def test_the_settings_change_the_due_list(book: Book) -> None:
    account = _account(book)
    _order(book, account, TODAY - timedelta(days=3))
    assert due_list(book, TODAY, horizon_days=0) == []
    save_settings(book, replace(DEFAULT_SETTINGS, after_order_days=(3, 15)))
    assert _rules(due_list(book, TODAY, horizon_days=0)) == [[RevisitRule.AFTER_ORDER]]


# --- time zones -----------------------------------------------------------------------------


@pytest.fixture
def shanghai_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's zone is Asia/Shanghai (SQLite's 'localtime' follows it too)."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.usefixtures("shanghai_clock")
def test_a_visit_at_2330_local_time_counts_for_that_local_day(book: Book) -> None:
    account = _account(book, tier=ValueTier.PLATINUM, last_visit_on=None)
    late = datetime(2026, 6, 10, 23, 30, tzinfo=SHANGHAI)
    log_unplanned(
        book, account, VisitDraft(planned_start=late, purpose=VisitPurpose.REVISIT), today=TODAY
    )
    with book.sessions() as s:
        assert s.get(Account, account).last_visit_on == TODAY  # type: ignore[union-attr]
    # Platinum, every 14 days: due on 24 June, Shanghai dates.
    item = due_for_account(book, account, TODAY + timedelta(days=14), horizon_days=0)
    assert item is not None
    assert item.due_on == TODAY + timedelta(days=14)
    assert [r.rule for r in item.reasons] == [RevisitRule.PERIODIC]
    assert due_for_account(book, account, TODAY + timedelta(days=13), horizon_days=0) is None


@pytest.mark.usefixtures("shanghai_clock")
def test_just_after_midnight_local_time_is_the_next_local_day(book: Book) -> None:
    account = _account(book, tier=ValueTier.PLATINUM, last_visit_on=None)
    # 00:30 on 11 June in Shanghai is 16:30 UTC on 10 June.
    early = datetime(2026, 6, 11, 0, 30, tzinfo=SHANGHAI)
    assert early.astimezone(UTC).date() == TODAY
    _visit(book, account, early, VisitPurpose.REVISIT)  # no cache: only the visit tells
    item = due_for_account(book, account, TODAY + timedelta(days=15), horizon_days=0)
    assert item is not None
    assert item.due_on == TODAY + timedelta(days=15)


def test_the_reps_zone_can_be_given(book: Book) -> None:
    """With ``tz``, stored UTC times become dates in that zone whatever this computer's is."""
    account = _account(book, tier=ValueTier.PLATINUM, last_visit_on=None)
    _visit(book, account, datetime(2026, 6, 11, 0, 30, tzinfo=SHANGHAI), VisitPurpose.REVISIT)
    in_shanghai = due_for_account(book, account, date(2026, 6, 25), horizon_days=0, tz=SHANGHAI)
    assert in_shanghai is not None
    assert in_shanghai.due_on == date(2026, 6, 25)
    in_utc = due_for_account(book, account, date(2026, 6, 24), horizon_days=0, tz=UTC)
    assert in_utc is not None
    assert in_utc.due_on == date(2026, 6, 24)


# --- the demo book --------------------------------------------------------------------------

DEMO_DAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    path = tmp_path_factory.mktemp("demo") / "demo.kambook"
    build_demo_book(path, today=DEMO_DAY)
    with open_book(path) as opened:
        yield opened


def test_the_demo_books_due_list(demo: Book) -> None:
    items = due_list(demo, DEMO_DAY)
    assert 10 < len(items) < 200
    assert [i.due_on for i in items] == sorted(i.due_on for i in items)
    keys = [r.rule_key for i in items for r in i.reasons]
    assert len(keys) == len(set(keys))
    rules = {r.rule for i in items for r in i.reasons}
    assert {RevisitRule.AFTER_ORDER, RevisitRule.PERIODIC, RevisitRule.REPURCHASE} <= rules
    for item in items:
        assert item.due_on == item.reasons[0].due_on <= DEMO_DAY + timedelta(days=7)
        assert all(r.account_id == item.account_id and r.message() for r in item.reasons)
    owner = items[0].owner
    assert owner is not None
    mine = due_list(demo, DEMO_DAY, owners=[owner])
    assert mine == [i for i in items if i.owner == owner]
    first = items[0]
    assert due_for_account(demo, first.account_id, DEMO_DAY) == first


# --- the due cache --------------------------------------------------------------------------


@pytest.fixture
def own_demo(tmp_path: Path) -> Iterator[Book]:
    """A demo book of this test's own: the cache tests change it."""
    path = tmp_path / "demo.kambook"
    build_demo_book(path, today=DEMO_DAY)
    with open_book(path) as opened:
        yield opened


def _cached_rows(book: Book) -> int:
    with book.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM due_revisit_cache").scalar_one()


def _agrees(book: Book) -> list[DueItem]:
    """The cached due list, checked against one computed afresh (whole book and one owner)."""
    cached = due_list(book, DEMO_DAY)
    assert cached == due_list(book, DEMO_DAY, use_cache=False)
    owner = cached[0].owner
    assert due_list(book, DEMO_DAY, owners=[owner]) == [i for i in cached if i.owner == owner]
    return cached


def test_the_cached_due_list_stays_right_as_the_rep_works(own_demo: Book) -> None:
    book = own_demo
    refresh_due_cache(book, DEMO_DAY)
    items = _agrees(book)
    assert _cached_rows(book) == sum(len(i.reasons) for i in items) > 10
    # A satisfying visit: the account's after-order and periodic revisits are covered.
    visited = next(i for i in items if RevisitRule.PERIODIC in i.rules)
    _log(book, visited.account_id, DEMO_DAY, VisitPurpose.REVISIT)
    items = _agrees(book)
    after = next((i for i in items if i.account_id == visited.account_id), None)
    assert after is None or RevisitRule.PERIODIC not in after.rules
    # Snooze, dismiss and reopen change the cached list at once.
    first, second = items[0], items[1]
    snooze(book, first.reasons, DEMO_DAY + timedelta(days=3), today=DEMO_DAY)
    dismiss(book, second.reasons[0], "客户停产")
    items = _agrees(book)
    assert first.account_id not in {i.account_id for i in items}
    assert second.reasons[0].rule_key not in {r.rule_key for i in items for r in i.reasons}
    reopen(book, [*first.reasons, second.reasons[0]])
    items = _agrees(book)
    assert {first.account_id, second.account_id} <= {i.account_id for i in items}
    with book.sessions() as s:
        account = s.get(Account, first.account_id)
        assert account is not None
        assert account.next_due_on == first.due_on


def test_a_cache_for_another_day_or_settings_is_not_used(own_demo: Book) -> None:
    book = own_demo
    yesterday = DEMO_DAY - timedelta(days=1)
    refresh_due_cache(book, yesterday)
    with book.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM due_revisit_cache")  # as if nothing were due then
    assert due_list(book, yesterday) == []  # the cache is read for its own day ...
    today = due_list(book, DEMO_DAY)  # ... and not for another
    assert today
    assert today == due_list(book, DEMO_DAY, use_cache=False)
    refresh_due_cache(book, DEMO_DAY)
    assert due_list(book, DEMO_DAY) == today
    save_settings(book, replace(DEFAULT_SETTINGS, lapse_after_days=5))
    assert due_list(book, DEMO_DAY) == due_list(book, DEMO_DAY, use_cache=False) != today
    assert due_list(book, DEMO_DAY, horizon_days=0) == due_list(
        book, DEMO_DAY, horizon_days=0, use_cache=False
    )


def test_a_write_outside_the_revisit_services_needs_refresh_due_for_accounts(
    own_demo: Book,
) -> None:
    book = own_demo
    refresh_due_cache(book, DEMO_DAY)
    item = next(i for i in due_list(book, DEMO_DAY) if RevisitRule.PERIODIC in i.rules)
    at = datetime.combine(DEMO_DAY, datetime.min.time()).replace(hour=10).astimezone()
    _visit(book, item.account_id, at, VisitPurpose.REVISIT)  # ORM only, as a sync writes it
    assert item in due_list(book, DEMO_DAY)  # the cache does not know yet
    assert refresh_due_for_accounts(book, [item.account_id], DEMO_DAY + timedelta(days=1)) == 0
    assert item in due_list(book, DEMO_DAY)  # another day's refresh leaves this day's cache
    refresh_due_for_accounts(book, [item.account_id])
    assert item not in due_list(book, DEMO_DAY)
    assert due_list(book, DEMO_DAY) == due_list(book, DEMO_DAY, use_cache=False)
