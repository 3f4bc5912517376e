"""Backups beside a book: written whole or not at all, listed only when complete.

A backup is ``NAME.backup-r<revision>-<utc stamp>.kambook`` next to ``NAME.kambook``. It is
written under a hidden temporary name (``.NAME.backup-….kambook.<pid>.partial``) with SQLite's
backup API, checked with ``PRAGMA integrity_check``, flushed to disk and only then renamed, so a
crash leaves at most a partial file that is never listed and is removed by the next backup
once its writer is gone. Backups written by older builds in place are listed only when no
``-journal`` or ``-wal`` sits beside them (a half-written one always has its journal).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from kam_desktop.processes import process_running

log = logging.getLogger(__name__)

BOOK_SUFFIX = ".kambook"
SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x4B414D42  # "KAMB"
_STAMP = "%Y%m%d-%H%M%S"
_PARTIAL = re.compile(r"^\.(?P<final>.+)\.(?P<pid>\d+)\.partial$")


@dataclass(frozen=True)
class Backup:
    path: Path
    revision: str
    taken_at: datetime  # aware, UTC, from the name


def _pattern(book: Path) -> re.Pattern[str]:
    suffix = re.escape(book.suffix or BOOK_SUFFIX)
    return re.compile(
        rf"^{re.escape(book.stem)}\.backup-r(?P<rev>[^-]+)-(?P<stamp>\d{{8}}-\d{{6}}){suffix}$"
    )


def backup_path_for(path: Path, revision: str, when: datetime | None = None) -> Path:
    stamp = (when or datetime.now(UTC)).strftime(_STAMP)
    return path.with_name(f"{path.stem}.backup-r{revision}-{stamp}{path.suffix or BOOK_SUFFIX}")


def is_book_header(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    return (
        len(header) == 100
        and header.startswith(SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def list_backups(book: Path) -> list[Backup]:
    """The complete backups beside ``book``, newest first (half-written ones are left out)."""
    pattern = _pattern(book)
    found: list[Backup] = []
    try:
        names = os.listdir(book.parent)
    except OSError:
        return []
    present = set(names)
    for name in names:
        match = pattern.match(name)
        if match is None or f"{name}-journal" in present or f"{name}-wal" in present:
            continue
        path = book.with_name(name)
        if not is_book_header(path):
            continue
        taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append(Backup(path, match["rev"], taken))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _changed_at(book: Path) -> int:
    """When the book's content last changed: the file or its WAL, whichever is later."""
    times = [book.stat().st_mtime_ns]
    wal = Path(f"{book}-wal")
    if wal.exists():
        times.append(wal.stat().st_mtime_ns)
    return max(times)


def reusable_backup(book: Path, revision: str) -> Path | None:
    """A complete backup of ``book`` at ``revision`` taken after its last change, if any.

    An upgrade that failed (and rolled back) leaves the book as it was: its backup still holds
    the same content, so trying again must not write another one.
    """
    changed = _changed_at(book)
    for backup in list_backups(book):
        if backup.revision == revision and backup.path.stat().st_mtime_ns >= changed:
            return backup.path
    return None


def _alive(pid: int) -> bool:
    """Whether the writer of a partial backup may still be writing it (unsure: yes)."""
    if pid == os.getpid():
        return True
    return process_running(pid) is not False


def remove_stale_partials(book: Path) -> None:
    """Remove partial backups of ``book`` whose writer is gone (killed, crashed)."""
    prefix = f".{book.stem}.backup-r"
    try:
        names = os.listdir(book.parent)
    except OSError:
        return
    for name in names:
        match = _PARTIAL.match(name)
        if not name.startswith(prefix) or match is None or _alive(int(match["pid"])):
            continue
        for extra in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                book.with_name(name + extra).unlink()
        log.info("removed an interrupted backup of %s", book.name)


def read_only_uri(path: Path) -> str:
    # A read-only connection to a WAL file creates -wal/-shm and cannot remove them. With no
    # -wal file there is nothing uncommitted to see, so read the file as immutable.
    mode = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def _fsync(path: Path, *, folder: bool = False) -> None:
    fd = os.open(path, os.O_RDONLY | (os.O_DIRECTORY if folder else 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(book: Path, revision: str) -> Path:
    """A verified copy of ``book`` as it is now, under its final name only once complete.

    Raises ``sqlite3.Error`` or ``OSError`` (nothing is left behind) if it cannot be written.
    """
    remove_stale_partials(book)
    target = backup_path_for(book, revision)
    temp = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        source = sqlite3.connect(read_only_uri(book), uri=True)
        try:
            dest = sqlite3.connect(temp)
            try:
                dest.execute("PRAGMA journal_mode = OFF")  # a temp file needs no journal
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
        check = sqlite3.connect(read_only_uri(temp), uri=True)
        try:
            verdict = check.execute("PRAGMA integrity_check").fetchone()
        finally:
            check.close()
        if verdict != ("ok",):
            raise sqlite3.DatabaseError("the backup copy failed its integrity check")
        _fsync(temp)
        os.replace(temp, target)
        _fsync(target.parent, folder=True)
    except BaseException:
        for extra in ("", "-journal"):
            with contextlib.suppress(OSError):
                Path(f"{temp}{extra}").unlink()
        raise
    log.info("backed up book before upgrade to %s", target.name)
    return target
