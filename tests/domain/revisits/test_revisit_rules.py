"""Revisit rules (DOMAIN §5.2): each rule, its boundaries, decisions, settings, time zones."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kam_desktop.domain.enums import (
    AccountStatus,
    ComplaintCategory,
    Grade,
    RevisitRule,
    RevisitState,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.revisits.account_facts import (
    AccountFacts,
    BirthdayFact,
    ComplaintFact,
    Decision,
    DoneVisit,
    NextStepFact,
    OrderFact,
)
from kam_desktop.domain.revisits.holidays import (
    DEFAULT_HOLIDAY_DATES,
    Holiday,
    HolidayDate,
    occurrences,
    table_dates,
)
from kam_desktop.domain.revisits.revisit_rules import (
    DueRules,
    due_revisits,
    local_date,
    next_birthday,
)
from kam_desktop.domain.revisits.revisit_settings import (
    DEFAULT_SETTINGS,
    RevisitSettings,
    settings_from_json,
    settings_to_json,
    validated_settings,
)

D = date(2026, 6, 1)  # a Monday with no holiday near it
REVISIT = VisitPurpose.REVISIT
# Only the rule under test: other rules stay quiet unless a test switches them on.
ONLY = {rule: replace(DEFAULT_SETTINGS, rules=frozenset({rule})) for rule in RevisitRule}


def due(facts: AccountFacts, today: date, rule: RevisitRule, horizon: int = 0, **settings: object):
    return due_revisits(facts, today, replace(ONLY[rule], **settings), horizon)


def keys(found) -> list[str]:
    return [d.rule_key for d in found]


def order_facts(*visits: DoneVisit, **more: object) -> AccountFacts:
    return AccountFacts("a1", orders=(OrderFact("o1", D, "液压油", None),), visits=visits, **more)


# --- holidays -----------------------------------------------------------------------------------


def test_holiday_table_has_the_checked_dates() -> None:
    spring = {
        d.on.year: d.on for d in DEFAULT_HOLIDAY_DATES if d.holiday is Holiday.SPRING_FESTIVAL
    }
    assert spring == {
        2025: date(2025, 1, 29),
        2026: date(2026, 2, 17),
        2027: date(2027, 2, 6),
        2028: date(2028, 1, 26),
    }
    by = {(d.holiday, d.on.year): d.on for d in DEFAULT_HOLIDAY_DATES}
    assert by[Holiday.DRAGON_BOAT, 2025] == date(2025, 5, 31)
    assert by[Holiday.DRAGON_BOAT, 2028] == date(2028, 5, 28)
    assert by[Holiday.MID_AUTUMN, 2025] == date(2025, 10, 6)
    assert by[Holiday.MID_AUTUMN, 2027] == date(2027, 9, 15)
    assert all(by[Holiday.NATIONAL_DAY, y] == date(y, 10, 1) for y in range(2025, 2029))
    for year in range(2025, 2029):  # 元宵节 is the 15th of the first lunar month
        lantern = by[Holiday.LANTERN_FESTIVAL, year] - by[Holiday.SPRING_FESTIVAL, year]
        assert lantern == timedelta(days=14)
    assert by[Holiday.LANTERN_FESTIVAL, 2026] == date(2026, 3, 3)
    assert len(DEFAULT_HOLIDAY_DATES) == 20
    assert Holiday.MID_AUTUMN.label("zh_CN") == "中秋节"


def test_occurrences_add_national_day_for_years_beyond_the_table() -> None:
    assert table_dates(2029) == ()
    found = occurrences(DEFAULT_HOLIDAY_DATES, date(2029, 1, 1), date(2029, 12, 31))
    assert found == [HolidayDate(Holiday.NATIONAL_DAY, date(2029, 10, 1))]
    in_2025 = occurrences(DEFAULT_HOLIDAY_DATES, date(2025, 9, 30), date(2025, 10, 6))
    assert [d.holiday for d in in_2025] == [Holiday.NATIONAL_DAY, Holiday.MID_AUTUMN]


# --- after an order -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"), [(4, []), (5, [0]), (6, [1]), (14, [9]), (15, [10, 0])]
)
def test_after_order_days_5_and_15(day: int, expected: list[int]) -> None:
    found = due(order_facts(), D + timedelta(days=day), RevisitRule.AFTER_ORDER)
    assert [d.overdue_days for d in found] == expected
    assert all(d.rule is RevisitRule.AFTER_ORDER for d in found)


def test_after_order_keys_are_stable_and_name_the_order() -> None:
    found = due(order_facts(), D + timedelta(days=15), RevisitRule.AFTER_ORDER)
    assert keys(found) == ["after_order:o1:5", "after_order:o1:15"]
    assert [d.due_on for d in found] == [D + timedelta(days=5), D + timedelta(days=15)]
    assert found[0].message("en") == "Day 5 after the order of 2026-06-01 (液压油)"


def test_horizon_shows_what_falls_due_this_week() -> None:
    found = due(order_facts(), D, RevisitRule.AFTER_ORDER, horizon=7)
    assert keys(found) == ["after_order:o1:5"]
    assert found[0].overdue_days == 0


@pytest.mark.parametrize(
    ("visit_day", "covered"),
    [(5, True), (4, True), (3, True), (2, False), (20, True)],
    ids=["due day", "day before", "two days early", "three days early", "much later"],
)
def test_a_satisfying_visit_on_or_shortly_before_the_due_day_covers_it(
    visit_day: int, covered: bool
) -> None:
    facts = order_facts(DoneVisit(D + timedelta(days=visit_day), REVISIT))
    found = due(facts, D + timedelta(days=30), RevisitRule.AFTER_ORDER)
    assert ("after_order:o1:5" not in keys(found)) is covered


def test_a_visit_before_the_order_never_covers_it() -> None:
    facts = order_facts(DoneVisit(D - timedelta(days=1), REVISIT))
    assert keys(due(facts, D + timedelta(days=5), RevisitRule.AFTER_ORDER, early_cover_days=9))


def test_which_visits_satisfy_is_a_setting() -> None:
    negotiation = order_facts(DoneVisit(D + timedelta(days=5), VisitPurpose.NEGOTIATION))
    today = D + timedelta(days=6)
    assert keys(due(negotiation, today, RevisitRule.AFTER_ORDER)) == ["after_order:o1:5"]
    assert due(negotiation, today, RevisitRule.AFTER_ORDER, any_visit_satisfies=True) == []
    after_sales = order_facts(DoneVisit(D + timedelta(days=5), VisitPurpose.AFTER_SALES))
    assert due(after_sales, today, RevisitRule.AFTER_ORDER) == []  # the occasion itself counts


def test_a_missed_event_revisit_lapses() -> None:
    # lapse_after_days 30: day 5 (due D+5) is listed 30 days after it fell due, not 31
    both = due(order_facts(), D + timedelta(days=35), RevisitRule.AFTER_ORDER)
    assert keys(both) == ["after_order:o1:5", "after_order:o1:15"]
    later = due(order_facts(), D + timedelta(days=36), RevisitRule.AFTER_ORDER)
    assert keys(later) == ["after_order:o1:15"]


# --- decisions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("until", "shown"), [(-1, True), (0, True), (1, False)], ids=["yesterday", "today", "tomorrow"]
)
def test_snoozed_until(until: int, shown: bool) -> None:
    today = D + timedelta(days=7)
    snooze = Decision(RevisitState.SNOOZED, today + timedelta(days=until))
    facts = order_facts(decisions={"after_order:o1:5": snooze})
    assert ("after_order:o1:5" in keys(due(facts, today, RevisitRule.AFTER_ORDER))) is shown


@pytest.mark.parametrize("state", [RevisitState.DISMISSED, RevisitState.DONE])
def test_dismissed_or_done_stays_hidden(state: RevisitState) -> None:
    facts = order_facts(decisions={"after_order:o1:5": Decision(state)})
    for day in (5, 6, 20, 34):
        assert "after_order:o1:5" not in keys(
            due(facts, D + timedelta(days=day), RevisitRule.AFTER_ORDER)
        )


def test_a_reopened_revisit_is_due_again() -> None:
    facts = order_facts(decisions={"after_order:o1:5": Decision(RevisitState.DUE)})
    assert keys(due(facts, D + timedelta(days=5), RevisitRule.AFTER_ORDER)) == ["after_order:o1:5"]


# --- repurchase ---------------------------------------------------------------------------------


def test_repurchase_is_due_a_lead_before_the_cycle_ends() -> None:
    facts = AccountFacts("a1", orders=(OrderFact("o1", D, "液压油", 60),))
    assert due(facts, D + timedelta(days=52), RevisitRule.REPURCHASE) == []
    found = due(facts, D + timedelta(days=53), RevisitRule.REPURCHASE)
    assert keys(found) == ["repurchase:o1"]
    assert found[0].due_on == D + timedelta(days=53)
    assert "every 60 days" in found[0].message("en")


def test_a_later_order_of_the_product_supersedes_the_repurchase() -> None:
    facts = AccountFacts(
        "a1",
        orders=(
            OrderFact("o1", D, "液压油", 60),
            OrderFact("o2", D + timedelta(days=40), "液压油", 60),
            OrderFact("o3", D, "清洗剂", None),  # one-off: no repurchase
        ),
    )
    found = due(facts, D + timedelta(days=93), RevisitRule.REPURCHASE)
    assert keys(found) == ["repurchase:o2"]


# --- periodic -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "days"),
    [(ValueTier.PLATINUM, 14), (ValueTier.GOLD, 30), (ValueTier.IRON, 60), (ValueTier.LEAD, 90)],
)
def test_periodic_by_tier(tier: ValueTier, days: int) -> None:
    facts = AccountFacts("a1", tier=tier, last_contact_on=D)
    assert due(facts, D + timedelta(days=days - 1), RevisitRule.PERIODIC) == []
    found = due(facts, D + timedelta(days=days), RevisitRule.PERIODIC)
    assert [(d.due_on, d.overdue_days) for d in found] == [(D + timedelta(days=days), 0)]
    assert found[0].rule_key == f"periodic:a1:{(D + timedelta(days=days)).isoformat()}"
    late = due(facts, D + timedelta(days=days + 1), RevisitRule.PERIODIC)
    assert late[0].overdue_days == 1


def test_periodic_counts_from_the_latest_contact_and_never_lapses() -> None:
    cached = AccountFacts("a1", tier=ValueTier.PLATINUM, last_contact_on=D)
    newer = replace(cached, visits=(DoneVisit(D + timedelta(days=10), VisitPurpose.NEGOTIATION),))
    assert due(newer, D + timedelta(days=14), RevisitRule.PERIODIC) == []
    assert due(newer, D + timedelta(days=24), RevisitRule.PERIODIC)[0].due_on == D + timedelta(24)
    assert due(cached, D + timedelta(days=400), RevisitRule.PERIODIC)[0].overdue_days == 386
    gold = replace(cached, tier=ValueTier.GOLD)
    assert due(gold, D + timedelta(days=30), RevisitRule.PERIODIC)[0].message("en") == (
        "Every 30 days for Gold accounts; last contact 2026-06-01"
    )
    assert (
        due(gold, D + timedelta(days=30), RevisitRule.PERIODIC)[0].message("zh_CN").find("黄金")
        >= 0
    )


def test_periodic_by_grade_until_the_account_has_a_tier() -> None:
    a = AccountFacts("a1", grade=Grade.A, last_contact_on=D)
    assert due(a, D + timedelta(days=30), RevisitRule.PERIODIC)[0].due_on == D + timedelta(30)
    d = replace(a, grade=Grade.D)
    assert due(d, D + timedelta(days=300), RevisitRule.PERIODIC) == []
    tiered = replace(a, tier=ValueTier.PLATINUM)  # the tier wins over the grade
    assert due(tiered, D + timedelta(days=14), RevisitRule.PERIODIC)


def test_periodic_for_a_never_visited_account_and_not_for_lost_ones() -> None:
    new = AccountFacts("a1", tier=ValueTier.GOLD, created_on=D)
    found = due(new, D + timedelta(days=31), RevisitRule.PERIODIC)
    assert (found[0].due_on, found[0].overdue_days) == (D + timedelta(days=30), 1)
    assert "never visited" in found[0].message("en")
    unknown = AccountFacts("a1", tier=ValueTier.GOLD)
    assert keys(due(unknown, D, RevisitRule.PERIODIC)) == ["periodic:a1:never"]
    lost = replace(new, status=AccountStatus.LOST)
    assert due(lost, D + timedelta(days=100), RevisitRule.PERIODIC) == []


# --- complaints ---------------------------------------------------------------------------------


def test_complaint_opened_and_resolved() -> None:
    opened = ComplaintFact("c1", D, None, ComplaintCategory.DELIVERY)
    facts = AccountFacts("a1", complaints=(opened,))
    assert due(facts, D, RevisitRule.COMPLAINT_OPENED) == []
    found = due(facts, D + timedelta(days=1), RevisitRule.COMPLAINT_OPENED)
    assert keys(found) == ["complaint_opened:c1"]
    assert found[0].message("en") == "Complaint (Delivery and logistics) open since 2026-06-01"
    assert found[0].message("zh_CN").startswith("Complaint (交付物流)")
    handled = replace(facts, visits=(DoneVisit(D, VisitPurpose.COMPLAINT_HANDLING),))
    assert due(handled, D + timedelta(days=1), RevisitRule.COMPLAINT_OPENED) == []

    resolved = AccountFacts("a1", complaints=(replace(opened, resolved_on=D + timedelta(days=4)),))
    assert due(resolved, D + timedelta(days=5), RevisitRule.COMPLAINT_OPENED) == []
    assert due(resolved, D + timedelta(days=6), RevisitRule.COMPLAINT_RESOLVED) == []
    found = due(resolved, D + timedelta(days=7), RevisitRule.COMPLAINT_RESOLVED)
    assert keys(found) == ["complaint_resolved:c1"]


# --- holidays and birthdays ---------------------------------------------------------------------


def test_holiday_greetings_for_gold_and_above_only() -> None:
    spring = date(2026, 2, 17)
    gold = AccountFacts("a1", tier=ValueTier.GOLD)
    assert due(gold, spring - timedelta(days=8), RevisitRule.HOLIDAY) == []
    found = due(gold, spring - timedelta(days=7), RevisitRule.HOLIDAY)
    assert keys(found) == ["holiday:a1:spring_festival:2026"]
    assert found[0].message("zh_CN") == "春节 on 2026-02-17"
    assert keys(due(gold, spring, RevisitRule.HOLIDAY)) == ["holiday:a1:spring_festival:2026"]
    assert due(gold, spring + timedelta(days=1), RevisitRule.HOLIDAY) == []  # a late greeting
    iron = replace(gold, tier=ValueTier.IRON)
    assert due(iron, spring - timedelta(days=3), RevisitRule.HOLIDAY) == []
    greeted = replace(
        gold, visits=(DoneVisit(spring - timedelta(days=9), VisitPurpose.HOLIDAY_GREETING),)
    )
    assert due(greeted, spring - timedelta(days=3), RevisitRule.HOLIDAY) == []


def test_birthdays_of_contacts_at_gold_accounts() -> None:
    born = BirthdayFact("p1", "张伟", date(1980, 6, 10))
    facts = AccountFacts("a1", tier=ValueTier.PLATINUM, birthdays=(born,))
    assert due(facts, date(2026, 6, 8), RevisitRule.BIRTHDAY) == []
    found = due(facts, date(2026, 6, 9), RevisitRule.BIRTHDAY)
    assert keys(found) == ["birthday:p1:2026"]
    assert (found[0].contact_id, found[0].message("en")) == ("p1", "Birthday of 张伟 on 2026-06-10")
    assert due(facts, date(2026, 6, 11), RevisitRule.BIRTHDAY) == []
    assert due(replace(facts, tier=None), date(2026, 6, 9), RevisitRule.BIRTHDAY) == []
    assert keys(due(facts, date(2026, 12, 30), RevisitRule.BIRTHDAY, horizon=200)) == [
        "birthday:p1:2027"
    ]


def test_a_leap_day_birthday_falls_on_28_february() -> None:
    assert next_birthday(date(1988, 2, 29), date(2027, 1, 1)) == date(2027, 2, 28)
    assert next_birthday(date(1988, 2, 29), date(2028, 1, 1)) == date(2028, 2, 29)
    assert next_birthday(date(1990, 3, 1), date(2026, 3, 2)) == date(2027, 3, 1)


# --- dormant and next steps ---------------------------------------------------------------------


def test_dormant_after_180_days_without_an_order() -> None:
    facts = AccountFacts("a1", tier=ValueTier.IRON, last_order_on=D)
    assert due(facts, D + timedelta(days=179), RevisitRule.DORMANT) == []
    found = due(facts, D + timedelta(days=180), RevisitRule.DORMANT)
    assert keys(found) == [f"dormant:a1:{D.isoformat()}"]
    assert "reactivation" in found[0].message("en")
    contacted = replace(facts, last_contact_on=D + timedelta(days=178))
    assert due(contacted, D + timedelta(days=190), RevisitRule.DORMANT) == []
    reordered = replace(facts, orders=(OrderFact("o9", D + timedelta(days=100)),))
    assert due(reordered, D + timedelta(days=180), RevisitRule.DORMANT) == []
    assert due(AccountFacts("a1"), D, RevisitRule.DORMANT) == []  # a prospect never ordered


def test_open_next_steps_are_due_until_done() -> None:
    facts = AccountFacts("a1", next_steps=(NextStepFact("s1", D, "寄送样品"),))
    assert due(facts, D - timedelta(days=1), RevisitRule.NEXT_STEP_OVERDUE) == []
    found = due(facts, D + timedelta(days=365), RevisitRule.NEXT_STEP_OVERDUE)
    assert (keys(found), found[0].overdue_days) == (["next_step:s1"], 365)


# --- all rules together -------------------------------------------------------------------------


def test_reasons_come_earliest_first_and_rules_can_be_switched_off() -> None:
    facts = AccountFacts(
        "a1",
        tier=ValueTier.PLATINUM,
        last_contact_on=D - timedelta(days=20),
        orders=(OrderFact("o1", D - timedelta(days=5)),),
        next_steps=(NextStepFact("s1", D - timedelta(days=2), "报价"),),
    )
    found = due_revisits(facts, D, DEFAULT_SETTINGS, 0)
    assert [d.rule for d in found] == [
        RevisitRule.PERIODIC, RevisitRule.NEXT_STEP_OVERDUE, RevisitRule.AFTER_ORDER,
    ]  # fmt: skip
    assert [d.due_on for d in found] == sorted(d.due_on for d in found)
    assert DueRules(D, DEFAULT_SETTINGS, 0)(facts) == found
    quiet = replace(DEFAULT_SETTINGS, rules=frozenset())
    assert due_revisits(facts, D, quiet) == []


# --- time zones ---------------------------------------------------------------------------------

SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_local_dates_come_from_local_time() -> None:
    late = datetime(2026, 6, 1, 23, 30, tzinfo=SHANGHAI)  # 15:30 UTC, same UTC day
    early = datetime(2026, 6, 2, 0, 30, tzinfo=SHANGHAI)  # 16:30 UTC on 1 June
    assert local_date(late.astimezone(UTC), SHANGHAI) == date(2026, 6, 1)
    assert local_date(early.astimezone(UTC), SHANGHAI) == date(2026, 6, 2)
    assert early.astimezone(UTC).date() == date(2026, 6, 1)
    new_york = ZoneInfo("America/New_York")
    assert local_date(datetime(2026, 6, 2, 2, 0, tzinfo=UTC), new_york) == date(2026, 6, 1)


def test_a_visit_at_2330_shanghai_covers_the_revisit_due_that_day() -> None:
    due_day = D + timedelta(days=5)
    visit = datetime.combine(due_day - timedelta(days=2), datetime.min.time(), SHANGHAI)
    visit = visit.replace(hour=23, minute=30).astimezone(UTC)  # 15:30 UTC on the same day
    covered = order_facts(DoneVisit(local_date(visit, SHANGHAI), REVISIT))
    assert due(covered, due_day, RevisitRule.AFTER_ORDER) == []
    # 00:30 the next morning in Shanghai is still the evening before in UTC: counted for the
    # Shanghai date, a visit three days early does not cover (early_cover_days 2) ...
    too_early = datetime.combine(due_day - timedelta(days=3), datetime.min.time(), SHANGHAI)
    too_early = too_early.replace(hour=23, minute=30).astimezone(UTC)
    assert keys(due(order_facts(DoneVisit(local_date(too_early, SHANGHAI), REVISIT)), due_day,
                    RevisitRule.AFTER_ORDER)) == ["after_order:o1:5"]  # fmt: skip
    # ... and half an hour later it is the next local day, which does.
    next_day = (too_early + timedelta(hours=1)).astimezone(UTC)
    assert next_day.date() == too_early.date()  # still the same UTC day
    assert due(order_facts(DoneVisit(local_date(next_day, SHANGHAI), REVISIT)), due_day,
               RevisitRule.AFTER_ORDER) == []  # fmt: skip


# --- settings -----------------------------------------------------------------------------------


def test_settings_round_trip_through_json() -> None:
    custom = replace(
        DEFAULT_SETTINGS,
        after_order_days=(3, 10, 30),
        periodic_days=((ValueTier.PLATINUM, 7), (ValueTier.GOLD, 21)),
        holiday_dates=(HolidayDate(Holiday.SPRING_FESTIVAL, date(2029, 2, 13)),),
        holiday_tiers=frozenset({ValueTier.PLATINUM}),
        satisfying_purposes=frozenset({VisitPurpose.REVISIT, VisitPurpose.AFTER_SALES}),
        any_visit_satisfies=True,
        rules=frozenset({RevisitRule.PERIODIC, RevisitRule.AFTER_ORDER}),
    )
    for settings in (DEFAULT_SETTINGS, custom):
        data = json.loads(json.dumps(settings_to_json(settings)))
        assert settings_from_json(data) == settings
    data = settings_to_json(DEFAULT_SETTINGS)
    assert data["periodic_days"] == {"platinum": 14, "gold": 30, "iron": 60, "lead": 90}
    assert data["holiday_dates"]["2026"]["mid_autumn"] == "2026-09-25"
    assert settings_from_json({"lapse_after_days": 10, "something_new": 1}) == replace(
        DEFAULT_SETTINGS, lapse_after_days=10
    )
    no_lead = settings_from_json({"periodic_days": {"platinum": 14, "lead": None}})
    assert no_lead.cadence(ValueTier.LEAD, None) is None
    assert no_lead.cadence(ValueTier.PLATINUM, Grade.D) == 14


def test_bad_settings_are_refused_naming_each_field() -> None:
    bad = {
        "after_order_days": [5, 0],
        "periodic_days": {"diamond": 7},
        "lapse_after_days": -1,
        "any_visit_satisfies": "yes",
        "holiday_dates": {"2026": {"spring_festival": "2026-02-30"}},
        "early_cover_days": 1.5,
    }
    with pytest.raises(InvalidInput) as caught:
        settings_from_json(bad)
    assert sorted(caught.value.fields()) == sorted(bad)
    assert "at least 1 days" in str(caught.value)
    # Read leniently (a book another device wrote), bad values keep their defaults.
    assert settings_from_json({**bad, "dormant_after_days": 200}, strict=False) == replace(
        DEFAULT_SETTINGS, dormant_after_days=200
    )
    assert settings_from_json("not a mapping", strict=False) == DEFAULT_SETTINGS
    with pytest.raises(InvalidInput):
        validated_settings(replace(DEFAULT_SETTINGS, holiday_lead_days=-3))
    assert validated_settings(RevisitSettings()) == DEFAULT_SETTINGS


def test_settings_survive_a_json_round_trip() -> None:
    from kam_desktop.domain.revisits import revisit_settings

    settings = replace(DEFAULT_SETTINGS, dormant_after_days=120)
    data = json.loads(json.dumps(revisit_settings.settings_to_json(settings)))
    assert revisit_settings.settings_from_json(data) == settings
