"""Record identity for sync, and the constraints the schema enforces, on a real book."""

from __future__ import annotations

import time
import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import StatementError

from kam_desktop.db.base import Base, SyncedRow
from kam_desktop.db.book import Book
from kam_desktop.db.models import SYNCED_MODELS, Account, Contact, Setting, Visit
from kam_desktop.domain.book_errors import RefusedByBook
from kam_desktop.domain.enums import Attitude

SYNC_COLUMNS = {"id", "created_at", "updated_at", "updated_by", "revision", "deleted_at"}


def _add_account(book: Book, name: str = "杭州恒远机械有限公司") -> str:
    with book.sessions.begin() as s:
        account = Account(name=name)
        s.add(account)
        s.flush()
        return account.id


def _add_contact(book: Book, account_id: str, **values: object) -> str:
    with book.sessions.begin() as s:
        contact = Contact(account_id=account_id, name="李强", **values)
        s.add(contact)
        s.flush()
        return contact.id


def _set_deleted_at(book: Book, account_id: str, value: datetime) -> None:
    with book.sessions.begin() as s:
        account = s.get(Account, account_id)
        assert account is not None
        account.deleted_at = value


def _count(book: Book, model: type[Base]) -> int:
    with book.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_every_syncable_table_is_listed_and_carries_the_sync_columns() -> None:
    mapped = {m.class_ for m in Base.registry.mappers if issubclass(m.class_, SyncedRow)}
    assert mapped == set(SYNCED_MODELS)
    for model in SYNCED_MODELS:
        table = model.__table__  # type: ignore[attr-defined]
        assert set(table.columns.keys()) >= SYNC_COLUMNS, model.__name__
        assert [c.name for c in table.primary_key.columns] == ["id"]
        for name in ("created_at", "updated_at", "updated_by", "revision"):
            assert not table.columns[name].nullable, (model.__name__, name)
        assert table.columns["deleted_at"].nullable


@pytest.mark.parametrize("model", [Account, Setting])
def test_new_rows_get_sync_identity(book: Book, model: type[SyncedRow]) -> None:
    before = datetime.now(UTC)
    values = {"name": "华拓科技"} if model is Account else {"key": "dormant_days", "value": 180}
    with book.sessions.begin() as s:
        row = model(**values)
        s.add(row)
        s.flush()
        row_id = row.id
    after = datetime.now(UTC)

    with book.sessions() as s:  # read back what the file holds, not the session's copy
        stored = s.get(model, row_id)
        assert stored is not None
        assert uuid.UUID(stored.id).version == 4
        for stamp in (stored.created_at, stored.updated_at):
            assert stamp.tzinfo is not None
            assert stamp.utcoffset() == timedelta(0)
            assert before <= stamp <= after
        assert stored.updated_by == book.device_id
        assert stored.revision == 1
        assert stored.deleted_at is None
        assert not stored.is_deleted


def test_ids_are_unique_per_row(book: Book) -> None:
    ids = {_add_account(book, f"客户{i}") for i in range(20)}
    assert len(ids) == 20


def test_orm_update_bumps_revision_and_updated_at(book: Book) -> None:
    account_id = _add_account(book)
    with book.sessions() as s:
        original = s.get(Account, account_id)
        assert original is not None
        created, first_update = original.created_at, original.updated_at

    for expected_revision, city in ((2, "杭州市"), (3, "宁波市")):
        time.sleep(0.002)  # timestamps have microsecond resolution; make the change visible
        with book.sessions.begin() as s:
            account = s.get(Account, account_id)
            assert account is not None
            account.city = city
        with book.sessions() as s:
            stored = s.get(Account, account_id)
            assert stored is not None
            assert stored.revision == expected_revision
            assert stored.updated_at > first_update
            assert stored.created_at == created
            assert stored.city == city
            first_update = stored.updated_at


def test_update_claims_the_row_for_this_device(book: Book) -> None:
    """A row last written elsewhere (arrived by sync) is stamped with our device on change."""
    with book.sessions.begin() as s:
        row = Account(name="远方客户", updated_by="other-device", revision=7)
        s.add(row)
        s.flush()
        account_id = row.id
    with book.sessions() as s:
        stored = s.get(Account, account_id)
        assert stored is not None
        assert (stored.updated_by, stored.revision) == ("other-device", 7)
    with book.sessions.begin() as s:
        account = s.get(Account, account_id)
        assert account is not None
        account.notes = "本地修改"
    with book.sessions() as s:
        stored = s.get(Account, account_id)
        assert stored is not None
        assert (stored.updated_by, stored.revision) == (book.device_id, 8)


