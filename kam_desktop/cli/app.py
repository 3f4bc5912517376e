"""The ``kam`` parser and entry point: language, logging, and turning errors into exit codes.

Errors a rep can act on (``KamError``) go to stderr with exit code 2, like usage errors;
anything unexpected exits 1 with a one-line message (the traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kam_desktop import __version__, resources
from kam_desktop.cli import (
    commands_accounts,
    commands_book,
    commands_contacts,
    commands_export,
    commands_import,
    commands_map,
    commands_plan,
    commands_value,
    commands_visits,
)
from kam_desktop.cli.options import LANGUAGES, common_options, tr
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, set_translator
from kam_desktop.services.book import db_errors

log = logging.getLogger(__name__)


# --- language ---------------------------------------------------------------------------------


def language_from_env(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    """zh_CN on a Chinese locale, English otherwise (POSIX precedence: LC_ALL, then LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


def install_language(language: str) -> None:
    """Translate through Qt's compiled catalogue for ``language`` when it is shipped."""
    qm = resources.path(f"resources/i18n/kam_desktop_{language}.qm")
    if not qm.is_file():
        set_translator(None, language)
        return
    from PySide6.QtCore import QTranslator  # only QtCore: most commands never need a display

    translator = QTranslator()
    if not translator.load(str(qm)):
        log.warning("could not load translations from %s", qm)
        set_translator(None, language)
        return
    set_translator(lambda context, text: translator.translate(context, text), language)


# --- the parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="kam",
        parents=[common],
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "KAM Desktop on the command line: create, inspect and list account books, "
                "their contacts and contact maps, visits, due revisits and calendars.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in (
        commands_book,
        commands_accounts,
        commands_contacts,
        commands_map,
        commands_visits,
        commands_import,
        commands_export,
        commands_value,
        commands_plan,
    ):
        module.add_parsers(commands, common)
    return parser


# --- entry point ------------------------------------------------------------------------------


def _early_options(argv: Sequence[str]) -> tuple[str, bool]:
    """Language and --debug before the real parse, so help and errors come out translated."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--debug", action="store_true")
    known, _ = early.parse_known_args(argv)
    language = known.lang if known.lang in LANGUAGES else language_from_env()
    return language, known.debug


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language, debug = _early_options(arguments)
    install_language(language)
    logging.basicConfig(
        level=logging.INFO if debug else logging.WARNING,
        format="kam: %(levelname)s: %(name)s: %(message)s",
    )
    book_path: Path | None = None  # named in a database error's message
    try:
        try:
            args = build_parser().parse_args(arguments)
        except SystemExit as exit_:  # --help and --version (0), usage errors (2)
            return exit_.code if isinstance(exit_.code, int) else 2
        args.language = language
        book_path = Path(args.book) if getattr(args, "book", None) else None
        return int(args.handler(args))
    except KamError as exc:
        print(f"kam: {exc.message()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kam: {tr(QT_TRANSLATE_NOOP('cli', 'interrupted'))}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``kam accounts list | head``): it has what it wanted, so this
        # is a success, as for any Unix filter. Output still buffered would fail again at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        typed = db_errors.user_error(exc, book_path)  # locked, read-only, full, damaged
        if typed is not None:
            print(f"kam: {typed.message()}", file=sys.stderr)
            return 2
        if debug:  # without SQL parameters: they are the rep's rows
            print(db_errors.details(exc), file=sys.stderr, end="")
        message = tr(
            QT_TRANSLATE_NOOP(
                "cli", "unexpected error: {error}. Run the command again with --debug for details."
            )
        )
        print(f"kam: {message.format(error=db_errors.describe(exc))}", file=sys.stderr)
        return 1
    finally:
        set_translator(None)  # leave no translator behind for whoever runs next in-process
