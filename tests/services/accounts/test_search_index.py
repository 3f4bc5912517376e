"""The account search through ``account_search`` (issue 14): the same answers as the old LIKE
over the account's fields (plus its live contacts' names), the index kept right by every write
path, pinyin order, and any text at all answered without an error."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account, Contact
from kam_desktop.db.types import utc_now
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.services.accounts.accounts import (
    create_account,
    delete_account,
    restore_account,
    update_account,
)
from kam_desktop.services.accounts.find_accounts import (
    AccountQuery,
    count_accounts,
    find_account_ids,
    find_page,
)
from kam_desktop.services.accounts.search_index import Way, prepare
from kam_desktop.services.contacts.contacts import (
    create_contact,
    delete_contact,
    restore_contact,
    update_contact,
)
from kam_desktop.services.hq_import.run import run_import
from tests.services.hq_import.helpers import write_list

FIELDS = ("name", "short_name", "code", "city", "province", "district", "credit_code")
# Few letters, so substrings repeat across accounts; ASCII in both cases, LIKE's wildcards and
# a quote as plain characters, a letter that folds outside ASCII (É/é: LIKE keeps them apart).
ALPHABET = "华东北京上海重庆有限公司州杭苏AaBbc1%_'\"Éé "


def _ascii_lower(text: str) -> str:
    return "".join(ch.lower() if ch.isascii() else ch for ch in text)


def _expected(book: Book, text: str, deleted: bool = False) -> set[str]:
    """What ``LIKE '%text%'`` over the fields and live contact names finds (SQLite's folding)."""
    needle = _ascii_lower(text.strip())
    with book.sessions() as s:
        accounts = s.scalars(select(Account)).all()
        contacts = s.execute(
            select(Contact.account_id, Contact.name).where(Contact.deleted_at.is_(None))
        ).all()
    names: dict[str, list[str]] = {}
    for account_id, name in contacts:
        names.setdefault(account_id, []).append(name)
    return {
        a.id
        for a in accounts
        if (a.deleted_at is not None) == deleted
        and any(
            needle in _ascii_lower(v)
            for v in [*(getattr(a, f) or "" for f in FIELDS), *names.get(a.id, [])]
        )
    }


def _found(book: Book, text: str, deleted: bool = False) -> set[str]:
    query = AccountQuery(text=text, deleted=deleted)
    ids = find_account_ids(book, query)
    assert len(ids) == len(set(ids)) == count_accounts(book, query)
    page = find_page(book, query, 0, 7)
    assert page.ids == ids[:7]
    assert page.total == len(ids)  # one pass, same answer
    return set(ids)


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(low, high)))


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Book]:
    """60 accounts with random fields and contacts, some in the bin, some contacts deleted."""
    rng = random.Random(14)
    book = open_book(tmp_path_factory.mktemp("search") / "s.kambook")
    with book.sessions.begin() as s:
        for i in range(60):
            account = Account(
                name=_word(rng, 2, 9).strip() or f"x{i}",
                code=f"C{i:03d}{_word(rng, 0, 2)}",
                **{f: rng.choice([None, "", _word(rng, 1, 5)]) for f in FIELDS[3:6]},
                short_name=rng.choice([None, _word(rng, 1, 4)]),
                credit_code=rng.choice([None, f"91{i:016d}"]),
                deleted_at=utc_now() if rng.random() < 0.15 else None,
            )
            s.add(account)
            s.flush()
            for _ in range(rng.randint(0, 3)):
                s.add(Contact(account_id=account.id, name=_word(rng, 2, 4)))
    for contact_id in random.Random(1).sample(_contact_ids(book), 10):
        delete_contact(book, contact_id)
    yield book
    book.close()


def _contact_ids(book: Book) -> list[str]:
    with book.sessions() as s:
        return sorted(s.scalars(select(Contact.id).where(Contact.deleted_at.is_(None))))


