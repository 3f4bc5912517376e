"""Schema 0006: a book of 0005 upgrades with its search documents and pinyin keys; the triggers
the book carries match the app's copy of the document; a bulk load defers the index."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert, select

from kam_desktop.db import migrate
from kam_desktop.db.book import Book, _make_engine, open_book
from kam_desktop.db.models import Account, Contact
from kam_desktop.db.search_docs import TRIGGERS, document_sql, search_index_deferred
from kam_desktop.db.types import utc_now
from kam_desktop.domain.name_order import name_sort_key
from kam_desktop.services.accounts.find_accounts import AccountQuery, find_account_ids

NAMES = ["上海电气", "北京燕山石化", "重庆钢铁", "广州港"]


def _fts_ok(book: Book) -> None:
    with book.engine.begin() as conn:  # raises if the index and the documents disagree
        conn.exec_driver_sql(
            "INSERT INTO account_search_fts (account_search_fts) VALUES ('integrity-check')"
        )


def _triggers(book: Book) -> dict[str, str]:
    with book.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        ).all()
    return dict(rows)  # type: ignore[arg-type]


def test_the_books_triggers_use_the_apps_document(book: Book) -> None:
    triggers = _triggers(book)
    assert set(TRIGGERS) <= set(triggers)
    assert document_sql("new") in triggers["account_search_insert"]
    assert document_sql("new") in triggers["account_search_update"]
    assert document_sql("a") in triggers["contact_search_insert"]


def test_a_0005_book_upgrades_with_documents_and_keys(tmp_path: Path) -> None:
    path = tmp_path / "old.kambook"
    with open_book(path) as book, book.sessions.begin() as s:
        for name in NAMES:
            account = Account(name=name, city="杭州市")
            s.add(account)
            s.flush()
            s.add(Contact(account_id=account.id, name="欧阳" + name[:1]))
    engine = _make_engine(path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
            migrate.downgrade(conn, "0005")
            conn.commit()
            columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(account)")}
            assert "name_key" not in columns
    finally:
        engine.dispose()
    with open_book(path) as book:  # backs up and upgrades
        ids = find_account_ids(book, AccountQuery())
        with book.sessions() as s:
            names = dict(s.execute(select(Account.id, Account.name)).all())
            keys = set(s.scalars(select(Account.name_key)))
        assert [names[i] for i in ids] == ["北京燕山石化", "重庆钢铁", "广州港", "上海电气"]
        assert keys == {name_sort_key(n) for n in NAMES}
        assert len(find_account_ids(book, AccountQuery(text="燕山石"))) == 1
        assert len(find_account_ids(book, AccountQuery(text="欧阳重"))) == 1  # a contact
        assert len(find_account_ids(book, AccountQuery(text="杭州"))) == len(NAMES)
        _fts_ok(book)


def test_a_bulk_load_builds_the_index_once_and_puts_the_triggers_back(book: Book) -> None:
    before = _triggers(book)
    now = utc_now()
    stamp = {"created_at": now, "updated_at": now, "updated_by": "bulk", "revision": 1}
    rows = [{"id": f"a{i}", "name": name, "code": f"C{i}", **stamp} for i, name in enumerate(NAMES)]
    with search_index_deferred(book.engine):
        assert not set(TRIGGERS) & set(_triggers(book))
        with book.engine.begin() as conn:
            conn.execute(insert(Account), rows)
            conn.execute(
                insert(Contact), [{"id": "c1", "account_id": "a2", "name": "司马光", **stamp}]
            )
    assert _triggers(book) == before
    assert find_account_ids(book, AccountQuery(text="司马光")) == ["a2"]
    assert find_account_ids(book, AccountQuery(text="C3")) == ["a3"]
    assert find_account_ids(book, AccountQuery()) == ["a1", "a2", "a3", "a0"]  # pinyin
    _fts_ok(book)
