"""The monthly axis: every month from the first to the last, so a month without data is a gap.

Series arrive keyed by "YYYY-MM"; a month the data skips is not dropped (the bars would close
up and hide it) but placed on the axis with no value.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.markers import TICKDOWN
from matplotlib.transforms import blended_transform_factory

_MONTH = re.compile(r"(\d{4})-(\d{2})")
LABEL_INCHES = 0.6
MAX_LABELS = 8  # month labels on a 6 in axis before they crowd


def parse_month(text: str) -> int:
    """ "YYYY-MM" as a month count (year × 12 + month − 1); ValueError for anything else."""
    match = _MONTH.fullmatch(text.strip()) if isinstance(text, str) else None
    if match is None or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"not a month (YYYY-MM): {text!r}")
    return int(match[1]) * 12 + int(match[2]) - 1


def month_text(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def check_months(months: Sequence[str], *series: Sequence[object]) -> None:
    """Refuse a malformed or repeated month, or a series of another length (a caller's bug)."""
    indices = [parse_month(m) for m in months]
    if len(set(indices)) != len(indices):
        raise ValueError("a month appears twice")
    if any(len(s) != len(months) for s in series):
        raise ValueError("every series needs one value per month")


def continuous(
    months: Sequence[str], *series: Sequence[float | None]
) -> tuple[list[str], list[list[float | None]]]:
    """Every month from the earliest to the latest, and each series on that axis (None where
    the month was not given)."""
    if not months:
        return [], [[] for _ in series]
    indices = [parse_month(m) for m in months]
    first = min(indices)
    axis = [month_text(i) for i in range(first, max(indices) + 1)]
    filled: list[list[float | None]] = []
    for values in series:
        row: list[float | None] = [None] * len(axis)
        for index, value in zip(indices, values, strict=True):
            row[index - first] = value
        filled.append(row)
    return axis, filled


def label_months(ax: Axes, months: Sequence[str]) -> None:
    """A label on at most ``MAX_LABELS`` months (the last one always) and a short mark under
    every month. The marks are one line of tick-shaped markers, not a matplotlib tick each:
    a tick is several artists and a month axis needs two dozen (a third of a small chart's time).
    """
    count = len(months)
    # a "2025-03" label needs about 0.6 inch: fewer labels on a narrow figure
    width = ax.get_figure().get_size_inches()[0]  # type: ignore[union-attr]
    fits = max(2, min(MAX_LABELS, int(width / LABEL_INCHES)))
    step = max(1, math.ceil(count / fits))
    last = count - 1
    labelled = [i for i in range(count) if (last - i) % step == 0]
    ax.set_xticks(labelled, [months[i] for i in labelled])
    ax.set_xlim(-0.6, count - 0.4)
    unlabelled = [i for i in range(count) if (last - i) % step != 0]
    if unlabelled:
        params = ax.xaxis.get_tick_params(which="major")
        ax.plot(
            unlabelled,
            [0.0] * len(unlabelled),
            transform=blended_transform_factory(ax.transData, ax.transAxes),
            linestyle="none",
            marker=TICKDOWN,
            markersize=params.get("length", 3.5),
            markeredgewidth=params.get("width", 0.8),
            color=params.get("color", "black"),
            clip_on=False,
            gid="month-marks",
        )
