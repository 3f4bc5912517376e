"""The backups beside a book, as the front ends list them (``kam info``, the damaged message)."""

from __future__ import annotations

from pathlib import Path

from kam_desktop.db.backups import list_backups
from kam_desktop.domain.book_errors import BackupEntry


def book_backups(book_path: Path) -> tuple[BackupEntry, ...]:
    """Complete backups of the book at ``book_path``, newest first (half-written ones never)."""
    return tuple(BackupEntry(b.path.name, b.taken_at, b.revision) for b in list_backups(book_path))
