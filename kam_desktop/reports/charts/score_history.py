"""An account's value score by month (a line) over the tier bands of each month.

The bands move: tiers are ranks, so the score that makes platinum changes month to month. Each
month's bands are drawn as a column (platinum on top, lead at the bottom), coloured, hatched
and named in the legend; a month without a score breaks the line, a month without cut-offs has
no bands.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from matplotlib.artist import Artist
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.charts.months import check_months, continuous, label_months
from kam_desktop.reports.charts.style import (
    FIGURE_SIZE,
    TEXT,
    TIER_STYLES,
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

TITLE = QT_TRANSLATE_NOOP("Charts", "Value score over time")
SCORE = QT_TRANSLATE_NOOP("Charts", "Score")
EMPTY = QT_TRANSLATE_NOOP("Charts", "No value score yet.")

TIERS_TOP_DOWN = (ValueTier.PLATINUM, ValueTier.GOLD, ValueTier.IRON, ValueTier.LEAD)


@dataclass(frozen=True)
class TierCutoffs:
    """The lowest score of platinum, gold and iron in one month (the band boundaries).

    None: no account in that tier that month, so its band is empty."""

    platinum: float | None
    gold: float | None
    iron: float | None

    def bands(self) -> dict[ValueTier, tuple[float, float]] | None:
        """(bottom, top) per tier on the 0-100 scale, or None when no boundary is usable."""
        raw = [finite(v) for v in (self.platinum, self.gold, self.iron)]
        if all(v is None for v in raw):
            return None
        top = 100.0
        bounds: dict[ValueTier, tuple[float, float]] = {}
        for tier, value in zip(TIERS_TOP_DOWN, raw, strict=False):
            # An out-of-order or out-of-range boundary is clamped so the bands never overlap.
            bottom = top if value is None else min(max(value, 0.0), top)
            bounds[tier] = (bottom, top)
            top = bottom
        bounds[ValueTier.LEAD] = (0.0, top)
        return bounds


@dataclass(frozen=True)
class ScoreHistory:
    """Per month ("YYYY-MM"): the account's score (0-100, None: not scored) and the cut-offs."""

    months: tuple[str, ...]
    scores: tuple[float | None, ...]
    cutoffs: tuple[TierCutoffs | None, ...]

    def __post_init__(self) -> None:
        check_months(self.months, self.scores, self.cutoffs)


def _score(value: float | None) -> float | None:
    number = finite(value)
    return None if number is None else min(max(number, 0.0), 100.0)


def score_history_chart(
    data: ScoreHistory,
    language: str | ChartLanguage | None = None,
    size: tuple[float, float] = FIGURE_SIZE,
) -> Figure:
    """The score line (gid "score", NaN where a month has no score) over one bar container per
    tier (gid "band-<tier code>": bottoms and heights of that tier's band, month by month)."""
    words = chart_language(language)
    fig = new_figure(size)
    months, (scores,) = continuous(data.months, [_score(v) for v in data.scores])
    if all(v is None for v in scores):
        return empty_state(fig, words.tr(TITLE), words.tr(EMPTY))
    ax = fig.add_subplot()
    style_axes(ax)
    set_title(ax, words.tr(TITLE))
    set_labels(ax, y=words.tr(SCORE))

    position = {m: i for i, m in enumerate(months)}
    bands = [
        (position[m], c.bands())
        for m, c in zip(data.months, data.cutoffs, strict=True)
        if c is not None
    ]
    bands = [(x, b) for x, b in bands if b is not None]
    handles: list[Artist] = []
    labels: list[str] = []
    for tier in TIERS_TOP_DOWN:
        style = TIER_STYLES[tier]
        xs = [x for x, _ in bands]
        ax.bar(
            xs,
            [b[tier][1] - b[tier][0] for _, b in bands],
            bottom=[b[tier][0] for _, b in bands],
            width=1.0,
            facecolor=to_rgba(style.colour, 0.22),
            edgecolor=to_rgba(style.colour, 0.55),
            hatch=style.hatch,
            linewidth=0,
            gid=f"band-{tier.code}",
        )
        handles.append(
            Patch(
                facecolor=to_rgba(style.colour, 0.22),
                edgecolor=to_rgba(style.colour, 0.55),
                hatch=style.hatch,
                linewidth=0,
            )
        )
        labels.append(words.label(tier))

    (line,) = ax.plot(
        range(len(months)),
        [math.nan if v is None else v for v in scores],
        color=TEXT,
        linewidth=1.8,
        marker="o",
        markersize=3.5,
        gid="score",
    )
    ax.set_ylim(0, 100)
    label_months(ax, months)
    ax.set_xlim(-0.5, len(months) - 0.5)
    bottom_legend(fig, [line, *handles], [words.tr(SCORE), *labels])
    return fig
