"""The ``kam`` command line: a thin front end over the same services as the GUI.

``kam init``, ``kam demo``, ``kam info`` and ``kam accounts list``. Errors a rep can act on
(``KamError``) go to stderr with exit code 2, like usage errors; anything unexpected exits 1
with a one-line message (the traceback only with ``--debug``).
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import sys
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kam_desktop import APP_NAME, ORG_NAME, __version__, resources
from kam_desktop.db.book import Book, open_book
from kam_desktop.domain.account_fields import AccountField
from kam_desktop.domain.enums import AccountStatus, Grade, Industry, LifecycleStage, ValueTier
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, set_translator, translate
from kam_desktop.domain.labels import Labeled
from kam_desktop.services.accounts import (
    SORT_KEYS,
    AccountQuery,
    AccountRow,
    count_accounts,
    list_accounts,
)
from kam_desktop.services.book_info import BookInfo, book_info

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
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


def _tr(text: str) -> str:
    return translate("cli", text)


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
    from PySide6.QtCore import QTranslator  # only QtCore: the CLI never needs a display

    translator = QTranslator()
    if not translator.load(str(qm)):
        log.warning("could not load translations from %s", qm)
        set_translator(None, language)
        return
    set_translator(lambda context, text: translator.translate(context, text), language)


def app_data_dir() -> Path:
    """The platform's app-data folder for KAM Desktop (where books live by default)."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


def default_demo_path() -> Path:
    return app_data_dir() / DEMO_BOOK_NAME


# --- plain-text tables ------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Terminal columns of ``text``: wide and full-width (CJK) characters take two."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _fit(text: str, limit: int) -> str:
    text = " ".join(text.split())  # one line per row, whatever the cell holds
    if display_width(text) <= limit:
        return text
    while text and display_width(text) > limit - 3:
        text = text[:-1]
    return text + "..."


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(text))
    return gap + text if right else text + gap


def render_table(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: frozenset[int] = frozenset()
) -> str:
    """Columns aligned by display width, so Chinese text lines up in a terminal."""
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = (
            _pad(c, w, i in right) for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )
        return "  ".join(padded).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(row) for row in rows)
    return "\n".join(out)


# --- values -----------------------------------------------------------------------------------


def _text(value: object, decimals: int = 2) -> str:
    """A cell for people: enum labels, ISO dates, fixed decimals, empty for no value."""
    if value is None:
        return ""
    if isinstance(value, Labeled):
        return value.label()
    if isinstance(value, float):
        return f"{value:.{decimals}f}"
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value)


def _json_value(value: object) -> Any:
    if isinstance(value, Labeled):
        return {"code": value.code, "label": value.label()}
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


# --- accounts list ----------------------------------------------------------------------------

_ROW_FIELDS = tuple(AccountRow.__dataclass_fields__)
_EXTRA_HEADERS = {
    "id": QT_TRANSLATE_NOOP("cli", "ID"),
    "sales_12m": QT_TRANSLATE_NOOP("cli", "Sales, last 12 months (10k CNY)"),
}
# (field, widest a table cell may be); csv and json carry every field of AccountRow.
_TABLE_COLUMNS = (
    ("code", 16),
    ("name", 36),
    ("province", 12),
    ("city", 12),
    ("industry", 16),
    ("hq_grade", 10),
    ("value_tier", 10),
    ("value_score", 10),
    ("lifecycle_stage", 12),
    ("status", 10),
    ("owner", 12),
    ("last_visit_on", 10),
)
_NUMERIC = frozenset({"value_score", "sales_12m"})
_DECIMALS = {"value_score": 1}


def column_label(name: str) -> str:
    if name in _EXTRA_HEADERS:
        return _tr(_EXTRA_HEADERS[name])
    return AccountField(name).label()


def _cell(row: AccountRow, name: str) -> str:
    return _text(getattr(row, name), _DECIMALS.get(name, 2))


