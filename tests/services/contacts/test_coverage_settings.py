"""Coverage rules stored in the book: round trip, defaults, refused values, and their effect."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, Contact, Setting
from kam_desktop.domain.contacts.coverage import DEFAULT_RULES, CoverageRules, GapKind
from kam_desktop.domain.enums import Attitude, DecisionLevel
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.services.contacts.coverage import account_gaps, refresh_map_gaps
from kam_desktop.services.contacts.coverage_settings import SETTINGS_KEY, load_rules, save_rules

TODAY = date(2026, 11, 25)


def _stored(book: Book) -> object:
    with book.sessions() as s:
        return s.scalar(select(Setting.value).where(Setting.key == SETTINGS_KEY))


def test_defaults_when_unset(book: Book) -> None:
    assert _stored(book) is None
    assert load_rules(book) == DEFAULT_RULES


def test_round_trip_and_overwrite(book: Book) -> None:
    rules = CoverageRules(
        min_strong_contacts=3, strong_level=4, kdm_min_level=2, not_met_days=30, kdm_min_attitude=0
    )
    save_rules(book, rules)
    assert load_rules(book) == rules
    assert _stored(book)["not_met_days"] == 30
    save_rules(book, replace(rules, not_met_days=45))
    assert load_rules(book).not_met_days == 45
    with book.sessions() as s:  # one row, updated in place (a second would break sync)
        assert len(s.scalars(select(Setting).where(Setting.key == SETTINGS_KEY)).all()) == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("min_strong_contacts", 0),
        ("strong_level", 6),
        ("kdm_min_level", 0),
        ("kdm_min_attitude", -2),
        ("kdm_min_attitude", 3),
        ("not_met_days", 0),
        ("not_met_days", 5000),
    ],
)
def test_out_of_range_is_refused_and_nothing_saved(book: Book, field: str, value: int) -> None:
    kept = replace(DEFAULT_RULES, not_met_days=60)
    save_rules(book, kept)
    with pytest.raises(InvalidInput) as caught:
        save_rules(book, replace(DEFAULT_RULES, **{field: value}))
    assert caught.value.fields() == [field]
    assert "between" in caught.value.message()
    assert load_rules(book) == kept


def test_every_bad_field_is_named(book: Book) -> None:
    with pytest.raises(InvalidInput) as caught:
        save_rules(book, CoverageRules(strong_level=0, not_met_days=-1))
    assert caught.value.fields() == ["strong_level", "not_met_days"]
    assert _stored(book) is None


def test_unreadable_stored_values_fall_back_to_defaults(book: Book) -> None:
    """A value another device wrote that this version refuses keeps its default."""
    with book.sessions.begin() as s:
        s.add(Setting(key=SETTINGS_KEY, value={"not_met_days": "soon", "strong_level": 4}))
    assert load_rules(book) == replace(DEFAULT_RULES, strong_level=4)


def _account_met_days_ago(book: Book, days: int) -> str:
    with book.sessions.begin() as s:
        account = Account(name="客户A", code="A1")
        s.add(account)
        s.flush()
        s.add(
            Contact(
                account_id=account.id,
                name="王总",
                decision_level=DecisionLevel.DECISION,
                is_key_decision_maker=True,
                attitude=Attitude.SUPPORTIVE,
                relationship_level=4,
                last_contact_on=TODAY - timedelta(days=days),
            )
        )
        return account.id


def test_stored_not_met_days_changes_the_gaps(book: Book) -> None:
    account_id = _account_met_days_ago(book, 60)
    kinds = [g.kind for g in account_gaps(book, account_id, TODAY)]
    assert GapKind.DECISION_LEVEL_NOT_MET not in kinds  # 60 days < 90 by default

    save_rules(book, replace(DEFAULT_RULES, not_met_days=30))
    gaps = account_gaps(book, account_id, TODAY)
    not_met = [g for g in gaps if g.kind is GapKind.DECISION_LEVEL_NOT_MET]
    assert len(not_met) == 1
    assert ("days", 30) in not_met[0].params

    refresh_map_gaps(book, TODAY)  # the stored column follows the book's rules too
    with book.sessions() as s:
        stored = s.scalar(select(Account.map_gaps).where(Account.id == account_id))
    assert GapKind.DECISION_LEVEL_NOT_MET.code in stored
