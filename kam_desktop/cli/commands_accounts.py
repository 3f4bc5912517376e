"""``kam accounts list``: search, filter and sort accounts."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from typing import Any

from kam_desktop.cli.options import (
    book_option,
    enum_arg,
    format_option,
    open_existing,
    positive,
    tr,
)
from kam_desktop.cli.output import csv_cell, fit, json_value, render_table, text_cell
from kam_desktop.domain.accounts.account_fields import AccountField
from kam_desktop.domain.contacts.coverage import GapKind
from kam_desktop.domain.enums import (
    AccountStatus,
    Grade,
    Industry,
    LifecycleStage,
    RevisitRule,
    ValueTier,
)
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.accounts.find_accounts import (
    SORT_KEYS,
    AccountQuery,
    AccountRow,
    account_rows,
    find_page,
    list_accounts,
)

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
        return tr(_EXTRA_HEADERS[name])
    return AccountField(name).label()


def _cell(row: AccountRow, name: str) -> str:
    return text_cell(getattr(row, name), _DECIMALS.get(name, 2))


_CODE_LISTS = {"map_gaps": GapKind, "due_reasons": RevisitRule}  # stored codes, shown as labels


def _csv_cell(row: AccountRow, name: str) -> str:
    value = getattr(row, name)
    if name in _CODE_LISTS and value:
        kind = _CODE_LISTS[name]
        value = tuple(kind.parse(code) or code for code in value)
    return csv_cell(value, _DECIMALS.get(name, 2))


def _print_accounts(rows: list[AccountRow], total: int, fmt: str) -> None:
    if fmt == "json":
        items = [{name: json_value(getattr(r, name)) for name in _ROW_FIELDS} for r in rows]
        print(json.dumps(items, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(_ROW_FIELDS)
        writer.writerows([_csv_cell(r, name) for name in _ROW_FIELDS] for r in rows)
    else:
        names = [name for name, _ in _TABLE_COLUMNS]
        body = [[fit(_cell(r, n), limit) for n, limit in _TABLE_COLUMNS] for r in rows]
        right = frozenset(i for i, n in enumerate(names) if n in _NUMERIC)
        print(render_table([column_label(n) for n in names], body, right))
        print(
            tr(QT_TRANSLATE_NOOP("cli", "{shown} of {total} accounts")).format(
                shown=len(rows), total=total
            )
        )


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
    with open_existing(args.book) as book:
        if args.limit is None:
            rows = list_accounts(book, query)
            total = len(rows)
        else:  # a page and the count from one pass of the search
            page = find_page(book, query, 0, args.limit)
            rows, total = account_rows(book, page.ids), page.total
    _print_accounts(rows, total, args.format)
    return 0


def _add_list_parser(accounts: Any, common: argparse.ArgumentParser) -> None:
    p = accounts.add_parser(
        "list",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "list, search, filter and sort accounts")),
        description=tr(
            QT_TRANSLATE_NOOP(
                "cli",
                "List accounts. Filters of different kinds combine; repeated values of one "
                "kind mean any of them.",
            )
        ),
    )
    book_option(p)
    p.add_argument(
        "--search",
        metavar="TEXT",
        help=tr(QT_TRANSLATE_NOOP("cli", "part of a name, short name, code, city or credit code")),
    )
    filters = (
        ("--grade", enum_arg(Grade), QT_TRANSLATE_NOOP("cli", "HQ grade (A B C D)")),
        (
            "--tier",
            enum_arg(ValueTier),
            QT_TRANSLATE_NOOP("cli", "value tier (platinum gold iron lead)"),
        ),
        ("--industry", enum_arg(Industry), QT_TRANSLATE_NOOP("cli", "industry section (A to T)")),
        ("--lifecycle", enum_arg(LifecycleStage), QT_TRANSLATE_NOOP("cli", "lifecycle stage")),
        ("--status", enum_arg(AccountStatus), QT_TRANSLATE_NOOP("cli", "account status")),
        ("--province", str, QT_TRANSLATE_NOOP("cli", "province")),
        ("--city", str, QT_TRANSLATE_NOOP("cli", "city")),
        ("--owner", str, QT_TRANSLATE_NOOP("cli", "account manager")),
    )
    for flag, kind, help_text in filters:
        p.add_argument(flag, type=kind, nargs="+", metavar="VALUE", help=tr(help_text))
    p.add_argument(
        "--sort",
        choices=SORT_KEYS,
        default="name",
        metavar="KEY",
        help=tr(QT_TRANSLATE_NOOP("cli", "column to sort by: {keys} (default: name)")).format(
            keys=", ".join(SORT_KEYS)
        ),
    )
    p.add_argument(
        "--desc", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "sort descending"))
    )
    p.add_argument(
        "--deleted",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "list deleted accounts (the bin) instead")),
    )
    p.add_argument(
        "--limit",
        type=positive,
        metavar="N",
        help=tr(QT_TRANSLATE_NOOP("cli", "show at most N accounts")),
    )
    format_option(p, ("table", "csv", "json"))
    p.set_defaults(handler=cmd_accounts_list)


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``accounts`` and its subcommands under the top-level command list."""
    p = commands.add_parser(
        "accounts",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "work with accounts")),
    )
    accounts = p.add_subparsers(dest="accounts_command", required=True, metavar="COMMAND")
    _add_list_parser(accounts, common)
