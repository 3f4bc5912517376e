"""The tier rule and lifecycle thresholds in the book: defaults, round trips, refusals naming
the field with nothing written, unusable rows read as defaults, caches marked stale, and a
refresh with ``stored_derived_config`` drawing tiers by the stored rule. Real books."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, Setting
from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.value.lifecycle import DEFAULT_LIFECYCLE_RULES, DORMANT_AFTER_DAYS
from kam_desktop.domain.value.value import (
    DEFAULT_TIER_BANDS,
    TierBands,
    TierThresholds,
    tier_for_score,
)
from kam_desktop.services.book.account_caches import needs_refresh, refresh_all
from kam_desktop.services.value.derived import refresh_derived
from kam_desktop.services.value.value_rules import (
    LIFECYCLE_KEY,
    TIER_RULE_KEY,
    load_lifecycle_settings,
    load_tier_rule,
    save_lifecycle_settings,
    save_tier_rule,
    stored_derived_config,
    tier_rule,
)

TODAY = date(2025, 6, 15)


def setting_rows(book: Book) -> dict[str, object]:
    with book.sessions() as s:
        return {k: v for k, v in s.execute(select(Setting.key, Setting.value))}


def write_raw(book: Book, key: str, value: object) -> None:
    with book.sessions.begin() as s:
        s.add(Setting(key=key, value=value))


def test_an_empty_book_uses_the_defaults(book: Book) -> None:
    assert load_tier_rule(book) == DEFAULT_TIER_BANDS
    settings_ = load_lifecycle_settings(book)
    assert settings_.rules == DEFAULT_LIFECYCLE_RULES
    assert settings_.dormant_after_days == DORMANT_AFTER_DAYS
    with book.sessions() as s:
        config = stored_derived_config(s)
        assert stored_derived_config(s.connection()) == config  # a Connection reads the same
    assert config.tier_bands == DEFAULT_TIER_BANDS
    assert config.lifecycle == DEFAULT_LIFECYCLE_RULES
    assert config.weights is None  # the active value model


def test_tier_rules_round_trip(book: Book) -> None:
    assert save_tier_rule(book, "thresholds", "75", 50, 25.5) == TierThresholds(75, 50, 25.5)
    assert load_tier_rule(book) == TierThresholds(75, 50, 25.5)
    assert setting_rows(book)[TIER_RULE_KEY] == {
        "kind": "thresholds",
        "platinum": 75.0,
        "gold": 50.0,
        "iron": 25.5,
    }
    save_tier_rule(book, "bands", 0.1, 0.2, 0.3)
    assert load_tier_rule(book) == TierBands(0.1, 0.2, 0.3)
    with book.sessions() as s:
        assert stored_derived_config(s).tier_bands == TierBands(0.1, 0.2, 0.3)


@pytest.mark.parametrize(
    ("kind", "values", "fields"),
    [
        ("bands", (0.5, 0.4, 0.2), ["shares"]),  # 110 %
        ("bands", (-0.1, 0.2, 0.3), ["platinum"]),
        ("bands", (0.05, 1.5, 0.3), ["gold"]),
        ("bands", (0.05, "abc", "nan"), ["gold", "iron"]),
        ("thresholds", (60, 70, 40), ["gold"]),  # gold above platinum
        ("thresholds", (80, 60, 65), ["iron"]),
        ("thresholds", (101, 60, 40), ["platinum"]),
        ("thresholds", (80, 60, float("inf")), ["iron"]),
        ("percent", (80, 60, 40), ["kind"]),
    ],
)
def test_bad_tier_rules_are_refused_naming_the_field(
    book: Book, kind: str, values: tuple[object, ...], fields: list[str]
) -> None:
    save_tier_rule(book, "thresholds", 70, 50, 30)
    refresh_all(book, TODAY)
    before = setting_rows(book)
    with pytest.raises(InvalidInput) as caught:
        save_tier_rule(book, kind, *values)
    assert caught.value.fields() == fields
    assert caught.value.message()  # renders (labels and templates are translatable)
    assert setting_rows(book) == before
    assert not needs_refresh(book, TODAY)


@given(st.lists(st.floats(0, 1), min_size=3, max_size=3))
@settings(max_examples=60)
def test_bands_up_to_the_whole_are_accepted_and_others_refused(shares: list[float]) -> None:
    # shares that add up to 100 % up to float rounding (0.05 + 0.15 + 0.8) are the whole
    if sum(shares) <= 1 + 1e-9:
        assert tier_rule("bands", *shares) == TierBands(*shares)
    else:
        with pytest.raises(InvalidInput) as caught:
            tier_rule("bands", *shares)
        assert caught.value.fields() == ["shares"]


@pytest.mark.parametrize(
    "stored",
    [
        {"kind": "thresholds", "platinum": 10, "gold": 90, "iron": 5},
        {"kind": "bands", "platinum": "lots"},
        {"kind": "stars"},
        "platinum",
        [1, 2, 3],
    ],
)
def test_an_unusable_tier_row_reads_as_the_default(
    book: Book, stored: object, caplog: pytest.LogCaptureFixture
) -> None:
    write_raw(book, TIER_RULE_KEY, stored)
    with caplog.at_level(logging.WARNING):
        assert load_tier_rule(book) == DEFAULT_TIER_BANDS
    assert TIER_RULE_KEY in caplog.text
    assert "lots" not in caplog.text
    assert "stars" not in caplog.text


def test_lifecycle_round_trip_and_partial_rows(book: Book) -> None:
    saved = save_lifecycle_settings(
        book,
        {
            "exploration_months": 4,
            "trend_months": "12",
            "trend_threshold": 0.25,
            "quarter_months": 6.0,
            "lost_after_days": 400,
            "dormant_after_days": 90,
        },
    )
    assert load_lifecycle_settings(book) == saved
    assert saved.rules.trend_months == 12
    assert saved.rules.quarter_months == 6
    assert saved.dormant_after_days == 90
    with book.sessions() as s:
        config = stored_derived_config(s)
    assert config.lifecycle == saved.rules
    assert config.dormant_after_days == 90
    assert setting_rows(book)[LIFECYCLE_KEY]["trend_threshold"] == 0.25  # type: ignore[index]
    partial = save_lifecycle_settings(book, {"lost_after_days": 200})  # the rest: defaults
    assert partial.rules.lost_after_days == 200
    assert partial.rules.trend_months == DEFAULT_LIFECYCLE_RULES.trend_months


@pytest.mark.parametrize(
    ("values", "fields"),
    [
        ({"exploration_months": 0}, ["exploration_months"]),
        ({"trend_months": 2.5}, ["trend_months"]),
        ({"trend_threshold": -0.1}, ["trend_threshold"]),
        (
            {"lost_after_days": "soon", "dormant_after_days": 99999},
            ["lost_after_days", "dormant_after_days"],
        ),
        ({"trend_months": 3, "quarter_months": 4}, ["quarter_months"]),
        ({"quarter_months": True}, ["quarter_months"]),
    ],
)
def test_bad_lifecycle_thresholds_are_refused_naming_the_field(
    book: Book, values: dict[str, object], fields: list[str]
) -> None:
    refresh_all(book, TODAY)
    with pytest.raises(InvalidInput) as caught:
        save_lifecycle_settings(book, values)
    assert caught.value.fields() == fields
    assert LIFECYCLE_KEY not in setting_rows(book)
    assert not needs_refresh(book, TODAY)


def test_an_unusable_lifecycle_row_reads_as_the_defaults(book: Book) -> None:
    write_raw(book, LIFECYCLE_KEY, {"trend_months": 2, "quarter_months": 3})
    assert load_lifecycle_settings(book).rules == DEFAULT_LIFECYCLE_RULES


def test_a_change_marks_the_caches_stale_and_the_same_rule_does_not(book: Book) -> None:
    refresh_all(book, TODAY)
    save_tier_rule(book, "bands", 0.05, 0.15, 0.30)  # the defaults, now stored
    assert needs_refresh(book, TODAY)
    refresh_all(book, TODAY)
    save_tier_rule(book, "bands", 0.05, 0.15, 0.30)
    save_lifecycle_settings(book, {})
    assert needs_refresh(book, TODAY)  # the first stored lifecycle row
    refresh_all(book, TODAY)
    save_lifecycle_settings(book, {})
    assert not needs_refresh(book, TODAY)
    save_lifecycle_settings(book, {"dormant_after_days": 30})
    assert needs_refresh(book, TODAY)


def test_a_refresh_with_the_stored_config_draws_tiers_by_thresholds(demo: Book) -> None:
    save_tier_rule(demo, "thresholds", 70, 50, 30)
    with demo.sessions() as s:
        config = stored_derived_config(s)
    refresh_derived(demo, TODAY, config=config)
    with demo.sessions() as s:
        rows = s.execute(
            select(Account.value_score, Account.value_tier).where(
                Account.deleted_at.is_(None), Account.value_score.is_not(None)
            )
        ).all()
    assert rows
    thresholds = TierThresholds(70, 50, 30)
    assert all(tier == tier_for_score(score, thresholds) for score, tier in rows)
    assert {tier for _, tier in rows} != {ValueTier.LEAD}
