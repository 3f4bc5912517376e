"""An account's sales (bars) and gross margin (line) by month, in 万元.

A month without a figure is a gap, never a zero: no bar (the column is hatched grey and
named in the legend) and a break in the margin line. A negative sales figure cannot be stored,
so one that arrives is treated as no figure; a negative margin is a real loss and is drawn.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.transforms import blended_transform_factory

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.charts.months import check_months, continuous, label_months
from kam_desktop.reports.charts.style import (
    FIGURE_SIZE,
    MUTED,
    NO_DATA,
    SKY_BLUE,
    TEXT,
    VERMILLION,
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

TITLE = QT_TRANSLATE_NOOP("Charts", "Sales and gross margin by month")
UNIT = QT_TRANSLATE_NOOP("Charts", "10k CNY")
SALES = QT_TRANSLATE_NOOP("Charts", "Sales")
MARGIN = QT_TRANSLATE_NOOP("Charts", "Gross margin")
NO_SALES = QT_TRANSLATE_NOOP("Charts", "No sales figure")
NO_MARGIN = QT_TRANSLATE_NOOP("Charts", "No margin figure")
EMPTY = QT_TRANSLATE_NOOP("Charts", "No sales or margin figures yet.")
BAR_WIDTH = 0.7


@dataclass(frozen=True)
class MonthlyFigures:
    """One value per month ("YYYY-MM"); None is "no figure". Months left out are gaps too."""

    months: tuple[str, ...]
    sales: tuple[float | None, ...]  # 万元
    margin: tuple[float | None, ...]  # 万元, negative in a month sold at a loss

    def __post_init__(self) -> None:
        check_months(self.months, self.sales, self.margin)


def _sales(value: float | None) -> float | None:
    number = finite(value)
    return number if number is not None and number >= 0 else None


def _sales_bars(ax: Axes, sales: list[float | None], label: str) -> PolyCollection:
    """The months' sales as one collection of bars 0.7 wide (gid "sales"). One artist, not a
    ``Rectangle`` per month as ``ax.bar`` makes: two dozen patches, each updating the data
    limits, were a third of building a small chart."""
    half = BAR_WIDTH / 2
    bars = PolyCollection(
        [
            [(i - half, 0.0), (i - half, v), (i + half, v), (i + half, 0.0)]
            for i, v in enumerate(sales)
            if v is not None
        ],
        facecolors=SKY_BLUE,
        edgecolors="none",
        linewidths=0,
        label=label,
        gid="sales",
    )
    bars.sticky_edges.y.append(0.0)  # as ``ax.bar``: no margin below the bars' base
    ax.add_collection(bars, autolim=True)
    return bars


def account_figures_chart(
    data: MonthlyFigures,
    language: str | ChartLanguage | None = None,
    size: tuple[float, float] = FIGURE_SIZE,
) -> Figure:
    """Sales bars (gid "sales") and the margin line (gid "margin", NaN in months without a
    margin) on one monthly axis; hatched columns (gid "no-sales") where sales are missing."""
    words = chart_language(language)
    fig = new_figure(size)
    months, (sales, margin) = continuous(
        data.months, [_sales(v) for v in data.sales], [finite(v) for v in data.margin]
    )
    if all(v is None for v in (*sales, *margin)):
        return empty_state(fig, words.tr(TITLE), words.tr(EMPTY))
    ax = fig.add_subplot()
    style_axes(ax)
    set_title(ax, words.tr(TITLE))
    set_labels(ax, y=words.tr(UNIT))

    bars = _sales_bars(ax, sales, words.tr(SALES))
    (line,) = ax.plot(
        range(len(months)),
        [math.nan if v is None else v for v in margin],
        color=VERMILLION,
        linewidth=1.6,
        marker="o",
        markersize=3.5,
        label=words.tr(MARGIN),
        gid="margin",
    )
    handles: list[Artist] = [bars, line]
    labels = [words.tr(SALES), words.tr(MARGIN)]

    no_sales = [i for i, v in enumerate(sales) if v is None]
    for i in no_sales:
        ax.axvspan(
            i - BAR_WIDTH / 2,
            i + BAR_WIDTH / 2,
            facecolor="none",
            edgecolor=NO_DATA,
            hatch="////",
            lw=0,
            gid="no-sales",
        )
    if no_sales:
        handles.append(Patch(facecolor="white", edgecolor=NO_DATA, hatch="////", lw=0))
        labels.append(words.tr(NO_SALES))
    no_margin = [i for i, v in enumerate(margin) if v is None and sales[i] is not None]
    if no_margin:
        # A small × on the axis line under a bar whose month has no margin.
        along_axis = blended_transform_factory(ax.transData, ax.transAxes)
        (mark,) = ax.plot(
            no_margin,
            [0.04] * len(no_margin),
            transform=along_axis,
            linestyle="none",
            marker="x",
            markersize=5,
            color=MUTED,
            clip_on=False,
            gid="no-margin",
        )
        handles.append(mark)
        labels.append(words.tr(NO_MARGIN))

    if any(v is not None and v < 0 for v in margin):
        ax.axhline(0, color=TEXT, linewidth=0.8)
    ax.margins(y=0.08)
    label_months(ax, months)
    bottom_legend(fig, handles, labels)
    return fig
