"""``kam plan``: print the visit plan of a date range (DOMAIN §8) to a PDF file.

The plan is read by ``services.visit_plan.gather.plan_week`` and drawn by
``reports.visit_plan.document`` in the language of ``--lang``; the file is written whole or not
at all. A range without planned visits is an error (exit 2) and writes nothing.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kam_desktop.cli.options import book_option, iso_date, open_existing, tr
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.visit_plan.gather import plan_week


def cmd_plan(args: argparse.Namespace) -> int:
    # reportlab and matplotlib load only for this command
    from kam_desktop.reports.visit_plan.document import write_visit_plan

    with open_existing(args.book) as book:
        plan = plan_week(book, args.date_from, args.date_to, args.owner, today=args.today)
    path = write_visit_plan(plan, Path(args.out), args.language)
    message = tr(QT_TRANSLATE_NOOP("cli", "Wrote the visit plan ({count} visits) to {path}"))
    print(message.format(count=len(plan.visits), path=path))
    return 0


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``plan`` under the top-level command list."""
    help_text = QT_TRANSLATE_NOOP(
        "cli", "print the visit plan of a date range (route page and one section per visit) to PDF"
    )
    p = commands.add_parser("plan", parents=[common], help=tr(help_text), description=tr(help_text))
    book_option(p)
    p.add_argument(
        "--from",
        dest="date_from",
        required=True,
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "the plan's first day")),
    )
    p.add_argument(
        "--to",
        dest="date_to",
        required=True,
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "the plan's last day (included)")),
    )
    p.add_argument(
        "--owner",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("cli", "only this account manager's visits (default: all)")),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("cli", "plan.pdf (replaced if it exists)")),
    )
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "the day to compute for (default: today)")),
    )
    p.set_defaults(handler=cmd_plan)
