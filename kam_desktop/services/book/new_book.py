"""A new, empty account book: the schema, its identity, and the SPIN question bank to start from."""

from __future__ import annotations

from pathlib import Path

from kam_desktop.db.book import Book, open_book
from kam_desktop.services.spin.spin_bank import seed_question_bank


def create_book(path: Path, owner: str | None = None) -> Book:
    """Create the book at ``path`` (which must not exist yet) and seed its question bank."""
    book = open_book(path, create=True, owner=owner)
    try:
        seed_question_bank(book)
    except Exception:
        book.close()
        raise
    return book


def open_or_create(path: Path, *, create: bool) -> Book:
    """Open the book at ``path``; a missing file becomes a new book when ``create`` is set."""
    if create and not path.exists():
        return create_book(path)
    return open_book(path, create=False)
