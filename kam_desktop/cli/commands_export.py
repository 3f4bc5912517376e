"""``kam export-excel``: the whole book as an Excel workbook for HQ."""

from __future__ import annotations

import argparse
from typing import Any

from kam_desktop.cli.options import book_option, open_existing, tr
from kam_desktop.cli.progress import TerminalProgress
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.book.export_workbook import export_workbook


def cmd_export_excel(args: argparse.Namespace) -> int:
    progress = TerminalProgress()
    with open_existing(args.book) as book:
        try:
            written = export_workbook(book, args.out, progress)
        finally:
            progress.finish()
    print(tr(QT_TRANSLATE_NOOP("cli", "Wrote the workbook: {path}")).format(path=written))
    return 0


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``export-excel`` under the top-level command list."""
    p = commands.add_parser(
        "export-excel",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "write the book as an Excel workbook")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Write accounts, contacts, visits, next steps, complaints, SPIN notes and value "
                "records as the sheets of one Excel workbook. The accounts sheet re-imports as "
                "an HQ customer list.",
            )
        ),
    )
    book_option(p)
    p.add_argument(
        "out", metavar="OUT.xlsx", help=tr(QT_TRANSLATE_NOOP("cli", "the workbook to write"))
    )
    p.set_defaults(handler=cmd_export_excel)
