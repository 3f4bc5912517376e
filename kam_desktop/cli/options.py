"""What every command shares: translated text, common options, argument types, opening a book."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from kam_desktop.domain.labels import Labeled
from kam_desktop.services.book.handle import Book, open_book

LANGUAGES = ("zh_CN", "en")


def tr(text: str) -> str:
    return translate("cli", text)


def open_existing(path: str) -> Book:
    """Open a book that must already exist: a typo never creates an empty one. What the rep
    should know about it (open read-only, an interrupted upgrade repaired) goes to stderr."""
    book = open_book(Path(path), create=False)
    for notice in book.notices:
        print(f"kam: {notice.message()}", file=sys.stderr)
    return book


def common_options() -> argparse.ArgumentParser:
    """--lang and --debug, accepted before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=tr(
            QT_TRANSLATE_NOOP("cli", "language of messages and labels (default: from the locale)")
        ),
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help=tr(QT_TRANSLATE_NOOP("cli", "show details (tracebacks, log) when something fails")),
    )
    return common


def book_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--book",
        required=True,
        metavar="PATH",
        help=tr(QT_TRANSLATE_NOOP("cli", "the account book (.kambook file)")),
    )


def account_code_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "account_code",
        metavar="ACCOUNT_CODE",
        help=tr(QT_TRANSLATE_NOOP("cli", "the account's customer code (客户编码)")),
    )


def format_option(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    parser.add_argument(
        "--format",
        choices=formats,
        default="table",
        help=tr(QT_TRANSLATE_NOOP("cli", "output format (default: table)")),
    )


def force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--force",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "replace the file at --out if it exists")),
    )


def enum_arg(enum: type[Labeled]) -> Callable[[str], Labeled]:
    """An argparse type accepting a member's code, English or Chinese label."""

    def parse(text: str) -> Labeled:
        member = enum.parse(text)
        if member is None:
            codes = ", ".join(str(m.code) for m in enum)
            message = tr(QT_TRANSLATE_NOOP("cli", "{value!r} is not one of: {codes}"))
            raise argparse.ArgumentTypeError(message.format(value=text, codes=codes))
        return member

    parse.__name__ = enum.__name__  # argparse names the type in its messages
    return parse


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = tr(QT_TRANSLATE_NOOP("cli", "{value!r} is not a date (YYYY-MM-DD)"))
        raise argparse.ArgumentTypeError(message.format(value=text)) from None


def positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        message = tr(QT_TRANSLATE_NOOP("cli", "{value!r} is not a positive whole number"))
        raise argparse.ArgumentTypeError(message.format(value=text))
    return value


def file_with_suffix(*suffixes: str) -> Callable[[str], Path]:
    """An argparse type for an output file whose kind is chosen by its suffix."""

    def parse(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() not in suffixes:
            message = tr(QT_TRANSLATE_NOOP("cli", "{value!r} must end in {suffixes}"))
            raise argparse.ArgumentTypeError(
                message.format(value=text, suffixes=" / ".join(suffixes))
            )
        return path

    parse.__name__ = "file"
    return parse
