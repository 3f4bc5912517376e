"""``kam value show``, run in-process against real books."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kam_desktop.cli import main
from kam_desktop.db.book import open_book
from kam_desktop.db.models import Account, ValueRecord
from kam_desktop.services.demo import build_demo_book
from kam_desktop.services.value.derived import refresh_derived

TODAY = date(2025, 6, 15)


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    """HZ001 with margin in two of the last 12 months and a referral; NB002 with nothing."""
    path = tmp_path / "value.kambook"
    with open_book(path, owner="测试员") as book:
        with book.sessions.begin() as s:
            big = Account(name="杭州恒远机械有限公司", code="HZ001")
            quiet = Account(name="宁波华拓电子有限公司", code="NB002")
            s.add_all([big, quiet])
            s.flush()
            quiet.referred_by_id = big.id
            s.add(ValueRecord(account_id=big.id, month="2025-03", sales=80.0, gross_margin=16.0))
            s.add(ValueRecord(account_id=big.id, month="2025-05", sales=20.0, gross_margin=4.0))
        refresh_derived(book, today=TODAY)
    return path


def test_show_in_english(capsys, book_path: Path) -> None:
    code, out, err = run(
        capsys, "value", "show", "--book", book_path, "HZ001", "--today", TODAY, "--lang", "en"
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "HZ001  杭州恒远机械有限公司"
    facts = {line.split("  ")[0]: line for line in lines if "  " in line}
    assert "100.00 (10k CNY)" in facts["Sales, last 12 months"]
    assert "20.00 (10k CNY)" in facts["Gross margin, last 12 months"]
    assert "discount rate 8 % a year, 5 years" in facts["Assumptions"]
    assert "cost to serve not recorded" in facts["Assumptions"]
    assert "Lifetime value" in facts
    assert "Suggested relationship mode" in facts
    # the monthly table: a month with no record is a gap, never 0
    months = {line.split()[0]: line.split()[1:] for line in lines if line[:4] == "2025"}
    assert months["2025-03"] == ["80.00", "16.00"]
    assert months["2025-04"] == ["-", "-"]
    assert len(months) == 6  # 2024-07 .. 2025-06: half of them in 2025


def test_show_json(capsys, book_path: Path) -> None:
    code, out, _ = run(
        capsys, "value", "show", "--book", book_path, "HZ001", "--today", TODAY,
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["margin_12m"] == 20.0
    assert data["referred_count"] == 1
    assert data["assumptions"]["horizon_years"] == 5
    assert len(data["months"]) == 24
    assert data["months"][-1] == {"month": "2025-06", "sales": None, "margin": None}
    assert data["lifetime_value"] > 0


def test_no_data_is_said_not_zero(capsys, book_path: Path) -> None:
    code, out, _ = run(
        capsys, "value", "show", "--book", book_path, "NB002", "--today", TODAY, "--lang", "en"
    )
    assert code == 0
    facts = {line.split("  ")[0]: line for line in out.splitlines() if "  " in line}
    assert facts["Lifetime value"].endswith("no data")
    assert facts["Gross margin, last 12 months"].endswith("no data")
    assert "Suggested action" not in facts  # no quadrant without a lifetime value


def test_show_in_chinese(capsys, book_path: Path) -> None:
    code, out, _ = run(
        capsys, "value", "show", "--book", book_path, "HZ001", "--today", TODAY, "--lang", "zh_CN"
    )
    assert code == 0
    assert any(label in out for label in ("铂金", "黄金", "钢铁", "铅"))  # the tier's label


def test_unknown_code(capsys, book_path: Path) -> None:
    code, _, err = run(capsys, "value", "show", "--book", book_path, "XX999", "--lang", "en")
    assert code == 2
    assert "XX999" in err


def test_demo_book(capsys, tmp_path: Path) -> None:
    day = date(2026, 6, 1)
    path = build_demo_book(tmp_path / "demo.kambook", today=day)
    with open_book(path, create=False) as book, book.sessions() as s:
        live = s.query(Account.code).filter(Account.deleted_at.is_(None), Account.code.is_not(None))
        codes = [code for (code,) in live.limit(5)]
    assert len(codes) == 5
    for code in codes:
        status, out, err = run(
            capsys, "value", "show", "--book", path, code, "--today", day, "--lang", "en"
        )
        assert status == 0, err
        assert "Quadrant" in out
        assert "nan" not in out.lower()
