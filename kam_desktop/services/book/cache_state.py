"""Whether the account caches are current: the book_meta key holding the day of the last full
refresh, and marking them stale when a setting they were computed with changes."""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from kam_desktop.db.book import Book
from kam_desktop.db.models import BookMeta

REFRESHED_ON = "caches_refreshed_on"  # book_meta key: the local date of the last full refresh


def mark_caches_stale(book: Book, s: Session) -> None:
    """The caches were computed with other settings: the next ``needs_refresh`` says so (the
    delete commits with ``s``)."""
    s.execute(delete(BookMeta).where(BookMeta.key == REFRESHED_ON))
    book.meta.pop(REFRESHED_ON, None)
