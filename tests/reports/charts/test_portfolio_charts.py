"""Indicator profile, value pyramid, Pareto, quadrants, lifecycle: the data each figure holds."""

from __future__ import annotations

import math

import numpy as np
import pytest
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from kam_desktop.domain.enums import LifecycleStage, ValueQuadrant, ValueTier
from kam_desktop.reports.charts.indicator_profile import IndicatorProfile, indicator_profile_chart
from kam_desktop.reports.charts.lifecycle_distribution import LifecycleCounts, lifecycle_chart
from kam_desktop.reports.charts.pareto import ParetoData, pareto_chart, pareto_curve
from kam_desktop.reports.charts.quadrant_scatter import (
    QuadrantData,
    QuadrantPoint,
    quadrant_chart,
)
from kam_desktop.reports.charts.style import ChartLanguage
from kam_desktop.reports.charts.value_pyramid import TierFigures, ValuePyramid, value_pyramid_chart


def _children(fig: Figure, gid: str) -> list:
    return [a for a in fig.axes[0].get_children() if a.get_gid() == gid]


def _bars(fig: Figure, gid: str) -> list[Rectangle]:
    return [p for p in fig.axes[0].patches if p.get_gid() == gid]


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for t in fig.axes[0].texts]


def _empty_text(fig: Figure) -> str:
    return next(t.get_text() for t in fig.axes[0].texts if t.get_gid() == "empty-state")


# --- indicator profile --------------------------------------------------------------------------


def test_indicator_bars_and_medians() -> None:
    data = IndicatorProfile(
        ("sales_12m", "collection_rate", "growth"),
        (80.0, None, 140.0),
        (60.0, 50.0, math.nan),
        ValueTier.GOLD,
    )
    fig = indicator_profile_chart(data, "en")
    bars = _bars(fig, "account")
    assert [(b.get_y() + b.get_height() / 2, b.get_width()) for b in bars] == [
        (0.0, 80.0),
        (2.0, 100.0),  # clipped to the scale
    ]
    (median,) = _children(fig, "median")
    x = median.get_xdata()
    assert x[0] == 60.0
    assert x[1] == 50.0
    assert math.isnan(x[2])
    assert list(median.get_ydata()) == [0, 1, 2]
    assert "No data" in _texts(fig)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Sales, last 12 months", "Collection rate", "Sales growth"]
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["This account", "Median of Gold"]
    zh = indicator_profile_chart(data, "zh_CN")
    assert next(t.get_text() for t in zh.axes[0].get_yticklabels()) == "近12个月销售额"


def test_indicator_profile_words_and_empty_state(marked: ChartLanguage) -> None:
    fig = indicator_profile_chart(IndicatorProfile(("size_class",), (10.0,), (None,)), marked)
    assert fig.axes[0].get_title(loc="left") == "«Indicators against the tier median"
    assert fig.legends[0].get_texts()[1].get_text() == "«Median of all accounts"
    empty = indicator_profile_chart(IndicatorProfile((), (), ()), "en")
    assert _empty_text(empty) == "No indicators to show."


# --- value pyramid ----------------------------------------------------------------------------


def test_pyramid_narrows_to_platinum_and_labels_count_and_share() -> None:
    data = ValuePyramid(
        (
            TierFigures(ValueTier.LEAD, 50, 100.0),
            TierFigures(ValueTier.PLATINUM, 5, 500.0),
            TierFigures(ValueTier.GOLD, 15, 300.0),
            TierFigures(ValueTier.IRON, 30, 100.0),
        ),
        unscored=4,
    )
    fig = value_pyramid_chart(data, "en")
    bars = sorted(_bars(fig, "pyramid"), key=lambda b: b.get_y())
    widths = [b.get_width() for b in bars]
    assert widths == sorted(widths, reverse=True)
    assert len(set(widths)) == 4
    assert all(b.get_x() == pytest.approx(-b.get_width() / 2) for b in bars)  # centred
    texts = _texts(fig)
    assert texts.index("Platinum") > texts.index("Lead")  # drawn bottom up
    assert "Accounts: 5 (5%) · share of value: 50%" in texts
    assert "Accounts: 50 (50%) · share of value: 10%" in texts
    assert fig.get_supxlabel() == "Accounts not scored (no indicator data): 4"
    assert {"铂金", "黄金", "钢铁", "铅"} <= set(_texts(value_pyramid_chart(data, "zh_CN")))


