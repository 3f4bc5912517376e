"""The lifetime assumptions as the rep types them: percentages in, named problems out."""

from __future__ import annotations

import pytest

from kam_desktop.db.book import Book
from kam_desktop.domain.enums import LifecycleStage
from kam_desktop.domain.errors import InvalidInput
from kam_desktop.domain.value.lifetime import DEFAULT_RETENTION, MAX_HORIZON_YEARS
from kam_desktop.services.value.value_settings import (
    lifetime_assumptions_from_entries,
    load_lifetime_assumptions,
    save_lifetime_assumptions,
)

STABLE, LOST = LifecycleStage.STABILITY, LifecycleStage.LOST


def test_percentages_become_rates_and_round_trip(book: Book) -> None:
    made = lifetime_assumptions_from_entries({STABLE: "85 %", LOST: "０"}, "8.5％", "7")
    assert made.retention(STABLE) == pytest.approx(0.85)
    assert made.retention(LOST) == 0.0
    assert made.retention(LifecycleStage.DECLINE) == DEFAULT_RETENTION[LifecycleStage.DECLINE]
    assert made.discount_rate == pytest.approx(0.085)
    assert made.horizon_years == 7
    save_lifetime_assumptions(book, made)
    assert load_lifetime_assumptions(book) == made


@pytest.mark.parametrize(
    ("retention", "discount", "horizon", "bad"),
    [
        ("101", "8", 5, "retention_stability"),
        ("-1", "8", 5, "retention_stability"),
        ("", "8", 5, "retention_stability"),
        ("nan", "8", 5, "retention_stability"),
        ("90", "inf", 5, "discount_rate"),
        ("90", "八", 5, "discount_rate"),
        ("90", "8", 0, "horizon_years"),
        ("90", "8", MAX_HORIZON_YEARS + 1, "horizon_years"),
        ("90", "8", "2.5", "horizon_years"),
        ("90", "8", True, "horizon_years"),
    ],
)
def test_each_unusable_entry_is_named(
    retention: str, discount: str, horizon: object, bad: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        lifetime_assumptions_from_entries({STABLE: retention}, discount, horizon)
    assert refused.value.fields() == [bad]
