"""``kam value score``, ``kam value chart`` and ``kam value models``, run in-process against copies
of the demo book."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from kam_desktop.cli import main
from kam_desktop.db.book import open_book
from kam_desktop.db.models import Account, ValueModel, ValueSnapshot
from kam_desktop.domain.value.value import DEFAULT_MODEL_NAME
from kam_desktop.services.book.account_caches import REFRESHED_ON
from kam_desktop.services.demo.build import build_demo_book

TODAY = date(2025, 6, 15)
PNG = b"\x89PNG\r\n\x1a\n"


def run(capsys: pytest.CaptureFixture[str], *args: str | Path | date) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_book(tmp_path_factory.mktemp("demo") / "demo.kambook", today=TODAY)


@pytest.fixture
def book(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the demo book without the snapshots its build wrote (the commands write them)."""
    copy = tmp_path / "demo.kambook"
    shutil.copy(demo_file, copy)
    with open_book(copy, create=False) as b, b.sessions.begin() as s:
        s.execute(delete(ValueSnapshot))
    return copy


def snapshot_months(path: Path) -> dict[str, int]:
    with open_book(path, create=False) as b, b.sessions() as s:
        stmt = select(ValueSnapshot.month, func.count()).group_by(ValueSnapshot.month)
        return dict(s.execute(stmt).all())  # type: ignore[arg-type]


def live_accounts(path: Path) -> int:
    with open_book(path, create=False) as b, b.sessions() as s:
        return s.scalar(select(func.count()).where(Account.deleted_at.is_(None))) or 0


def a_code(path: Path) -> str:
    with open_book(path, create=False) as b, b.sessions() as s:
        live = (Account.deleted_at.is_(None), Account.code.is_not(None))
        return s.scalar(select(Account.code).where(*live).order_by(Account.code).limit(1)) or ""


# --- score --------------------------------------------------------------------------------------


def test_score_writes_the_current_month(capsys, book: Path) -> None:
    code, out, err = run(capsys, "value", "score", "--book", book, "--today", TODAY, "--lang", "en")
    assert code == 0, err
    accounts = live_accounts(book)
    assert snapshot_months(book) == {"2025-06": accounts}
    assert f"Wrote {accounts} value snapshots for 2025-06." in out
    with open_book(book, create=False) as b:
        assert b.meta[REFRESHED_ON] == TODAY.isoformat()


def test_score_a_past_period(capsys, book: Path) -> None:
    code, out, _ = run(
        capsys, "value", "score", "--book", book, "--today", TODAY, "--period", "2025-01",
        "--lang", "en",
    )  # fmt: skip
    assert code == 0
    # the refresh before it writes the current month's, as every daily refresh does
    assert set(snapshot_months(book)) == {"2025-01", "2025-06"}
    assert "2025-01" in out


def test_backfill_writes_every_missing_month_once(capsys, book: Path) -> None:
    run(capsys, "value", "score", "--book", book, "--today", TODAY, "--period", "2025-03")
    code, out, err = run(
        capsys, "value", "score", "--book", book, "--today", TODAY, "--backfill", "--lang", "en"
    )
    assert code == 0, err
    months = snapshot_months(book)
    assert len(months) > 12
    assert max(months) == "2025-06"
    assert set(months.values()) == {live_accounts(book)}
    # 2025-03 was there already, and the refresh before the backfill wrote 2025-06
    assert f"for {len(months) - 2} months" in out
    code, out, _ = run(
        capsys, "value", "score", "--book", book, "--today", TODAY, "--backfill", "--lang", "en"
    )
    assert code == 0
    assert "No month was missing" in out


@pytest.mark.parametrize("period", ["2025-13", "June", "2030-01"])
def test_score_refuses_a_bad_period(capsys, book: Path, period: str) -> None:
    later = date(2025, 6, 20)  # the demo's caches are of TODAY
    code, _out, err = run(
        capsys, "value", "score", "--book", book, "--today", later, "--period", period,
        "--lang", "en",
    )  # fmt: skip
    assert code == 2
    assert err.count("\n") == 1
    assert period in err
    assert snapshot_months(book) == {}
    with open_book(book, create=False) as b:
        assert b.meta[REFRESHED_ON] == TODAY.isoformat()  # refused before any work


