"""What can go wrong with the book file itself, and what the rep can do about it.

Locked, read-only, disk full, damaged, an upgrade that could not run: each is a ``KamError``
whose message says what happened and what to do, in the rep's language. Messages name the book
and never carry row values. ``BookNotice`` subclasses are not failures: the book opened, but the
rep should know something (it is read-only; an interrupted upgrade was repaired).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class BackupEntry:
    """One verified backup beside a book: its file name, when it was taken, its revision."""

    name: str
    taken_at: datetime  # aware, UTC
    revision: str


@dataclass(frozen=True)
class BackupList:
    """Backups as a message parameter: one indented line each, newest first."""

    entries: tuple[BackupEntry, ...]

    def __str__(self) -> str:
        line = translate("errors", "{name} (taken {when}, schema {revision})")
        return "\n".join(
            "  " + line.format(
                name=e.name,
                when=e.taken_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                revision=e.revision,
            )
            for e in self.entries
        )  # fmt: skip


class BookLocked(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Another program is using this book ({path}): another KAM Desktop window, a sync or "
        "a backup tool. Nothing was changed. Close the other program or wait a moment, then "
        "try again.",
    )


class BookReadOnly(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} can only be read ({reason}), so the change was not saved. To work in this "
        "book, copy it to a folder you can write to (for example Documents) and open the copy.",
    )


class BookReadOnlyNeedsUpgrade(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} was made by an older version of KAM Desktop and must be upgraded, but it can "
        "only be read ({reason}). The file was not changed. Copy it to a folder you can write "
        "to (for example Documents) and open the copy.",
    )


class DiskFull(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "The disk holding {path} is full, so the last change was not saved. Free some space "
        "(empty the recycle bin, move large files), then try again.",
    )


class DiskError(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Reading or writing {path} failed (a disk, USB stick or network drive problem), so "
        "the last change was not saved. Check the drive, then try again.",
    )


class BookDamaged(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is damaged ({reason}) and cannot be opened safely. The file was not changed. "
        "To restore a backup, close KAM Desktop, keep the damaged file aside for your IT "
        "support, and copy one of these backups in its place (the newest first):\n{backups}",
    )


class BookDamagedNoBackup(BookDamaged):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is damaged ({reason}) and cannot be opened safely. The file was not changed. "
        "No backup was found beside it: look for another copy of the book (a sync package, a "
        "USB stick, e-mail) or ask your IT support.",
    )


class UpgradeFailed(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} could not be upgraded to this version of KAM Desktop ({reason}). The book was "
        "not changed; a copy from before the upgrade is at {backup}.",
    )


class RefusedByBook(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "Not saved: the book refused a value ({rule}). Please check the entry and try again.",
    )


# --- notices: the book opened, and the rep should know this ----------------------------------


class BookNotice(KamError):
    """Not a failure: something to tell the rep about a book that did open."""


class OpenedReadOnly(BookNotice):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is open read-only ({reason}): you can look at everything, but changes cannot "
        "be saved. To work in it, copy it to a folder you can write to and open the copy.",
    )


class UpgradeRepaired(BookNotice):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} had been left half-upgraded by an earlier version of KAM Desktop. The "
        "unfinished changes were undone and the upgrade was finished; nothing you entered was "
        "lost. A copy from before is at {backup}.",
    )


# Reasons, passed as ``Text("errors", ...)``.
READ_ONLY_FILE = QT_TRANSLATE_NOOP("errors", "the file is read-only")
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP("errors", "its folder is read-only")
READ_ONLY_DRIVE = QT_TRANSLATE_NOOP("errors", "the drive is read-only")
DAMAGED_PAGES = QT_TRANSLATE_NOOP("errors", "parts of the file cannot be read")
DAMAGED_UPGRADE = QT_TRANSLATE_NOOP("errors", "an earlier upgrade was interrupted")
