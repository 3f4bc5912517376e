"""Sales/margin by month and the score history: gaps are gaps, never zeros; bands per month."""

from __future__ import annotations

import math

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from kam_desktop.reports.charts.account_figures import MonthlyFigures, account_figures_chart
from kam_desktop.reports.charts.months import continuous, parse_month
from kam_desktop.reports.charts.score_history import (
    ScoreHistory,
    TierCutoffs,
    score_history_chart,
)
from kam_desktop.reports.charts.style import ChartLanguage


def _by_gid(fig: Figure, gid: str) -> list:
    return [a for a in fig.axes[0].get_children() if a.get_gid() == gid]


def _sales_bars(fig: Figure) -> list[tuple[float, float]]:
    """(centre, height) of each sales bar: one collection of four-corner polygons from 0."""
    (bars,) = _by_gid(fig, "sales")
    found = []
    for path in bars.get_paths():
        xs, ys = path.vertices[:4, 0], path.vertices[:4, 1]
        assert min(ys) == 0.0
        found.append((round(float(xs.mean()), 9), float(max(ys))))
    return found


def _bars(fig: Figure, gid: str) -> list[Rectangle]:
    return [p for p in fig.axes[0].patches if p.get_gid() == gid]


def _empty_text(fig: Figure) -> str:
    return next(t.get_text() for t in fig.axes[0].texts if t.get_gid() == "empty-state")


def test_months_fill_the_gaps_between_first_and_last() -> None:
    months, (values,) = continuous(("2024-11", "2025-02"), (1.0, 2.0))
    assert months == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert values == [1.0, None, None, 2.0]
    with pytest.raises(ValueError, match="not a month"):
        parse_month("2024-13")


def test_missing_months_are_gaps_not_zero_bars() -> None:
    data = MonthlyFigures(("2024-01", "2024-02", "2024-04"), (10.0, None, 12.5), (2.0, 3.0, None))
    fig = account_figures_chart(data, "en")
    assert _sales_bars(fig) == [(0.0, 10.0), (3.0, 12.5)]  # (centre, height)
    (margin,) = _by_gid(fig, "margin")
    y = margin.get_ydata()
    assert list(margin.get_xdata()) == [0, 1, 2, 3]  # January to April
    assert y[0] == 2.0
    assert y[1] == 3.0
    assert math.isnan(y[2])
    assert math.isnan(y[3])
    # February (None) and March (never given) are hatched columns; April's margin is marked.
    spans = _by_gid(fig, "no-sales")
    assert len(spans) == 2
    (no_margin,) = _by_gid(fig, "no-margin")
    assert list(no_margin.get_xdata()) == [3]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["Sales", "Gross margin", "No sales figure", "No margin figure"]


def test_every_month_has_a_mark_and_at_most_eight_a_label() -> None:
    months = tuple(f"{2024 + m // 12}-{m % 12 + 1:02d}" for m in range(24))
    fig = account_figures_chart(MonthlyFigures(months, (1.0,) * 24, (0.5,) * 24), "en")
    ax = fig.axes[0]
    labelled = list(ax.get_xticks())
    assert [t.get_text() for t in ax.get_xticklabels()] == [months[int(i)] for i in labelled]
    assert len(labelled) <= 8
    assert labelled[-1] == 23  # the latest month is always named
    (marks,) = _by_gid(fig, "month-marks")  # one artist for the unnamed months' ticks
    assert sorted([*labelled, *marks.get_xdata()]) == list(range(24))


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, -5.0])
def test_impossible_sales_are_no_data(bad: float) -> None:
    fig = account_figures_chart(MonthlyFigures(("2024-01", "2024-02"), (bad, 4.0), (1, 1)))
    assert [height for _, height in _sales_bars(fig)] == [4.0]
    assert len(_by_gid(fig, "no-sales")) == 1


def test_a_loss_is_drawn_below_zero() -> None:
    fig = account_figures_chart(MonthlyFigures(("2024-01",), (5.0,), (-2.0,)), "en")
    (margin,) = _by_gid(fig, "margin")
    assert list(margin.get_ydata()) == [-2.0]


def test_account_figures_words_are_translated(marked: ChartLanguage) -> None:
    fig = account_figures_chart(MonthlyFigures(("2024-01",), (5.0,), (1.0,)), marked)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "«Sales and gross margin by month"
    assert ax.get_ylabel() == "«10k CNY"


@pytest.mark.parametrize(
    "data",
    [
        MonthlyFigures((), (), ()),
        MonthlyFigures(("2024-01", "2024-02"), (None, math.nan), (None, math.inf)),
    ],
)
def test_no_figures_show_an_empty_state(data: MonthlyFigures) -> None:
    fig = account_figures_chart(data, "en")
    assert _empty_text(fig) == "No sales or margin figures yet."


def test_malformed_figures_are_refused() -> None:
    with pytest.raises(ValueError, match="one value per month"):
        MonthlyFigures(("2024-01",), (1.0, 2.0), (1.0,))
    with pytest.raises(ValueError, match="twice"):
        MonthlyFigures(("2024-01", "2024-01"), (1.0, 2.0), (1.0, 2.0))


def test_score_line_over_the_bands_of_each_month() -> None:
    data = ScoreHistory(
        ("2024-01", "2024-02", "2024-03"),
        (55.0, None, 72.0),
        (TierCutoffs(90.0, 70.0, 40.0), None, TierCutoffs(88.0, 68.0, 45.0)),
    )
    fig = score_history_chart(data, "en")
    (score,) = _by_gid(fig, "score")
    y = score.get_ydata()
    assert y[0] == 55.0
    assert math.isnan(y[1])
    assert y[2] == 72.0
    expected = {
        "platinum": [(90.0, 10.0), (88.0, 12.0)],
        "gold": [(70.0, 20.0), (68.0, 20.0)],
        "iron": [(40.0, 30.0), (45.0, 23.0)],
        "lead": [(0.0, 40.0), (0.0, 45.0)],
    }
    for code, bands in expected.items():
        bars = _bars(fig, f"band-{code}")
        assert [b.get_x() + 0.5 for b in bars] == [0.0, 2.0]  # no band in February
        got = [(b.get_y(), b.get_height()) for b in bars]
        assert np.allclose(got, bands), code
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend == ["Score", "Platinum", "Gold", "Iron", "Lead"]
    zh = [t.get_text() for t in score_history_chart(data, "zh_CN").legends[0].get_texts()]
    assert zh[1:] == ["铂金", "黄金", "钢铁", "铅"]


def test_cutoffs_out_of_order_or_range_never_overlap() -> None:
    bands = TierCutoffs(120.0, math.nan, 80.0).bands()
    assert bands is not None
    tops = [bands[t] for t in bands]
    assert all(0 <= bottom <= top <= 100 for bottom, top in tops)
    assert sum(top - bottom for bottom, top in tops) == pytest.approx(100.0)
    assert TierCutoffs(None, None, None).bands() is None


def test_score_history_without_scores_is_an_empty_state() -> None:
    fig = score_history_chart(ScoreHistory(("2024-01",), (math.nan,), (None,)), "en")
    assert _empty_text(fig) == "No value score yet."
