"""The value pyramid (客户价值金字塔, DOMAIN §7.2): accounts and value share per tier.

Drawn as centred bars narrowing to platinum at the top, so it reads as a pyramid whatever the
counts are (score thresholds can make any tier the biggest); the figures are written beside
each layer: accounts (and their share) and the tier's share of value. A tier whose value is
negative (lead can cost more than it brings) shows a negative share.
"""

from __future__ import annotations

from dataclasses import dataclass

from matplotlib.figure import Figure

from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.charts.style import (
    FIGURE_SIZE,
    LABEL_SIZE,
    TEXT,
    TICK_SIZE,
    TIER_STYLES,
    ChartLanguage,
    add_note,
    chart_language,
    empty_state,
    finite,
    new_figure,
    percent,
    set_title,
)

TITLE = QT_TRANSLATE_NOOP("Charts", "Value pyramid")
FIGURES = QT_TRANSLATE_NOOP("Charts", "Accounts: {count} ({share}) · share of value: {value}")
NO_VALUE = QT_TRANSLATE_NOOP("Charts", "Accounts: {count} ({share}) · value: no data")
UNSCORED = QT_TRANSLATE_NOOP("Charts", "Accounts not scored (no indicator data): {count}")
EMPTY = QT_TRANSLATE_NOOP("Charts", "No scored accounts yet.")

BOTTOM_UP = (ValueTier.LEAD, ValueTier.IRON, ValueTier.GOLD, ValueTier.PLATINUM)
WIDTHS = (1.0, 0.74, 0.48, 0.22)  # lead .. platinum: a pyramid, whatever the counts


@dataclass(frozen=True)
class TierFigures:
    tier: ValueTier
    accounts: int
    value: float | None  # 万元, the measure the shares are of (e.g. sales, last 12 months)


@dataclass(frozen=True)
class ValuePyramid:
    tiers: tuple[TierFigures, ...]  # any order; a tier left out has no accounts
    unscored: int = 0  # accounts without a score, so without a tier


def _count(value: object) -> int:
    number = finite(value)
    return int(number) if number is not None and number > 0 else 0


def value_pyramid_chart(
    data: ValuePyramid,
    language: str | ChartLanguage | None = None,
    size: tuple[float, float] = FIGURE_SIZE,
) -> Figure:
    """One centred bar per tier (gid "pyramid": lead at y=0 .. platinum at y=3, widths
    narrowing upwards, x = -width/2), the tier's name inside, its figures to the right."""
    words = chart_language(language)
    fig = new_figure(size)
    counts = dict.fromkeys(BOTTOM_UP, 0)
    values: dict[ValueTier, float | None] = dict.fromkeys(BOTTOM_UP)
    for row in data.tiers:
        counts[row.tier] += _count(row.accounts)
        value = finite(row.value)
        if value is not None:
            values[row.tier] = (values[row.tier] or 0.0) + value
    total = sum(counts.values())
    unscored = _count(data.unscored)
    if total == 0:
        fig = empty_state(fig, words.tr(TITLE), words.tr(EMPTY))
        if unscored:
            add_note(fig, words.tr(UNSCORED).format(count=unscored))
        return fig
    known = [v for v in values.values() if v is not None]
    total_value = sum(known)

    ax = fig.add_subplot()
    set_title(ax, words.tr(TITLE))
    ax.set_axis_off()
    ax.barh(
        range(len(BOTTOM_UP)),
        WIDTHS,
        left=[-w / 2 for w in WIDTHS],
        height=0.9,
        color=[TIER_STYLES[t].colour for t in BOTTOM_UP],
        hatch=None,
        linewidth=0,
        gid="pyramid",
    )
    for patch, tier in zip(ax.patches, BOTTOM_UP, strict=True):
        patch.set_hatch(TIER_STYLES[tier].hatch)
        patch.set_edgecolor("white")  # the hatch lines, light on the colour
    for y, (tier, width) in enumerate(zip(BOTTOM_UP, WIDTHS, strict=True)):
        style = TIER_STYLES[tier]
        ax.text(
            0,
            y,
            words.label(tier),
            ha="center",
            va="center",
            fontsize=LABEL_SIZE + 1,
            color=style.ink,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": style.colour, "linewidth": 0},
        )
        share = percent(counts[tier] / total)
        value = values[tier]
        if value is None or total_value <= 0:
            text = words.tr(NO_VALUE).format(count=counts[tier], share=share)
        else:
            text = words.tr(FIGURES).format(
                count=counts[tier], share=share, value=percent(value / total_value)
            )
        ax.text(width / 2 + 0.03, y, text, ha="left", va="center", fontsize=TICK_SIZE, color=TEXT)
    ax.set_xlim(-0.52, 1.3)
    ax.set_ylim(-0.5, len(BOTTOM_UP) - 0.5)
    if unscored:
        add_note(fig, words.tr(UNSCORED).format(count=unscored))
    return fig
