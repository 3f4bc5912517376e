"""The planted-value scan: every database failure a rep can meet, through the CLI, the services
and the GUI's error dialog, and not one planted name, phone, e-mail or WeChat id in any message,
log record or copied traceback. Each failure must also be the typed, translated message."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import create_engine, select, text
from sqlalchemy.exc import OperationalError

from kam_desktop.cli import main
from kam_desktop.db import book as book_module
from kam_desktop.db import book_file
from kam_desktop.db.book import open_book
from kam_desktop.db.models import Contact
from kam_desktop.domain import book_errors as be
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.gui import error_dialogs
from kam_desktop.services.book import db_errors
from kam_desktop.services.contacts.contacts import create_contact
from tests.db.book_states import (
    PLANTED,
    PLANTED_EMAIL,
    PLANTED_MOBILE,
    PLANTED_NAME,
    PLANTED_WECHAT,
    immutable,
    planted_book,
    write_lock,
    zero_pages,
)

VCARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\n"
    f"FN:{PLANTED_NAME}新\r\nN:{PLANTED_NAME}新;;;;\r\n"
    f"TEL;TYPE=CELL:{PLANTED_MOBILE}\r\nEMAIL:{PLANTED_EMAIL}\r\n"
    f"X-WECHAT:{PLANTED_WECHAT}\r\nEND:VCARD\r\n"
)


def assert_clean(*texts: str) -> None:
    for found in texts:
        for value in PLANTED:
            assert value not in found, f"{value!r} leaked into: {found[:300]!r}"


@pytest.fixture
def planted(tmp_path: Path) -> Path:
    return planted_book(tmp_path / "books" / "mine.kambook", contacts=300)


@pytest.fixture
def vcard(tmp_path: Path) -> Path:
    path = tmp_path / "cards.vcf"
    path.write_text(VCARD, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def everything_logged(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    yield caplog
    assert_clean(caplog.text)  # every log record of every test here, tracebacks included


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(book_module, "BUSY_TIMEOUT_S", 0.2)


def kam(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = main([*(str(a) for a in args), "--lang", "en", "--debug"])
    out, err = capsys.readouterr()
    assert_clean(err)
    if code != 0:  # a listing that worked prints the rows, as it should
        assert_clean(out)
    return code, err


# --- the CLI -------------------------------------------------------------------------------


@pytest.mark.usefixtures("short_busy_timeout")
def test_cli_locked_book(planted: Path, vcard: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with write_lock(planted):
        code, err = kam(capsys, "contacts", "import-vcf", "--book", planted, "PLANT01", vcard)
    assert code == 2
    assert "Another program is using this book" in err
    assert "Traceback" not in err


def test_cli_read_only_book(planted: Path, vcard: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with immutable(planted):
        code, err = kam(capsys, "contacts", "import-vcf", "--book", planted, "PLANT01", vcard)
        listed, list_err = kam(capsys, "contacts", "list", "--book", planted, "PLANT01")
    assert code == 2
    assert "can only be read" in err
    assert listed == 0  # reading works, and says it is read-only
    assert "is open read-only" in list_err
    assert sorted(p.name for p in planted.parent.iterdir()) == ["mine.kambook"]


def test_cli_damaged_book_found_at_open(planted: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copyfile(planted, planted.with_name("mine.backup-r0003-20260101-080000.kambook"))
    zero_pages(planted)
    for command in (["info"], ["contacts", "list"]):
        args = [*command, "--book", planted] + (["PLANT01"] if len(command) == 2 else [])
        code, err = kam(capsys, *args)
        assert code == 2
        assert "is damaged" in err
        assert "mine.backup-r0003-20260101-080000.kambook" in err
        assert "Traceback" not in err


def test_cli_damage_met_while_reading(
    planted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check at open ran out of time (a big book, a cold disk): a read meets the damage."""
    zero_pages(planted)
    monkeypatch.setattr(book_file, "quick_check", lambda _conn, _budget: None)
    code, err = kam(capsys, "contacts", "list", "--book", planted, "PLANT01")
    assert code == 2
    assert "is damaged" in err
    assert "No backup was found" in err
    assert "Traceback" not in err


