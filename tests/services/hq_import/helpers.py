"""Small HQ lists written for one test each (the real-program files are in tests/data)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account

HEADER = (
    "客户编码",
    "客户名称",
    "统一社会信用代码",
    "客户等级",
    "年销售额(万元)",
    "城市",
    "联系电话",
)


def write_list(
    path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = HEADER, encoding: str = "gbk"
) -> Path:
    with path.open("w", encoding=encoding, newline="") as file:
        writer = csv.writer(file, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def accounts(book: Book) -> dict[str, Account]:
    """Live accounts by code (detached, attributes loaded)."""
    with book.sessions() as s:
        found = {
            a.code or a.name: a
            for a in s.scalars(select(Account).where(Account.deleted_at.is_(None)))
        }
        s.expunge_all()
    return found
