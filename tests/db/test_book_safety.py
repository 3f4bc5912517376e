"""A book never strands its owner: upgrades all or nothing, damage named at open with the
backups to restore, locked / read-only / full books as typed messages, no side files."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select

from kam_desktop.db import backups, migrate, upgrade
from kam_desktop.db import book as book_module
from kam_desktop.db.book import open_book
from kam_desktop.db.models import Contact
from kam_desktop.domain import book_errors as be
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.services.contacts.contacts import create_contact
from tests.db.book_states import (
    PLANTED_NAME,
    columns,
    count_rows,
    damaged_copy,
    downgrade_file,
    immutable,
    planted_book,
    stored_revision,
    write_lock,
)

HEAD = migrate.head_revision()


@pytest.fixture
def old_book(tmp_path: Path) -> Path:
    """A book at 0001 with 40 contacts."""
    path = planted_book(tmp_path / "mine.kambook")
    downgrade_file(path, "0001")
    assert sorted(os.listdir(tmp_path)) == ["mine.kambook"]
    return path


# --- upgrades ------------------------------------------------------------------------------


def test_upgrade_is_one_transaction(old_book: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure after the first step's DDL leaves the book exactly at 0001, not half-way."""
    real = migrate.upgrade

    def fails_after_0002(conn: object, target: str = "head") -> None:
        real(conn, "0002" if target == "head" else target)  # type: ignore[arg-type]
        if target == "head":
            raise RuntimeError("killed")

    monkeypatch.setattr(migrate, "upgrade", fails_after_0002)
    with pytest.raises(be.UpgradeFailed) as caught:
        open_book(old_book)
    assert stored_revision(old_book) == "0001"
    assert "map_gap_count" not in columns(old_book, "account")  # 0002's column rolled back
    assert count_rows(old_book, "contact") == 40
    backup = caught.value.params["backup"]
    assert (old_book.parent / backup).exists()

    # Trying again does not write another backup: the book has not changed since.
    with pytest.raises(be.UpgradeFailed):
        open_book(old_book)
    assert len(backups.list_backups(old_book)) == 1

    monkeypatch.setattr(migrate, "upgrade", real)
    with open_book(old_book) as book, book.sessions() as s:
        assert len(s.scalars(select(Contact)).all()) == 40
    assert stored_revision(old_book) == HEAD
    assert len(backups.list_backups(old_book)) == 1


def test_half_upgraded_book_of_an_older_build_is_repaired_once(old_book: Path) -> None:
    """Stamped 0001 but carrying 0002's first column (what a kill did to the old build)."""
    conn = sqlite3.connect(old_book)
    conn.execute("ALTER TABLE account ADD COLUMN map_gap_count INTEGER")
    conn.close()
    with open_book(old_book) as book:
        assert [type(n) for n in book.notices] == [be.UpgradeRepaired]
        assert "half-upgraded" in book.notices[0].message()
        with book.sessions() as s:
            assert len(s.scalars(select(Contact)).all()) == 40
    assert stored_revision(old_book) == HEAD
    with open_book(old_book) as again:
        assert again.notices == ()
    assert len(backups.list_backups(old_book)) == 1  # no loop of backups


def test_schema_behind_its_stamp_is_damage_with_the_backups_named(old_book: Path) -> None:
    backups.write_backup(old_book, "0001")
    conn = sqlite3.connect(old_book)
    conn.execute("DROP TABLE contact_link")  # a table 0001 has: no step of ours made this
    conn.close()
    before = old_book.read_bytes()
    with pytest.raises(be.BookDamaged) as caught:
        open_book(old_book)
    assert "an earlier upgrade was interrupted" in caught.value.message()
    assert ".backup-r0001-" in caught.value.message()
    assert old_book.read_bytes() == before
    assert len(backups.list_backups(old_book)) == 1


def test_expected_schema_of_head_is_what_a_new_book_has(tmp_path: Path) -> None:
    path = tmp_path / "new.kambook"
    open_book(path).close()
    conn = sqlite3.connect(path)
    try:
        from kam_desktop.db.book_file import read_schema

        assert read_schema(conn) == upgrade.expected_schema(HEAD)
    finally:
        conn.close()


# --- backups ------------------------------------------------------------------------------


