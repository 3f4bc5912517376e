"""Lifetime value × referral value (DOMAIN §7.5): one point per account, split at the medians.

The four quadrants are named in their corners with their counts (拥护者 high both, 富裕者 high
lifetime, 宣扬者 high referral, 守财者 low both); each has its colour and marker shape. Points
are pickable; ``QuadrantChart.account_for`` turns a pick (artist, index) into an account id.
An account without either value is not placed (no data is not zero) and is counted in a note.
"""

from __future__ import annotations

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
from kam_desktop.domain.value.quadrants import NO_QUADRANT, QUADRANT_BY_CODE
from kam_desktop.domain.value.scoring import FloatArray, IntArray
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


@dataclass(frozen=True, eq=False)
class QuadrantColumns:
    """The same as ``QuadrantData`` in columns, as the portfolio service reads 100,000 points
    (an object per point cost more than drawing them). NaN or infinity: no value."""

    account_ids: tuple[str, ...]
    lifetime: FloatArray
    referral: FloatArray
    codes: IntArray | None = None  # index into ``QUADRANT_BY_CODE``; ``NO_QUADRANT``: by medians
    lifetime_median: float | None = None
    referral_median: float | None = None

    @classmethod
    def of(cls, data: QuadrantData) -> QuadrantColumns:
        def number(value: float | None) -> float:
            found = finite(value)
            return np.nan if found is None else found

        code_of = {q: code for code, q in enumerate(QUADRANT_BY_CODE)}
        return cls(
            tuple(p.account_id for p in data.points),
            np.array([number(p.lifetime) for p in data.points], dtype=float),
            np.array([number(p.referral) for p in data.points], dtype=float),
            np.array(
                [code_of.get(p.quadrant, NO_QUADRANT) for p in data.points],  # type: ignore[arg-type]
                dtype=np.int8,
            ),
            data.lifetime_median,
            data.referral_median,
        )


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


def _spread(ax: Axes, which: str, values: FloatArray, median: float) -> None:
    """A symmetric-log scale when a few large accounts would crush the rest against the
    medians (values are heavy-tailed); linear, and exact to read, otherwise."""
    magnitudes = np.abs(values)
    scale = max(abs(median), float(np.median(magnitudes)), 1.0)
    if float(magnitudes.max()) <= SKEW * scale:
        return
    if which == "x":
        ax.set_xscale("symlog", linthresh=scale)
    else:
        ax.set_yscale("symlog", linthresh=scale)
    axis = ax.xaxis if which == "x" else ax.yaxis
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))


def _codes(columns: QuadrantColumns, x_median: float, y_median: float) -> IntArray:
    """Each point's quadrant code: as given, else by the medians (at the median is high)."""
    with np.errstate(invalid="ignore"):
        by_medians = (2 * (columns.lifetime >= x_median) + (columns.referral >= y_median)).astype(
            np.int8
        )
    if columns.codes is None:
        return by_medians
    return np.where(columns.codes == NO_QUADRANT, by_medians, columns.codes)


def quadrant_chart(
    data: QuadrantData | QuadrantColumns,
    language: str | ChartLanguage | None = None,
    size: tuple[float, float] = FIGURE_SIZE,
) -> QuadrantChart:
    """One pickable scatter per quadrant (gid "quadrant-<code>"), the median lines (gids
    "median-lifetime" at x = median, "median-referral" at y = median) and the corner names."""
    columns = data if isinstance(data, QuadrantColumns) else QuadrantColumns.of(data)
    words = chart_language(language)
    fig = new_figure(size)
    placed = np.isfinite(columns.lifetime) & np.isfinite(columns.referral)
    count = int(placed.sum())
    left_out = len(columns.account_ids) - count
    note = words.tr(LEFT_OUT).format(count=left_out) if left_out else ""
    if not count:
        fig = empty_state(fig, words.tr(TITLE), words.tr(EMPTY))
        if note:
            add_note(fig, note)
        return QuadrantChart(fig, {})
    xs, ys = columns.lifetime[placed], columns.referral[placed]
    x_median = finite(columns.lifetime_median)
    y_median = finite(columns.referral_median)
    if x_median is None:
        x_median = float(np.median(xs))
    if y_median is None:
        y_median = float(np.median(ys))
    codes = _codes(columns, x_median, y_median)[placed]
    accounts = np.asarray(columns.account_ids, dtype=object)[placed]

    ax = fig.add_subplot()
    style_axes(ax, grid="")
    set_title(ax, words.tr(TITLE))
    set_labels(ax, x=words.tr(X_AXIS), y=words.tr(Y_AXIS))
    many = count > 2000
    ids: dict[str, tuple[str, ...]] = {}
    for code, quadrant in enumerate(QUADRANT_BY_CODE):
        members = codes == code
        style = QUADRANT_STYLES[quadrant]
        gid = f"quadrant-{quadrant.code}"
        ax.scatter(
            xs[members],  # arrays, not lists: a list goes through numpy.ma element by element
            ys[members],
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
        ids[gid] = tuple(accounts[members].tolist())
        cx, cy, ha, va = CORNERS[quadrant]
        ax.text(
            cx,
            cy,
            f"{words.tr(NAMES[quadrant])}  {int(members.sum())}",
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
    _spread(ax, "x", xs, x_median)
    _spread(ax, "y", ys, y_median)
    ax.margins(0.18)  # room for the corner names above and below the outermost points
    bottom_legend(fig, [Line2D([], [], **line)], [words.tr(MEDIANS)], note)
    return QuadrantChart(fig, ids)
