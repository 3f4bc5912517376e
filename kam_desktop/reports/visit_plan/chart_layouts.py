"""Reusing a small chart's constrained layout for the next chart that would get the same one.

A visit plan draws the same chart (``account_figures``) at one size for every visit, and the
constrained layout — measuring every tick label, the title and the legend twice per draw — is
over a third of each chart's time. Where two charts have the same size, language, legend
entries, axis labels and y tick labels of the same shapes (each digit counts as ``0``: the
font's digits are all one width; how many labels of each shape does not matter), the layout
is the same: the first is laid out, the others
take its axes and legend positions and skip the measuring.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
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
        self._layouts: OrderedDict[tuple[object, ...], _Layout] = OrderedDict()
        self._lock = threading.Lock()

    def draw(self, figure: Figure, canvas_draw: object) -> None:
        """Draw ``figure`` (``canvas_draw()`` renders it) with a kept layout when one fits,
        else laid out by its engine and the layout kept for the next."""
        key = _shape(figure)
        with self._lock:
            layout = self._layouts.get(key) if key is not None else None
        if layout is not None:
            _apply(figure, layout)
            canvas_draw()  # type: ignore[operator]
            return
        canvas_draw()  # type: ignore[operator]
        if key is not None:
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
