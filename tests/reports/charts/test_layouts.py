"""A reused chart layout draws exactly what the constrained layout draws."""

from __future__ import annotations

import random

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg

from kam_desktop.reports.charts.account_figures import MonthlyFigures, account_figures_chart
from kam_desktop.reports.charts.layouts import LayoutCache

MONTHS = tuple(f"{2025 + m // 12}-{m % 12 + 1:02d}" for m in range(12))


def figures(seed: int, scale: float) -> MonthlyFigures:
    rng = random.Random(seed)
    return MonthlyFigures(
        MONTHS,
        tuple(None if rng.random() < 0.15 else rng.uniform(0.2, 1) * scale for _ in MONTHS),
        tuple(None if rng.random() < 0.1 else rng.uniform(0, 0.3) * scale for _ in MONTHS),
    )


def pixels(data: MonthlyFigures, language: str, cache: LayoutCache | None = None) -> np.ndarray:
    figure = account_figures_chart(data, language, size=(4.0, 1.9))
    figure.set_dpi(150)
    canvas = FigureCanvasAgg(figure)
    if cache is None:
        canvas.draw()
    else:
        cache.draw(figure, canvas.draw)
    return np.asarray(canvas.buffer_rgba()).copy()


def test_a_chart_drawn_with_a_kept_layout_is_pixel_for_pixel_the_same() -> None:
    reused = 0
    for language in ("zh_CN", "en"):
        for scale in (8.0, 37.0, 2500.0):  # y labels "0".."8", "0".."40" (counts vary), "0".."2500"
            cache = LayoutCache()
            for seed in range(3):
                pixels(figures(seed + 100, scale), language, cache)  # keeps layouts
            for seed in range(4):
                data = figures(seed, scale)
                before = len(cache._layouts)
                kept = pixels(data, language, cache)
                reused += len(cache._layouts) == before
                assert np.array_equal(kept, pixels(data, language))
    assert reused >= 12  # most shapes were seen before: the kept layouts were used


def test_a_chart_of_another_shape_is_laid_out_afresh() -> None:
    cache = LayoutCache()
    pixels(figures(1, 8.0), "en", cache)  # y labels like "0", "2"
    big = figures(2, 40000.0)  # "0", "10000": wider labels, another layout
    assert np.array_equal(pixels(big, "en", cache), pixels(big, "en"))