def _values(book: Book) -> list[str]:
    with book.sessions() as s:
        rows = s.execute(select(*(getattr(Account, f) for f in FIELDS))).all()
        names = s.scalars(select(Contact.name)).all()
    return [v for row in rows for v in row if v] + list(names)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_search_finds_what_like_found(generated: Book, data: st.DataObject) -> None:
    values = _values(generated)
    value = data.draw(st.sampled_from(values), label="value")
    start = data.draw(st.integers(0, max(0, len(value) - 1)), label="start")
    length = data.draw(st.sampled_from([1, 2, 3, 4, 6]), label="length")
    text = data.draw(
        st.one_of(
            st.just(value[start : start + length]),  # a piece of a stored value
            st.just(value[start : start + length].swapcase()),  # ASCII case folds
            st.text(alphabet=ALPHABET, min_size=1, max_size=4),
        ),
        label="text",
    )
    deleted = data.draw(st.booleans(), label="deleted")
    assert _found(generated, text, deleted) == _expected(generated, text, deleted)


@pytest.mark.parametrize("length", [1, 2, 3, 5])
def test_each_length_takes_its_way_and_agrees(generated: Book, length: int) -> None:
    rng = random.Random(length)
    for value in rng.sample(_values(generated), 25):
        text = value[:length]
        assert _found(generated, text) == _expected(generated, text), text
    way = prepare("华" * length)
    assert way is not None
    assert way.way is (Way.FTS if length >= 3 else Way.SCAN)


BAD = [
    "%", "_", "%%", "%_%", "\\", "'", "''", '"', '""', '"华东', "a AND b", "AND", "OR", "NOT",
    "NEAR", "NEAR(a b)", "a*", "*", "^a", "a:b", "body:x", "(", ")", "-x", "+", "{a}",
    "😀", "华😀东", "\ud800", "a\udfffb", "\x00", "a\x1fb", "\x1f", "\t华东", "華東",
    "x" * 10_000, "华" * 10_000, "%" * 10_000, "😀" * 10_000, "'\"" * 5_000,
]  # fmt: skip


@pytest.mark.parametrize("text", BAD, ids=lambda t: repr(t[:12]) + f"x{len(t)}")
def test_any_text_finds_matches_or_nothing_never_an_error(generated: Book, text: str) -> None:
    found = _found(generated, text)
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        assert found == set()  # no stored text can hold a lone surrogate
    else:
        assert found == _expected(generated, text)


def test_bad_text_that_is_stored_is_found(book: Book) -> None:
    odd = ['50%_off "AND" NEAR*', "😀表情公司", "x'y"]
    ids = [create_account(book, AccountDraft(name=name)).id for name in odd]
    for account_id, text in zip(ids, ['50%_off "AND" NEAR*', "😀表", "'"], strict=True):
        assert _found(book, text) == {account_id}
    assert _found(book, "AND") == {ids[0]} == _found(book, '"and"')


# --- pinyin order ---------------------------------------------------------------------------


def test_names_sort_in_pinyin_order(book: Book) -> None:
    names = ["上海电气", "北京燕山", "重庆钢铁", "广州港", "阿里巴巴", "长沙银行", "ABC公司"]
    for name in names:
        create_account(book, AccountDraft(name=name))
    wanted = ["ABC公司", "阿里巴巴", "北京燕山", "长沙银行", "重庆钢铁", "广州港", "上海电气"]
    ids = find_account_ids(book, AccountQuery())
    with book.sessions() as s:
        by_id = dict(s.execute(select(Account.id, Account.name)).all())
        keys = dict(s.execute(select(Account.name, Account.name_key)).all())
    assert [by_id[i] for i in ids] == wanted
    assert [by_id[i] for i in find_account_ids(book, AccountQuery(descending=True))] == wanted[::-1]
    assert keys["重庆钢铁"].startswith("chong2 qing4 ")  # a polyphone read from its phrase
    assert keys["长沙银行"].startswith("chang2 sha1 ")
    page = find_page(book, AccountQuery(text="公司"), 0, 10)  # the documents' own order
    assert page.total == 1
    assert find_page(book, AccountQuery(), 2, 3).ids == ids[2:5]


