"""Why a row of an HQ list was merged, flagged or not imported: the notes the preview and the
rejected-rows report show. They name rows and account codes, never a name or a phone number."""

from __future__ import annotations

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP


class MergedDuplicate(KamError):
    template = QT_TRANSLATE_NOOP("hq_import", "The same account as row {row}: merged into it.")


class Renamed(KamError):
    template = QT_TRANSLATE_NOOP(
        "hq_import",
        "HQ renamed this company: the name is updated and the old name kept in the account's "
        "history.",
    )


class ClaimedByOther(KamError):
    template = QT_TRANSLATE_NOOP(
        "hq_import",
        "The {field} belongs to another account in the book ({code}). Not imported: correct the "
        "list or the accounts.",
    )


class SameAccountTwice(KamError):
    template = QT_TRANSLATE_NOOP(
        "hq_import",
        "Row {row} already updates the account this row matches. Not imported: correct the list.",
    )


class CreditCodeTwice(KamError):
    template = QT_TRANSLATE_NOOP(
        "hq_import",
        "Row {row} has the same credit code but another account code. Not imported: correct "
        "the list.",
    )


class DeletedInBook(KamError):
    template = QT_TRANSLATE_NOOP(
        "hq_import",
        "This account was deleted in this book. Not imported: restore it first to take HQ's "
        "changes.",
    )


class NoSuchAccount(KamError):
    template = QT_TRANSLATE_NOOP(
        "hq_import",
        "No account in the book has this account code: import the customer list first.",
    )


class FieldFigures(KamError):
    template = QT_TRANSLATE_NOOP(
        "hq_import",
        "This month's figures were entered by hand in this book; HQ's figures were not imported "
        "over them.",
    )
