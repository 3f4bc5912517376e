"""``kam map``: draw an account's contact map to a PNG or SVG file, without a display."""

from __future__ import annotations

import argparse
import os
from typing import Any

from kam_desktop.cli.options import (
    account_code_argument,
    book_option,
    file_with_suffix,
    open_existing,
    tr,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.accounts.accounts import account_id_for_code


def cmd_map(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        account_id = account_id_for_code(book, args.account_code)
        # Qt's GUI modules load only for this command, and draw on no screen at all.
        if not os.environ.get("QT_QPA_PLATFORM"):  # set but empty is unset to Qt, too
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from kam_desktop.reports.contact_map.export import render_map_file

        render_map_file(book, account_id, args.out, args.language)
    message = tr(QT_TRANSLATE_NOOP("cli", "Drew the contact map of {code} to {path}"))
    print(message.format(code=args.account_code, path=args.out))
    return 0


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``map`` under the top-level command list."""
    help_text = QT_TRANSLATE_NOOP(
        "cli", "draw an account's contact map (org chart, influence, coverage gaps) to a file"
    )
    p = commands.add_parser("map", parents=[common], help=tr(help_text), description=tr(help_text))
    book_option(p)
    account_code_argument(p)
    p.add_argument(
        "--out",
        required=True,
        type=file_with_suffix(".png", ".svg"),
        metavar="FILE",
        help=tr(QT_TRANSLATE_NOOP("cli", "map.png or map.svg (replaced if it exists)")),
    )
    p.set_defaults(handler=cmd_map)
