"""``kam value chart``: one value chart to a PNG or SVG file, without a display.

An account's sales and gross margin by month (``--account``), or one of the portfolio charts
(``--portfolio``: the value pyramid, the Pareto curve, the lifetime × referral quadrants, the
lifecycle distribution). The data comes from the value services, the drawing from the pure
chart functions in ``reports/charts/``, in the language of ``--lang``.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kam_desktop.cli.options import book_option, iso_date, open_existing, tr
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.accounts.accounts import account_id_for_code
from kam_desktop.services.book.handle import Book
from kam_desktop.services.value.account_value import account_value
from kam_desktop.services.value.portfolio import Portfolio, portfolio

if TYPE_CHECKING:
    from matplotlib.figure import Figure

PORTFOLIO_CHARTS = ("pyramid", "pareto", "quadrant", "lifecycle")
SUFFIXES = (".png", ".svg")


def _account_figure(book: Book, code: str, today: date, language: str) -> Figure:
    from kam_desktop.reports.charts.account_figures import MonthlyFigures, account_figures_chart

    value = account_value(book, account_id_for_code(book, code), today)
    data = MonthlyFigures(
        months=tuple(m.month for m in value.months),
        sales=tuple(m.sales for m in value.months),
        margin=tuple(m.margin for m in value.months),
    )
    return account_figures_chart(data, language)


def _portfolio_figure(p: Portfolio, chart: str, language: str) -> Figure:
    # matplotlib loads only for this command: every other ``kam`` command starts without it.
    from kam_desktop.reports.charts import (
        lifecycle_distribution,
        pareto,
        quadrant_scatter,
        value_pyramid,
    )

    if chart == "pyramid":
        tiers = tuple(value_pyramid.TierFigures(t.tier, t.accounts, t.value) for t in p.tiers)
        pyramid = value_pyramid.ValuePyramid(tiers, p.unscored)
        return value_pyramid.value_pyramid_chart(pyramid, language)
    if chart == "pareto":
        return pareto.pareto_chart(pareto.ParetoData(p.sales), language)
    if chart == "quadrant":
        c = p.columns
        data = quadrant_scatter.QuadrantColumns(
            c.account_ids, c.lifetime, c.referral, c.codes, p.lifetime_median, p.referral_median
        )
        return quadrant_scatter.quadrant_chart(data, language).figure
    counts = lifecycle_distribution.LifecycleCounts(dict(p.stages), p.unknown_stage)
    return lifecycle_distribution.lifecycle_chart(counts, language)


def cmd_value_chart(args: argparse.Namespace) -> int:
    from kam_desktop.reports.charts.export import ChartFormatNotSupported, save_figure

    out = Path(args.out)
    if out.suffix.lower() not in SUFFIXES:  # before any work: one line, exit 2
        raise ChartFormatNotSupported(path=out)
    today = args.today or date.today()
    with open_existing(args.book) as book:
        if args.account is not None:
            figure = _account_figure(book, args.account, today, args.language)
        else:
            figure = _portfolio_figure(portfolio(book, today=today), args.portfolio, args.language)
    save_figure(figure, out)
    print(tr(QT_TRANSLATE_NOOP("cli", "Drew the chart to {path}")).format(path=out))
    return 0


def add_parser(value: Any, common: argparse.ArgumentParser) -> None:
    """``chart`` under ``kam value``."""
    help_text = QT_TRANSLATE_NOOP(
        "cli", "draw an account's sales and margin, or a portfolio chart, to a PNG or SVG file"
    )
    p = value.add_parser("chart", parents=[common], help=tr(help_text), description=tr(help_text))
    book_option(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--account",
        metavar="ACCOUNT_CODE",
        help=tr(QT_TRANSLATE_NOOP("cli", "the account's sales and gross margin by month")),
    )
    which.add_argument(
        "--portfolio",
        choices=PORTFOLIO_CHARTS,
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "a chart of every account: the value pyramid, the Pareto curve, the lifetime "
                "and referral quadrants, or the lifecycle stages",
            )
        ),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("cli", "chart.png or chart.svg (replaced if it exists)")),
    )
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "the day to compute for (default: today)")),
    )
    p.set_defaults(handler=cmd_value_chart)
