"""``kam visits list | due | ics``: the agenda, the due list and a calendar file.

Dates on the command line are the rep's local calendar days (this computer's time zone), the
same days the GUI's date pickers give; the services store and filter UTC.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from kam_desktop.cli.options import (
    book_option,
    enum_arg,
    file_with_suffix,
    format_option,
    iso_date,
    open_existing,
    tr,
)
from kam_desktop.cli.output import csv_cell, fit, json_value, render_table, text_cell
from kam_desktop.domain.enums import VisitStatus
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, current_language
from kam_desktop.services.accounts.accounts import account_id_for_code
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.revisits.revisits import due_list
from kam_desktop.services.visits.calendar_ics import export_ics
from kam_desktop.services.visits.visit_queries import (
    VisitQuery,
    VisitRow,
    list_visits,
    local_day_range,
)

HORIZON_DAYS = 7  # a week ahead: the due list's own default, as in the GUI


class RangeBackwards(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "--from {start} is after --to {end}. Give the earlier day first."
    )


class NoSuchFolder(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "The folder {folder} does not exist; nothing was written."
    )


# --- shared -------------------------------------------------------------------------------------


def _check_order(first: date | None, last: date | None) -> None:
    if first is not None and last is not None and first > last:
        raise RangeBackwards(start=first.isoformat(), end=last.isoformat())


def _day_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """UTC bounds [start, end) of the local days ``first``..``last``; None for an open end."""
    _check_order(first, last)
    start = local_day_range(first)[0] if first is not None else None
    end = local_day_range(last)[1] if last is not None else None
    return start, end


def _joined(items: tuple[str, ...]) -> str:
    return ("、" if current_language().startswith("zh") else ", ").join(items)


def _write_csv(fields: tuple[str, ...], rows: list[list[object]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(fields)
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)  # formulas made inert


# --- visits list --------------------------------------------------------------------------------

_VISIT_FIELDS = (*VisitRow.__dataclass_fields__, "overdue")
_VISIT_HEADERS = (
    (QT_TRANSLATE_NOOP("cli", "Planned"), 16),
    (QT_TRANSLATE_NOOP("cli", "Code"), 10),
    (QT_TRANSLATE_NOOP("cli", "Account"), 36),
    (QT_TRANSLATE_NOOP("cli", "Purpose"), 20),
    (QT_TRANSLATE_NOOP("cli", "Method"), 12),
    (QT_TRANSLATE_NOOP("cli", "Status"), 12),
    (QT_TRANSLATE_NOOP("cli", "Attendees"), 20),
    (QT_TRANSLATE_NOOP("cli", "Objective / outcome"), 36),
)


def _visit_value(row: VisitRow, name: str, now: datetime) -> object:
    if name == "overdue":
        return row.is_overdue(now)
    value = getattr(row, name)
    return value.astimezone() if isinstance(value, datetime) else value


def _visit_cells(row: VisitRow) -> list[str]:
    # A done visit is summed up by its outcome; a planned one by what it is for.
    excerpt = row.outcome if row.status == VisitStatus.DONE and row.outcome else row.objectives
    texts = [
        row.planned_start.astimezone().strftime("%Y-%m-%d %H:%M"),
        row.account_code or "",
        row.account_name,
        text_cell(row.purpose),
        text_cell(row.method),
        text_cell(row.status),
        _joined(row.attendee_names),
        excerpt or "",
    ]
    return [fit(text, limit) for text, (_, limit) in zip(texts, _VISIT_HEADERS, strict=True)]


def _print_visits(rows: list[VisitRow], fmt: str, now: datetime) -> None:
    if fmt == "json":
        items = [{n: json_value(_visit_value(r, n, now)) for n in _VISIT_FIELDS} for r in rows]
        print(json.dumps(items, ensure_ascii=False, indent=2))
    elif fmt == "csv":
        body = []
        for r in rows:
            values = (_visit_value(r, n, now) for n in _VISIT_FIELDS)
            body.append(list(values))
        _write_csv(_VISIT_FIELDS, body)
    else:
        headers = [tr(text) for text, _ in _VISIT_HEADERS]
        print(render_table(headers, [_visit_cells(r) for r in rows]))
        print(tr(QT_TRANSLATE_NOOP("cli", "{count} visits")).format(count=len(rows)))


def _as_of(today: date | None) -> datetime:
    """The moment --overdue counts from: the start of the local day ``today``, else now."""
    if today is None:
        return datetime.now().astimezone()
    return datetime.combine(today, time()).astimezone()


def cmd_visits_list(args: argparse.Namespace) -> int:
    start, end = _day_bounds(args.from_day, args.to_day)
    now = _as_of(args.today)
    with open_existing(args.book) as book:
        accounts = frozenset(account_id_for_code(book, code) for code in args.account or ())
        query = VisitQuery(
            start=start,
            end=end,
            statuses=frozenset(args.status or ()),
            owners=frozenset(args.owner or ()),
            account_ids=accounts,
            overdue_only=args.overdue,
        )
        rows = list_visits(book, query, now=now)
    _print_visits(rows, args.format, now)
    return 0


# --- visits due ---------------------------------------------------------------------------------

_DUE_FIELDS = (
    "account_id", "account_code", "account_name", "tier", "grade", "owner", "due_on",
    "overdue_days", "rule", "rule_key", "reason",
)  # fmt: skip
_DUE_HEADERS = (
    (QT_TRANSLATE_NOOP("cli", "Code"), 10),
    (QT_TRANSLATE_NOOP("cli", "Account"), 36),
    (QT_TRANSLATE_NOOP("cli", "Tier"), 8),
    (QT_TRANSLATE_NOOP("cli", "Owner"), 10),
    (QT_TRANSLATE_NOOP("cli", "Due on"), 10),
    (QT_TRANSLATE_NOOP("cli", "Days overdue"), 12),
    (QT_TRANSLATE_NOOP("cli", "Reason"), 100),
)


def _due_table(items: list[DueItem]) -> list[list[str]]:
    """One line per reason; the account's cells only on its first line, so accounts stand out."""
    body = []
    for item in items:
        account = [item.account_code or "", item.account_name, text_cell(item.tier), item.owner]
        for i, reason in enumerate(item.reasons):
            overdue = str(reason.overdue_days) if reason.overdue_days > 0 else ""
            texts = [*(account if i == 0 else [""] * 4), reason.due_on.isoformat(), overdue,
                     reason.message()]  # fmt: skip
            body.append([fit(t or "", w) for t, (_, w) in zip(texts, _DUE_HEADERS, strict=True)])
    return body


