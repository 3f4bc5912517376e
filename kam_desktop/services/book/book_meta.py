"""Facts about the book the rep may change: whose book it is."""

from __future__ import annotations

from kam_desktop.db.book import Book, set_meta
from kam_desktop.domain.accounts.account_fields import AccountField
from kam_desktop.domain.errors import FieldProblem, InvalidInput, Text, TooLong

MAX_NAME = 40


def rep_name(book: Book) -> str:
    return book.meta.get("owner", "")


def set_rep_name(book: Book, name: str) -> None:
    """The account manager this book belongs to; new accounts are owned by them."""
    name = name.strip()
    if len(name) > MAX_NAME:
        raise InvalidInput(
            [FieldProblem("owner", Text("AccountField", AccountField.OWNER.en),
                          TooLong(limit=MAX_NAME))]
        )  # fmt: skip
    set_meta(book, "owner", name)
