"""``kam value``: ``show`` one account's value facts (DOMAIN §7): score and tier, lifecycle, sales
and margin of the last 12 months, lifetime value with its assumptions, referral value, quadrant
and playbook, and the suggested relationship mode; ``score`` the book and store a month's value
snapshots. ``chart`` (``commands_value_chart``) and ``models`` (``commands_value_models``) are
registered from here."""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from typing import Any

from kam_desktop.cli import commands_value_chart, commands_value_models
from kam_desktop.cli.options import (
    account_code_argument,
    book_option,
    format_option,
    iso_date,
    open_existing,
    tr,
)
from kam_desktop.cli.output import display_width, json_value, pad, render_table, text_cell
from kam_desktop.cli.progress import TerminalProgress
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.lifecycle import month_of
from kam_desktop.services.accounts.accounts import account_id_for_code
from kam_desktop.services.book.account_caches import refresh_all
from kam_desktop.services.progress import Steps, step_names
from kam_desktop.services.value.account_value import AccountValue, account_value
from kam_desktop.services.value.snapshots import (
    BadSnapshotMonth,
    backfill_snapshots,
    missing_months,
    write_snapshot,
)

_NO_DATA = QT_TRANSLATE_NOOP("cli", "no data")
_AMOUNT = QT_TRANSLATE_NOOP("cli", "{amount} (10k CNY)")


def _amount(value: float | None) -> str:
    return tr(_NO_DATA) if value is None else tr(_AMOUNT).format(amount=f"{value:,.2f}")


def _percent(rate: float) -> str:
    return f"{rate * 100:g} %"


def _assumptions(v: AccountValue) -> str:
    a = v.assumptions
    stage = v.lifecycle_stage.label() if v.lifecycle_stage else tr(QT_TRANSLATE_NOOP("cli", "none"))
    text = tr(
        QT_TRANSLATE_NOOP(
            "cli",
            "retention {retention} a year (lifecycle: {stage}), discount rate {discount} a year, "
            "{years} years",
        )
    ).format(
        retention=_percent(v.retention),
        stage=stage,
        discount=_percent(a.discount_rate),
        years=a.horizon_years,
    )
    if v.cost_to_serve_12m is None:
        return text + tr(QT_TRANSLATE_NOOP("cli", "; cost to serve not recorded"))
    return text + tr(QT_TRANSLATE_NOOP("cli", "; cost to serve {amount} a year")).format(
        amount=f"{v.cost_to_serve_12m:,.2f}"
    )


def _facts(v: AccountValue) -> list[tuple[str, str]]:
    score = text_cell(v.score, 1) or tr(_NO_DATA)
    if v.tier is not None:
        score = f"{score} ({v.tier.label()})"
    facts = [(tr(QT_TRANSLATE_NOOP("cli", "Value score")), score)]
    if v.incomplete:
        note = QT_TRANSLATE_NOOP("cli", "some indicators had no data; the score uses the others")
        facts.append((tr(QT_TRANSLATE_NOOP("cli", "Incomplete data")), tr(note)))
    stage = text_cell(v.lifecycle_stage) or tr(_NO_DATA)
    if v.lifecycle_overridden:
        stage += tr(QT_TRANSLATE_NOOP("cli", " (set by hand)"))
    referral = _amount(v.referral_value)
    if v.referred_count:
        referral += tr(QT_TRANSLATE_NOOP("cli", ", from {count} referred accounts")).format(
            count=v.referred_count
        )
    facts += [
        (tr(QT_TRANSLATE_NOOP("cli", "Lifecycle stage")), stage),
        (tr(QT_TRANSLATE_NOOP("cli", "Sales, last 12 months")), _amount(v.sales_12m)),
        (tr(QT_TRANSLATE_NOOP("cli", "Gross margin, last 12 months")), _amount(v.margin_12m)),
        (tr(QT_TRANSLATE_NOOP("cli", "Lifetime value")), _amount(v.lifetime_value)),
        (tr(QT_TRANSLATE_NOOP("cli", "Assumptions")), _assumptions(v)),
        (tr(QT_TRANSLATE_NOOP("cli", "Referral value")), referral),
        (
            tr(QT_TRANSLATE_NOOP("cli", "Quadrant")),
            text_cell(v.quadrant) or tr(_NO_DATA),
        ),
    ]
    if v.playbook is not None:
        facts.append((tr(QT_TRANSLATE_NOOP("cli", "Suggested action")), str(v.playbook)))
    facts.append(
        (
            tr(QT_TRANSLATE_NOOP("cli", "Suggested relationship mode")),
            text_cell(v.suggested_mode) or tr(_NO_DATA),
        )
    )
    if v.relationship_mode is not None:
        facts.append(
            (tr(QT_TRANSLATE_NOOP("cli", "Relationship mode now")), v.relationship_mode.label())
        )
    return facts


def _print_table(v: AccountValue) -> None:
    print(f"{v.code or ''}  {text_cell(v.name)}".strip())
    facts = _facts(v)
    width = max(display_width(label) for label, _ in facts)
    for label, value in facts:
        print(f"{pad(label, width)}  {text_cell(value)}")
    print()
    headers = [
        tr(QT_TRANSLATE_NOOP("cli", "Month")),
        tr(QT_TRANSLATE_NOOP("cli", "Sales (10k CNY)")),
        tr(QT_TRANSLATE_NOOP("cli", "Gross margin (10k CNY)")),
    ]
    gap = "-"  # a month without data is a gap, never 0
    body = [
        [m.month, text_cell(m.sales) or gap, text_cell(m.margin) or gap] for m in v.months[-12:]
    ]
    print(render_table(headers, body, right=frozenset({1, 2})))


