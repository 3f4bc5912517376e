"""What the wizard calls the fields of an HQ list, its kinds, outcomes, and how it shows values.

Account fields keep their labels from ``AccountField``; value-figure and order fields have no
home in the domain's labels yet, so their labels live here.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from kam_desktop.domain.accounts.account_fields import AccountField
from kam_desktop.domain.accounts.hq_columns import ListKind
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.labels import Labeled
from kam_desktop.services.hq_import.model import Outcome, Value

_CONTEXT = "HqImportFields"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


_OTHER_FIELDS = {
    "month": QT_TRANSLATE_NOOP("HqImportFields", "Month"),
    "sales": QT_TRANSLATE_NOOP("HqImportFields", "Sales (10k CNY)"),
    "margin": QT_TRANSLATE_NOOP("HqImportFields", "Margin (10k CNY)"),
    "collections": QT_TRANSLATE_NOOP("HqImportFields", "Collections (10k CNY)"),
    "order_no": QT_TRANSLATE_NOOP("HqImportFields", "Order number"),
    "order_date": QT_TRANSLATE_NOOP("HqImportFields", "Order date"),
    "amount": QT_TRANSLATE_NOOP("HqImportFields", "Amount (10k CNY)"),
    "product": QT_TRANSLATE_NOOP("HqImportFields", "Product"),
    "quantity": QT_TRANSLATE_NOOP("HqImportFields", "Quantity"),
    "repurchase_cycle_days": QT_TRANSLATE_NOOP("HqImportFields", "Repurchase cycle (days)"),
}


def field_label(field: str) -> str:
    """The field's name as the rep knows it (the field's code itself when it is unknown)."""
    try:
        return AccountField(field).label()
    except ValueError:
        source = _OTHER_FIELDS.get(field)
        return _tr(source) if source is not None else field


def kind_label(kind: ListKind | None) -> str:
    """``None`` is "let the wizard tell"."""
    if kind is None:
        return _tr("Detect from the headers")
    return {
        ListKind.ACCOUNTS: _tr("Customer list"),
        ListKind.VALUES: _tr("Monthly value figures"),
        ListKind.ORDERS: _tr("Order list"),
    }[kind]


def outcome_label(outcome: Outcome) -> str:
    return str(outcome.label)


def value_text(value: Value) -> str:
    """A field's value as text in a table: labels translated, dates as ISO, empty as ``—``."""
    if value is None or value == "":
        return "—"
    if isinstance(value, Labeled):
        return value.label()
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)
