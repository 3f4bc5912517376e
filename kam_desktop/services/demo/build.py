"""Build the demo book: run the generation phases with progress and cancel, write the rows.

The book is made in a temporary file beside the target (``.NAME.<pid>.<hex>.building``) and only
then linked into place, so an interrupted or cancelled build never leaves a half-made book and
never replaces an existing file unless asked to (``replace=True``: one atomic rename, the old book
stays whole until that moment). A build killed outside Python's control (kill -9, power loss)
leaves its temporary files; the next build in the same folder removes those whose process is gone.
"""

from __future__ import annotations

import logging
import os
import time
import uuid
from datetime import UTC, date
from pathlib import Path

from sqlalchemy import delete, insert

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import BookMeta, NextStep
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.processes import process_running
from kam_desktop.services.book.account_caches import refresh_all
from kam_desktop.services.demo.accounts import make_accounts
from kam_desktop.services.demo.catch_up import catch_up
from kam_desktop.services.demo.common import uuid_for
from kam_desktop.services.demo.contacts import make_contacts
from kam_desktop.services.demo.data import DemoData
from kam_desktop.services.demo.history import make_relationship_history
from kam_desktop.services.demo.next_steps import close_done_steps
from kam_desktop.services.demo.orders import make_orders
from kam_desktop.services.demo.portfolio import Portfolio
from kam_desktop.services.demo.spin import make_spin_notes
from kam_desktop.services.demo.visits import make_visits
from kam_desktop.services.demo.week_ahead import plan_week
from kam_desktop.services.progress import NoProgress, Progress, Steps, check_cancelled, step_names
from kam_desktop.services.revisits.due_items import stored_settings
from kam_desktop.services.revisits.revisits import due_list
from kam_desktop.services.value.snapshots import backfill_snapshots

log = logging.getLogger(__name__)


_STEPS = step_names(
    QT_TRANSLATE_NOOP("progress", "Reading the demo data"),
    QT_TRANSLATE_NOOP("progress", "Creating accounts and contacts"),
    QT_TRANSLATE_NOOP("progress", "Creating visits"),
    QT_TRANSLATE_NOOP("progress", "Creating orders and value records"),
    QT_TRANSLATE_NOOP("progress", "Writing the book"),
    QT_TRANSLATE_NOOP("progress", "Scoring accounts"),
    QT_TRANSLATE_NOOP("progress", "Creating visits"),  # those answering the due list
    QT_TRANSLATE_NOOP("progress", "Saving value snapshots"),
)


class DemoBookExists(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} already exists; it was not changed. The demo book is only built into a new "
        "file: choose another name.",
    )


BUILDING = ".building"
STALE = ".stale"
LEFTOVER_AGE_S = 24 * 3600  # where we cannot ask whether a process lives: age decides


def build_demo_book(
    target: Path,
    *,
    today: date | None = None,
    progress: Progress | None = None,
    replace: bool = False,
) -> Path:
    """Build the demo book at ``target`` and return its path. ``target`` must not exist unless
    ``replace``: then the new book takes its place in one rename once it is complete."""
    target = Path(target)
    today = today or date.today()
    progress = progress or NoProgress()
    if target.exists() and not replace:
        raise DemoBookExists(path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(target)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:12]}{BUILDING}")
    try:
        _build(temp, today, progress)
        if replace:
            _replace(temp, target)
        else:
            _move_into_place(temp, target)
    finally:
        _remove_book_files(temp)
    log.info("built the demo book for %s", today.isoformat())
    return target


def remove_leftovers(target: Path) -> list[Path]:
    """Remove what builds of ``target`` killed mid-way left beside it; return what went."""
    removed = []
    for path in target.parent.glob(f".{glob_escape(target.name)}.*"):
        name = path.name.removesuffix("-wal").removesuffix("-shm").removesuffix("-journal")
        if not (name.endswith(BUILDING) or name.endswith(STALE)):
            continue
        if _owner_alive(name, path):
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    if removed:
        log.info("removed %d files left by an interrupted demo build", len(removed))
    return removed


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def _owner_alive(name: str, path: Path) -> bool:
    """Whether the build that made ``name`` (".NAME.<pid>.<hex>.building") may still run."""
    try:
        pid = int(name.split(".")[-3])
    except (ValueError, IndexError):
        pid = None
    if pid == os.getpid():
        return False  # this process builds one book at a time; an older try of ours is dead
    running = process_running(pid) if pid is not None else None
    if running is None:  # the system cannot say: a recent file may still be in use
        try:
            return time.time() - path.stat().st_mtime < LEFTOVER_AGE_S
        except OSError:
            return False
    return running


