"""vCard files without a book: what phones write is read as a rep expects, a bad file is an error
naming the file, card and field, reporting lines are resolved, and a written file is whole."""

from __future__ import annotations

import base64
from datetime import date
from pathlib import Path

import pytest
import vobject

from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import Attitude
from kam_desktop.domain.errors import KamError
from kam_desktop.formats.vcard_file import (
    BadVCard,
    BadVCardLine,
    NoNamedCard,
    NotAVCard,
    VCardNotWritten,
    VCardUnreadable,
    read_vcard_file,
    vcard_text,
    write_vcard_file,
)

TODAY = date(2026, 11, 25)
PHONE_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "phone-contacts.vcf"


def _drafts(path: Path) -> dict[str, ContactDraft]:
    return {c.draft.name: c.draft for c in read_vcard_file(path, today=TODAY).contacts}


# --- reading ----------------------------------------------------------------------------------


def test_a_phone_export_is_read_as_a_rep_expects() -> None:
    data = PHONE_SAMPLE.read_bytes()
    assert b"\r\n " in data  # folded lines
    assert b"=\r\n=" in data  # quoted-printable soft line breaks
    assert b"VERSION:2.1" in data
    assert b"CHARSET=UTF-8" in data
    assert b"PHOTO" not in data

    got = _drafts(PHONE_SAMPLE)

    assert sorted(got) == sorted(["李建国", "欧阳明月", "司马文静", "张伟", "David Miller"])
    android = got["李建国"]
    assert (android.title, android.department) == ("采购部经理", "采购部")
    assert (android.mobile, android.phone) == ("139-0571-2233", "0571-87654321")  # not the fax
    assert android.email == "lijianguo@hengyuan-jx.com"
    assert (
        android.notes
        == "采购部经理，负责年度招标。喜欢钓鱼，周末常去千岛湖。\n孩子在读高中，关心升学。"
    )
    assert android.birthday == date(1970, 8, 15)
    iphone = got["欧阳明月"]
    assert (iphone.title, iphone.department) == ("总工程师", "技术部")
    assert iphone.mobile == "+86 138 1234 5678"
    assert iphone.phone == "0571 8888 6666"  # +86 571 ... back to the domestic form
    assert iphone.wechat == "ouyang_my"
    assert iphone.birthday == date(1604, 5, 17)  # Apple's "no year"
    assert (
        iphone.notes == "负责技术评估，喜欢喝龙井茶。周末常打羽毛球，孩子今年高考\n关注教育话题。"
    )
    assert (got["司马文静"].phone, got["司马文静"].birthday) == ("021-62345678", date(1978, 3, 2))
    assert got["张伟"].mobile == "+86 13612345678"  # vCard 2.1 without FN: named from N
    assert got["David Miller"].email == "david.miller@example.com"
    assert all(d.attitude is Attitude.NEUTRAL and d.relationship_level == 0 for d in got.values())


def test_vcard_4_and_gbk_files_are_read(tmp_path: Path) -> None:
    v4 = tmp_path / "v4.vcf"
    v4.write_text(
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:王小明\r\nN:王;小明;;;\r\n"
        'TEL;VALUE=uri;TYPE="voice,cell":tel:+86-138-1234-5678\r\nBDAY:--0517\r\nEND:VCARD\r\n',
        encoding="utf-8",
    )
    gbk = tmp_path / "gbk.vcf"
    gbk.write_bytes("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:赵敏\r\nEND:VCARD\r\n".encode("gbk"))
    utf16 = tmp_path / "utf16.vcf"
    utf16.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:周芷若\r\nEND:VCARD\r\n", encoding="utf-16")

    assert _drafts(v4)["王小明"].mobile == "+86-138-1234-5678"
    assert _drafts(v4)["王小明"].birthday == date(1604, 5, 17)
    assert list(_drafts(gbk)) == ["赵敏"]
    assert list(_drafts(utf16)) == ["周芷若"]


def test_photos_are_skipped_even_when_damaged(tmp_path: Path) -> None:
    photo = base64.b64encode(bytes(range(256)) * 3).decode()
    android = "\r\n  ".join(photo[i : i + 76] for i in range(0, len(photo), 76))
    path = tmp_path / "photos.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:王五\r\nPHOTO;ENCODING=BASE64;JPEG:"
        f"{android}\r\n\r\nTEL;CELL:13812345678\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:钱七\r\nitem1.PHOTO;ENCODING=b;TYPE=JPEG:not\r\n"
        " base64\r\nTITLE:厂长\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    got = _drafts(path)
    assert got["王五"].mobile == "13812345678"
    assert got["钱七"].title == "厂长"


def test_reporting_lines_name_the_managers_card(tmp_path: Path) -> None:
    path = tmp_path / "lines.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:李四\r\nX-KAM-REPORTS-TO:zzz\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:b\r\nFN:王五\r\nX-KAM-REPORTS-TO:a\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:赵六\r\nX-KAM-REPORTS-TO:b\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    contacts = read_vcard_file(path, today=TODAY).contacts
    assert [(c.number, c.draft.name, c.manager) for c in contacts] == [
        (1, "李四", None),  # a manager outside the file: a root
        (2, "王五", 0),
        (3, "赵六", 1),  # a repeated UID: the first card keeps it
    ]
    assert all(c.draft.reports_to_id is None for c in contacts)  # ids are the book's business


GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:王建华\r\nTEL;TYPE=CELL:13812345678\r\nEND:VCARD\r\n"
BAD_FILES = {
    "not-a-vcard": ("客户编码,客户名称\n001,杭州恒远机械有限公司\n".encode("gbk"), NotAVCard, ()),
    "calendar": (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", NotAVCard, ()),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", NotAVCard, ()),
    "broken-folding": (
        GOOD + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nNOTE:喜欢钓鱼\r\n周末常去千岛湖\r\n"
        "END:VCARD\r\n",
        BadVCardLine,
        ("card 2", "line 10 (…)"),  # the line's text is someone's note: never shown
    ),
    "not-closed": (GOOD + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\n", BadVCardLine, ("card 2",)),
    "no-name-at-all": (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:13812345678\r\nEND:VCARD\r\n",
        NoNamedCard,
        ("none of its 1 cards has a name",),
    ),
    "bad-email": (
        GOOD * 2 + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nEMAIL:lisi@@example\r\nEND:VCARD\r\n",
        BadVCard,
        ("card 3:", "EMAIL", "is not an e-mail address"),
    ),
    "line-not-in-its-charset": (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nTITLE;CHARSET=UTF-8:\xff\xfe\r\nEND:VCARD\r\n",
        BadVCardLine,
        ("card 1", "line 4 (TITLE)"),
    ),
    "duplicate-encoding": (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nNOTE;ENCODING=QUOTED-PRINTABLE;ENCODING=B:=41\r\n"
        "END:VCARD\r\n",
        BadVCardLine,
        ("card 1", "line 1", "this card cannot be read"),
    ),
    "bad-kam-field": (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nX-KAM-RELATIONSHIP-LEVEL:7\r\n"
        "X-KAM-COACH:perhaps\r\nBDAY:1975-02-30\r\nEND:VCARD\r\n",
        BadVCard,
        ("X-KAM-RELATIONSHIP-LEVEL", "X-KAM-COACH", "BDAY", "is not a date"),
    ),
    "unknown-charset": (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=BIG-FIVE;ENCODING=QUOTED-PRINTABLE:=A7=F5\r\n"
        "END:VCARD\r\n",
        BadVCard,
        ("card 1", "CHARSET"),
    ),
    "reports-to-cycle": (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:李四\r\nX-KAM-REPORTS-TO:b\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:b\r\nFN:王五\r\nX-KAM-REPORTS-TO:a\r\nEND:VCARD\r\n",
        BadVCard,
        ("card 1:", "X-KAM-REPORTS-TO", "王五"),
    ),
    "reports-to-self": (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:a\r\nFN:李四\r\nX-KAM-REPORTS-TO:a\r\nEND:VCARD\r\n",
        BadVCard,
        ("card 1:", "X-KAM-REPORTS-TO"),
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_names_file_card_and_field(tmp_path: Path, case: str) -> None:
    content, error, expected = BAD_FILES[case]
    bad = tmp_path / f"{case}.vcf"
    bad.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)

    with pytest.raises(error) as caught:
        read_vcard_file(bad, today=TODAY)

    message = caught.value.message()
    assert message.startswith(str(bad))
    assert "Nothing was imported." in message
    for part in expected:
        assert part in message


def test_a_missing_file_cannot_be_read(tmp_path: Path) -> None:
    with pytest.raises(VCardUnreadable) as caught:
        read_vcard_file(tmp_path / "nowhere.vcf")
    assert "nowhere.vcf could not be read" in caught.value.message()


# --- writing ----------------------------------------------------------------------------------


def test_a_written_file_is_utf8_vcard_3_with_crlf_lines(tmp_path: Path) -> None:
    out = tmp_path / "contacts.vcf"
    contacts = [
        ("u1", ContactDraft(name="王建华", title="总经理")),
        ("u2", ContactDraft(name="李四")),
    ]

    write_vcard_file(out, contacts, "杭州恒远机械有限公司")

    data = out.read_bytes()
    assert data == vcard_text(contacts, "杭州恒远机械有限公司").encode("utf-8")
    assert b"\n" not in data.replace(b"\r\n", b"")  # every line ends in CRLF
    cards = list(vobject.readComponents(data.decode("utf-8")))
    assert [(c.uid.value, c.fn.value, c.version.value) for c in cards] == [
        ("u1", "王建华", "3.0"),
        ("u2", "李四", "3.0"),
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["contacts.vcf"]


def test_no_contacts_is_an_empty_file(tmp_path: Path) -> None:
    out = tmp_path / "none.vcf"
    out.write_text("old content")
    write_vcard_file(out, [], "某公司")
    assert out.read_bytes() == b""


def test_an_unwritable_file_is_a_kam_error_and_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "contacts.vcf"
    with pytest.raises(VCardNotWritten) as caught:
        write_vcard_file(out, [("u1", ContactDraft(name="王建华"))], "某公司")
    assert isinstance(caught.value, KamError)
    assert caught.value.message().startswith(f"{out} could not be written: ")
    assert list(tmp_path.iterdir()) == []
