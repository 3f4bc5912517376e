"""``kam contacts list | export-vcf | import-vcf``: an account's contacts on the command line."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

from kam_desktop.cli.options import (
    account_code_argument,
    book_option,
    file_with_suffix,
    format_option,
    open_existing,
    tr,
)
from kam_desktop.cli.output import csv_cell, fit, json_value, render_table, text_cell
from kam_desktop.domain.contacts.contact_fields import ContactDraft, ContactField
from kam_desktop.domain.enums import RelationshipLevel
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language
from kam_desktop.services.accounts.accounts import account_id_for_code, get_account
from kam_desktop.services.contacts.contacts import ContactRow, list_contacts
from kam_desktop.services.contacts.vcard import export_vcards, import_vcards


def _all_fields() -> tuple[str, ...]:
    """csv and json: every field, the manager by id and by name, and when we last met."""
    names = ["id"]
    for name in ContactDraft.field_names():
        names.append(name)
        if name == "reports_to_id":
            names.append("reports_to")
    return (*names, "last_contact_on")


_FIELDS = _all_fields()
_EXTRA_HEADERS = {
    "id": QT_TRANSLATE_NOOP("cli", "ID"),
    "reports_to": QT_TRANSLATE_NOOP("cli", "Reports to"),
}
# Narrow headers for the terminal table, where a column is as wide as its header.
_SHORT_HEADERS = {
    "is_key_decision_maker": QT_TRANSLATE_NOOP("cli", "KDM"),
    "relationship_level": QT_TRANSLATE_NOOP("cli", "Level"),
}
# (field, widest a table cell may be)
_TABLE_COLUMNS = (
    ("name", 12),
    ("title", 16),
    ("reports_to", 12),
    ("decision_level", 16),
    ("buying_roles", 20),
    ("is_key_decision_maker", 4),
    ("is_coach", 4),
    ("attitude", 20),
    ("influence", 8),
    ("relationship_level", 4),
    ("mobile", 16),
    ("last_contact_on", 10),
)
_NUMERIC = frozenset({"relationship_level"})
_MARK = "✓"  # a flag that is set; an empty cell when not


def column_label(name: str, *, short: bool = False) -> str:
    if short and name in _SHORT_HEADERS:
        return tr(_SHORT_HEADERS[name])
    if name in _EXTRA_HEADERS:
        return tr(_EXTRA_HEADERS[name])
    return ContactField(name).label()


def _value(row: ContactRow, name: str, managers: dict[str, str]) -> object:
    if name == "id":
        return row.id
    if name == "last_contact_on":
        return row.last_contact_on
    if name == "reports_to":
        return managers.get(row.draft.reports_to_id or "")
    return getattr(row.draft, name)


def _text(value: object, *, table: bool = False) -> str:
    if isinstance(value, bool):
        return (_MARK if value else "") if table else str(value).lower()
    if isinstance(value, tuple):
        separator = "、" if current_language().startswith("zh") else ", "
        return separator.join(text_cell(item) for item in value)
    return text_cell(value)


def _json(name: str, value: object) -> Any:
    if name == "relationship_level" and isinstance(value, int):
        return json_value(RelationshipLevel(value))
    return json_value(value)


def _print_contacts(rows: list[ContactRow], account: str, fmt: str) -> None:
    managers = {row.id: row.name for row in rows}
    if fmt == "json":
        items = [{n: _json(n, _value(r, n, managers)) for n in _FIELDS} for r in rows]
        print(json.dumps(items, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(_FIELDS)
        writer.writerows([csv_cell(_value(r, n, managers)) for n in _FIELDS] for r in rows)
    else:
        names = [name for name, _ in _TABLE_COLUMNS]
        body = [
            [fit(_text(_value(r, n, managers), table=True), limit) for n, limit in _TABLE_COLUMNS]
            for r in rows
        ]
        right = frozenset(i for i, n in enumerate(names) if n in _NUMERIC)
        print(render_table([column_label(n, short=True) for n in names], body, right))
        footer = tr(QT_TRANSLATE_NOOP("cli", "{count} contacts of {account}"))
        print(footer.format(count=len(rows), account=account))


def cmd_contacts_list(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        account_id = account_id_for_code(book, args.account_code)
        account = text_cell(get_account(book, account_id).name)  # printed: no control chars
        rows = list_contacts(book, account_id)
    _print_contacts(rows, account, args.format)
    return 0


def cmd_export_vcf(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        account_id = account_id_for_code(book, args.account_code)
        account = text_cell(get_account(book, account_id).name)  # printed: no control chars
        count = export_vcards(book, account_id, args.out)
    message = tr(QT_TRANSLATE_NOOP("cli", "Exported {count} contacts of {account} to {path}"))
    print(message.format(count=count, account=account, path=args.out))
    return 0


def cmd_import_vcf(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        account_id = account_id_for_code(book, args.account_code)
        account = text_cell(get_account(book, account_id).name)  # printed: no control chars
        result = import_vcards(book, account_id, Path(args.file))
    message = tr(QT_TRANSLATE_NOOP("cli", "Imported {count} contacts from {path} into {account}"))
    print(message.format(count=result.count, account=account, path=args.file))
    if result.warnings:
        heading = QT_TRANSLATE_NOOP("cli", "{count} warnings (imported as written or skipped):")
        print(tr(heading).format(count=len(result.warnings)))
        for warning in result.warnings:
            print(f"  {warning.message()}")
    return 0


def _subcommand(
    contacts: Any, common: argparse.ArgumentParser, name: str, help_text: str
) -> argparse.ArgumentParser:
    p = contacts.add_parser(name, parents=[common], help=tr(help_text), description=tr(help_text))
    book_option(p)
    account_code_argument(p)
    return p


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``contacts`` and its subcommands under the top-level command list."""
    p = commands.add_parser(
        "contacts",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "list an account's contacts; vCard import and export")),
    )
    contacts = p.add_subparsers(dest="contacts_command", required=True, metavar="COMMAND")

    help_text = QT_TRANSLATE_NOOP("cli", "list an account's contacts, ordered by name")
    p = _subcommand(contacts, common, "list", help_text)
    format_option(p, ("table", "csv", "json"))
    p.set_defaults(handler=cmd_contacts_list)

    help_text = QT_TRANSLATE_NOOP(
        "cli", "write an account's contacts to a vCard 3.0 file (UTF-8), e.g. for a phone"
    )
    p = _subcommand(contacts, common, "export-vcf", help_text)
    p.add_argument(
        "--out",
        required=True,
        type=file_with_suffix(".vcf"),
        metavar="FILE.vcf",
        help=tr(QT_TRANSLATE_NOOP("cli", "the vCard file to write (replaced if it exists)")),
    )
    p.set_defaults(handler=cmd_export_vcf)

    help_text = QT_TRANSLATE_NOOP(
        "cli",
        "add the contacts of a vCard file (2.1, 3.0 or 4.0) to an account: all of them, or "
        "none and a message naming the card and field at fault; a phone number that cannot be "
        "checked is kept with a warning, a card without a name is skipped with one",
    )
    p = _subcommand(contacts, common, "import-vcf", help_text)
    p.add_argument(
        "file",
        metavar="FILE.vcf",
        help=tr(QT_TRANSLATE_NOOP("cli", "the vCard file to read")),
    )
    p.set_defaults(handler=cmd_import_vcf)