def _build(path: Path, today: date, progress: Progress) -> None:
    steps = Steps(progress, _STEPS)
    steps.start(0)
    portfolio = Portfolio(DemoData.load(), today)
    steps.start(1)
    make_accounts(portfolio)
    make_contacts(portfolio)
    steps.start(2)
    make_visits(portfolio)
    make_relationship_history(portfolio)
    make_spin_notes(portfolio)
    steps.start(3)
    make_orders(portfolio)
    steps.start(4)
    device_id = uuid_for("device")
    book = open_book(path, owner=portfolio.data.owner)
    try:
        with book.sessions.begin() as s:
            s.merge(BookMeta(key="device_id", value=device_id))
            created = portfolio.book_created.astimezone(UTC).isoformat()
            s.merge(BookMeta(key="created_at", value=created))
            s.merge(BookMeta(key="demo", value=today.isoformat()))
    finally:
        book.close()
    book = open_book(path, create=False)  # reopened so the session stamps the fixed device id
    try:
        written = portfolio.counts()
        with book.sessions.begin() as s:
            for model, rows in portfolio.tables(device_id):
                check_cancelled(progress)
                if rows:
                    s.execute(insert(model.__table__), rows)  # one executemany
        refresh_all(book, today, steps.within(5))  # scoring reports its own steps inside
        steps.start(6)
        _work_the_due_list(book, portfolio, today, device_id, written)
        refresh_all(book, today, steps.within(6))
        # Every month the demo's value records cover: tier history from the first open.
        backfill_snapshots(book, steps.within(7), today)
        with book.sessions.begin() as s:
            # Rows keep the fixed generator id (so builds are identical), but each demo book is
            # its own device: two reps' demo books must not look like one laptop to sync.
            s.merge(BookMeta(key="device_id", value=str(uuid.uuid4())))
        with book.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        book.close()


def _work_the_due_list(
    book: Book, portfolio: Portfolio, today: date, device_id: str, written: dict[type, int]
) -> None:
    """The rep answers the book's due list and plans the weeks ahead (``catch_up``,
    ``week_ahead``); the new visits are added and the next steps written again (some closed)."""
    with book.sessions() as s:
        settings = stored_settings(s)
    due = due_list(book, today, settings=settings)
    behind = catch_up(portfolio, due, settings)
    plan_week(portfolio, due, behind)
    close_done_steps(portfolio, behind)
    with book.sessions.begin() as s:
        s.execute(delete(NextStep.__table__))
        for model, rows in portfolio.tables(device_id, since={**written, NextStep: 0}):
            if rows:
                s.execute(insert(model.__table__), rows)


def _move_into_place(temp: Path, target: Path) -> None:
    """Rename without ever replacing a file that appeared at ``target`` meanwhile."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise DemoBookExists(path=str(target)) from None
    except OSError:  # a file system without hard links
        if target.exists():
            raise DemoBookExists(path=str(target)) from None
        os.replace(temp, target)


def _replace(temp: Path, target: Path) -> None:
    """Put the finished book at ``target`` in one rename (``--force``).

    The old book's -wal/-shm must not meet the new main file: SQLite would replay the old WAL
    into it. They are renamed aside first (the old book then lacks only its last uncheckpointed
    writes, and it is being replaced on request), and removed after the swap.
    """
    aside = target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:12]}{STALE}")
    for suffix in ("-wal", "-shm", "-journal"):
        side = Path(f"{target}{suffix}")
        if side.exists():
            os.replace(side, f"{aside}{suffix}")
    os.replace(temp, target)
    _remove_book_files(aside)


def _remove_book_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