def test_cli_info_reports_the_check_and_the_backups(
    planted: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = planted.with_name("mine.backup-r0002-20260101-080000.kambook")
    shutil.copyfile(planted, backup)
    code, _ = kam(capsys, "info", "--book", planted)
    assert code == 0
    code = main(["info", "--book", str(planted), "--lang", "en"])
    out, _ = capsys.readouterr()
    assert "no damage found" in out
    assert backup.name in out


# --- services and the GUI ------------------------------------------------------------------


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qtbot) -> list[QMessageBox]:
    boxes: list[QMessageBox] = []

    def capture(box: QMessageBox) -> None:
        qtbot.addWidget(box)
        boxes.append(box)

    monkeypatch.setattr(error_dialogs, "exec_message_box", capture)
    return boxes


def _show(exc: BaseException, shown: list[QMessageBox]) -> QMessageBox:
    error_dialogs.show_error(None, exc)
    box = shown[-1]
    assert_clean(box.text(), box.detailedText(), error_dialogs.error_details(exc))
    return box


@pytest.mark.usefixtures("short_busy_timeout")
def test_service_locked_write_of_planted_values(planted: Path, shown: list[QMessageBox]) -> None:
    with open_book(planted) as book:
        account_id = book.sessions().scalar(select(Contact.account_id))
        draft = ContactDraft(name=PLANTED_NAME, mobile=PLANTED_MOBILE, birthday=date(1980, 5, 17))
        with write_lock(planted), pytest.raises(be.BookLocked) as caught:
            create_contact(book, account_id, draft)
    box = _show(caught.value, shown)
    assert "Another program is using this book" in box.text()


def test_constraint_error_with_planted_values(planted: Path, shown: list[QMessageBox]) -> None:
    with open_book(planted) as book:
        update = text("UPDATE contact SET attitude = 9, name = :name, mobile = :mobile")
        with pytest.raises(be.RefusedByBook) as caught, book.sessions.begin() as s:
            s.execute(update, {"name": PLANTED_NAME, "mobile": PLANTED_MOBILE})
    assert_clean(caught.value.message(), str(caught.value))
    box = _show(caught.value, shown)
    assert "refused a value (ck_contact_attitude_range)" in box.text()


def test_unexpected_database_error_details_carry_no_parameters(
    tmp_path: Path, shown: list[QMessageBox], capsys: pytest.CaptureFixture[str]
) -> None:
    """Even from an engine that prints its parameters, what we show and copy leaves them out."""
    engine = create_engine(f"sqlite:///{tmp_path / 'raw.db'}")  # no hide_parameters here
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql("CREATE TABLE t (name TEXT, phone TEXT)")
        with pytest.raises(OperationalError) as caught, engine.begin() as conn:
            conn.execute(
                text("INSERT INTO t (name, phone, nope) VALUES (:n, :p, 1)"),
                {"n": PLANTED_NAME, "p": PLANTED_MOBILE},
            )
    finally:
        engine.dispose()
    assert PLANTED_NAME in str(caught.value)  # the library's own text would leak it
    box = _show(caught.value, shown)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "INSERT INTO t" in box.detailedText()  # the statement is kept for support
    assert_clean(db_errors.describe(caught.value), db_errors.details(caught.value))


def test_gui_says_a_book_is_read_only_and_how_to_work_in_it(
    planted: Path, shown: list[QMessageBox]
) -> None:
    with immutable(planted.parent), open_book(planted) as book:
        (notice,) = book.notices
        box = _show(notice, shown)
        assert box.icon() == QMessageBox.Icon.Information
        assert "its folder is read-only" in box.text()
        account_id = book.sessions().scalar(select(Contact.account_id))
        with pytest.raises(be.BookReadOnly) as caught:
            create_contact(book, account_id, ContactDraft(name=PLANTED_NAME))
        assert "can only be read" in _show(caught.value, shown).text()
