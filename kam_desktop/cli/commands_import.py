"""``kam import-hq``: an HQ customer list, value figures or order list into the book.

Prints how the file was read, what the import does with its rows and where the rejected-rows
report went. ``--dry-run`` plans only (nothing written). A list that cannot be read at all is a
``KamError`` (exit 2, one line, from ``app.main``); rejected rows are not a failure (exit 0).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kam_desktop.cli.options import book_option, file_with_suffix, open_existing, tr
from kam_desktop.cli.output import display_width, pad
from kam_desktop.cli.progress import TerminalProgress
from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.formats.hq_list.model import DetectedFormat, FileKind
from kam_desktop.services.hq_import.model import ImportOptions, ImportPlan, Outcome
from kam_desktop.services.hq_import.plan import plan_import
from kam_desktop.services.hq_import.report import SUFFIXES, write_rejected_report
from kam_desktop.services.hq_import.run import run_import

_KINDS = {
    ListKind.ACCOUNTS: QT_TRANSLATE_NOOP("cli", "customer list"),
    ListKind.VALUES: QT_TRANSLATE_NOOP("cli", "value figures"),
    ListKind.ORDERS: QT_TRANSLATE_NOOP("cli", "order list"),
}
_ENCODINGS = {"utf-8-sig": "UTF-8 (BOM)", "utf-8": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}
_DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("cli", "comma"),
    ";": QT_TRANSLATE_NOOP("cli", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("cli", "tab"),
    "|": QT_TRANSLATE_NOOP("cli", "vertical bar"),
}
_OUTCOMES = (
    Outcome.NEW,
    Outcome.UPDATED,
    Outcome.UNCHANGED,
    Outcome.DUPLICATE,
    Outcome.CONFLICT,
    Outcome.REJECTED,
)


def _delimiter(text: str) -> str:
    """``tab`` or ``\\t`` for a tab (hard to type in a shell); anything else as given (the
    reader refuses more than one character)."""
    return "\t" if text.lower() in ("tab", "\\t") else text


def _how_read(fmt: DetectedFormat, kind: ListKind) -> str:
    what = tr(_KINDS[kind])
    if fmt.kind is FileKind.CSV:
        encoding = fmt.encoding or ""
        delimiter = fmt.delimiter or ""
        line = tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Read as CSV ({what}): encoding {encoding}, delimiter {delimiter}, header on "
                "line {row}",
            )
        )
        return line.format(
            what=what,
            encoding=_ENCODINGS.get(encoding, encoding.upper()),
            delimiter=tr(_DELIMITERS[delimiter]) if delimiter in _DELIMITERS else delimiter,
            row=fmt.header_row,
        )
    line = tr(
        QT_TRANSLATE_NOOP("cli", "Read as {kind} ({what}): sheet {sheet}, header on row {row}")
    )
    return line.format(kind=fmt.kind.name, what=what, sheet=fmt.sheet or "", row=fmt.header_row)


def print_plan(plan: ImportPlan) -> None:
    """How the list was read and what the import does with its rows."""
    overview = plan.overview
    print(_how_read(overview.format, overview.list_kind))
    if overview.profile is not None:
        print(tr(QT_TRANSLATE_NOOP("cli", "Mapping: {name}")).format(name=overview.profile))
    ignored = [c.header for c in overview.columns if c.field is None and c.header.strip()]
    if ignored:
        text = tr(QT_TRANSLATE_NOOP("cli", "Columns ignored: {columns}"))
        print(text.format(columns=", ".join(ignored)))
    lines = [(str(o.label), plan.counts.get(o, 0)) for o in _OUTCOMES]
    lines.append((tr(QT_TRANSLATE_NOOP("cli", "Summary rows skipped")), plan.summary_rows))
    width = max(display_width(label) for label, _ in lines)
    for label, count in lines:
        print(f"  {pad(label, width)}  {count:>7,}")
    if plan.warnings:
        text = tr(
            QT_TRANSLATE_NOOP(
                "cli", "Near-duplicate names: {count} (never merged; check them in the wizard)"
            )
        )
        print(text.format(count=len(plan.warnings)))
    if plan.previous is not None:
        when = plan.previous.finished_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = tr(QT_TRANSLATE_NOOP("cli", "This file was already imported on {when}."))
        print(text.format(when=when))


def cmd_import_hq(args: argparse.Namespace) -> int:
    options = ImportOptions(
        kind=ListKind(args.kind) if args.kind else None,
        encoding=args.encoding,
        delimiter=_delimiter(args.delimiter) if args.delimiter is not None else None,
        sheet=args.sheet,
        profile=args.mapping,
    )
    progress = TerminalProgress()
    with open_existing(args.book) as book:
        try:
            if args.dry_run:
                plan = plan_import(book, args.file, options, progress)
                written = False
            else:
                result = run_import(book, args.file, options, progress)
                plan, written = result.plan, result.written
        finally:
            progress.finish()
    print_plan(plan)
    if args.dry_run:
        print(tr(QT_TRANSLATE_NOOP("cli", "Dry run: nothing was written.")))
    elif written:
        print(tr(QT_TRANSLATE_NOOP("cli", "Imported into {book}.")).format(book=args.book))
    else:
        print(tr(QT_TRANSLATE_NOOP("cli", "Nothing to change: the book was not touched.")))
    if args.report is not None:
        write_rejected_report(plan, args.report)
        text = tr(QT_TRANSLATE_NOOP("cli", "Rejected rows report ({count} lines): {path}"))
        print(text.format(count=len(plan.rejected), path=args.report))
    return 0


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``import-hq`` under the top-level command list."""
    p = commands.add_parser(
        "import-hq",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "import an HQ customer list, value figures or orders")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "Import a list from headquarters (CSV, XLSX or XLS) into the book in one "
                "transaction: new accounts are added, HQ-owned fields of known accounts "
                "updated; what the rep recorded (contacts, visits, notes) is never touched. "
                "Rows that cannot be imported are counted and can be saved as a report.",
            )
        ),
    )
    book_option(p)
    p.add_argument("file", type=Path, metavar="FILE", help=tr(QT_TRANSLATE_NOOP("cli", "the list")))
    p.add_argument(
        "--kind",
        choices=[k.value for k in ListKind],
        help=tr(QT_TRANSLATE_NOOP("cli", "what the list holds (default: from its header)")),
    )
    p.add_argument(
        "--mapping",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("cli", "a saved column mapping to use")),
    )
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help=tr(
            QT_TRANSLATE_NOOP("cli", "the sheet of a workbook (default: the one with a header)")
        ),
    )
    p.add_argument(
        "--encoding",
        metavar="ENC",
        help=tr(
            QT_TRANSLATE_NOOP("cli", "the text encoding of a CSV, e.g. gbk (default: detected)")
        ),
    )
    p.add_argument(
        "--delimiter",
        metavar="D",
        help=tr(QT_TRANSLATE_NOOP("cli", "the delimiter of a CSV, or 'tab' (default: detected)")),
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "show what the import would do; write nothing")),
    )
    p.add_argument(
        "--report",
        type=file_with_suffix(*SUFFIXES),
        metavar="REJECTED.csv|.xlsx",
        help=tr(QT_TRANSLATE_NOOP("cli", "save the rejected rows to this file")),
    )
    p.set_defaults(handler=cmd_import_hq)