def test_setting_an_unchanged_value_does_not_bump_revision(book: Book) -> None:
    account_id = _add_account(book, "不变公司")
    with book.sessions.begin() as s:
        account = s.get(Account, account_id)
        assert account is not None
        account.name = "不变公司"
    with book.sessions() as s:
        stored = s.get(Account, account_id)
        assert stored is not None
        assert stored.revision == 1


def test_soft_delete_keeps_the_row_as_a_tombstone(book: Book) -> None:
    account_id = _add_account(book)
    _set_deleted_at(book, account_id, datetime.now(UTC))
    with book.sessions() as s:
        stored = s.get(Account, account_id)
        assert stored is not None
        assert stored.is_deleted
        assert stored.revision == 2
        assert stored.name == "杭州恒远机械有限公司"
    assert _count(book, Account) == 1


def test_naive_datetimes_are_refused(book: Book) -> None:
    account_id = _add_account(book)
    with pytest.raises(StatementError, match="naive datetime"):
        _set_deleted_at(book, account_id, datetime(2026, 1, 1, 12, 0))
    with book.sessions() as s:
        assert s.scalar(select(Account.deleted_at).where(Account.id == account_id)) is None


def test_contact_pointing_at_a_missing_account_is_refused(book: Book) -> None:
    with pytest.raises(RefusedByBook, match="FOREIGN KEY"):
        _add_contact(book, str(uuid.uuid4()))
    assert _count(book, Contact) == 0


def test_account_with_contacts_cannot_be_hard_deleted(book: Book) -> None:
    account_id = _add_account(book)
    _add_contact(book, account_id)
    with pytest.raises(RefusedByBook, match="FOREIGN KEY"), book.sessions.begin() as s:
        s.execute(text("DELETE FROM account WHERE id = :id"), {"id": account_id})
    assert _count(book, Account) == 1


def test_reports_to_must_be_an_existing_contact(book: Book) -> None:
    account_id = _add_account(book)
    with pytest.raises(RefusedByBook, match="FOREIGN KEY"):
        _add_contact(book, account_id, reports_to_id=str(uuid.uuid4()))
    boss = _add_contact(book, account_id)
    _add_contact(book, account_id, reports_to_id=boss)
    assert _count(book, Contact) == 2


@pytest.mark.parametrize(("level", "allowed"), [(-1, False), (0, True), (5, True), (6, False)])
def test_relationship_level_is_0_to_5(book: Book, level: int, allowed: bool) -> None:
    account_id = _add_account(book)
    if allowed:
        contact_id = _add_contact(book, account_id, relationship_level=level)
        with book.sessions() as s:
            stored = s.get(Contact, contact_id)
            assert stored is not None
            assert stored.relationship_level == level
    else:
        with pytest.raises(RefusedByBook, match=r"\(ck_"):
            _add_contact(book, account_id, relationship_level=level)
        assert _count(book, Contact) == 0


@pytest.mark.parametrize(("attitude", "allowed"), [(-3, False), (-2, True), (2, True), (3, False)])
def test_attitude_is_minus_2_to_2_in_the_file(book: Book, attitude: int, allowed: bool) -> None:
    """The ORM cannot even express 3; the schema must refuse it from any other writer too."""
    account_id = _add_account(book)
    contact_id = _add_contact(book, account_id)
    update = text("UPDATE contact SET attitude = :a WHERE id = :id")
    if allowed:
        with book.sessions.begin() as s:
            s.execute(update, {"a": attitude, "id": contact_id})
        with book.sessions() as s:
            stored = s.get(Contact, contact_id)
            assert stored is not None
            assert stored.attitude == Attitude(attitude)
    else:
        with pytest.raises(RefusedByBook, match=r"\(ck_"), book.sessions.begin() as s:
            s.execute(update, {"a": attitude, "id": contact_id})
        with book.sessions() as s:
            assert s.scalar(select(Contact.attitude).where(Contact.id == contact_id)) == (
                Attitude.NEUTRAL
            )


def test_visit_satisfaction_is_1_to_5(book: Book) -> None:
    account_id = _add_account(book)
    start = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)
    with pytest.raises(RefusedByBook, match=r"\(ck_"), book.sessions.begin() as s:
        s.add(Visit(account_id=account_id, planned_start=start, satisfaction=6))
    with book.sessions.begin() as s:
        s.add(Visit(account_id=account_id, planned_start=start, satisfaction=5))
        s.add(Visit(account_id=account_id, planned_start=start, next_visit_on=date(2026, 4, 1)))
    assert _count(book, Visit) == 2
