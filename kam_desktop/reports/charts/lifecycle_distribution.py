"""How many accounts are in each lifecycle stage (客户生命周期, DOMAIN §7.4), as bars.

Every stage has its bar, in the life order, even at 0 (a count of zero is a fact); accounts
whose stage cannot be told (no sales history) get a hatched grey bar of their own, never a
stage. Each bar is named on the axis and carries its count, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from matplotlib.figure import Figure

from kam_desktop.domain.enums import LifecycleStage
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.charts.style import (
    FIGURE_SIZE,
    MUTED,
    NO_DATA,
    STAGE_COLOURS,
    TEXT,
    TICK_SIZE,
    ChartLanguage,
    chart_language,
    empty_state,
    finite,
    new_figure,
    set_labels,
    set_title,
    style_axes,
)

TITLE = QT_TRANSLATE_NOOP("Charts", "Accounts by lifecycle stage")
ACCOUNTS = QT_TRANSLATE_NOOP("Charts", "Accounts")
UNKNOWN = QT_TRANSLATE_NOOP("Charts", "Not enough data")
EMPTY = QT_TRANSLATE_NOOP("Charts", "No accounts to show.")


@dataclass(frozen=True)
class LifecycleCounts:
    counts: Mapping[LifecycleStage, int] = field(default_factory=dict)  # a stage left out: 0
    unknown: int = 0  # accounts whose stage cannot be told


def _count(value: object) -> int:
    number = finite(value)
    return int(number) if number is not None and number > 0 else 0


def lifecycle_chart(
    data: LifecycleCounts,
    language: str | ChartLanguage | None = None,
    size: tuple[float, float] = FIGURE_SIZE,
) -> Figure:
    """One bar per stage in ``LifecycleStage`` order (gid "stages"), then one for the accounts
    without a stage (gid "unknown") when there are any; each bar's count written on top."""
    words = chart_language(language)
    fig = new_figure(size)
    stages = list(LifecycleStage)
    counts = [_count(data.counts.get(stage, 0)) for stage in stages]
    unknown = _count(data.unknown)
    if sum(counts) + unknown == 0:
        return empty_state(fig, words.tr(TITLE), words.tr(EMPTY))
    ax = fig.add_subplot()
    style_axes(ax)
    set_title(ax, words.tr(TITLE))
    set_labels(ax, y=words.tr(ACCOUNTS))
    bars = ax.bar(
        range(len(stages)),
        counts,
        width=0.65,
        color=[STAGE_COLOURS[s] for s in stages],
        gid="stages",
    )
    ax.bar_label(bars, fontsize=TICK_SIZE, color=TEXT, padding=2)
    names = [words.label(s) for s in stages]
    if unknown:
        extra = ax.bar(
            [len(stages)],
            [unknown],
            width=0.65,
            facecolor="white",
            edgecolor=NO_DATA,
            hatch="////",
            linewidth=1,
            gid="unknown",
        )
        ax.bar_label(extra, fontsize=TICK_SIZE, color=MUTED, padding=2)
        names.append(words.tr(UNKNOWN))
    ax.set_xticks(range(len(names)), names)
    ax.tick_params(axis="x", length=0)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.margins(y=0.12)
    return fig
