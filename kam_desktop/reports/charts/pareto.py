"""The Pareto curve of sales (DOMAIN §7.3): cumulative share of sales against share of accounts.

Accounts are taken largest first, so the curve says "the top x % of accounts bring y % of
sales"; the point where it reaches 80 % of sales is marked and named. An account without a
sales figure (or with an impossible one: negative, NaN, infinite) is left out and counted in a
note — it is no data, not a zero; an account with sales of 0 counts.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.scoring import FloatArray
from kam_desktop.reports.charts.style import (
    BLUE,
    FIGURE_SIZE,
    MUTED,
    NOTE_SIZE,
    TEXT,
    VERMILLION,
    ChartLanguage,
    add_note,
    bottom_legend,
    chart_language,
    empty_state,
    finite,
    new_figure,
    percent,
    set_labels,
    set_title,
    style_axes,
)

TITLE = QT_TRANSLATE_NOOP("Charts", "Pareto curve of sales")
X_AXIS = QT_TRANSLATE_NOOP("Charts", "Share of accounts, largest first")
Y_AXIS = QT_TRANSLATE_NOOP("Charts", "Cumulative share of sales")
CURVE = QT_TRANSLATE_NOOP("Charts", "Cumulative sales")
EQUAL = QT_TRANSLATE_NOOP("Charts", "Equal shares")
POINT = QT_TRANSLATE_NOOP("Charts", "{accounts} of accounts bring 80% of sales")
LEFT_OUT = QT_TRANSLATE_NOOP("Charts", "Accounts not counted (no sales figure): {count}")
EMPTY = QT_TRANSLATE_NOOP("Charts", "No sales to compare yet.")

TARGET = 0.8
MAX_POINTS = 2000  # a 100,000-account curve drawn through this many points looks the same


@dataclass(frozen=True)
class ParetoData:
    sales: tuple[float | None, ...]  # one per account, 万元, in any order


@dataclass(frozen=True)
class ParetoCurve:
    """The curve from (0, 0) to (1, 1) and where it reaches 80 % of sales (None: no sales)."""

    shares_of_accounts: tuple[float, ...]
    shares_of_sales: tuple[float, ...]
    point: tuple[float, float] | None
    accounts: int  # accounts on the curve
    left_out: int  # accounts without a usable sales figure


def _numbers(sales: tuple[float | None, ...]) -> FloatArray:
    """The figures as floats, NaN where there is none: converted in C (None becomes NaN)
    unless a value is of another kind (text, a bool), which ``finite`` then judges one by one."""
    if not any(isinstance(s, bool) for s in sales):
        try:
            return np.array(sales, dtype=float).reshape(len(sales))
        except (TypeError, ValueError):
            pass
    return np.array([np.nan if (v := finite(s)) is None else v for s in sales], dtype=float)


def pareto_curve(sales: tuple[float | None, ...], max_points: int = MAX_POINTS) -> ParetoCurve:
    """The curve's points (thinned to about ``max_points``) and the 80 % point, exact."""
    values = _numbers(sales)
    values = values[np.isfinite(values) & (values >= 0)]
    left_out = len(sales) - len(values)
    values = np.sort(values)[::-1]
    total = float(values.sum())
    if not len(values) or total <= 0:
        return ParetoCurve((), (), None, len(values), left_out)
    ys = np.concatenate(([0.0], np.cumsum(values) / total))
    xs = np.arange(len(values) + 1) / len(values)
    # The first point at or above 80 %, and the straight line from the one before it.
    i = int(np.searchsorted(ys, TARGET - 1e-12))
    x0, x1, y0, y1 = xs[i - 1], xs[i], ys[i - 1], ys[i]
    x = x1 if y1 == y0 else x0 + (x1 - x0) * (TARGET - y0) / (y1 - y0)
    keep = np.unique(np.linspace(0, len(values), min(max_points, len(values)) + 1).astype(int))
    return ParetoCurve(
        tuple(xs[keep].tolist()),
        tuple(ys[keep].tolist()),
        (float(x), TARGET),
        len(values),
        left_out,
    )


def pareto_chart(
    data: ParetoData,
    language: str | ChartLanguage | None = None,
    size: tuple[float, float] = FIGURE_SIZE,
) -> Figure:
    """The curve (gid "curve"), the equal-shares diagonal (gid "equal") and the 80 % point
    (gid "point": one marker at (share of accounts, 0.8)) with its label."""
    words = chart_language(language)
    fig = new_figure(size)
    curve = pareto_curve(data.sales)
    note = words.tr(LEFT_OUT).format(count=curve.left_out) if curve.left_out else ""
    if curve.point is None:
        fig = empty_state(fig, words.tr(TITLE), words.tr(EMPTY))
        if note:
            add_note(fig, note)
    else:
        _draw(fig, curve, words, note)
    return fig


def _draw(fig: Figure, curve: ParetoCurve, words: ChartLanguage, note: str) -> None:
    assert curve.point is not None
    ax = fig.add_subplot()
    style_axes(ax, grid="both")
    set_title(ax, words.tr(TITLE))
    set_labels(ax, x=words.tr(X_AXIS), y=words.tr(Y_AXIS))
    (equal,) = ax.plot([0, 1], [0, 1], color=MUTED, linestyle=":", linewidth=1, gid="equal")
    (line,) = ax.plot(
        curve.shares_of_accounts, curve.shares_of_sales, color=BLUE, linewidth=2, gid="curve"
    )
    x, y = curve.point
    guide = {"color": VERMILLION, "linewidth": 0.9, "linestyle": "--"}
    ax.plot([x, x], [0, y], **guide)
    ax.plot([0, x], [y, y], **guide)
    ax.plot([x], [y], "o", color=VERMILLION, markersize=7, zorder=5, gid="point")
    text = words.tr(POINT).format(accounts=percent(x))
    # Below the point, where the curve is not, on the side with more room.
    right = x <= 0.55
    ax.annotate(
        text,
        (x, y),
        xytext=(12 if right else -12, -18),
        textcoords="offset points",
        ha="left" if right else "right",
        va="top",
        fontsize=NOTE_SIZE + 1,
        color=TEXT,
        bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": VERMILLION},
    )
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    bottom_legend(fig, [line, equal], [words.tr(CURVE), words.tr(EQUAL)], note)
