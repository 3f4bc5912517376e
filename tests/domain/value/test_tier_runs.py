"""Tier history as runs of months: examples and properties."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value.lifecycle import shift_month
from kam_desktop.domain.value.tier_runs import TierRun, tier_runs

PT, GO, IR, LE = ValueTier.PLATINUM, ValueTier.GOLD, ValueTier.IRON, ValueTier.LEAD

tiers = st.one_of(st.none(), st.sampled_from(list(ValueTier)))
# distinct month offsets (gaps allowed) with a tier each
histories = st.dictionaries(st.integers(0, 60), tiers, max_size=40).map(
    lambda by_offset: [(shift_month("2022-01", i), 50.0, t) for i, t in by_offset.items()]
)


def test_examples() -> None:
    history = [
        ("2025-10", 30.0, IR),
        ("2025-11", 65.0, GO),
        ("2025-12", 66.0, GO),
        ("2026-02", 70.0, GO),  # 2026-01 has no snapshot: the run goes on
        ("2026-03", 90.0, PT),
        ("2026-04", 91.0, PT),
    ]
    assert tier_runs(history) == [
        TierRun(PT, "2026-03", "2026-04", 2),
        TierRun(GO, "2025-11", "2026-02", 3),
        TierRun(IR, "2025-10", "2025-10", 1),
    ]
    assert tier_runs([]) == []


def test_an_unscored_month_is_a_run_of_its_own() -> None:
    history = [("2026-01", 70.0, GO), ("2026-02", None, None), ("2026-03", 71.0, GO)]
    assert [run.tier for run in tier_runs(history)] == [GO, None, GO]


@given(histories)
def test_runs_cover_every_month_once_newest_first(history: list) -> None:
    runs = tier_runs(history)
    assert sum(run.months for run in runs) == len(history)
    # expanding the runs (oldest first) gives back the tiers month by month
    expanded = [run.tier for run in reversed(runs) for _ in range(run.months)]
    assert expanded == [tier for _month, _score, tier in sorted(history)]
    for run in runs:
        assert run.first <= run.last
    for newer, older in itertools.pairwise(runs):
        assert older.last < newer.first
        assert older.tier is not newer.tier
    if history:
        assert runs[0].last == max(month for month, _, _ in history)
        assert runs[-1].first == min(month for month, _, _ in history)


@given(histories, st.randoms())
def test_order_of_the_history_does_not_matter(history: list, random) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(history)
    random.shuffle(shuffled)
    assert tier_runs(shuffled) == tier_runs(history)
