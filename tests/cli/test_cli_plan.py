"""``kam plan``: the visit plan of a date range to a PDF, run in-process on a small real book."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kam_desktop.cli import main
from kam_desktop.db.book import open_book
from tests.services.visit_plan.plan_book import make_plan_book


@pytest.fixture(scope="module")
def book_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("plan") / "plan.kambook"
    with open_book(path, owner="测试员") as book:
        make_plan_book(book)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def plan(book: Path, out: Path, *extra: str) -> list[str | Path]:
    return ["plan", "--book", book, "--from", "2026-12-21", "--to", "2026-12-27",
            "--today", "2026-12-18", "--out", out, *extra]  # fmt: skip


def test_plan_writes_the_weeks_pdf(
    capsys: pytest.CaptureFixture[str], book_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    code, printed, err = run(capsys, *plan(book_file, out, "--lang", "zh_CN"))
    assert (code, err) == (0, "")
    assert "4" in printed
    assert str(out) in printed
    assert out.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
        assert "杭州恒远机械有限公司" in text
        assert "宁波海纳物流有限公司" in text


def test_owner_narrows_the_plan(
    capsys: pytest.CaptureFixture[str], book_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    code, printed, _ = run(capsys, *plan(book_file, out, "--owner", "李婷", "--lang", "en"))
    assert code == 0
    assert "(1 visits)" in printed


def test_no_visits_is_an_error_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], book_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "plan.pdf"
    code, _, err = run(capsys, *plan(book_file, out, "--owner", "无人", "--lang", "en"))
    assert code == 2
    assert "no planned visits from 2026-12-21 to 2026-12-27 (无人)" in err
    assert "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "2026-12-27", "--to", "2026-12-21"], "before its first day"),
        (["--from", "2026-12-21", "--to", "2026-12-27"], "could not be written"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    book_file: Path,
    tmp_path: Path,
    args: list[str],
    message: str,
) -> None:
    out = tmp_path / "missing" / "plan.pdf"
    code, _, err = run(capsys, "plan", "--book", book_file, *args, "--out", out, "--lang", "en")
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert not out.parent.exists()
