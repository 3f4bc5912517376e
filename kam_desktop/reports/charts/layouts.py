"""Reusing a chart's constrained layout for the next chart that would get the same one.

A visit plan draws the same chart (``account_figures``) at one size for every visit, and the
Value tab the same three charts for every account it shows; the constrained layout — measuring
every tick label, the title and the legend twice per draw — is about half of each chart's time.
Where two charts have the same size, language, legend entries, axis labels and y tick labels
of the same shapes (each digit counts as ``0``: the font's digits are all one width; how many
labels of each shape does not matter), the layout is the same: the first is laid out, the
others take its axes and legend positions and skip the measuring.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass

from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

_DIGIT = re.compile(r"\d")
_KEPT = 64


@dataclass(frozen=True)
class _Layout:
    axes: Bbox  # figure fraction
    legend: tuple[float, float] | None  # lower-left corner of the legend, figure fraction


class LayoutCache:
    """Layouts by the shape of what a chart shows. Shared by threads, hence the lock."""

    def __init__(self) -> None:
        self._layouts: OrderedDict[Hashable, _Layout] = OrderedDict()
        self._lock = threading.Lock()

    def draw(self, figure: Figure, canvas_draw: Callable[[], object]) -> None:
        """Draw ``figure`` (``canvas_draw()`` renders it) with a kept layout when one fits,
        else laid out by its engine and the layout kept for the next."""
        key = self.prepare(figure)
        canvas_draw()
        if key is not None:
            self.keep(figure, key)

    def prepare(self, figure: Figure) -> Hashable | None:
        """Give ``figure`` a kept layout when one fits (``None`` returned); otherwise the key to
        ``keep`` its layout under once it has been drawn (``None`` too for a figure of a kind
        not kept). For canvases that draw on their own schedule (Qt's)."""
        key = _shape(figure)
        if key is None:
            return None
        with self._lock:
            layout = self._layouts.get(key)
        if layout is None:
            return key
        _apply(figure, layout)
        return None

    def keep(self, figure: Figure, key: Hashable) -> None:
        """Keep the layout ``figure`` was drawn with, under ``key`` from ``prepare``."""
        with self._lock:
            self._layouts[key] = _read(figure)
            while len(self._layouts) > _KEPT:
                self._layouts.popitem(last=False)


def _shape(figure: Figure) -> tuple[object, ...] | None:
    """What decides the layout of a one-axes chart (``None``: another kind of figure)."""
    if len(figure.axes) != 1 or len(figure.legends) > 1:
        return None
    ax = figure.axes[0]
    low, high = ax.get_ylim()
    ticks = [t for t in ax.get_yticks() if low <= t <= high]
    y_labels = ax.yaxis.get_major_formatter().format_ticks(ticks) if ticks else []
    x_labels = [t.get_text() for t in ax.get_xticklabels()]
    legend = figure.legends[0] if figure.legends else None
    return (
        tuple(figure.get_size_inches()),
        figure.dpi,
        ax.get_title(loc="left"),
        ax.get_ylabel(),
        ax.get_xlabel(),
        # Only the widest y label moves the axes (right-aligned labels share their right edge;
        # a label's half height above or below the axes is within the title and the x labels),
        # so the distinct shapes decide, not their count or order.
        tuple(sorted({_DIGIT.sub("0", label) for label in y_labels})),
        tuple(_DIGIT.sub("0", label) for label in x_labels),
        None if legend is None else tuple(t.get_text() for t in legend.get_texts()),
        None if legend is None else legend._ncols,
        ax.axison,
        # texts in the axes (value labels, an empty state's line) count when one overflows it
        tuple(sorted({_DIGIT.sub("0", t.get_text()) for t in ax.texts})),
        tuple(t.get_text() for t in figure.texts),  # a footnote takes room below
    )


def _read(figure: Figure) -> _Layout:
    ax = figure.axes[0]
    legend = figure.legends[0] if figure.legends else None
    corner = None
    if legend is not None:
        box = legend.get_window_extent().transformed(figure.transFigure.inverted())
        corner = (box.x0, box.y0)
    return _Layout(ax.get_position().frozen(), corner)


def _apply(figure: Figure, layout: _Layout) -> None:
    figure.set_layout_engine("none")
    figure.axes[0].set_position(layout.axes)
    if layout.legend is not None and figure.legends:
        legend = figure.legends[0]
        legend.set_loc("lower left")
        legend.set_bbox_to_anchor(layout.legend, transform=figure.transFigure)
        legend.borderaxespad = 0.0


__all__ = ["LayoutCache"]
