"""``kam contacts list | export-vcf | import-vcf`` and ``kam map``, run in-process."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kam_desktop.cli import main
from kam_desktop.db.book import open_book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.contacts.contact_fields import ContactDraft
from kam_desktop.domain.enums import Attitude, BuyingRole, DecisionLevel, Influence
from kam_desktop.services.accounts.accounts import account_id_for_code, create_account
from kam_desktop.services.contacts.contacts import create_contact, list_contacts

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    """A closed book: account HZ001 with three contacts, NB002 with none."""
    path = tmp_path / "contacts.kambook"
    with open_book(path, owner="测试员") as book:
        account = create_account(book, AccountDraft(name="杭州恒远机械有限公司", code="HZ001")).id
        create_account(book, AccountDraft(name="宁波华拓电子有限公司", code="NB002"))
        boss = create_contact(
            book, account,
            ContactDraft(
                name="欧阳明月", title="总经理", decision_level=DecisionLevel.DECISION,
                buying_roles=(BuyingRole.DECIDER,), is_key_decision_maker=True,
                attitude=Attitude.SUPPORTIVE, influence=Influence.HIGH, relationship_level=4,
                mobile="13812345678",
            ),
            today=TODAY,
        )  # fmt: skip
        create_contact(
            book, account,
            ContactDraft(
                name="王小明", title="采购经理", department="采购部", reports_to_id=boss.id,
                buying_roles=(BuyingRole.BUYER, BuyingRole.GATEKEEPER), is_coach=True,
                attitude=Attitude.OPPOSED, relationship_level=2, email="wangxm@hengyuan.cn",
            ),
            today=TODAY,
        )  # fmt: skip
        create_contact(book, account, ContactDraft(name="David Miller"), today=TODAY)
    return path


def display_columns(line: str) -> list[str]:
    """One entry per terminal column: a wide character fills its second column with ""."""
    columns: list[str] = []
    for char in line:
        columns.append(char)
        if unicodedata.east_asian_width(char) in ("W", "F"):
            columns.append("")
    return columns


def fingerprint(path: Path) -> str:
    digest = hashlib.sha256()
    for suffix in ("", "-wal"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            digest.update(part.read_bytes())
    return digest.hexdigest()


def names_in(path: Path, code: str) -> list[str]:
    with open_book(path, create=False) as book:
        return [row.name for row in list_contacts(book, account_id_for_code(book, code))]


# --- contacts list ----------------------------------------------------------------------------


def test_list_table_lines_up_chinese_text(
    book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "contacts", "list", "--book", book_path, "HZ001", "--lang", "en")
    assert code == 0
    header, separator, *rows, footer = out.splitlines()
    spans = [m.span() for m in re.finditer(r"-+", separator)]

    def cells(line: str) -> list[str]:
        columns = display_columns(line)
        return ["".join(columns[start:end]).strip() for start, end in spans]

    assert cells(header)[:5] == ["Name", "Title", "Reports to", "Decision level", "Buying roles"]
    by_name = {cells(row)[0]: cells(row) for row in rows}
    assert list(by_name) == ["David Miller", "欧阳明月", "王小明"]  # ordered by name
    boss, buyer = by_name["欧阳明月"], by_name["王小明"]
    assert boss[1:5] == ["总经理", "", "Decision level", "Decider"]
    assert buyer[1:5] == ["采购经理", "欧阳明月", "", "Buyer, Gatekeeper"]
    marks = dict(zip(cells(header), buyer, strict=True))
    assert (marks["KDM"], marks["Coach"], marks["Attitude"], marks["Level"]) == (
        "",
        "✓",
        "Opposed",
        "2",
    )
    assert dict(zip(cells(header), boss, strict=True))["KDM"] == "✓"
    assert footer == "3 contacts of 杭州恒远机械有限公司"


def test_list_csv_has_every_field(book_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "contacts", "list", "--book", book_path, "HZ001", "--format", "csv", "--lang", "en"
    )
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames is not None
    assert {"id", "name", "reports_to", "reports_to_id", "opponent_plan", "last_contact_on"} <= set(
        reader.fieldnames
    )
    rows = {r["name"]: r for r in reader}
    assert rows["王小明"]["reports_to"] == "欧阳明月"
    assert rows["王小明"]["reports_to_id"] == rows["欧阳明月"]["id"]
    assert rows["王小明"]["department"] == "采购部"
    assert rows["王小明"]["is_coach"] == "true"
    assert rows["王小明"]["email"] == "wangxm@hengyuan.cn"
    assert rows["欧阳明月"]["relationship_level"] == "4"
    assert rows["David Miller"]["attitude"] == "Neutral"


def test_list_json_carries_codes_and_labels(
    book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "contacts", "list", "--book", book_path, "HZ001", "--format", "json",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0
    items = {item["name"]: item for item in json.loads(out)}
    buyer = items["王小明"]
    assert buyer["buying_roles"] == [
        {"code": "buyer", "label": "Buyer"},
        {"code": "gatekeeper", "label": "Gatekeeper"},
    ]
    assert buyer["attitude"] == {"code": -1, "label": "Opposed"}
    assert buyer["relationship_level"] == {"code": 2, "label": "Likes me"}
    assert buyer["is_coach"] is True
    assert buyer["is_key_decision_maker"] is False
    assert buyer["influence"] is None
    assert items["欧阳明月"]["decision_level"] == {"code": "decision", "label": "Decision level"}


def test_list_of_an_account_without_contacts(
    book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "contacts", "list", "--book", book_path, "NB002", "--format", "json")
    assert code == 0
    assert json.loads(out) == []


def test_an_unknown_account_code_exits_2(
    book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "contacts", "list", "--book", book_path, "XX999", "--lang", "en")
    assert code == 2
    assert out == ""
    assert err.startswith("kam: No account with XX999 was found")


# --- vCard export and import ------------------------------------------------------------------


def test_export_then_import_into_another_account(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vcf = tmp_path / "hz001.vcf"
    code, out, _ = run(
        capsys, "contacts", "export-vcf", "--book", book_path, "HZ001", "--out", vcf,
        "--lang", "en",
    )  # fmt: skip
    assert code == 0
    assert out.strip() == f"Exported 3 contacts of 杭州恒远机械有限公司 to {vcf}"
    assert vcf.read_text("utf-8").count("BEGIN:VCARD") == 3

    code, out, _ = run(
        capsys, "contacts", "import-vcf", "--book", book_path, "NB002", vcf, "--lang", "en"
    )
    assert code == 0
    assert out.strip() == f"Imported 3 contacts from {vcf} into 宁波华拓电子有限公司"
    assert names_in(book_path, "NB002") == names_in(book_path, "HZ001")

    code, out, _ = run(capsys, "contacts", "list", "--book", book_path, "NB002", "--format", "json")
    imported = {item["name"]: item for item in json.loads(out)}
    assert imported["王小明"]["reports_to"] == "欧阳明月"
    assert imported["王小明"]["attitude"]["code"] == -1


def test_a_bad_vcard_exits_2_and_imports_nothing(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.vcf"
    bad.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:李四\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:赵六\r\nEMAIL:zhaoliu(at)example.com\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with open_book(book_path, create=False):
        pass  # settle the file, so the fingerprint compares only what the import could change
    before = fingerprint(book_path)

    code, out, err = run(
        capsys, "contacts", "import-vcf", "--book", book_path, "NB002", bad, "--lang", "en"
    )

    assert code == 2
    assert out == ""
    assert err.startswith(f"kam: {bad}, card 2: E-mail (EMAIL): is not an e-mail address")
    assert "赵六" not in err  # no one's name or address in a message
    assert "zhaoliu" not in err
    assert err.strip().endswith("Nothing was imported.")
    assert fingerprint(book_path) == before
    assert names_in(book_path, "NB002") == []


def test_export_vcf_needs_a_vcf_file_name(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys, "contacts", "export-vcf", "--book", book_path, "HZ001", "--out", book_path
    )
    assert code == 2
    assert "must end in .vcf" in err
    assert out == ""
    assert names_in(book_path, "HZ001")  # the book was not overwritten


def test_a_phone_export_imports_from_the_command_line(
    book_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = ROOT / "tests" / "data" / "phone-contacts.vcf"
    code, out, _ = run(
        capsys, "contacts", "import-vcf", "--book", book_path, "NB002", sample, "--lang", "zh_CN"
    )
    assert code == 0
    assert "5" in out
    assert "欧阳明月" in names_in(book_path, "NB002")


# --- map --------------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_map_draws_a_file(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    target = tmp_path / f"map{suffix}"
    code, out, err = run(
        capsys, "map", "--book", book_path, "HZ001", "--out", target, "--lang", "zh_CN"
    )
    assert code == 0, err
    assert str(target) in out
    data = target.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(data) > 10_000
    else:
        text = data.decode("utf-8")
        assert text.lstrip().startswith("<?xml")
        assert "欧阳明月" in text
        assert "王小明" in text


def test_map_refuses_other_formats_before_opening_the_book(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "map", "--book", tmp_path / "none.kambook", "HZ001", "--out", tmp_path / "m.pdf"
    )
    assert code == 2
    assert "must end in .png / .svg" in err
    assert not (tmp_path / "none.kambook").exists()


def test_map_of_an_unknown_account_exits_2(
    book_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "map.png"
    code, _, err = run(capsys, "map", "--book", book_path, "XX999", "--out", target, "--lang", "en")
    assert code == 2
    assert "XX999" in err
    assert not target.exists()


def test_only_the_map_command_loads_qt_gui(book_path: Path, tmp_path: Path) -> None:
    probe = (
        "import sys\n"
        "from kam_desktop.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "gui = sorted(m for m in sys.modules if m in ('PySide6.QtGui', 'PySide6.QtWidgets'))\n"
        "print(code, ','.join(gui), file=sys.stderr)\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("QT_QPA_PLATFORM", None)  # the map command must choose offscreen by itself

    def loaded(*args: str | Path) -> str:
        done = subprocess.run(
            [sys.executable, "-c", probe, *map(str, args)],
            capture_output=True, env=env, timeout=120, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr.decode()
        return done.stderr.decode().strip().splitlines()[-1]

    assert loaded("contacts", "list", "--book", book_path, "HZ001") == "0"
    vcf = tmp_path / "x.vcf"
    assert loaded("contacts", "export-vcf", "--book", book_path, "HZ001", "--out", vcf) == "0"
    drawn = loaded("map", "--book", book_path, "HZ001", "--out", tmp_path / "m.png")
    assert drawn == "0 PySide6.QtGui,PySide6.QtWidgets"


# --- usage ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["contacts"],
        ["contacts", "list"],
        ["contacts", "export-vcf"],
        ["contacts", "import-vcf"],
        ["map"],
    ],
)
def test_help_everywhere(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert out.startswith(f"usage: kam {' '.join(command)}")
    assert "--lang" in out
    if command != ["contacts"]:
        assert "ACCOUNT_CODE" in out
        assert "--book" in out


def test_top_level_help_lists_the_new_commands(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help", "--lang", "en")
    assert code == 0
    assert "contacts" in out
    assert "map" in out


@pytest.mark.parametrize(
    "args",
    [
        ["contacts", "list", "--book", "x.kambook"],  # no account code
        ["contacts", "list", "--book", "x.kambook", "HZ001", "--format", "xml"],
        ["contacts", "export-vcf", "--book", "x.kambook", "HZ001"],  # no --out
        ["contacts", "import-vcf", "--book", "x.kambook", "HZ001"],  # no file
        ["contacts", "frobnicate"],
        ["map", "--book", "x.kambook", "HZ001"],  # no --out
        ["map", "--book", "x.kambook", "HZ001", "--out", "map.jpg"],
    ],
)
def test_usage_errors_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert code == 2
    assert "usage: kam" in err
    assert out == ""
    assert list(tmp_path.iterdir()) == []
