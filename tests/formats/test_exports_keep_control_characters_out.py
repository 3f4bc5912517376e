"""Exports never write control characters raw: a NUL, BEL or ESC an older book holds (planted
here through the database, past validation) is left out of .vcf, .ics and the CLI's CSV and
tables; the export succeeds and the .vcf imports again."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from kam_desktop.cli import main
from kam_desktop.db.book import open_book
from kam_desktop.db.models import Account, Contact, Visit
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.contacts.contacts import create_contact, list_contacts
from kam_desktop.services.contacts.vcard import export_vcards, import_vcards
from kam_desktop.services.visits.calendar_ics import export_ics
from kam_desktop.services.visits.visits import plan_visit

TODAY = date(2026, 11, 25)
PLANTED = "\x00\x07\x1b[31m"
RAW = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # CR, LF and tab are line structure


@pytest.fixture
def planted(tmp_path: Path) -> tuple[Path, str, str]:
    """A closed book whose account, contact and planned visit hold control characters."""
    path = tmp_path / "old.kambook"
    with open_book(path, owner="测试员") as book:
        account = create_account(book, AccountDraft(name="杭州恒远机械有限公司", code="HZ001")).id
        other = create_account(book, AccountDraft(name="宁波华拓电子有限公司", code="NB002")).id
        contact = create_contact(
            book, account, ContactDraft(name="王建华", mobile="13812345678"), today=TODAY
        ).id
        start = datetime(2026, 12, 1, 2, tzinfo=UTC)
        visit = VisitDraft(planned_start=start, attendee_ids=(contact,), objectives="谈价格")
        visit_id = plan_visit(book, account, visit, today=TODAY).id
        with book.sessions.begin() as s:
            s.execute(update(Account).where(Account.id == account).values(name=f"恒远{PLANTED}"))
            s.execute(
                update(Contact)
                .where(Contact.id == contact)
                .values(name=f"王{PLANTED}建华", title=f"经理{PLANTED}", notes=f"一\n二{PLANTED}")
            )
            s.execute(
                update(Visit)
                .where(Visit.id == visit_id)
                .values(objectives=f"谈{PLANTED}价格", address=f"文一西路{PLANTED}")
            )
    return path, account, other


def test_a_vcard_export_leaves_them_out_and_imports_again(
    planted: tuple[Path, str, str], tmp_path: Path
) -> None:
    path, account, other = planted
    out = tmp_path / "contacts.vcf"
    with open_book(path) as book:
        assert export_vcards(book, account, out) == 1
        assert not RAW.search(out.read_bytes())
        assert import_vcards(book, other, out, today=TODAY).count == 1
        (back,) = list_contacts(book, other)
    assert back.name == "王[31m建华"
    assert (back.draft.title, back.draft.notes) == ("经理[31m", "一\n二[31m")


def test_an_ics_export_leaves_them_out(planted: tuple[Path, str, str], tmp_path: Path) -> None:
    path, _, _ = planted
    out = tmp_path / "visits.ics"
    with open_book(path) as book:
        start, end = datetime(2026, 11, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
        assert export_ics(book, start, end, out) == 1
    data = out.read_bytes()
    assert not RAW.search(data)
    assert "谈[31m价格".encode() in data
    assert "文一西路[31m".encode() in data


@pytest.mark.parametrize(
    "command",
    [
        ("contacts", "list", "HZ001"),
        ("accounts", "list"),
        ("visits", "list", "--from", "2026-11-01", "--to", "2027-01-01"),
    ],
)
@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_the_cli_prints_none_of_them(
    planted: tuple[Path, str, str],
    capsys: pytest.CaptureFixture[str],
    command: tuple[str, ...],
    fmt: str,
) -> None:
    path, _, _ = planted
    code = main([*command, "--book", str(path), "--format", fmt, "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert not RAW.search(out.encode())
    assert "[31m" in out or "\\u001b[31m" in out  # the text around them is all there