def _print_accounts(rows: list[AccountRow], total: int, fmt: str) -> None:
    if fmt == "json":
        items = [{name: _json_value(getattr(r, name)) for name in _ROW_FIELDS} for r in rows]
        print(json.dumps(items, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(_ROW_FIELDS)
        writer.writerows([_cell(r, name) for name in _ROW_FIELDS] for r in rows)
    else:
        names = [name for name, _ in _TABLE_COLUMNS]
        body = [[_fit(_cell(r, n), limit) for n, limit in _TABLE_COLUMNS] for r in rows]
        right = frozenset(i for i, n in enumerate(names) if n in _NUMERIC)
        print(render_table([column_label(n) for n in names], body, right))
        print(
            _tr(QT_TRANSLATE_NOOP("cli", "{shown} of {total} accounts")).format(
                shown=len(rows), total=total
            )
        )


def _open_existing(path: str) -> Book:
    return open_book(Path(path), create=False)


def cmd_accounts_list(args: argparse.Namespace) -> int:
    query = AccountQuery(
        text=args.search or "",
        grades=frozenset(args.grade or ()),
        tiers=frozenset(args.tier or ()),
        provinces=frozenset(args.province or ()),
        cities=frozenset(args.city or ()),
        industries=frozenset(args.industry or ()),
        owners=frozenset(args.owner or ()),
        lifecycle_stages=frozenset(args.lifecycle or ()),
        statuses=frozenset(args.status or ()),
        deleted=args.deleted,
        sort=args.sort,
        descending=args.desc,
    )
    with _open_existing(args.book) as book:
        rows = list_accounts(book, query, limit=args.limit)
        total = count_accounts(book, query)
    _print_accounts(rows, total, args.format)
    return 0


# --- init, demo, info -------------------------------------------------------------------------


def _print_info(info: BookInfo, fmt: str) -> None:
    if fmt == "json":
        data = {
            "path": str(info.path),
            "device_id": info.device_id,
            "owner": info.owner,
            "schema_revision": info.schema_revision,
            "head_revision": info.head_revision,
            "created_at": _json_value(info.created_at),
            "created_by_version": info.created_by_version,
            "entities": {e.entity: {"live": e.live, "deleted": e.deleted} for e in info.entities},
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    facts = [
        (_tr(QT_TRANSLATE_NOOP("cli", "Book")), str(info.path)),
        (_tr(QT_TRANSLATE_NOOP("cli", "Owner")), info.owner),
        (_tr(QT_TRANSLATE_NOOP("cli", "Device id")), info.device_id),
        (_tr(QT_TRANSLATE_NOOP("cli", "Schema revision")), info.schema_revision or ""),
        (_tr(QT_TRANSLATE_NOOP("cli", "Newest revision")), info.head_revision),
        (_tr(QT_TRANSLATE_NOOP("cli", "Created")), _text(info.created_at)),
    ]
    label_width = max(display_width(label) for label, _ in facts)
    for label, value in facts:
        print(f"{_pad(label, label_width, False)}  {value}")
    print()
    headers = [
        _tr(QT_TRANSLATE_NOOP("cli", "Entity")),
        _tr(QT_TRANSLATE_NOOP("cli", "Live")),
        _tr(QT_TRANSLATE_NOOP("cli", "Deleted")),
    ]
    body = [[e.entity, str(e.live), str(e.deleted)] for e in info.entities]
    print(render_table(headers, body, right=frozenset({1, 2})))


def cmd_init(args: argparse.Namespace) -> int:
    path = Path(args.book)
    if path.exists():
        raise BookExists(path=str(path))
    with open_book(path, owner=args.owner) as book:
        print(
            _tr(QT_TRANSLATE_NOOP("cli", "Created an empty account book: {path}")).format(
                path=book.path
            )
        )
    return 0


class _StderrProgress:
    """Progress on the terminal, only when someone is watching it."""

    def __init__(self) -> None:
        self._shown = sys.stderr.isatty()

    def update(self, done: int, total: int, note: str = "") -> None:
        if self._shown and total:
            print(f"\r{done * 100 // total:3d}% {note}\033[K", end="", file=sys.stderr)

    def cancelled(self) -> bool:
        return False

    def finish(self) -> None:
        if self._shown:
            print(file=sys.stderr)


def cmd_demo(args: argparse.Namespace) -> int:
    target = Path(args.out)
    if target.exists():
        if not args.force:
            raise DemoTargetExists(path=str(target))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    from kam_desktop.services.demo import build_demo_book  # the demo data loads only here

    progress = _StderrProgress()
    try:
        built = build_demo_book(target, today=args.today, progress=progress)
    finally:
        progress.finish()
    print(_tr(QT_TRANSLATE_NOOP("cli", "Built the demo account book: {path}")).format(path=built))
    with _open_existing(str(built)) as book:
        _print_info(book_info(book), "table")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with _open_existing(args.book) as book:
        info = book_info(book)
    _print_info(info, args.format)
    return 0


# --- the parser -------------------------------------------------------------------------------


def _enum_arg(enum: type[Labeled]) -> Callable[[str], Labeled]:
    """An argparse type accepting a member's code, English or Chinese label."""

    def parse(text: str) -> Labeled:
        member = enum.parse(text)
        if member is None:
            codes = ", ".join(str(m.code) for m in enum)
            message = _tr(QT_TRANSLATE_NOOP("cli", "{value!r} is not one of: {codes}"))
            raise argparse.ArgumentTypeError(message.format(value=text, codes=codes))
        return member

    parse.__name__ = enum.__name__  # argparse names the type in its messages
    return parse


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = _tr(QT_TRANSLATE_NOOP("cli", "{value!r} is not a date (YYYY-MM-DD)"))
        raise argparse.ArgumentTypeError(message.format(value=text)) from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        message = _tr(QT_TRANSLATE_NOOP("cli", "{value!r} is not a positive whole number"))
        raise argparse.ArgumentTypeError(message.format(value=text))
    return value


def _common_options() -> argparse.ArgumentParser:
    """--lang and --debug, accepted before or after the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=argparse.SUPPRESS,
        help=_tr(
            QT_TRANSLATE_NOOP("cli", "language of messages and labels (default: from the locale)")
        ),
    )
    common.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help=_tr(QT_TRANSLATE_NOOP("cli", "show details (tracebacks, log) when something fails")),
    )
    return common


def _book_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--book",
        required=True,
        metavar="PATH",
        help=_tr(QT_TRANSLATE_NOOP("cli", "the account book (.kambook file)")),
    )


def _add_list_parser(accounts: Any, common: argparse.ArgumentParser) -> None:
    p = accounts.add_parser(
        "list",
        parents=[common],
        help=_tr(QT_TRANSLATE_NOOP("cli", "list, search, filter and sort accounts")),
        description=_tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "List accounts. Filters of different kinds combine; repeated values of one "
                "kind mean any of them.",
            )
        ),
    )
    _book_option(p)
    p.add_argument(
        "--search",
        metavar="TEXT",
        help=_tr(QT_TRANSLATE_NOOP("cli", "part of a name, short name, code, city or credit code")),
    )
    filters = (
        ("--grade", _enum_arg(Grade), QT_TRANSLATE_NOOP("cli", "HQ grade (A B C D)")),
        (
            "--tier",
            _enum_arg(ValueTier),
            QT_TRANSLATE_NOOP("cli", "value tier (platinum gold iron lead)"),
        ),
        ("--industry", _enum_arg(Industry), QT_TRANSLATE_NOOP("cli", "industry section (A to T)")),
        ("--lifecycle", _enum_arg(LifecycleStage), QT_TRANSLATE_NOOP("cli", "lifecycle stage")),
        ("--status", _enum_arg(AccountStatus), QT_TRANSLATE_NOOP("cli", "account status")),
        ("--province", str, QT_TRANSLATE_NOOP("cli", "province")),
        ("--city", str, QT_TRANSLATE_NOOP("cli", "city")),
        ("--owner", str, QT_TRANSLATE_NOOP("cli", "account manager")),
    )
    for flag, kind, help_text in filters:
        p.add_argument(flag, type=kind, nargs="+", metavar="VALUE", help=_tr(help_text))
    p.add_argument(
        "--sort",
        choices=SORT_KEYS,
        default="name",
        metavar="KEY",
        help=_tr(QT_TRANSLATE_NOOP("cli", "column to sort by: {keys} (default: name)")).format(
            keys=", ".join(SORT_KEYS)
        ),
    )
    p.add_argument(
        "--desc", action="store_true", help=_tr(QT_TRANSLATE_NOOP("cli", "sort descending"))
    )
    p.add_argument(
        "--deleted",
        action="store_true",
        help=_tr(QT_TRANSLATE_NOOP("cli", "list deleted accounts (the bin) instead")),
    )
    p.add_argument(
        "--limit",
        type=_positive,
        metavar="N",
        help=_tr(QT_TRANSLATE_NOOP("cli", "show at most N accounts")),
    )
    _format_option(p, ("table", "csv", "json"))
    p.set_defaults(handler=cmd_accounts_list)


def _format_option(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    parser.add_argument(
        "--format",
        choices=formats,
        default="table",
        help=_tr(QT_TRANSLATE_NOOP("cli", "output format (default: table)")),
    )


def build_parser() -> argparse.ArgumentParser:
    common = _common_options()
    parser = argparse.ArgumentParser(
        prog="kam",
        parents=[common],
        description=_tr(
            QT_TRANSLATE_NOOP(
                "cli", "KAM Desktop on the command line: create, inspect and list account books."
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = commands.add_parser(
        "init",
        parents=[common],
        help=_tr(QT_TRANSLATE_NOOP("cli", "create a new, empty account book")),
    )
    _book_option(p)
    p.add_argument(
        "--owner",
        metavar="NAME",
        help=_tr(QT_TRANSLATE_NOOP("cli", "the account manager who keeps this book")),
    )
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser(
        "demo",
        parents=[common],
        help=_tr(QT_TRANSLATE_NOOP("cli", "build the demo account book")),
    )
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=_tr(QT_TRANSLATE_NOOP("cli", "where to write the demo book")),
    )
    p.add_argument(
        "--today",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help=_tr(QT_TRANSLATE_NOOP("cli", "the date the demo history ends on (default: today)")),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=_tr(QT_TRANSLATE_NOOP("cli", "replace the file at --out if it exists")),
    )
    p.set_defaults(handler=cmd_demo)

    p = commands.add_parser(
        "info",
        parents=[common],
        help=_tr(QT_TRANSLATE_NOOP("cli", "show a book's identity, schema revision and counts")),
    )
    _book_option(p)
    _format_option(p, ("table", "json"))
    p.set_defaults(handler=cmd_info)

    p = commands.add_parser(
        "accounts",
        parents=[common],
        help=_tr(QT_TRANSLATE_NOOP("cli", "work with accounts")),
    )
    accounts = p.add_subparsers(dest="accounts_command", required=True, metavar="COMMAND")
    _add_list_parser(accounts, common)
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
    try:
        try:
            args = build_parser().parse_args(arguments)
        except SystemExit as exit_:  # --help and --version (0), usage errors (2)
            return exit_.code if isinstance(exit_.code, int) else 2
        return int(args.handler(args))
    except KamError as exc:
        print(f"kam: {exc.message()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kam: {_tr(QT_TRANSLATE_NOOP('cli', 'interrupted'))}", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``kam accounts list | head``): stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:
        if debug:
            traceback.print_exc()
        message = _tr(
            QT_TRANSLATE_NOOP(
                "cli", "unexpected error: {error}. Run the command again with --debug for details."
            )
        )
        print(f"kam: {message.format(error=f'{type(exc).__name__}: {exc}')}", file=sys.stderr)
        return 1
    finally:
        set_translator(None)  # leave no translator behind for whoever runs next in-process