def test_pyramid_with_bad_numbers() -> None:
    data = ValuePyramid(
        (
            TierFigures(ValueTier.PLATINUM, 2, math.inf),
            TierFigures(ValueTier.GOLD, -3, 50.0),
            TierFigures(ValueTier.LEAD, 2, -10.0),
        )
    )
    texts = _texts(value_pyramid_chart(data, "en"))
    assert "Accounts: 2 (50%) · value: no data" in texts  # platinum: infinite value
    assert "Accounts: 0 (0%) · share of value: 125%" in texts  # gold: no accounts
    assert "Accounts: 2 (50%) · share of value: -25%" in texts  # lead costs more than it brings


def test_pyramid_without_scored_accounts_is_an_empty_state() -> None:
    fig = value_pyramid_chart(ValuePyramid((), unscored=3), "en")
    assert _empty_text(fig) == "No scored accounts yet."
    assert fig.get_supxlabel() == "Accounts not scored (no indicator data): 3"


# --- Pareto -----------------------------------------------------------------------------------


def test_pareto_point_where_the_curve_reaches_80_percent() -> None:
    # 10 accounts: two of 40 each, eight of 2.5 (total 100): 80 % after exactly 2 accounts.
    sales = (2.5,) * 8 + (40.0, 40.0)
    curve = pareto_curve(sales)
    assert curve.point == (pytest.approx(0.2), 0.8)
    assert curve.shares_of_accounts[:3] == pytest.approx((0.0, 0.1, 0.2))
    assert curve.shares_of_sales[:3] == pytest.approx((0.0, 0.4, 0.8))
    fig = pareto_chart(ParetoData(sales), "en")
    (point,) = _children(fig, "point")
    assert list(point.get_xdata()) == pytest.approx([0.2])
    assert list(point.get_ydata()) == [0.8]
    (line,) = _children(fig, "curve")
    assert line.get_ydata()[-1] == pytest.approx(1.0)
    assert "20% of accounts bring 80% of sales" in _texts(fig)


def test_pareto_interpolates_between_accounts() -> None:
    curve = pareto_curve((60.0, 40.0))  # 60 % at 1/2; 100 % at 2/2 → 80 % at 3/4
    assert curve.point == (pytest.approx(0.75), 0.8)


def test_pareto_leaves_out_impossible_sales_and_says_so() -> None:
    fig = pareto_chart(ParetoData((10.0, 0.0, None, math.nan, -3.0, math.inf)), "en")
    assert pareto_curve((10.0, 0.0, None, math.nan, -3.0, math.inf)).accounts == 2
    assert fig.legends[0].get_title().get_text() == ("Accounts not counted (no sales figure): 4")


@pytest.mark.parametrize("sales", [(), (None,), (0.0, 0.0)])
def test_pareto_without_sales_is_an_empty_state(sales: tuple) -> None:
    assert _empty_text(pareto_chart(ParetoData(sales), "en")) == "No sales to compare yet."


def test_pareto_of_many_accounts_is_thinned_but_exact_at_the_point() -> None:
    rng = np.random.default_rng(1)
    sales = tuple(rng.pareto(1.2, 100_000).tolist())
    curve = pareto_curve(sales)
    assert len(curve.shares_of_accounts) <= 2001
    values = np.sort(np.array(sales))[::-1]
    needed = int(np.searchsorted(np.cumsum(values) / values.sum(), 0.8)) + 1
    assert curve.point is not None
    assert abs(curve.point[0] - needed / len(values)) <= 1 / len(values)


# --- quadrants --------------------------------------------------------------------------------


