"""vCard export and import against real books: round trip, a phone export, bad files change
nothing. The file format alone: tests/formats/test_vcard.py and test_vcard_file.py."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
import vobject
from sqlalchemy import func, select

from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Contact, RelationshipChange
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft, validated
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel, Influence
from kam_desktop.domain.errors import KamError, NotFound
from kam_desktop.formats.vcard import COMPOUND_SURNAMES
from kam_desktop.formats.vcard_file import BadVCard, NotAVCard, VCardNotWritten
from kam_desktop.services.accounts.accounts import (
    account_id_for_code,
    create_account,
    delete_account,
    get_account,
)
from kam_desktop.services.accounts.find_accounts import AccountQuery, list_accounts
from kam_desktop.services.contacts.contacts import ContactRow, create_contact, list_contacts
from kam_desktop.services.contacts.relationship_history import relationship_history
from kam_desktop.services.contacts.vcard import export_vcards, import_vcards
from kam_desktop.services.demo import build_demo_book

TODAY = date(2026, 11, 25)
PHONE_SAMPLE = Path(__file__).resolve().parents[2] / "data" / "phone-contacts.vcf"

FULL = ContactDraft(
    name="欧阳明月", title="总工程师", department="技术部", decision_level=DecisionLevel.INFLUENCE,
    buying_roles=(BuyingRole.INFLUENCER, BuyingRole.USER), is_key_decision_maker=True,
    is_coach=True, attitude=Attitude.STRONGLY_OPPOSED, influence=Influence.HIGH,
    relationship_level=3, personal_wins="项目做成后升任副总",
    concerns="担心切换供应商影响生产; 怕担责任",
    phone="0571-88886666转123", mobile="13812345678", email="ouyangmy@hengyuan.com.cn",
    wechat="ouyang_my", birthday=date(1975, 3, 2), interests="围棋，龙井茶",
    notes="第一行\n第二行: 逗号, 分号; 反斜杠 \\ 结束", opponent_plan="请技术副总出面沟通",
)  # fmt: skip


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_book(tmp_path_factory.mktemp("demo") / "demo.kambook", today=TODAY)


@pytest.fixture
def account(book: Book) -> str:
    return create_account(book, AccountDraft(name="杭州恒远机械有限公司", code="HZ001")).id


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


def counts(book: Book) -> tuple[int, int]:
    with book.sessions() as s:
        contacts = s.scalar(select(func.count()).select_from(Contact))
        history = s.scalar(select(func.count()).select_from(RelationshipChange))
    return contacts or 0, history or 0


# --- export -----------------------------------------------------------------------------------


def test_export_writes_vcard_3_with_every_field(book: Book, account: str, tmp_path: Path) -> None:
    boss = create_contact(book, account, ContactDraft(name="王建华", title="总经理"), today=TODAY)
    create_contact(book, account, replace(FULL, reports_to_id=boss.id), today=TODAY)
    out = tmp_path / "contacts.vcf"

    assert export_vcards(book, account, out) == 2

    data = out.read_bytes()
    assert data.decode("utf-8")  # UTF-8 throughout
    assert b"\r\n" in data
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends in CRLF
    cards = {c.fn.value: c for c in vobject.readComponents(data.decode("utf-8"))}
    card = cards["欧阳明月"]
    assert card.version.value == "3.0"
    assert (card.n.value.family, card.n.value.given) == ("欧阳", "明月")
    assert card.org.value == ["杭州恒远机械有限公司", "技术部"]
    assert card.title.value == "总工程师"
    tels = {line.params["TYPE"][0]: line.value for line in card.contents["tel"]}
    assert tels == {"CELL": "13812345678", "WORK": "0571-88886666转123"}
    assert card.email.value == "ouyangmy@hengyuan.com.cn"
    assert card.bday.value == "1975-03-02"
    assert card.note.value == FULL.notes
    x = {name: lines[0].value for name, lines in card.contents.items() if name.startswith("x-")}
    assert x == {
        "x-kam-decision-level": "influence",
        "x-kam-roles": "influencer,user",
        "x-kam-kdm": "TRUE",
        "x-kam-coach": "TRUE",
        "x-kam-attitude": "-2",
        "x-kam-influence": "high",
        "x-kam-relationship-level": "3",
        "x-kam-wechat": "ouyang_my",
        "x-kam-personal-wins": "项目做成后升任副总",
        "x-kam-concerns": "担心切换供应商影响生产; 怕担责任",
        "x-kam-interests": "围棋，龙井茶",
        "x-kam-opponent-plan": "请技术副总出面沟通",
        "x-kam-reports-to": boss.id,
    }
    assert card.uid.value != cards["王建华"].uid.value == boss.id
    assert cards["王建华"].org.value == ["杭州恒远机械有限公司"]  # no department: one component


def test_export_of_an_account_without_contacts_is_an_empty_file(
    book: Book, account: str, tmp_path: Path
) -> None:
    out = tmp_path / "none.vcf"
    out.write_text("old content")
    assert export_vcards(book, account, out) == 0
    assert out.read_bytes() == b""


def test_export_to_a_missing_folder_says_so(book: Book, account: str, tmp_path: Path) -> None:
    create_contact(book, account, ContactDraft(name="王建华"), today=TODAY)
    out = tmp_path / "no-such-folder" / "contacts.vcf"
    with pytest.raises(VCardNotWritten) as caught:
        export_vcards(book, account, out)
    assert str(out) in caught.value.message()
    assert not out.parent.exists()


# --- round trip -------------------------------------------------------------------------------


def _comparable(rows: list[ContactRow]) -> dict[str, ContactDraft]:
    """Drafts by name, the manager named instead of by id (ids differ between books)."""
    names = {row.id: row.name for row in rows}
    assert len(names) == len(set(names.values()))
    return {
        row.name: replace(row.draft, reports_to_id=names.get(row.draft.reports_to_id or ""))
        for row in rows
    }


def test_round_trip_of_a_demo_account_into_a_fresh_book(
    demo_path: Path, book: Book, account: str, tmp_path: Path
) -> None:
    out = tmp_path / "demo-account.vcf"
    with open_book(demo_path, create=False) as demo:
        accounts = ((a.id, list_contacts(demo, a.id)) for a in list_accounts(demo, AccountQuery()))
        demo_account, source = next(
            (account_id, rows)
            for account_id, rows in accounts
            if len(rows) >= 10 and any(r.name[:2] in COMPOUND_SURNAMES for r in rows)
        )
        assert export_vcards(demo, demo_account, out) == len(source) >= 10
        assert get_account(demo, demo_account).name in out.read_text("utf-8")

    assert import_vcards(book, account, out, today=TODAY).count == len(source)

    imported = list_contacts(book, account)
    # What the rep would get by saving each source contact through the form: the same fields,
    # buying roles in their canonical order.
    expected = {name: validated(d) for name, d in _comparable(source).items()}
    assert _comparable(imported) == expected
    assert any(d.reports_to_id for d in expected.values())  # the org chart came along
    assert all(row.last_contact_on is None for row in imported)  # derived from this book's visits
    compound = next(r for r in imported if r.name[:2] in COMPOUND_SURNAMES)
    [step] = relationship_history(book, compound.id)
    assert (step.changed_on, step.from_value, step.to_value) == (
        TODAY,
        None,
        compound.relationship_level,
    )


def test_a_full_contact_survives_export_and_import(
    book: Book, account: str, tmp_path: Path
) -> None:
    boss = create_contact(book, account, ContactDraft(name="王建华"), today=TODAY)
    create_contact(book, account, replace(FULL, reports_to_id=boss.id), today=TODAY)
    other = create_account(book, AccountDraft(name="宁波华拓电子有限公司")).id
    out = tmp_path / "full.vcf"
    export_vcards(book, account, out)

    assert import_vcards(book, other, out, today=TODAY).count == 2

    assert _comparable(list_contacts(book, other)) == _comparable(list_contacts(book, account))
    assert len(list_contacts(book, account)) == 2  # the source account is untouched


# --- phone exports (read in detail in tests/formats/test_vcard_file.py) ----------------------


def test_a_phone_export_lands_in_the_account(book: Book, account: str) -> None:
    assert import_vcards(book, account, PHONE_SAMPLE, today=TODAY).count == 5

    got = {row.name: row for row in list_contacts(book, account)}
    assert sorted(got) == sorted(["李建国", "欧阳明月", "司马文静", "张伟", "David Miller"])
    assert (got["李建国"].mobile, got["李建国"].phone) == ("139-0571-2233", "0571-87654321")
    assert got["欧阳明月"].birthday == date(1604, 5, 17)
    assert all(row.account_id == account for row in got.values())


# --- bad files: a clear error, and the book exactly as it was ---------------------------------

# Every kind of bad file and its message: tests/formats/test_vcard_file.py. Here: the book.
GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王建华\r\nTEL;TYPE=CELL:13812345678\r\nEND:VCARD\r\n"
BAD_FILES = {
    "not-a-vcard": ("客户编码,客户名称\n001,杭州恒远机械有限公司\n".encode("gbk"), NotAVCard, ()),
    "bad-email": (
        GOOD * 2 + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nEMAIL:lisi@@example\r\nEND:VCARD\r\n",
        BadVCard,
        ("card 3:", "EMAIL", "is not an e-mail address"),
    ),
    "reports-to-cycle": (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:李四\r\nX-KAM-REPORTS-TO:b\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:b\r\nFN:王五\r\nX-KAM-REPORTS-TO:a\r\nEND:VCARD\r\n",
        BadVCard,
        ("card 1:", "X-KAM-REPORTS-TO", "王五"),
    ),
}


@pytest.fixture
def closed_book(tmp_path: Path) -> Path:
    """A book with one account and one contact, opened and closed once (so it has settled)."""
    path = tmp_path / "settled.kambook"
    with open_book(path, owner="测试员") as book:
        account = create_account(book, AccountDraft(name="杭州恒远机械有限公司", code="HZ001"))
        create_contact(book, account.id, ContactDraft(name="王建华"), today=TODAY)
    with open_book(path, create=False):
        pass
    return path


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_vcard_names_file_card_and_field_and_changes_nothing(
    closed_book: Path, tmp_path: Path, case: str
) -> None:
    content, error, expected = BAD_FILES[case]
    bad = tmp_path / f"{case}.vcf"
    bad.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    before = fingerprint(closed_book)

    with open_book(closed_book, create=False) as book:
        counted = counts(book)
        account = account_id_for_code(book, "HZ001")
        with pytest.raises(error) as caught:
            import_vcards(book, account, bad, today=TODAY)
        assert counts(book) == counted == (1, 1)
        assert fingerprint(closed_book) == before

    message = caught.value.message()
    assert message.startswith(str(bad))
    assert "Nothing was imported." in message
    for part in expected:
        assert part in message


def test_a_manager_outside_the_file_leaves_a_root(book: Book, account: str, tmp_path: Path) -> None:
    path = tmp_path / "partial.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:李四\r\nX-KAM-REPORTS-TO:zzz\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:b\r\nFN:王五\r\nX-KAM-REPORTS-TO:a\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    assert import_vcards(book, account, path, today=TODAY).count == 2
    rows = {row.name: row for row in list_contacts(book, account)}
    assert rows["李四"].reports_to_id is None
    assert rows["王五"].reports_to_id == rows["李四"].id


def test_a_deep_reporting_line_is_written_managers_first(
    book: Book, account: str, tmp_path: Path
) -> None:
    # Reports listed before their managers: the reports-to key is checked row by row.
    cards = [
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u{i}\r\nFN:员工{i:03d}\r\n"
        + (f"X-KAM-REPORTS-TO:u{i + 1}\r\n" if i < 149 else "")
        + "END:VCARD\r\n"
        for i in range(150)
    ]
    path = tmp_path / "chain.vcf"
    path.write_text("".join(cards), encoding="utf-8")
    assert import_vcards(book, account, path, today=TODAY).count == 150
    rows = {row.name: row for row in list_contacts(book, account)}
    assert rows["员工000"].reports_to_id == rows["员工001"].id
    assert rows["员工149"].reports_to_id is None


def test_import_into_a_deleted_or_unknown_account_writes_nothing(book: Book, account: str) -> None:
    delete_account(book, account)
    for target in (account, "no-such-account"):
        with pytest.raises(NotFound):
            import_vcards(book, target, PHONE_SAMPLE, today=TODAY)
    assert counts(book) == (0, 0)


def test_a_missing_file_is_a_kam_error(book: Book, account: str, tmp_path: Path) -> None:
    with pytest.raises(KamError) as caught:
        import_vcards(book, account, tmp_path / "nowhere.vcf", today=TODAY)
    assert "nowhere.vcf could not be read" in caught.value.message()