# --- chart --------------------------------------------------------------------------------------


@pytest.mark.parametrize("chart", ["pyramid", "pareto", "quadrant", "lifecycle"])
@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_portfolio_charts(capsys, book: Path, tmp_path: Path, chart: str, lang: str) -> None:
    out_file = tmp_path / f"{chart}.png"
    code, out, err = run(
        capsys, "value", "chart", "--book", book, "--portfolio", chart, "--out", out_file,
        "--today", TODAY, "--lang", lang,
    )  # fmt: skip
    assert code == 0, err
    assert out_file.read_bytes().startswith(PNG)
    assert str(out_file) in out


def test_account_chart_as_svg(capsys, book: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "sales.svg"
    code, _, err = run(
        capsys, "value", "chart", "--book", book, "--account", a_code(book), "--out", out_file,
        "--today", TODAY,
    )  # fmt: skip
    assert code == 0, err
    text = out_file.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml")
    assert "<svg" in text
    assert 'id="sales"' in text  # the sales bars are drawn, not the empty state


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--account", "XX999", "--out", "x.png"), "XX999"),
        (("--portfolio", "pyramid", "--out", "x.pdf"), "x.pdf"),
    ],
)
def test_chart_bad_input(capsys, book: Path, tmp_path: Path, args: tuple, named: str) -> None:
    args = tuple(str(tmp_path / a) if a.startswith("x.") else a for a in args)
    code, _, err = run(capsys, "value", "chart", "--book", book, *args, "--lang", "en")
    assert code == 2
    assert err.count("\n") == 1
    assert named in err
    assert list(tmp_path.glob("x.*")) == []


# --- models -------------------------------------------------------------------------------------


def test_models_round_trip(capsys, book: Path) -> None:
    base = ("--book", book, "--lang", "en")
    assert run(capsys, "value", "models", "add", *base, "Sales first")[0] == 0
    code, out, err = run(capsys, "value", "models", "set-weight", *base, "Sales first", "growth", 0)
    assert code == 0, err
    assert "Sales first" in out.splitlines()[0]
    assert run(capsys, "value", "models", "use", *base, "Sales first")[0] == 0

    code, out, _ = run(capsys, "value", "models", "list", *base, "--format", "json")
    assert code == 0
    models = {m["name"]: m for m in json.loads(out)}
    assert models["Sales first"]["active"]
    assert not models[DEFAULT_MODEL_NAME]["active"]
    assert models["Sales first"]["weights"]["growth"] == 0
    assert models[DEFAULT_MODEL_NAME]["weights"]["growth"] == 10
    assert abs(sum(models["Sales first"]["shares"].values()) - 1) < 1e-9

    code, out, _ = run(capsys, "value", "models", "list", *base)
    assert "Sales first (active)" in out
    with open_book(book, create=False) as b, b.sessions() as s:
        active = s.scalars(select(ValueModel.name).where(ValueModel.is_default.is_(True))).all()
        assert active == ["Sales first"]
        assert REFRESHED_ON not in b.meta  # the next refresh rescores


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("set-weight", DEFAULT_MODEL_NAME, "growth", "-3"), "Weight"),
        (("set-weight", DEFAULT_MODEL_NAME, "growth", "lots"), "Weight"),
        (("set-weight", DEFAULT_MODEL_NAME, "turnover", "3"), "Indicator"),
        (("set-weight", "Nope", "growth", "3"), "Nope"),
        (("use", "Nope"), "Nope"),
        (("add", DEFAULT_MODEL_NAME), "Name"),
    ],
)
def test_models_bad_input(capsys, book: Path, args: tuple[str, ...], named: str) -> None:
    command, *rest = args
    code, out, err = run(capsys, "value", "models", command, "--book", book, *rest, "--lang", "en")
    assert code == 2
    assert err.count("\n") == 1
    assert named in err
    assert out == ""
    code, out, _ = run(capsys, "value", "models", "list", "--book", book, "--format", "json")
    (model,) = json.loads(out)  # nothing was added or changed
    assert model["weights"]["growth"] == 10
    assert model["active"]
