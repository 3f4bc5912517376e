"""The ``kam`` command line, run in-process through ``main([...])`` and once as ``python -m``."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

from kam_desktop import cli, resources
from kam_desktop.cli import language_from_env, main
from kam_desktop.db import migrate
from kam_desktop.db.book import Book, open_book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import Grade, Industry
from kam_desktop.domain.spin.spin_questions import SEED_QUESTIONS
from kam_desktop.services.accounts.accounts import create_account, delete_account
from kam_desktop.services.accounts.find_accounts import AccountRow
from kam_desktop.services.book.book_info import book_info

ROOT = Path(__file__).resolve().parents[2]
NOT_A_BOOK = "客户编码,客户名称\n001,杭州恒远机械有限公司\n".encode("gbk")


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@dataclass(frozen=True)
class Filled:
    path: Path
    device_id: str


@pytest.fixture
def filled(tmp_path: Path) -> Filled:
    """A closed book with two live accounts and one in the bin."""
    with open_book(tmp_path / "filled.kambook", owner="测试员") as book:
        create_account(
            book,
            AccountDraft(
                name="杭州恒远机械有限公司", code="HZ001", province="浙江", city="杭州",
                hq_grade=Grade.A, industry=Industry.C,
            ),
        )  # fmt: skip
        create_account(
            book,
            AccountDraft(name="Acme Trading Co", code="SH002", city="上海", hq_grade=Grade.B),
        )
        gone = create_account(book, AccountDraft(name="北京恒远科技", code="BJ003", city="北京"))
        delete_account(book, gone.id)
        return Filled(book.path, book.device_id)


def display_columns(line: str) -> list[str]:
    """One entry per terminal column: a wide character fills its second column with ""."""
    columns: list[str] = []
    for char in line:
        columns.append(char)
        if unicodedata.east_asian_width(char) in ("W", "F"):
            columns.append("")
    return columns


# --- init and info ----------------------------------------------------------------------------


def test_init_creates_an_empty_book(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mine.kambook"
    code, out, _ = run(capsys, "init", "--book", path, "--owner", "李雷", "--lang", "en")
    assert code == 0
    assert str(path) in out
    with open_book(path, create=False) as book:
        info = book_info(book)
    assert info.owner == "李雷"
    assert info.schema_revision == migrate.head_revision()
    counts = dict(info.counts)
    seeded = counts.pop("spin_question")  # a new book starts with the SPIN question bank
    assert seeded == len(SEED_QUESTIONS)
    assert set(counts.values()) == {0}
    assert counts.keys() >= {"account", "contact", "visit", "spin_note", "value_record"}


def test_init_refuses_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(NOT_A_BOOK)
    code, out, err = run(capsys, "init", "--book", path, "--lang", "en")
    assert code == 2
    assert out == ""
    assert err.startswith(f"kam: {path} already exists")
    assert path.read_bytes() == NOT_A_BOOK
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


def test_info_counts_live_and_deleted_rows(
    filled: Filled, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "info", "--book", filled.path, "--format", "json")
    assert code == 0
    info = json.loads(out)
    assert info["entities"]["account"] == {"live": 2, "deleted": 1}
    assert info["entities"]["contact"] == {"live": 0, "deleted": 0}
    assert info["schema_revision"] == info["head_revision"] == migrate.head_revision()
    assert info["device_id"] == filled.device_id
    assert info["owner"] == "测试员"


def test_info_table_lists_every_entity(filled: Filled, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", "--book", filled.path, "--lang", "en")
    assert code == 0
    assert re.search(r"^account\s+2\s+1$", out, re.MULTILINE)
    assert re.search(r"^Schema revision\s+" + migrate.head_revision() + "$", out, re.MULTILINE)
    assert re.search(r"^Owner\s+测试员$", out, re.MULTILINE)


# --- accounts list ----------------------------------------------------------------------------


def test_table_columns_line_up_with_chinese_text(
    filled: Filled, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "accounts", "list", "--book", filled.path, "--lang", "en")
    assert code == 0
    header, separator, *rows, footer = out.splitlines()
    spans = [m.span() for m in re.finditer(r"-+", separator)]

    def cells(line: str) -> list[str]:
        columns = display_columns(line)
        return ["".join(columns[start:end]).strip() for start, end in spans]

    assert cells(header)[:4] == ["Customer code", "Customer name", "Province", "City"]
    by_code = {cells(row)[0]: cells(row) for row in rows}
    assert by_code.keys() == {"HZ001", "SH002"}
    assert by_code["HZ001"][1:6] == [
        "杭州恒远机械有限公司",
        "浙江",
        "杭州",
        "Manufacturing",
        "Grade A",
    ]
    assert by_code["SH002"][1:4] == ["Acme Trading Co", "", "上海"]
    assert footer == "2 of 2 accounts"


def test_csv_with_a_chinese_search(filled: Filled, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "accounts", "list", "--book", filled.path, "--search", "恒远", "--format", "csv",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames == list(AccountRow.__dataclass_fields__)
    rows = list(reader)
    assert [r["name"] for r in rows] == [
        "杭州恒远机械有限公司"
    ]  # the deleted 北京恒远科技 is not listed
    assert rows[0]["hq_grade"] == "Grade A"
    assert rows[0]["industry"] == "Manufacturing"
    assert rows[0]["short_name"] == ""


def test_json_carries_codes_and_labels(filled: Filled, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "accounts", "list", "--book", filled.path, "--grade", "B", "--format", "json",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0
    [item] = json.loads(out)
    assert item["code"] == "SH002"
    assert item["hq_grade"] == {"code": "B", "label": "Grade B"}
    assert item["status"] == {"code": "prospect", "label": "Prospect"}
    assert item["industry"] is None
    assert item["value_score"] is None


def test_filters_sort_limit_and_the_bin(filled: Filled, capsys: pytest.CaptureFixture[str]) -> None:
    def codes(*extra: str) -> list[str]:
        code, out, _ = run(
            capsys, "accounts", "list", "--book", filled.path, "--format", "json", *extra
        )
        assert code == 0
        return [item["code"] for item in json.loads(out)]

    assert codes("--sort", "code") == ["HZ001", "SH002"]
    assert codes("--sort", "code", "--desc", "--limit", "1") == ["SH002"]
    assert codes("--deleted") == ["BJ003"]
    assert codes("--grade", "A级") == ["HZ001"]  # a Chinese label works as well as the code
    assert codes("--grade", "A", "B", "--city", "上海") == ["SH002"]
    assert codes("--search", "不存在") == []


def test_chinese_labels_when_translations_are_compiled(
    filled: Filled, capsys: pytest.CaptureFixture[str]
) -> None:
    if not resources.path("resources/i18n/kam_desktop_zh_CN.qm").is_file():
        pytest.skip("resources/i18n/kam_desktop_zh_CN.qm is not compiled yet")
    code, out, _ = run(capsys, "accounts", "list", "--book", filled.path, "--lang", "zh_CN")
    assert code == 0
    assert "A级" in out
    assert "客户名称" in out


# --- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["info"], ["accounts", "list"]])
def test_a_file_that_is_not_a_book_is_refused_and_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    path = tmp_path / "hq-list.csv"
    path.write_bytes(NOT_A_BOOK)
    before = path.stat().st_mtime_ns
    code, out, err = run(capsys, *command, "--book", path, "--lang", "en")
    assert code == 2
    assert out == ""
    assert f"kam: {path} is not a KAM Desktop account book" in err
    assert path.read_bytes() == NOT_A_BOOK
    assert path.stat().st_mtime_ns == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hq-list.csv"]


def test_a_missing_book_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.kambook"
    code, _, err = run(capsys, "accounts", "list", "--book", path, "--lang", "en")
    assert code == 2
    assert "does not exist" in err
    assert not path.exists()


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["accounts"],
        ["accounts", "list"],
        ["accounts", "list", "--book", "x.kambook", "--grade", "Z"],
        ["accounts", "list", "--book", "x.kambook", "--limit", "0"],
        ["accounts", "list", "--book", "x.kambook", "--sort", "colour"],
        ["info", "--book", "x.kambook", "--format", "xml"],
        ["demo", "--out", "x.kambook", "--today", "2024-13-01"],
        ["frobnicate"],
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
    assert not (tmp_path / "x.kambook").exists()


@pytest.mark.parametrize(
    "command", [[], ["init"], ["demo"], ["info"], ["accounts"], ["accounts", "list"]]
)
def test_help_everywhere(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    assert out.startswith(f"usage: kam {' '.join(command)}".rstrip())
    assert "--lang" in out


def test_unexpected_errors_are_short_unless_debugging(
    filled: Filled, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_book: Book) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli, "book_info", broken)
    code, _, err = run(capsys, "info", "--book", filled.path, "--lang", "en")
    assert code == 1
    assert "RuntimeError: disk on fire" in err
    assert "--debug" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1

    code, _, err = run(capsys, "info", "--book", filled.path, "--lang", "en", "--debug")
    assert code == 1
    assert "Traceback" in err
    assert "disk on fire" in err


def test_demo_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.kambook"
    path.write_bytes(NOT_A_BOOK)
    code, _, err = run(capsys, "demo", "--out", path, "--lang", "en")
    assert code == 2
    assert "--force" in err
    assert path.read_bytes() == NOT_A_BOOK


def test_demo_force_replaces_a_book_only_once_the_new_one_is_whole(
    filled: Filled, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(capsys, "demo", "--out", filled.path, "--force", "--lang", "en")
    assert code == 0
    with open_book(filled.path, create=False) as book:
        assert book.device_id != filled.device_id
        assert book_info(book).counts["account"] >= 60
    assert sorted(p.name for p in filled.path.parent.iterdir() if p.name.startswith(".")) == []


def test_demo_builds_a_full_book(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.kambook"
    code, out, _ = run(capsys, "demo", "--out", path, "--today", "2026-03-15", "--lang", "en")
    assert code == 0
    assert str(path) in out
    with open_book(path, create=False) as book:
        counts = book_info(book).counts
    assert counts["account"] >= 60
    assert counts["contact"] >= 200
    assert counts["visit"] >= 400


# --- language ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "zh_TW.UTF-8"}, "zh_CN"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "C.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),  # LC_ALL wins
        ({"LC_ALL": "zh_CN.GB18030", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({}, "en"),
    ],
)
def test_language_follows_the_locale(environ: dict[str, str], expected: str) -> None:
    assert language_from_env(environ) == expected


# --- as a program -----------------------------------------------------------------------------


def test_python_dash_m_kam_desktop(filled: Filled) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        "PYTHONIOENCODING": "utf-8",
    }
    args = ["accounts", "list", "--book", str(filled.path), "--search", "恒远", "--format", "json"]
    done = subprocess.run(
        [sys.executable, "-m", "kam_desktop", *args, "--lang", "en"],
        capture_output=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    [item] = json.loads(done.stdout.decode("utf-8"))
    assert item["name"] == "杭州恒远机械有限公司"
    assert item["hq_grade"] == {"code": "A", "label": "Grade A"}


def test_a_reader_that_stops_early_is_not_an_error(filled: Filled) -> None:
    """``kam … | head``: the reader closing the pipe ends kam quietly, with exit status 0."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before kam writes a byte: every write meets EPIPE
    try:
        done = subprocess.run(
            [sys.executable, "-m", "kam_desktop", "accounts", "list", "--book", str(filled.path)],
            stdout=write_end, stderr=subprocess.PIPE, env=env, timeout=120, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b""
