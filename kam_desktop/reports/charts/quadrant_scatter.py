"""Lifetime value × referral value (DOMAIN §7.5): one point per account, split at the medians.

The four quadrants are named in their corners with their counts (拥护者 high both, 富裕者 high
lifetime, 宣扬者 high referral, 守财者 low both); each has its colour and marker shape. Points
are pickable; ``QuadrantChart.account_for`` turns a pick (artist, index) into an account id.
An account without either value is not placed (no data is not zero) and is counted in a note.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter

from kam_desktop.domain.enums import ValueQuadrant
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.charts.style import (
    FIGURE_SIZE,
    LABEL_SIZE,
    MUTED,
    QUADRANT_STYLES,
    TEXT,
    ChartLanguage,
    add_note,
    bottom_legend,
    chart_language,
    empty_state,
    finite,
    new_figure,
    set_labels,
    set_title,
    style_axes,
)

TITLE = QT_TRANSLATE_NOOP("Charts", "Lifetime value and referral value")
X_AXIS = QT_TRANSLATE_NOOP("Charts", "Lifetime value (10k CNY)")
Y_AXIS = QT_TRANSLATE_NOOP("Charts", "Referral value (10k CNY)")
MEDIANS = QT_TRANSLATE_NOOP("Charts", "Medians")
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Charts", "Accounts not shown (no lifetime or referral value): {count}"
)
EMPTY = QT_TRANSLATE_NOOP("Charts", "No account has both a lifetime and a referral value yet.")
NAMES: dict[ValueQuadrant, str] = {
    ValueQuadrant.ADVOCATE: QT_TRANSLATE_NOOP("Charts", "Advocates"),
    ValueQuadrant.AFFLUENT: QT_TRANSLATE_NOOP("Charts", "Affluent"),
    ValueQuadrant.PROMOTER: QT_TRANSLATE_NOOP("Charts", "Promoters"),
    ValueQuadrant.MISER: QT_TRANSLATE_NOOP("Charts", "Misers"),
}
# (x, y, ha, va) in axes fractions: high lifetime right, high referral top.
CORNERS: dict[ValueQuadrant, tuple[float, float, str, str]] = {
    ValueQuadrant.ADVOCATE: (0.99, 0.98, "right", "top"),
    ValueQuadrant.AFFLUENT: (0.99, 0.02, "right", "bottom"),
    ValueQuadrant.PROMOTER: (0.01, 0.98, "left", "top"),
    ValueQuadrant.MISER: (0.01, 0.02, "left", "bottom"),
}


SKEW = 30  # largest value / typical value beyond which the axes switch to symlog


@dataclass(frozen=True)
class QuadrantPoint:
    account_id: str
    lifetime: float | None  # 万元; may be negative (costs more to serve than it earns)
    referral: float | None  # 万元
    quadrant: ValueQuadrant | None = None  # as the value service decided; None: by the medians


@dataclass(frozen=True)
class QuadrantData:
    points: tuple[QuadrantPoint, ...]
    lifetime_median: float | None = None  # None: the median of the points shown
    referral_median: float | None = None


@dataclass(frozen=True)
class QuadrantChart:
    """The figure and, per point collection (by gid "quadrant-<code>"), the account of each
    point in offset order: ``ids[gid][i]`` is the account drawn as point ``i``."""

    figure: Figure
    ids: Mapping[str, tuple[str, ...]]

    def account_for(self, artist: Artist, index: int) -> str | None:
        """The account behind point ``index`` of ``artist`` (from a matplotlib pick event)."""
        accounts = self.ids.get(artist.get_gid() or "")
        return accounts[index] if accounts is not None and 0 <= index < len(accounts) else None


def quadrant_of(
    lifetime: float, referral: float, x_median: float, y_median: float
) -> ValueQuadrant:
    """By the median splits; a value at the median counts as high."""
    high_lifetime, high_referral = lifetime >= x_median, referral >= y_median
    if high_lifetime:
        return ValueQuadrant.ADVOCATE if high_referral else ValueQuadrant.AFFLUENT
    return ValueQuadrant.PROMOTER if high_referral else ValueQuadrant.MISER


def _spread(ax: Axes, which: str, values: list[float], median: float) -> None:
    """A symmetric-log scale when a few large accounts would crush the rest against the
    medians (values are heavy-tailed); linear, and exact to read, otherwise."""
    scale = max(abs(median), statistics.median(abs(v) for v in values), 1.0)
    if max(abs(v) for v in values) <= SKEW * scale:
        return
    if which == "x":
        ax.set_xscale("symlog", linthresh=scale)
    else:
        ax.set_yscale("symlog", linthresh=scale)
    axis = ax.xaxis if which == "x" else ax.yaxis
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))


def quadrant_chart(
    data: QuadrantData,
    language: str | ChartLanguage | None = None,
    size: tuple[float, float] = FIGURE_SIZE,
) -> QuadrantChart:
    """One pickable scatter per quadrant (gid "quadrant-<code>"), the median lines (gids
    "median-lifetime" at x = median, "median-referral" at y = median) and the corner names."""
    words = chart_language(language)
    fig = new_figure(size)
    placed = [
        (p.account_id, x, y, p.quadrant)
        for p in data.points
        if (x := finite(p.lifetime)) is not None and (y := finite(p.referral)) is not None
    ]
    left_out = len(data.points) - len(placed)
    note = words.tr(LEFT_OUT).format(count=left_out) if left_out else ""
    if not placed:
        fig = empty_state(fig, words.tr(TITLE), words.tr(EMPTY))
        if note:
            add_note(fig, note)
        return QuadrantChart(fig, {})
    x_median = finite(data.lifetime_median)
    y_median = finite(data.referral_median)
    if x_median is None:
        x_median = statistics.median(x for _, x, _, _ in placed)
    if y_median is None:
        y_median = statistics.median(y for _, _, y, _ in placed)

    ax = fig.add_subplot()
    style_axes(ax, grid="")
    set_title(ax, words.tr(TITLE))
    set_labels(ax, x=words.tr(X_AXIS), y=words.tr(Y_AXIS))
    groups: dict[ValueQuadrant, list[tuple[str, float, float]]] = {q: [] for q in ValueQuadrant}
    for account, x, y, given in placed:
        groups[given or quadrant_of(x, y, x_median, y_median)].append((account, x, y))
    many = len(placed) > 2000
    ids: dict[str, tuple[str, ...]] = {}
    for quadrant, members in groups.items():
        style = QUADRANT_STYLES[quadrant]
        gid = f"quadrant-{quadrant.code}"
        ax.scatter(
            # arrays, not lists: a list goes through numpy.ma element by element (0.5 s for
            # 100,000 points)
            np.fromiter((x for _, x, _ in members), dtype=np.float64, count=len(members)),
            np.fromiter((y for _, _, y in members), dtype=np.float64, count=len(members)),
            s=10 if many else 26,
            marker=style.marker,
            color=style.colour,
            alpha=0.55 if many else 0.85,
            linewidths=0,
            picker=True,
            pickradius=5,
            rasterized=many,  # an SVG of 100,000 vector points would not open
            gid=gid,
        )
        ids[gid] = tuple(account for account, _, _ in members)
        cx, cy, ha, va = CORNERS[quadrant]
        ax.text(
            cx,
            cy,
            f"{words.tr(NAMES[quadrant])}  {len(members)}",
            transform=ax.transAxes,
            ha=ha,
            va=va,
            fontsize=LABEL_SIZE + 0.5,
            color=TEXT if quadrant is ValueQuadrant.MISER else style.colour,
            bbox={"boxstyle": "round,pad=0.25", "facecolor": "white", "alpha": 0.85, "lw": 0},
            zorder=6,
        )
    line = {"color": MUTED, "linestyle": "--", "linewidth": 1}
    ax.axvline(x_median, gid="median-lifetime", **line)
    ax.axhline(y_median, gid="median-referral", **line)
    _spread(ax, "x", [x for _, x, _, _ in placed], x_median)
    _spread(ax, "y", [y for _, _, y, _ in placed], y_median)
    ax.margins(0.18)  # room for the corner names above and below the outermost points
    bottom_legend(fig, [Line2D([], [], **line)], [words.tr(MEDIANS)], note)
    return QuadrantChart(fig, ids)
