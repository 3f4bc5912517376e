"""The falling-value revisit rule (DOMAIN §7.3 alert feeding the due list, §5.2): reason, due
date, key, coverage, decisions, and the setting that switches it on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kam_desktop.domain.enums import (
    AccountStatus,
    RevisitRule,
    RevisitState,
    ValueTier,
    VisitPurpose,
)
from kam_desktop.domain.revisits.account_facts import AccountFacts, Decision, DoneVisit
from kam_desktop.domain.revisits.revisit_rules import due_revisits
from kam_desktop.domain.revisits.revisit_settings import (
    DEFAULT_SETTINGS,
    settings_from_json,
    settings_to_json,
)
from kam_desktop.domain.value.movers import HistoryEntry

GO, IR = ValueTier.GOLD, ValueTier.IRON
RULE = RevisitRule.VALUE_FALLING
ONLY = replace(DEFAULT_SETTINGS, rules=frozenset({RULE}))
TODAY = date(2026, 10, 20)
TIER_DROP: tuple[HistoryEntry, ...] = (("2026-09", 70.0, GO), ("2026-10", 66.0, IR))
SLIDE: tuple[HistoryEntry, ...] = (
    ("2026-07", 60.0, IR),
    ("2026-08", 56.0, IR),
    ("2026-09", 52.0, IR),
    ("2026-10", 47.5, IR),
)


def facts(history: tuple[HistoryEntry, ...], **more: object) -> AccountFacts:
    return AccountFacts("a1", tier=history[-1][2] if history else None, value_history=history,
                        **more)  # type: ignore[arg-type]  # fmt: skip


def due(f: AccountFacts, today: date = TODAY, settings=ONLY):
    return due_revisits(f, today, settings, horizon_days=0)


def test_a_tier_drop_is_due_from_the_first_of_its_month() -> None:
    [revisit] = due(facts(TIER_DROP))
    assert revisit.rule is RULE
    assert revisit.rule_key == "value_falling:a1:2026-10"
    assert revisit.due_on == date(2026, 10, 1)
    assert revisit.overdue_days == 19  # ignored since the month's snapshot showed it
    assert revisit.message("en") == "Value falling: tier Gold → Iron since 2026-10"
    assert revisit.params[:2] == (("from_tier", GO), ("to_tier", IR))  # labels in any language


def test_a_score_slide_names_the_points_and_months() -> None:
    [revisit] = due(facts(SLIDE))
    assert revisit.message("en") == "Value falling: score down 12.5 over 3 months"
    assert revisit.params == (("drop", "12.5"), ("months", 3))
    one_month = (("2026-09", 70.0, IR), ("2026-10", 55.0, IR))
    [revisit] = due(facts(one_month))
    assert revisit.message("en") == "Value falling: score down 15.0 since the month before"


def test_steady_or_rising_value_is_not_due() -> None:
    steady = (("2026-09", 50.0, IR), ("2026-10", 45.0, IR))
    assert due(facts(steady)) == []
    rising = (("2026-09", 50.0, IR), ("2026-10", 71.0, GO))
    assert due(facts(rising)) == []
    assert due(facts(())) == []


def test_a_contact_since_the_month_began_covers_it() -> None:
    assert due(facts(TIER_DROP, last_contact_on=date(2026, 10, 5))) == []
    assert due(facts(TIER_DROP, visits=(DoneVisit(date(2026, 9, 29), VisitPurpose.REVISIT),))) == []
    # A contact before the fall does not.
    assert due(facts(TIER_DROP, last_contact_on=date(2026, 9, 20))) != []


def test_not_for_lost_accounts_nor_when_switched_off() -> None:
    assert due(facts(TIER_DROP, status=AccountStatus.LOST)) == []
    off = replace(DEFAULT_SETTINGS, rules=DEFAULT_SETTINGS.rules - {RULE})
    assert RULE not in {r.rule for r in due(facts(TIER_DROP), settings=off)}
    assert RULE in DEFAULT_SETTINGS.rules  # on by default


@pytest.mark.parametrize("state", [RevisitState.DISMISSED, RevisitState.DONE])
def test_a_dismissed_fall_stays_away_until_a_new_fall(state: RevisitState) -> None:
    dismissed = {"value_falling:a1:2026-10": Decision(state)}
    assert due(facts(TIER_DROP, decisions=dismissed)) == []
    # November: still Iron and still 12 points below August, but nothing fell since October.
    later = (*SLIDE[:3], ("2026-10", 47.5, IR), ("2026-11", 48.0, IR))
    assert due(facts(later, decisions=dismissed), date(2026, 11, 3)) == []
    # December: the tier drops again -- a new fall, a new alert.
    again = (*later[1:], ("2026-12", 40.0, ValueTier.LEAD))
    [revisit] = due(facts(again, decisions=dismissed), date(2026, 12, 2))
    assert revisit.rule_key == "value_falling:a1:2026-12"
    # Or the score slides more than the rule's points after the dismissed month.
    slide = (("2026-10", 47.5, IR), ("2026-11", 40.0, IR), ("2026-12", 35.0, IR))
    [revisit] = due(facts(slide, decisions=dismissed), date(2026, 12, 2))
    assert revisit.message("en") == "Value falling: score down 12.5 over 2 months"


def test_a_snoozed_fall_comes_back_on_its_day() -> None:
    snoozed = {"value_falling:a1:2026-10": Decision(RevisitState.SNOOZED, date(2026, 10, 25))}
    assert due(facts(TIER_DROP, decisions=snoozed)) == []
    assert len(due(facts(TIER_DROP, decisions=snoozed), date(2026, 10, 25))) == 1


def test_books_that_chose_rules_before_the_rule_existed_get_it_on() -> None:
    old = {"version": 1, "rules": ["periodic", "dormant"]}
    assert settings_from_json(old).rules == {
        RevisitRule.PERIODIC,
        RevisitRule.DORMANT,
        RULE,
    }
    # A rep who switches it off now keeps it off.
    chosen = replace(DEFAULT_SETTINGS, rules=frozenset({RevisitRule.PERIODIC}))
    assert settings_from_json(settings_to_json(chosen)).rules == {RevisitRule.PERIODIC}
