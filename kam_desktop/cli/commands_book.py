"""``kam init``, ``kam demo`` and ``kam info``: making and inspecting account books."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import kam_desktop.cli as package
from kam_desktop import APP_NAME, ORG_NAME
from kam_desktop.cli.options import (
    book_option,
    force_option,
    format_option,
    iso_date,
    open_existing,
    tr,
)
from kam_desktop.cli.output import display_width, json_value, pad, render_table, text_cell
from kam_desktop.cli.progress import TerminalProgress
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.book.book_info import BookInfo
from kam_desktop.services.book.new_book import create_book

DEMO_BOOK_NAME = "demo-account-book.kambook"  # the name the GUI's first run gives it


class BookExists(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} already exists; it was not changed. Choose a new file name, or open the "
        "existing book.",
    )


class DemoTargetExists(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} already exists; it was not changed. Choose another path, or add --force to "
        "replace it with a fresh demo book.",
    )


def app_data_dir() -> Path:
    """The platform's app-data folder for KAM Desktop (where books live by default)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_demo_path() -> Path:
    return app_data_dir() / DEMO_BOOK_NAME


def _book_info(book: Any) -> BookInfo:
    # Looked up on the package at call time: ``kam_desktop.cli.book_info`` is the one seam a
    # caller (or a test) replaces to make ``info`` and ``demo`` fail on purpose.
    return package.book_info(book)


def print_info(info: BookInfo, fmt: str) -> None:
    if fmt == "json":
        data = {
            "path": str(info.path),
            "device_id": info.device_id,
            "owner": info.owner,
            "schema_revision": info.schema_revision,
            "head_revision": info.head_revision,
            "created_at": json_value(info.created_at),
            "created_by_version": info.created_by_version,
            "entities": {e.entity: {"live": e.live, "deleted": e.deleted} for e in info.entities},
            "check": "ok",  # a damaged book raises BookDamaged instead
            "read_only": info.read_only,
            "backups": [
                {"name": b.name, "taken_at": json_value(b.taken_at), "revision": b.revision}
                for b in info.backups
            ],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    facts = [
        (tr(QT_TRANSLATE_NOOP("cli", "Book")), str(info.path)),
        (tr(QT_TRANSLATE_NOOP("cli", "Owner")), info.owner),
        (tr(QT_TRANSLATE_NOOP("cli", "Device id")), info.device_id),
        (tr(QT_TRANSLATE_NOOP("cli", "Schema revision")), info.schema_revision or ""),
        (tr(QT_TRANSLATE_NOOP("cli", "Newest revision")), info.head_revision),
        (tr(QT_TRANSLATE_NOOP("cli", "Created")), text_cell(info.created_at)),
        (
            tr(QT_TRANSLATE_NOOP("cli", "Check")),
            tr(QT_TRANSLATE_NOOP("cli", "no damage found ({seconds:.2f} s)")).format(
                seconds=info.check_seconds
            ),
        ),
    ]
    if info.read_only:
        facts.append(
            (tr(QT_TRANSLATE_NOOP("cli", "Access")), tr(QT_TRANSLATE_NOOP("cli", "read-only")))
        )
    for n, backup in enumerate(info.backups):
        label = tr(QT_TRANSLATE_NOOP("cli", "Backups")) if n == 0 else ""
        taken = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        facts.append((label, f"{backup.name}  {taken}  r{backup.revision}"))
    label_width = max(display_width(label) for label, _ in facts)
    for label, value in facts:
        print(f"{pad(label, label_width)}  {value}")
    print()
    headers = [
        tr(QT_TRANSLATE_NOOP("cli", "Entity")),
        tr(QT_TRANSLATE_NOOP("cli", "Live")),
        tr(QT_TRANSLATE_NOOP("cli", "Deleted")),
    ]
    body = [[e.entity, str(e.live), str(e.deleted)] for e in info.entities]
    print(render_table(headers, body, right=frozenset({1, 2})))


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.book)
    if path.exists():
        raise BookExists(path=str(path))
    with create_book(path, owner=args.owner) as book:
        print(
            tr(QT_TRANSLATE_NOOP("cli", "Created an empty account book: {path}")).format(
                path=book.path
            )
        )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    target = Path(args.out)
    if target.exists() and not args.force:
        raise DemoTargetExists(path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    from kam_desktop.services.demo import build_demo_book  # the demo data loads only here

    progress = TerminalProgress()
    try:
        built = build_demo_book(target, today=args.today, progress=progress, replace=args.force)
    finally:
        progress.finish()
    print(tr(QT_TRANSLATE_NOOP("cli", "Built the demo account book: {path}")).format(path=built))
    with open_existing(str(built)) as book:
        print_info(_book_info(book), "table")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        info = _book_info(book)
    print_info(info, args.format)
    return 0


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``init``, ``demo`` and ``info`` under the top-level command list."""
    p = commands.add_parser(
        "init",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "create a new, empty account book")),
    )
    book_option(p)
    p.add_argument(
        "--owner",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("cli", "the account manager who keeps this book")),
    )
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser(
        "demo",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "build the demo account book")),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=tr(QT_TRANSLATE_NOOP("cli", "where to write the demo book")),
    )
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "the date the demo history ends on (default: today)")),
    )
    force_option(p)
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser(
        "info",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "show a book's identity, schema revision and counts")),
    )
    book_option(p)
    format_option(p, ("table", "json"))
    p.set_defaults(handler=cmd_info)