def _as_json(v: AccountValue) -> dict[str, Any]:
    a = v.assumptions
    return {
        "code": v.code,
        "name": v.name,
        "score": v.score,
        "tier": json_value(v.tier),
        "incomplete": v.incomplete,
        "lifecycle_stage": json_value(v.lifecycle_stage),
        "lifecycle_overridden": v.lifecycle_overridden,
        "sales_12m": v.sales_12m,
        "margin_12m": v.margin_12m,
        "cost_to_serve_12m": v.cost_to_serve_12m,
        "lifetime_value": v.lifetime_value,
        "assumptions": {
            "retention": v.retention,
            "retention_by_stage": {str(s.code): r for s, r in a.retention_by_stage.items()},
            "discount_rate": a.discount_rate,
            "horizon_years": a.horizon_years,
        },
        "referral_value": v.referral_value,
        "referred_count": v.referred_count,
        "quadrant": json_value(v.quadrant),
        "playbook": None if v.playbook is None else str(v.playbook),
        "suggested_relationship_mode": json_value(v.suggested_mode),
        "relationship_mode": json_value(v.relationship_mode),
        "months": [{"month": m.month, "sales": m.sales, "margin": m.margin} for m in v.months],
    }


def cmd_value_show(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        value = account_value(book, account_id_for_code(book, args.account_code), args.today)
    if args.format == "json":
        print(json.dumps(_as_json(value), ensure_ascii=False, indent=2))
    else:
        _print_table(value)
    return 0


_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
_SCORE_STEPS = step_names(
    QT_TRANSLATE_NOOP("progress", "Scoring accounts"),
    QT_TRANSLATE_NOOP("progress", "Saving value snapshots"),
)


def _check_period(period: str | None, today: date) -> None:
    """Refuse a month ``write_snapshot`` would refuse before the caches are rewritten for it."""
    if period is not None and not (_MONTH.fullmatch(period) and period <= month_of(today)):
        raise BadSnapshotMonth(month=period)


def cmd_value_score(args: argparse.Namespace) -> int:
    today = args.today or date.today()
    _check_period(args.period, today)
    progress = TerminalProgress()
    steps = Steps(progress, _SCORE_STEPS)
    try:
        with open_existing(args.book) as book:
            refresh_all(book, today, steps.within(0))
            if args.backfill:
                months = missing_months(book, today)
                rows = backfill_snapshots(book, steps.within(1), today)
            else:
                months = [args.period or month_of(today)]
                rows = write_snapshot(book, args.period, today, steps.within(1))
            steps.finish()
    finally:
        progress.finish()
    print(tr(QT_TRANSLATE_NOOP("cli", "Scored the accounts as of {day}.")).format(day=today))
    if not months:
        print(tr(QT_TRANSLATE_NOOP("cli", "No month was missing its value snapshots.")))
    elif len(months) == 1:
        text = tr(QT_TRANSLATE_NOOP("cli", "Wrote {rows} value snapshots for {month}."))
        print(text.format(rows=rows, month=months[0]))
    else:
        text = tr(
            QT_TRANSLATE_NOOP(
                "cli", "Wrote {rows} value snapshots for {count} months, {first} to {last}."
            )
        )
        print(text.format(rows=rows, count=len(months), first=months[0], last=months[-1]))
    return 0


def _add_score_parser(value: Any, common: argparse.ArgumentParser) -> None:
    help_text = QT_TRANSLATE_NOOP(
        "cli", "score every account and store the value snapshots of a month"
    )
    p = value.add_parser("score", parents=[common], help=tr(help_text), description=tr(help_text))
    book_option(p)
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--period",
        metavar="YYYY-MM",
        help=tr(QT_TRANSLATE_NOOP("cli", "the month to store (default: the current month)")),
    )
    which.add_argument(
        "--backfill",
        action="store_true",
        help=tr(
            QT_TRANSLATE_NOOP(
                "cli", "store every month the value records cover that has no snapshots yet"
            )
        ),
    )
    _today_option(p)
    p.set_defaults(handler=cmd_value_score)


def _today_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--today",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help=tr(QT_TRANSLATE_NOOP("cli", "the day to compute for (default: today)")),
    )


def _add_show_parser(value: Any, common: argparse.ArgumentParser) -> None:
    p = value.add_parser(
        "show",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "show one account's value, lifetime and referral value")),
    )
    book_option(p)
    account_code_argument(p)
    _today_option(p)
    format_option(p, ("table", "json"))
    p.set_defaults(handler=cmd_value_show)


def add_parsers(commands: Any, common: argparse.ArgumentParser) -> None:
    """``value`` and its subcommands under the top-level command list."""
    p = commands.add_parser(
        "value",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "customer value: scores, lifetime and referral value")),
    )
    value = p.add_subparsers(dest="value_command", required=True, metavar="COMMAND")
    _add_show_parser(value, common)
    _add_score_parser(value, common)
    commands_value_chart.add_parser(value, common)
    commands_value_models.add_parser(value, common)
