"""An account's tier history as runs (DOMAIN §7.3): the snapshot months in a row that kept one
tier, newest first, so the Value tab can say "Platinum since 2026-03 · Gold 2025-11 – 2026-02".
Pure.

A history is ``[(month, score, tier), ...]`` (``movers.HistoryEntry``), one entry per snapshot
month, months as ``'YYYY-MM'``. A month without a snapshot does not end a run: the tier read
the same before and after it. A month that was snapshotted but not scored (tier ``None``) is a
run of its own: it is "no data", never the tier around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.value.movers import HistoryEntry


@dataclass(frozen=True)
class TierRun:
    """Snapshot months ``first`` to ``last`` (inclusive) that all had ``tier``."""

    tier: ValueTier | None  # None: not scored those months
    first: str  # YYYY-MM
    last: str
    months: int  # snapshot months in the run


def tier_runs(history: Sequence[HistoryEntry]) -> list[TierRun]:
    """The runs of ``history`` (any order), newest first; adjacent runs differ in tier."""
    runs: list[TierRun] = []
    for month, _score, tier in sorted(history, key=lambda entry: entry[0]):
        if runs and runs[-1].tier is tier:
            run = runs[-1]
            runs[-1] = TierRun(tier, run.first, month, run.months + 1)
        else:
            runs.append(TierRun(tier, month, month, 1))
    runs.reverse()
    return runs


__all__ = ["TierRun", "tier_runs"]
