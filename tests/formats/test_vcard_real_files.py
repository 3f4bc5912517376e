"""vCard files as phones and mail programs write them (tests/data/vcards, see its README): every
one imports its contacts; what cannot be checked is a warning naming the card and the field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kam_desktop.domain.i18n import set_translator
from kam_desktop.formats.vcard_file import NoNamedCard, read_vcard_file
from kam_desktop.formats.vcard_warnings import CardWithoutName, PhoneLeftOut, PhoneUnchecked

TODAY = date(2026, 11, 25)
FILES = Path(__file__).resolve().parents[1] / "data" / "vcards"
ALL = sorted(p.name for p in FILES.glob("*.vcf"))

# file → {name: (mobile, phone)}, and the (card, field) of each warning
EXPECTED: dict[str, tuple[dict[str, tuple[str | None, str | None]], set[tuple[int, str]]]] = {
    "android-contacts-2.1.vcf": (
        {"周建华": ("138-0571-6688", "0571-8765 4321"), "孙丽": ("+86 139 0000 1111", None)},
        set(),
    ),
    "iphone-3.0.vcf": (
        {
            "Marie Tremblay": ("+1 (418) 555-0134", "(111) 555-1111"),
            "吴晓峰": ("+86 186 5717 2233", "905-555-1234"),
        },
        {(1, "phone"), (2, "phone")},
    ),
    "macos-contacts-3.0.vcf": ({"Northwind Traders": (None, "+44 20 7946 0958")}, set()),
    "outlook-2007-2.1-windows-1252.vcf": (
        {"Jürgen Müller": ("(111) 555-1212", "+49 30 901820")},
        {(1, "mobile")},
    ),
    "outlook-2007-2.1-gb2312.vcf": ({"王建国": ("13912345678", "0571-88886666")}, set()),
    "thunderbird-2.1.vcf": (
        {"Anna Schmidt": ("0171 5550123", "+49 40 123456 ext. 12")},
        {(1, "mobile")},
    ),
    "thunderbird-4.0.vcf": ({"刘洋": ("+86 137 1234 5678", "0571-8888 6666 转 8012")}, set()),
    "evolution-3.0.vcf": ({"Marco Rossi": ("+39 312 345 6789", "+39 06 6982 1234")}, set()),
    "blackberry-2.1.vcf": ({"Peter Brown": ("+1 416 555 0199", "905-555-1234")}, {(1, "phone")}),
    "chinese-phone-2.1-gb2312.vcf": ({"朱镕喆": ("+8613812345678", "0571-88886666")}, set()),
    "japanese-phone-2.1-shift_jis.vcf": (
        {"山田太郎": ("090-1234-5678", "+81-3-1234-5678")},
        {(1, "mobile")},
    ),
    "taiwan-phone-2.1-big5.vcf": (
        {"陳大文": ("+886 912 345 678", "+886-2-2345-6789#123")},
        set(),
    ),
    "rfc6350-example-4.0.vcf": (
        {"Simon Perreault": ("+1-418-262-6501", "+1-418-656-9254 ext. 102")},
        set(),
    ),
}


def test_every_fixture_is_described_and_expected() -> None:
    readme = (FILES / "README.md").read_text(encoding="utf-8")
    assert sorted(EXPECTED) == ALL
    assert all(f"`{name}`" in readme for name in ALL)


@pytest.mark.parametrize("name", ALL)
def test_a_real_file_imports_its_contacts(name: str) -> None:
    people, warned = EXPECTED[name]
    read = read_vcard_file(FILES / name, today=TODAY)
    got = {c.draft.name: (c.draft.mobile, c.draft.phone) for c in read.contacts}
    assert got == people
    assert {(w.card, w.field) for w in read.warnings} == warned
    assert all(isinstance(w.problem, PhoneUnchecked) for w in read.warnings)
    for warning in read.warnings:  # the card and the property, never the number
        contact = read.contacts[warning.card - 1].draft
        value = getattr(contact, warning.field or "name")
        message = warning.message()
        assert f"Card {warning.card}, " in message
        assert "TEL;TYPE=" in message
        assert value
        assert value not in message


def test_charsets_quoted_printable_and_line_ends_give_the_right_text() -> None:
    def one(name: str) -> object:
        return read_vcard_file(FILES / name, today=TODAY).contacts[0].draft

    outlook = one("outlook-2007-2.1-windows-1252.vcf")
    assert (outlook.title, outlook.email) == ("Einkäufer", "juergen.mueller@example.de")
    chinese = one("outlook-2007-2.1-gb2312.vcf")
    assert chinese.title == "总经理"
    phone = one("chinese-phone-2.1-gb2312.vcf")
    assert (phone.title, phone.department) == ("调度主任", None)
    android = one("android-contacts-2.1.vcf")
    assert android.notes == "负责设备采购与验收，关注能耗。\n每周三下午在厂里。"
    assert android.birthday == date(1975, 4, 9)
    assert one("japanese-phone-2.1-shift_jis.vcf").notes == "展示会で名刺交換"
    assert one("blackberry-2.1.vcf").notes == "PIN: 2100000A\nBirthday lunch in June"
    assert one("thunderbird-4.0.vcf").notes == "第一行\n第二行"
    assert one("rfc6350-example-4.0.vcf").birthday == date(1604, 2, 3)
    iphone = read_vcard_file(FILES / "iphone-3.0.vcf", today=TODAY).contacts
    assert iphone[1].draft.wechat == "wu_xf88"
    assert (iphone[0].draft.title, iphone[0].draft.department) == ("Buyer", "Purchasing")


def test_warnings_are_translated() -> None:
    read = read_vcard_file(FILES / "iphone-3.0.vcf", today=TODAY)
    set_translator(lambda context, text: "【" + text + "】")
    try:
        message = read.warnings[0].message()
    finally:
        set_translator(None)
    assert message.startswith("【Card 1, 【Phone】 (TEL;TYPE=WORK): 【kept as written")
    assert message.endswith("】】")


def test_a_card_without_any_name_is_skipped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "nameless.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:13812345678\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:;;;;\r\nORG:Acme Ltd;Sales\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nTEL;TYPE=CELL:12345\r\n"
        "TEL;TYPE=WORK:0571-1234\x075678\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    read = read_vcard_file(path, today=TODAY)
    assert [(c.number, c.draft.name, c.draft.department) for c in read.contacts] == [
        (2, "Acme Ltd", "Sales"),
        (3, "李四", None),
    ]
    assert read.contacts[1].draft.mobile == "12345"  # kept as written
    assert read.contacts[1].draft.phone is None  # a control character: left out
    assert [(w.card, w.field, type(w.problem)) for w in read.warnings] == [
        (1, None, CardWithoutName),
        (3, "mobile", PhoneUnchecked),
        (3, "phone", PhoneLeftOut),
    ]
    assert read.warnings[0].message() == "Card 1: it has no name (FN, N or ORG), so it was skipped."


def test_a_file_of_nameless_cards_imports_nothing(tmp_path: Path) -> None:
    path = tmp_path / "nameless.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:x\r\nEND:VCARD\r\n", encoding="utf-8")
    with pytest.raises(NoNamedCard) as caught:
        read_vcard_file(path, today=TODAY)
    assert "Nothing was imported." in caught.value.message()
