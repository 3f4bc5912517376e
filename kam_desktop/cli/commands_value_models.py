"""``kam value models``: the value models in the book (价值模型, DOMAIN §7.1): ``list`` them with
each indicator's weight and the share of the score it carries, ``use`` one, ``set-weight`` in
one, ``add`` one. A change to the active model's weights is scored at the next refresh
(``kam value score``, or opening the book)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from kam_desktop.cli.options import book_option, format_option, open_existing, tr
from kam_desktop.cli.output import render_table
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.value.value import ValueIndicator
from kam_desktop.services.value.value_models import (
    ValueModelInfo,
    add_model,
    list_models,
    set_weight,
    use_model,
)

_RESCORE = QT_TRANSLATE_NOOP(
    "cli", "The scores change at the next refresh: run kam value score to rescore now."
)


def _print_model(model: ValueModelInfo) -> None:
    title = model.display_name
    if model.is_default:
        title += tr(QT_TRANSLATE_NOOP("cli", " (active)"))
    print(title)
    headers = [
        tr(QT_TRANSLATE_NOOP("cli", "Indicator")),
        tr(QT_TRANSLATE_NOOP("cli", "Indicator code")),
        tr(QT_TRANSLATE_NOOP("cli", "Weight")),
        tr(QT_TRANSLATE_NOOP("cli", "Share")),
    ]
    shares = model.shares()
    rows = [
        [i.label(), str(i.code), f"{model.weights[str(i.code)]:g}", f"{shares[str(i.code)]:.0%}"]
        for i in ValueIndicator
    ]
    print(render_table(headers, rows, right=frozenset({2, 3})))


def _as_json(model: ValueModelInfo) -> dict[str, Any]:
    return {
        "name": model.name,
        "label": model.display_name,
        "active": model.is_default,
        "weights": dict(model.weights),
        "shares": model.shares(),
    }


def cmd_models_list(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        models = list_models(book)
    if args.format == "json":
        print(json.dumps([_as_json(m) for m in models], ensure_ascii=False, indent=2))
        return 0
    for index, model in enumerate(models):
        if index:
            print()
        _print_model(model)
    return 0


def cmd_models_use(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        model = use_model(book, args.name)
    text = tr(QT_TRANSLATE_NOOP("cli", "The book now scores with the value model {name}."))
    print(text.format(name=model.display_name))
    print(tr(_RESCORE))
    return 0


def cmd_models_set_weight(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        model = set_weight(book, args.name, args.indicator, args.weight)
    _print_model(model)
    if model.is_default:
        print(tr(_RESCORE))
    return 0


def cmd_models_add(args: argparse.Namespace) -> int:
    with open_existing(args.book) as book:
        model = add_model(book, args.name, args.like)
    _print_model(model)
    return 0


def _name_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "name", metavar="NAME", help=tr(QT_TRANSLATE_NOOP("cli", "the value model's name"))
    )


def add_parser(value: Any, common: argparse.ArgumentParser) -> None:
    """``models`` and its subcommands under ``kam value``."""
    help_text = QT_TRANSLATE_NOOP("cli", "the value models: indicator weights, the active model")
    p = value.add_parser("models", parents=[common], help=tr(help_text), description=tr(help_text))
    models = p.add_subparsers(dest="models_command", required=True, metavar="COMMAND")

    listed = models.add_parser(
        "list",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "list the value models and their weights")),
    )
    book_option(listed)
    format_option(listed, ("table", "json"))
    listed.set_defaults(handler=cmd_models_list)

    use = models.add_parser(
        "use",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "score the book with this value model")),
    )
    book_option(use)
    _name_argument(use)
    use.set_defaults(handler=cmd_models_use)

    weight = models.add_parser(
        "set-weight",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "set one indicator's weight in a value model")),
    )
    book_option(weight)
    _name_argument(weight)
    weight.add_argument(
        "indicator",
        metavar="INDICATOR",
        help=tr(QT_TRANSLATE_NOOP("cli", "the indicator's code (see models list)")),
    )
    weight.add_argument(
        "weight",
        metavar="WEIGHT",
        help=tr(QT_TRANSLATE_NOOP("cli", "a number, 0 or more (0 leaves the indicator out)")),
    )
    weight.set_defaults(handler=cmd_models_set_weight)

    add = models.add_parser(
        "add",
        parents=[common],
        help=tr(QT_TRANSLATE_NOOP("cli", "add a value model, a copy of another one's weights")),
    )
    book_option(add)
    _name_argument(add)
    add.add_argument(
        "--like",
        metavar="NAME",
        help=tr(QT_TRANSLATE_NOOP("cli", "copy this model's weights (default: the active one)")),
    )
    add.set_defaults(handler=cmd_models_add)
