"""Charts to PNG/SVG through the atomic writer, in Chinese without missing glyphs."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from kam_desktop.domain.enums import LifecycleStage
from kam_desktop.reports.charts.account_figures import MonthlyFigures, account_figures_chart
from kam_desktop.reports.charts.export import (
    ChartFormatNotSupported,
    ChartNotWritten,
    figure_bytes,
    save_figure,
)
from kam_desktop.reports.charts.lifecycle_distribution import LifecycleCounts, lifecycle_chart
from kam_desktop.reports.charts.style import chart_language, new_figure


def _chart():
    return lifecycle_chart(LifecycleCounts({LifecycleStage.FORMATION: 3}, unknown=1), "zh_CN")


@pytest.mark.parametrize("suffix", [".png", ".svg", ".PNG"])
def test_save_png_and_svg(tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"chart{suffix}"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing CJK glyph is a warning: fail on it
        save_figure(_chart(), target)
    data = target.read_bytes()
    assert data.startswith(b"\x89PNG") if suffix.lower() == ".png" else b"<svg" in data[:400]
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_same_chart_same_bytes() -> None:
    assert figure_bytes(_chart(), "svg") == figure_bytes(_chart(), "svg")


def test_other_formats_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ChartFormatNotSupported):
        save_figure(_chart(), tmp_path / "chart.pdf")


def test_unwritable_target_keeps_the_old_file(tmp_path: Path) -> None:
    with pytest.raises(ChartNotWritten):
        save_figure(_chart(), tmp_path / "missing-folder" / "chart.png")
    target = tmp_path / "chart.png"
    target.write_bytes(b"old")
    fig = account_figures_chart(MonthlyFigures(("2024-01",), (1.0,), (1.0,)))
    fig.savefig = _failing  # type: ignore[method-assign]
    with pytest.raises(RuntimeError):
        save_figure(fig, target)
    assert target.read_bytes() == b"old"


def _failing(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("drawing failed")


def test_chart_language() -> None:
    assert chart_language("en").tr("Value pyramid") == "Value pyramid"
    assert chart_language(None).language is None
    words = chart_language("zh_CN")
    assert words.language == "zh_CN"
    assert words is chart_language("zh_CN")


def test_new_figure_sizes() -> None:
    fig = new_figure()
    assert tuple(fig.get_size_inches()) == (6.0, 3.5)
    assert fig.dpi == 100
    with pytest.raises(ValueError, match="size"):
        new_figure((float("nan"), 3.0))
