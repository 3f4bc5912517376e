"""What every chart shares: the palette, the font, the chart's words and ``new_figure``.

Colours are Okabe–Ito (safe for the common colour-vision deficiencies) and never the only cue:
tiers also carry a hatch pattern and their name, quadrants a marker shape and their corner
label. Sizes are chosen for a 6 × 3.5 in figure at 100 dpi, i.e. a panel of a 1366 × 768 screen.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from kam_desktop import resources
from kam_desktop.domain.enums import LifecycleStage, ValueQuadrant, ValueTier
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.labels import Labeled
from kam_desktop.reports.fonts import register_matplotlib_font

log = logging.getLogger(__name__)

CONTEXT = "Charts"
FIGURE_SIZE = (6.0, 3.5)  # inches
DPI = 100

# Okabe–Ito, plus its grey.
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
PURPLE = "#CC79A7"
GREY = "#999999"

TEXT = "#1F2328"
MUTED = "#57606A"
GRID = "#D8DEE4"
NO_DATA = "#C9CED4"  # the fill of a "no data" mark: light, never mistaken for a value

TITLE_SIZE = 10.5
LABEL_SIZE = 8.5
TICK_SIZE = 8.0
NOTE_SIZE = 7.5

NO_DATA_TEXT = QT_TRANSLATE_NOOP("Charts", "No data")


@dataclass(frozen=True)
class TierStyle:
    colour: str
    hatch: str  # the second cue next to the colour
    ink: str  # text drawn on the colour


TIER_STYLES: dict[ValueTier, TierStyle] = {
    ValueTier.PLATINUM: TierStyle(BLUE, "", "white"),
    ValueTier.GOLD: TierStyle(ORANGE, "//", TEXT),
    ValueTier.IRON: TierStyle(SKY_BLUE, "..", TEXT),
    ValueTier.LEAD: TierStyle(PURPLE, "xx", TEXT),  # not grey: an active tier, not a disabled one
}

STAGE_COLOURS: dict[LifecycleStage, str] = {
    LifecycleStage.EXPLORATION: SKY_BLUE,
    LifecycleStage.FORMATION: GREEN,
    LifecycleStage.STABILITY: BLUE,
    LifecycleStage.DECLINE: ORANGE,
    LifecycleStage.LOST: VERMILLION,
}


@dataclass(frozen=True)
class QuadrantStyle:
    colour: str
    marker: str


QUADRANT_STYLES: dict[ValueQuadrant, QuadrantStyle] = {
    ValueQuadrant.ADVOCATE: QuadrantStyle(GREEN, "o"),
    ValueQuadrant.AFFLUENT: QuadrantStyle(BLUE, "s"),
    ValueQuadrant.PROMOTER: QuadrantStyle(ORANGE, "^"),
    ValueQuadrant.MISER: QuadrantStyle(GREY, "D"),
}

Translator = Callable[[str, str], str]


@dataclass(frozen=True)
class ChartLanguage:
    """How a chart's own words are translated: by the installed translator (the GUI's, when
    ``translator`` is None), or for a given language by that language's catalogue."""

    language: str | None = None
    translator: Translator | None = None

    def tr(self, text: str) -> str:
        if self.translator is not None:
            return self.translator(CONTEXT, text) or text
        return translate(CONTEXT, text)

    def label(self, member: Labeled) -> str:
        return member.label(self.language) if self.language else member.label()


def chart_language(language: str | ChartLanguage | None) -> ChartLanguage:
    """``language`` as a ``ChartLanguage``: "zh_CN"/"en" read the shipped catalogue, ``None``
    follows the translator the front end installed."""
    if isinstance(language, ChartLanguage):
        return language
    if not language:
        return ChartLanguage()
    return _catalogue(language)


@cache
def _catalogue(language: str) -> ChartLanguage:
    if language == "en":  # English is the source text
        return ChartLanguage(language, lambda _context, text: text)
    from PySide6.QtCore import QTranslator  # QtCore only: no display, no application needed

    translator = QTranslator()  # kept alive by the bound method below
    qm = resources.path(f"resources/i18n/kam_desktop_{language}.qm")
    if not (qm.is_file() and translator.load(str(qm))):
        log.warning("no translations for %s; the charts' own words stay in English", language)
        return ChartLanguage(language, lambda _context, text: text)
    return ChartLanguage(language, translator.translate)


def new_figure(size: tuple[float, float] = FIGURE_SIZE) -> Figure:
    """An empty white figure with the CJK font registered; not tied to pyplot or a backend."""
    width, height = size
    if not (0 < width < 100 and 0 < height < 100):  # also refuses NaN
        raise ValueError("a chart's size must be between 0 and 100 inches")
    register_matplotlib_font()
    return Figure(figsize=(width, height), dpi=DPI, layout="constrained", facecolor="white")


def finite(value: object) -> float | None:
    """``value`` as a float, or None when it is missing, not a number, NaN or infinite."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def style_axes(ax: Axes, grid: str = "y") -> None:
    """Light frame and grid, small muted ticks: the data carries the colour."""
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(GRID)
    ax.tick_params(labelsize=TICK_SIZE, colors=MUTED, length=3)
    ax.set_axisbelow(True)
    if grid:
        ax.grid(axis=grid, color=GRID, linewidth=0.6)


def set_title(ax: Axes, text: str) -> None:
    # the CJK font has no bold. An explicit y (where the title goes anyway: no ticks on top)
    # spares matplotlib looking for top ticks to dodge at every draw (~15 ms a small chart).
    ax.set_title(text, loc="left", y=1.0, fontsize=TITLE_SIZE, color=TEXT)


def set_labels(ax: Axes, x: str = "", y: str = "") -> None:
    if x:
        ax.set_xlabel(x, fontsize=LABEL_SIZE, color=MUTED)
    if y:
        ax.set_ylabel(y, fontsize=LABEL_SIZE, color=MUTED)


def add_note(fig: Figure, text: str) -> None:
    """A footnote under a chart without a legend (room is kept for it by the layout)."""
    fig.supxlabel(text, x=0.01, ha="left", fontsize=NOTE_SIZE, color=MUTED)


def empty_state(fig: Figure, title: str, text: str) -> Figure:
    """``fig`` with one blank axes showing ``title`` and ``text``: a chart with nothing to draw."""
    ax = fig.add_subplot()
    set_title(ax, title)
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=LABEL_SIZE + 1,
        color=MUTED,
        gid="empty-state",
    )
    return fig


def percent(share: float) -> str:
    """A share of 1 as a whole percentage ("41%"); below 1 % as "<1%" so it is never "0%"."""
    if 0 < share < 0.005:
        return "<1%"
    if -0.005 < share < 0:
        return "-<1%"
    return f"{share:.0%}"


def bottom_legend(fig: Figure, handles: list[Artist], labels: list[str], note: str = "") -> None:
    """One row of legend entries under the chart, outside the data (kept clear by the layout);
    ``note``, if any, as a muted line above them (a note and a legend side by side collide)."""
    # one row while each entry has about 1.4 inches ("No sales figure" in English needs that);
    # two rows on a narrow chart (the visit plan's) rather than entries cut off at the edges
    width = fig.get_size_inches()[0]
    per_row = len(handles) if width >= 1.4 * len(handles) else math.ceil(len(handles) / 2)
    legend = fig.legend(
        handles,
        labels,
        loc="outside lower center",
        ncols=max(per_row, 1),
        fontsize=NOTE_SIZE + 0.5,
        frameon=False,
        handlelength=1.6,
        columnspacing=1.2,
        title=note or None,
        title_fontsize=NOTE_SIZE,
    )
    legend.get_title().set_color(MUTED)