def test_backup_is_verified_and_half_written_ones_are_never_listed(old_book: Path) -> None:
    folder = old_book.parent
    done = backups.write_backup(old_book, "0001")
    assert stored_revision(done) == "0001"
    assert count_rows(done, "contact") == 40
    # What an older build left when killed mid-backup: the final name with a journal beside.
    torn = folder / "mine.backup-r0001-20200101-000000.kambook"
    shutil.copyfile(done, torn)
    (folder / f"{torn.name}-journal").write_bytes(b"\0" * 512)
    # What this build leaves when killed mid-backup: a hidden partial of a dead writer.
    partial = folder / f".{done.name}.999999999.partial"
    partial.write_bytes(b"SQLite format 3\0")
    assert [b.path for b in backups.list_backups(old_book)] == [done]
    backups.remove_stale_partials(old_book)
    assert not partial.exists()


# --- damage -------------------------------------------------------------------------------


def test_two_zeroed_pages_are_found_at_open_and_the_backups_offered(tmp_path: Path) -> None:
    source = planted_book(tmp_path / "good.kambook", contacts=300)
    folder = tmp_path / "books"
    folder.mkdir()
    target = folder / "mine.kambook"
    shutil.copyfile(source, target)
    backup = backups.write_backup(target, HEAD)
    damaged_copy(source, target)
    before = target.read_bytes()
    with pytest.raises(be.BookDamaged) as caught:
        open_book(target)
    message = caught.value.message()
    assert "is damaged" in message
    assert backup.name in message
    assert target.read_bytes() == before
    assert sorted(os.listdir(folder)) == sorted([target.name, backup.name])


def test_damaged_book_without_backups_says_where_else_to_look(tmp_path: Path) -> None:
    source = planted_book(tmp_path / "good.kambook", contacts=300)
    target = damaged_copy(source, tmp_path / "mine.kambook")
    with pytest.raises(be.BookDamagedNoBackup) as caught:
        open_book(target)
    assert "No backup was found" in caught.value.message()


# --- locked, read-only, full ----------------------------------------------------------------


def test_locked_book_is_another_program_using_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = planted_book(tmp_path / "mine.kambook", contacts=1)
    monkeypatch.setattr(book_module, "BUSY_TIMEOUT_S", 0.2)
    with open_book(path) as book:
        account_id = book.sessions().scalar(select(Contact.account_id))
        assert account_id is not None
        with write_lock(path), pytest.raises(be.BookLocked) as caught:
            create_contact(book, account_id, ContactDraft(name="王芳"))
    assert "Another program is using this book" in caught.value.message()


def test_read_only_file_opens_read_only_with_no_side_files(tmp_path: Path) -> None:
    path = planted_book(tmp_path / "mine.kambook", contacts=3)
    with immutable(path):
        with open_book(path) as book:
            assert book.read_only
            assert [type(n) for n in book.notices] == [be.OpenedReadOnly]
            assert "the file is read-only" in book.notices[0].message()
            with book.sessions() as s:
                names = s.scalars(select(Contact.name)).all()
            assert len(names) == 3
            account_id = book.sessions().scalar(select(Contact.account_id))
            with pytest.raises(be.BookReadOnly) as caught:
                create_contact(book, account_id, ContactDraft(name="王芳"))
            assert "can only be read" in caught.value.message()
        assert sorted(os.listdir(tmp_path)) == ["mine.kambook"]


def test_read_only_folder_opens_read_only_with_no_side_files(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = planted_book(folder / "mine.kambook", contacts=3)
    with immutable(folder):
        with open_book(path) as book:
            assert book.read_only
            assert "its folder is read-only" in book.notices[0].message()
            with book.sessions() as s:
                assert len(s.scalars(select(Contact.name)).all()) == 3
        assert sorted(os.listdir(folder)) == ["mine.kambook"]


def test_old_book_in_a_read_only_folder_is_not_upgraded(old_book: Path) -> None:
    before = old_book.read_bytes()
    with immutable(old_book.parent), pytest.raises(be.BookReadOnlyNeedsUpgrade) as caught:
        open_book(old_book)
    assert "must be upgraded" in caught.value.message()
    assert old_book.read_bytes() == before
    assert sorted(os.listdir(old_book.parent)) == ["mine.kambook"]


def test_full_disk_is_a_typed_message(tmp_path: Path) -> None:
    path = planted_book(tmp_path / "mine.kambook", contacts=1)
    with open_book(path) as book:
        account_id = book.sessions().scalar(select(Contact.account_id))
        with book.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

        # SQLite's own way to make the file full: no page beyond what it has now.
        def cap(dbapi_connection: object, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]

        book.engine.dispose()
        event.listen(book.engine, "connect", cap)

        def fill() -> None:
            for i in range(2000):
                create_contact(book, account_id, ContactDraft(name=f"{PLANTED_NAME}{i:04}" * 4))

        with pytest.raises(be.DiskFull) as caught:
            fill()
    assert "is full" in caught.value.message()
    assert PLANTED_NAME not in caught.value.message()
