"""The book handle as the front ends see it: ``Book`` (passed to every service), ``open_book``
and the book file suffix.

The GUI and the CLI import these from here, never from ``kam_desktop.db``: the import contracts
in ``pyproject.toml`` keep the database layer behind the services.
"""

from kam_desktop.db.book import BOOK_SUFFIX, Book, open_book

__all__ = ["BOOK_SUFFIX", "Book", "open_book"]