# --- the index follows every write path -------------------------------------------------------


def _fts_ok(book: Book) -> None:
    with book.engine.begin() as conn:  # raises if the FTS index and the documents disagree
        conn.exec_driver_sql(
            "INSERT INTO account_search_fts (account_search_fts) VALUES ('integrity-check')"
        )


def test_index_follows_accounts_and_contacts(book: Book) -> None:
    a = create_account(book, AccountDraft(name="杭州西湖科技", city="杭州市")).id
    assert _found(book, "西湖科") == {a}
    assert _found(book, "湖") == {a}
    update_account(book, a, AccountDraft(name="宁波东港物流", city="宁波市"))
    assert _found(book, "西湖科") == set()
    assert _found(book, "东港物") == {a}
    assert _found(book, "杭州") == set()
    c = create_contact(book, a, ContactDraft(name="欧阳明华")).id
    assert _found(book, "欧阳明") == {a}
    assert _found(book, "明") == {a}
    update_contact(book, c, ContactDraft(name="司马光"))
    assert _found(book, "欧阳明") == set()
    assert _found(book, "司马光") == {a}
    gone = delete_contact(book, c)
    assert _found(book, "司马光") == set()
    restore_contact(book, gone)
    assert _found(book, "司马光") == {a}
    delete_account(book, a)
    assert _found(book, "东港物") == set()
    assert _found(book, "东港物", deleted=True) == {a}
    restore_account(book, a)
    assert _found(book, "东港物") == {a}
    with book.sessions() as s:
        key = s.scalar(select(Account.name_key).where(Account.id == a))
    assert key is not None
    assert key.startswith("ning2 bo1 ")
    _fts_ok(book)


def test_index_follows_an_hq_import(book: Book, tmp_path: Path) -> None:
    first = write_list(
        tmp_path / "a.csv",
        [["H001", "苏州工业园区纳米材料有限公司", "", "A", "100", "苏州", ""]],
    )
    run_import(book, first)
    assert len(_found(book, "纳米材料")) == 1
    renamed = write_list(
        tmp_path / "b.csv",
        [["H001", "北京纳米新材料有限公司", "", "A", "100", "苏州", ""]],
    )
    run_import(book, renamed)
    (found,) = _found(book, "北京纳米")
    assert _found(book, "园区纳米") == set()
    with book.sessions() as s:
        key = s.scalar(select(Account.name_key).where(Account.id == found))
    assert key is not None
    assert key.startswith("bei3 jing1 ")
    _fts_ok(book)


def test_another_program_can_write_and_the_keys_are_filled_on_open(tmp_path: Path) -> None:
    path = tmp_path / "other.kambook"
    with open_book(path) as book:
        a = create_account(book, AccountDraft(name="上海")).id
    raw = sqlite3.connect(path)  # no kam_name_key function, no TEMP triggers: must still work
    with raw:
        raw.execute(
            "INSERT INTO account (id, created_at, updated_at, updated_by, revision, name, status, "
            "lifecycle_overridden, value_incomplete) "
            "VALUES ('b', '2026-01-01', '2026-01-01', 'x', 1, '北京', 'prospect', 0, 0)"
        )
        raw.execute("UPDATE account SET name = '重庆' WHERE id = ?", (a,))
    keys = dict(raw.execute("SELECT id, name_key FROM account").fetchall())
    raw.close()
    assert keys == {a: None, "b": None}  # unknown, not stale
    with open_book(path) as book:
        assert _found(book, "北京") == {"b"}
        assert _found(book, "重庆") == {a}
        assert find_account_ids(book, AccountQuery()) == ["b", a]  # bei before chong
        with book.sessions() as s:
            assert s.scalar(select(Account.name_key).where(Account.name_key.is_(None))) is None
        with book.sessions.begin() as s:  # a Core bulk write gets its keys too
            s.execute(update(Account).where(Account.id == "b").values(name="安徽"))
        with book.sessions() as s:
            assert s.scalar(select(Account.name_key).where(Account.id == "b")).startswith("an1")
        _fts_ok(book)