def _due_json(item: DueItem) -> dict[str, Any]:
    return {
        "account_id": item.account_id,
        "account_code": item.account_code,
        "account_name": item.account_name,
        "tier": json_value(item.tier),
        "grade": json_value(item.grade),
        "owner": item.owner,
        "due_on": json_value(item.due_on),
        "overdue_days": item.overdue_days,
        "reasons": [
            {
                "rule": json_value(r.rule),
                "rule_key": r.rule_key,
                "due_on": json_value(r.due_on),
                "overdue_days": r.overdue_days,
                "reason": r.message(),
            }
            for r in item.reasons
        ],
    }


def _print_due(items: list[DueItem], fmt: str, by: date) -> None:
    if fmt == "json":
        print(json.dumps([_due_json(i) for i in items], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        body = [
            [i.account_id, i.account_code or "", i.account_name, text_cell(i.tier),
             text_cell(i.grade), i.owner or "", r.due_on.isoformat(), r.overdue_days,
             text_cell(r.rule), r.rule_key, r.message()]
            for i in items
            for r in i.reasons
        ]  # fmt: skip
        _write_csv(_DUE_FIELDS, body)
    else:
        headers = [tr(text) for text, _ in _DUE_HEADERS]
        print(render_table(headers, _due_table(items), right=frozenset({5})))
        footer = tr(QT_TRANSLATE_NOOP("cli", "{count} accounts due by {day}"))
        print(footer.format(count=len(items), day=by.isoformat()))


def cmd_visits_due(args: argparse.Namespace) -> int:
    today = args.on or date.today()
    with open_existing(args.book) as book:
        items = due_list(book, today, owners=args.owner, horizon_days=HORIZON_DAYS)
    _print_due(items, args.format, today + timedelta(days=HORIZON_DAYS))
    return 0


# --- visits ics ---------------------------------------------------------------------------------


def cmd_visits_ics(args: argparse.Namespace) -> int:
    _check_order(args.from_day, args.to_day)
    start, end = local_day_range(args.from_day, args.to_day)
    folder = Path(args.out).parent
    if not folder.is_dir():
        raise NoSuchFolder(folder=str(folder))
    with open_existing(args.book) as book:
        count = export_ics(book, start, end, args.out, owner=args.owner)
    message = tr(
        QT_TRANSLATE_NOOP("cli", "Wrote {count} planned visits from {start} to {end} to {path}")
    )
    print(message.format(count=count, start=args.from_day, end=args.to_day, path=args.out))
    return 0


# --- the parsers --------------------------------------------------------------------------------


def _date_option(p: argparse.ArgumentParser, flag: str, help_text: str, **kw: Any) -> None:
    p.add_argument(flag, type=iso_date, metavar="YYYY-MM-DD", help=tr(help_text), **kw)


def _owner_option(p: argparse.ArgumentParser, help_text: str) -> None:
    p.add_argument("--owner", nargs="+", action="extend", metavar="NAME", help=tr(help_text))


def _range_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    from_help = QT_TRANSLATE_NOOP("cli", "first day (local date, included)")
    to_help = QT_TRANSLATE_NOOP("cli", "last day (local date, included)")
    _date_option(p, "--from", from_help, dest="from_day", required=required)
    _date_option(p, "--to", to_help, dest="to_day", required=required)


def _subcommand(
    visits: Any, common: argparse.ArgumentParser, name: str, help_text: str
) -> argparse.ArgumentParser:
    p = visits.add_parser(name, parents=[common], help=tr(help_text), description=tr(help_text))
    book_option(p)
    return p


def _add_list_parser(visits: Any, common: argparse.ArgumentParser) -> None:
    help_text = QT_TRANSLATE_NOOP(
        "cli", "list visits by planned time: a range of days, a status, an owner, an account"
    )
    p = _subcommand(visits, common, "list", help_text)
    _range_options(p, required=False)
    p.add_argument(
        "--status",
        type=enum_arg(VisitStatus),
        nargs="+",
        action="extend",
        metavar="STATUS",
        help=tr(QT_TRANSLATE_NOOP("cli", "visit status: {codes}")).format(
            codes=" ".join(str(s.code) for s in VisitStatus)
        ),
    )
    _owner_option(p, QT_TRANSLATE_NOOP("cli", "who the visit belongs to"))
    p.add_argument(
        "--account",
        nargs="+",
        action="extend",
        metavar="CODE",
        help=tr(QT_TRANSLATE_NOOP("cli", "the account's customer code (客户编码)")),
    )
    p.add_argument(
        "--overdue",
        action="store_true",
        help=tr(QT_TRANSLATE_NOOP("cli", "only planned visits whose time has passed")),
    )
    today_help = QT_TRANSLATE_NOOP(
        "cli", "count --overdue from the start of this day (default: now)"
    )
    _date_option(p, "--today", today_help)
    format_option(p, ("table", "csv", "json"))
    p.set_defaults(handler=cmd_visits_list)


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``visits`` and its subcommands under the top-level command list."""
    p = commands.add_parser(
        "visits",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "the visit agenda, revisits due, calendar export")),
    )
    visits = p.add_subparsers(dest="visits_command", required=True, metavar="COMMAND")
    _add_list_parser(visits, common)

    help_text = QT_TRANSLATE_NOOP(
        "cli", "accounts due for a revisit within a week, with the reasons (待回访)"
    )
    p = _subcommand(visits, common, "due", help_text)
    on_help = QT_TRANSLATE_NOOP("cli", "the day to count from (default: today)")
    _date_option(p, "--on", on_help)
    _owner_option(p, QT_TRANSLATE_NOOP("cli", "the account manager"))
    format_option(p, ("table", "csv", "json"))
    p.set_defaults(handler=cmd_visits_due)

    help_text = QT_TRANSLATE_NOOP(
        "cli", "write the planned visits of a range of days to an iCalendar (.ics) file"
    )
    p = _subcommand(visits, common, "ics", help_text)
    _range_options(p, required=True)
    p.add_argument(
        "--out",
        required=True,
        type=file_with_suffix(".ics"),
        metavar="FILE.ics",
        help=tr(QT_TRANSLATE_NOOP("cli", "the calendar file to write (replaced if it exists)")),
    )
    owner_help = QT_TRANSLATE_NOOP("cli", "only this owner's visits")
    p.add_argument("--owner", metavar="NAME", help=tr(owner_help))
    p.set_defaults(handler=cmd_visits_ics)