def _quadrant_data() -> QuadrantData:
    return QuadrantData(
        (
            QuadrantPoint("adv", 100.0, 50.0),
            QuadrantPoint("aff", 100.0, 1.0),
            QuadrantPoint("pro", -5.0, 50.0),
            QuadrantPoint("mis", 1.0, 1.0),
            QuadrantPoint("nan", math.nan, 3.0),
            QuadrantPoint("none", 3.0, None),
            QuadrantPoint("given", 1.0, 1.0, ValueQuadrant.ADVOCATE),
        ),
        lifetime_median=10.0,
        referral_median=5.0,
    )


def test_quadrants_split_at_the_medians_and_map_points_to_accounts() -> None:
    chart = quadrant_chart(_quadrant_data(), "en")
    fig = chart.figure
    assert dict(chart.ids) == {
        "quadrant-advocate": ("adv", "given"),
        "quadrant-affluent": ("aff",),
        "quadrant-promoter": ("pro",),
        "quadrant-miser": ("mis",),
    }
    (vertical,) = _children(fig, "median-lifetime")
    (horizontal,) = _children(fig, "median-referral")
    assert list(vertical.get_xdata()) == [10.0, 10.0]
    assert list(horizontal.get_ydata()) == [5.0, 5.0]
    scatter = next(c for c in fig.axes[0].collections if c.get_gid() == "quadrant-affluent")
    assert isinstance(scatter, PathCollection)
    assert scatter.get_offsets().tolist() == [[100.0, 1.0]]
    assert chart.account_for(scatter, 0) == "aff"
    assert chart.account_for(scatter, 5) is None
    assert scatter.get_picker()
    texts = _texts(fig)
    assert {"Advocates  2", "Affluent  1", "Promoters  1", "Misers  1"} <= set(texts)
    assert fig.legends[0].get_title().get_text() == (
        "Accounts not shown (no lifetime or referral value): 2"
    )
    zh = _texts(quadrant_chart(_quadrant_data(), _zh_names()).figure)
    assert {"拥护者  2", "富裕者  1", "宣扬者  1", "守财者  1"} <= set(zh)


def _zh_names() -> ChartLanguage:
    names = {"Advocates": "拥护者", "Affluent": "富裕者", "Promoters": "宣扬者", "Misers": "守财者"}
    return ChartLanguage("zh_CN", lambda _context, text: names.get(text, text))


def test_quadrant_medians_default_to_the_points_medians() -> None:
    points = tuple(QuadrantPoint(str(i), float(i), float(10 - i)) for i in range(1, 6))
    fig = quadrant_chart(QuadrantData(points), "en").figure
    (vertical,) = _children(fig, "median-lifetime")
    assert vertical.get_xdata()[0] == 3.0


def test_quadrant_without_points_is_an_empty_state() -> None:
    chart = quadrant_chart(QuadrantData((QuadrantPoint("a", None, 1.0),)), "en")
    assert chart.ids == {}
    assert _empty_text(chart.figure).startswith("No account has both")


# --- lifecycle --------------------------------------------------------------------------------


def test_lifecycle_bars_in_stage_order_with_the_unknown_apart() -> None:
    data = LifecycleCounts(
        {LifecycleStage.STABILITY: 7, LifecycleStage.EXPLORATION: 3, LifecycleStage.LOST: -2},
        unknown=4,
    )
    fig = lifecycle_chart(data, "en")
    assert [b.get_height() for b in _bars(fig, "stages")] == [3, 0, 7, 0, 0]
    assert [b.get_height() for b in _bars(fig, "unknown")] == [4]
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels == ["Exploration", "Formation", "Stability", "Decline", "Lost", "Not enough data"]
    zh = [t.get_text() for t in lifecycle_chart(data, "zh_CN").axes[0].get_xticklabels()]
    assert zh[:5] == ["考察期", "形成期", "稳定期", "退化期", "流失"]


def test_lifecycle_without_accounts_is_an_empty_state() -> None:
    assert _empty_text(lifecycle_chart(LifecycleCounts(), "en")) == "No accounts to show."
