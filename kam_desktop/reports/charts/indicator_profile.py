"""An account's value indicators (percentile ranks, 0-100) against its tier's median.

One horizontal bar per indicator, a dark tick at the tier's median on the same row, and the
account's rank written in a column on the right. An indicator without data gets no bar but the
words "No data" — it dropped out of the score (DOMAIN §7.1), it is not a zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib.figure import Figure

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.value import ValueIndicator
from kam_desktop.reports.charts.style import (
    BLUE,
    FIGURE_SIZE,
    MUTED,
    NO_DATA_TEXT,
    NOTE_SIZE,
    TEXT,
    TICK_SIZE,
    ChartLanguage,
    bottom_legend,
    chart_language,
    empty_state,
    finite,
    new_figure,
    set_labels,
    set_title,
    style_axes,
)

TITLE = QT_TRANSLATE_NOOP("Charts", "Indicators against the tier median")
AXIS = QT_TRANSLATE_NOOP("Charts", "Percentile rank in the book (0–100)")
ACCOUNT = QT_TRANSLATE_NOOP("Charts", "This account")
TIER_MEDIAN = QT_TRANSLATE_NOOP("Charts", "Median of {tier}")
BOOK_MEDIAN = QT_TRANSLATE_NOOP("Charts", "Median of all accounts")
EMPTY = QT_TRANSLATE_NOOP("Charts", "No indicators to show.")

VALUE_COLUMN = 103.0  # x of the ranks written right of the bars


@dataclass(frozen=True)
class IndicatorProfile:
    """Per indicator (a ``ValueIndicator`` code, or a name shown as it is), top to bottom."""

    indicators: tuple[str, ...]
    account: tuple[float | None, ...]  # 0-100; None: no data for this account
    median: tuple[float | None, ...]  # the tier's median; None: none in the tier has data
    tier: ValueTier | None = None  # None: the medians are over the whole book

    def __post_init__(self) -> None:
        if not len(self.indicators) == len(self.account) == len(self.median):
            raise ValueError("every indicator needs a value and a median")


def _rank(value: float | None) -> float | None:
    number = finite(value)
    return None if number is None else min(max(number, 0.0), 100.0)


def _name(code: str, words: ChartLanguage) -> str:
    indicator = ValueIndicator.parse(code)
    return words.label(indicator) if indicator is not None else code


def indicator_profile_chart(
    data: IndicatorProfile,
    language: str | ChartLanguage | None = None,
    size: tuple[float, float] = FIGURE_SIZE,
) -> Figure:
    """Bars (gid "account", one per indicator with data, y = row) and the medians (gid
    "median": a line of tick marks, x = median or NaN, y = row); row 0 is the top one."""
    words = chart_language(language)
    fig = new_figure(size)
    if not data.indicators:
        return empty_state(fig, words.tr(TITLE), words.tr(EMPTY))
    ax = fig.add_subplot()
    style_axes(ax, grid="x")
    set_title(ax, words.tr(TITLE))
    set_labels(ax, x=words.tr(AXIS))

    account = [_rank(v) for v in data.account]
    median = [_rank(v) for v in data.median]
    rows = range(len(data.indicators))
    present = [i for i in rows if account[i] is not None]
    bars = ax.barh(present, [account[i] for i in present], height=0.6, color=BLUE, gid="account")
    (ticks,) = ax.plot(
        [math.nan if v is None else v for v in median],
        list(rows),
        linestyle="none",
        marker="|",
        markersize=13,
        markeredgewidth=2.4,
        color=TEXT,
        gid="median",
    )
    for i in rows:
        value = account[i]
        ax.text(
            VALUE_COLUMN if value is not None else 1.5,
            i,
            f"{value:.0f}" if value is not None else words.tr(NO_DATA_TEXT),
            va="center",
            ha="left",
            fontsize=TICK_SIZE if value is not None else NOTE_SIZE,
            color=TEXT if value is not None else MUTED,
        )
    ax.set_yticks(list(rows), [_name(c, words) for c in data.indicators])
    ax.set_ylim(len(data.indicators) - 0.5, -0.5)  # the first indicator on top
    ax.set_xlim(0, 112)
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.tick_params(axis="y", length=0)
    median_label = (
        words.tr(TIER_MEDIAN).format(tier=words.label(data.tier))
        if data.tier is not None
        else words.tr(BOOK_MEDIAN)
    )
    bottom_legend(fig, [bars, ticks], [words.tr(ACCOUNT), median_label])
    return fig
