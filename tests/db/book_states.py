"""Books in the states a rep can meet: old, damaged, locked, read-only; with planted values.

Shared by the database tests, the kill test and the planted-value scan. Tests run as root, and
root ignores file permissions, so "read-only" is made with ``chattr +i`` (the immutable flag,
which stops root too on ext4): the open really fails with EPERM/EACCES as for a rep's
read-only file or folder. Where ``chattr`` does not work, those tests skip.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from kam_desktop.db import migrate
from kam_desktop.db.book import open_book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.contacts.contacts import create_contact

# Values that must never appear in an error, a log line or a traceback.
PLANTED_NAME = "植入值XQ7"
PLANTED_ACCOUNT = "植入客户ZK9"
PLANTED_MOBILE = "13900001234"
PLANTED_EMAIL = "planted.xq7@example.com"
PLANTED_WECHAT = "wx_planted_xq7"
PLANTED = (PLANTED_NAME, PLANTED_ACCOUNT, PLANTED_MOBILE, PLANTED_EMAIL, PLANTED_WECHAT)


def planted_book(path: Path, contacts: int = 40) -> Path:
    """A book at head with an account and ``contacts`` contacts carrying the planted values."""
    with open_book(path, owner="测试员") as book:
        account = create_account(book, AccountDraft(name=PLANTED_ACCOUNT, code="PLANT01"))
        for i in range(contacts):
            create_contact(
                book,
                account.id,
                ContactDraft(
                    name=f"{PLANTED_NAME}{i}",
                    mobile=PLANTED_MOBILE,
                    email=PLANTED_EMAIL,
                    wechat=PLANTED_WECHAT,
                    birthday=date(1980, 5, 17),
                ),
            )
    return path


def downgrade_file(path: Path, target: str | None) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            migrate.downgrade(conn, target or "base")
            conn.commit()
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def stored_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def count_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        conn.close()


def columns(path: Path, table: str) -> set[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
    finally:
        conn.close()


def zero_pages(path: Path, count: int = 2) -> None:
    """Zero ``count`` pages holding contact rows: damage the next reader of contacts meets."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    raw = bytearray(path.read_bytes())
    needle = PLANTED_NAME.encode()
    pages = [
        n for n in range(1, len(raw) // page_size)  # page 1 (the header) is left alone
        if needle in raw[n * page_size : (n + 1) * page_size]
    ]  # fmt: skip
    assert len(pages) >= count, "the book is too small to damage"
    for n in pages[:count]:
        raw[n * page_size : (n + 1) * page_size] = bytes(page_size)
    path.write_bytes(bytes(raw))


def damaged_copy(source: Path, target: Path) -> Path:
    shutil.copyfile(source, target)
    zero_pages(target)
    return target


@contextlib.contextmanager
def write_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program holding the book's write lock (an open write transaction)."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=0.1)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE book_meta SET value = value WHERE key = 'owner'")
        yield conn
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def _chattr(flag: str, path: Path) -> bool:
    done = subprocess.run(["chattr", flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """``path`` (a file or a folder) that nobody, root included, may change while inside."""
    if shutil.which("chattr") is None or not _chattr("+i", path):
        pytest.skip("chattr +i is not available here; root cannot be refused otherwise")
    try:
        yield path
    finally:
        _chattr("-i", path)
