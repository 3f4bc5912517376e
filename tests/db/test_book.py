"""Opening an account book: creating, reopening, upgrading, and refusing what is not a book."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, select

from kam_desktop.db import migrate
from kam_desktop.db.book import APPLICATION_ID, SQLITE_MAGIC, Book, open_book
from kam_desktop.db.models import BookMeta
from kam_desktop.domain.book_errors import BookDamaged
from kam_desktop.domain.errors import BookTooNew, BookUnreadable, KamError, NotABook

# --- helpers ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """What "left untouched" means: same bytes, same mtime, nothing new beside the file."""

    content: bytes | None
    mtime_ns: int
    folder: tuple[str, ...]


def snapshot(path: Path) -> Snapshot:
    content = None if path.is_dir() else path.read_bytes()
    return Snapshot(content, path.stat().st_mtime_ns, tuple(sorted(os.listdir(path.parent))))


def pragma(book: Book, name: str) -> object:
    with book.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def make_book(path: Path) -> None:
    open_book(path).close()


def set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def sqlite_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO orders (total) VALUES (12.5)")
    conn.close()


def damaged_book(path: Path) -> None:
    """Our header (magic, application id), then garbage where the pages should be."""
    make_book(path)
    raw = bytearray(path.read_bytes())
    raw[100:] = random.Random(100).randbytes(len(raw) - 100)
    path.write_bytes(bytes(raw))


def too_new_book(path: Path) -> None:
    make_book(path)
    set_revision(path, "ffff_from_the_future")


# --- a new book -------------------------------------------------------------------------------


def test_new_book_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "mine.kambook"
    with open_book(path, owner="王芳") as book:
        assert book.path == path
        with book.engine.connect() as conn:
            assert migrate.current_revision(conn) == migrate.head_revision()
        assert pragma(book, "journal_mode") == "wal"
        assert pragma(book, "foreign_keys") == 1
        assert pragma(book, "application_id") == APPLICATION_ID
        uuid.UUID(book.device_id)  # a real UUID, not a placeholder
        with book.sessions() as s:
            stored = {m.key: m.value for m in s.scalars(select(BookMeta))}
        assert stored["device_id"] == book.device_id
        assert stored["owner"] == "王芳"
        assert book.meta == stored
    header = path.read_bytes()[:100]
    assert header.startswith(SQLITE_MAGIC)
    assert header[68:72] == b"KAMB"
    assert header[18:20] == b"\x02\x02"  # WAL is persistent: recorded in the file header


def test_every_connection_has_foreign_keys_on(book: Book) -> None:
    with book.engine.connect() as first, book.engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_reopening_keeps_device_id_and_owner(tmp_path: Path) -> None:
    path = tmp_path / "mine.kambook"
    with open_book(path, owner="王芳") as first:
        device = first.device_id
        created = first.meta["created_at"]
    with open_book(path, owner="someone else") as again:
        assert again.device_id == device
        assert again.meta["owner"] == "王芳"
        assert again.meta["created_at"] == created


def test_each_new_book_gets_its_own_device_id(tmp_path: Path) -> None:
    with open_book(tmp_path / "a.kambook") as a, open_book(tmp_path / "b.kambook") as b:
        assert a.device_id != b.device_id


def test_closing_leaves_no_wal_files(tmp_path: Path) -> None:
    path = tmp_path / "mine.kambook"
    make_book(path)
    assert sorted(os.listdir(tmp_path)) == ["mine.kambook"]


def test_missing_file_without_create_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.kambook"
    with pytest.raises(BookUnreadable) as caught:
        open_book(path, create=False)
    assert str(path) in caught.value.message()
    assert not path.exists()


def test_new_book_where_no_folder_can_be_made_is_a_typed_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    path = blocker / "mine.kambook"
    with pytest.raises(BookUnreadable) as caught:
        open_book(path)
    assert str(path) in caught.value.message()


# --- what is not a book -----------------------------------------------------------------------


NOT_BOOKS: dict[str, tuple[str, Callable[[Path], None], type[KamError]]] = {
    "random-bytes": (
        "noise.kambook",
        lambda p: p.write_bytes(random.Random(8).randbytes(8192)),
        NotABook,
    ),
    "empty": ("empty.kambook", lambda p: p.write_bytes(b""), NotABook),
    "short-sqlite-header": ("short.kambook", lambda p: p.write_bytes(SQLITE_MAGIC), NotABook),
    "other-sqlite": ("erp.db", sqlite_file, NotABook),
    "damaged-book": ("damaged.kambook", damaged_book, BookDamaged),
    "too-new-book": ("future.kambook", too_new_book, BookTooNew),
}
CSV_CASES = {"csv": "hq-customers-gbk.csv", "csv-renamed": "customers.kambook"}
ALL_CASES = [*CSV_CASES, *NOT_BOOKS]


@pytest.fixture
def not_a_book(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, type[KamError]]:
    """(path, expected error) for the case named by indirect parametrisation."""
    case: str = request.param
    folder = tmp_path / "files"
    folder.mkdir()
    if case in CSV_CASES:
        shared: Path = request.getfixturevalue("shared_data")
        path = folder / CSV_CASES[case]
        shutil.copyfile(shared / "hq-customers-gbk.csv", path)
        return path, NotABook
    name, make, error = NOT_BOOKS[case]
    path = folder / name
    make(path)
    return path, error


@pytest.mark.parametrize("not_a_book", ALL_CASES, indirect=True)
def test_not_a_book_is_refused_and_left_byte_for_byte(
    not_a_book: tuple[Path, type[KamError]],
) -> None:
    path, error = not_a_book
    before = snapshot(path)
    with pytest.raises(error) as caught:
        open_book(path)
    after = snapshot(path)
    assert after.content == before.content
    assert after.mtime_ns == before.mtime_ns
    assert str(path) in caught.value.message()
    assert caught.value.params["path"] == str(path)


@pytest.mark.parametrize(
    "not_a_book",
    [case for case in ALL_CASES],
    indirect=True,
)
def test_not_a_book_leaves_nothing_beside_it(not_a_book: tuple[Path, type[KamError]]) -> None:
    path, error = not_a_book
    before = snapshot(path)
    with pytest.raises(error):
        open_book(path)
    assert snapshot(path).folder == before.folder


def test_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "looks-like.kambook"
    folder.mkdir()
    (folder / "inside.txt").write_text("keep me")
    before = snapshot(folder)
    with pytest.raises(NotABook) as caught:
        open_book(folder)
    assert str(folder) in caught.value.message()
    assert snapshot(folder) == before
    assert sorted(os.listdir(folder)) == ["inside.txt"]


def test_other_programs_database_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "erp.db"
    sqlite_file(path)
    with pytest.raises(NotABook):
        open_book(path)
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    conn.close()
    assert tables == ["orders"]


def test_too_new_book_names_its_revision(tmp_path: Path) -> None:
    path = tmp_path / "future.kambook"
    too_new_book(path)
    with pytest.raises(BookTooNew) as caught:
        open_book(path)
    assert caught.value.params["revision"] == "ffff_from_the_future"
    assert "ffff_from_the_future" in caught.value.message()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(min_size=1, max_size=4096),
        # Looks like SQLite, but the application id is not ours.
        st.tuples(st.binary(min_size=52, max_size=52), st.binary(min_size=0, max_size=2000)).map(
            lambda parts: SQLITE_MAGIC + parts[0] + b"\x00\x00\x00\x00" + parts[1]
        ),
    )
)
def test_arbitrary_bytes_are_refused_untouched(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.kambook"
        path.write_bytes(data)
        before = snapshot(path)
        with pytest.raises(NotABook) as caught:
            open_book(path)
        assert snapshot(path) == before
        assert str(path) in caught.value.message()


# --- upgrading an older book ------------------------------------------------------------------


def _older_states() -> list[object]:
    """Every state a book can be in behind head: base (None) and each non-head revision."""
    head = migrate.head_revision()
    older = [rev.revision for rev in migrate.script_directory().walk_revisions()]
    states: list[object] = [pytest.param(None, id="base")]
    states += [pytest.param(rev, id=f"r{rev}") for rev in older if rev != head]
    return states


def _downgrade_file(path: Path, target: str | None) -> None:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # as open_book migrates
            migrate.downgrade(conn, target or "base")
            conn.commit()
            assert migrate.current_revision(conn) == target
    finally:
        engine.dispose()


def _stored_revision(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        conn.close()
    return row[0] if row else None


@pytest.mark.parametrize("older", _older_states())
def test_upgrading_writes_a_backup_first(tmp_path: Path, older: str | None) -> None:
    path = tmp_path / "mine.kambook"
    make_book(path)
    _downgrade_file(path, older)

    with open_book(path) as book, book.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()

    backups = list(tmp_path.glob("mine.backup-r*"))
    assert len(backups) == 1, sorted(os.listdir(tmp_path))
    assert _stored_revision(backups[0]) == older  # the book as it was before the upgrade
    assert _stored_revision(path) == migrate.head_revision()


def test_book_at_head_is_opened_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "mine.kambook"
    make_book(path)
    make_book(path)
    assert sorted(os.listdir(tmp_path)) == ["mine.kambook"]
