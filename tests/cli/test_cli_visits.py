"""``kam visits list | due | ics`` against the demo book, in the rep's zone (Asia/Shanghai)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from kam_desktop.cli import main
from kam_desktop.cli.output import text_cell
from kam_desktop.db.book import open_book
from kam_desktop.domain.accounts.account_fields import AccountDraft
from kam_desktop.domain.enums import RevisitRule, VisitStatus
from kam_desktop.domain.visits.visit_fields import VisitDraft
from kam_desktop.services.accounts.accounts import create_account
from kam_desktop.services.demo import build_demo_book
from kam_desktop.services.revisits.revisits import due_list
from kam_desktop.services.visits.visit_queries import VisitQuery, VisitRow, list_visits
from kam_desktop.services.visits.visits import plan_visit

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 25)
SHANGHAI = ZoneInfo("Asia/Shanghai")
FIRST, LAST = "2026-11-10", "2026-12-09"  # a range holding planned and other visits


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def _set_zone(name: str) -> None:
    os.environ["TZ"] = name
    time.tzset()


@pytest.fixture(autouse=True)
def shanghai() -> Iterator[None]:
    """This computer's zone is the rep's: local days and times are Shanghai's."""
    before = os.environ.get("TZ")
    _set_zone("Asia/Shanghai")
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = build_demo_book(tmp_path_factory.mktemp("demo") / "demo.kambook", today=TODAY)
    return path


def fingerprint(path: Path) -> str:
    """A digest of everything the book holds. SQLite's planner statistics (``sqlite_stat1``,
    which ``PRAGMA optimize`` refreshes when a book is closed after new kinds of query) are
    left out: they are no part of the rep's data."""
    digest = hashlib.sha256()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        for line in db.iterdump():
            if "sqlite_stat" not in line:
                digest.update(line.encode())
    return digest.hexdigest()


def shanghai_bounds(first: str, last: str) -> tuple[datetime, datetime]:
    start = datetime.combine(date.fromisoformat(first), datetime.min.time(), SHANGHAI)
    end = datetime.combine(date.fromisoformat(last) + timedelta(days=1), datetime.min.time(),
                           SHANGHAI)  # fmt: skip
    return start.astimezone(UTC), end.astimezone(UTC)


def visits_in(path: Path, first: str, last: str, **query: object) -> list[VisitRow]:
    start, end = shanghai_bounds(first, last)
    with open_book(path, create=False) as book:
        return list_visits(book, VisitQuery(start=start, end=end, **query))  # type: ignore[arg-type]


def display_columns(line: str) -> list[str]:
    """One entry per terminal column: a wide character fills its second column with ""."""
    columns: list[str] = []
    for char in line:
        columns.append(char)
        if unicodedata.east_asian_width(char) in ("W", "F"):
            columns.append("")
    return columns


def shows(cell: str, full: str | None) -> bool:
    """Whether a table cell shows ``full``, whole or cut short with "..."."""
    full = " ".join((full or "").split())
    return cell == full or (cell.endswith("...") and full.startswith(cell[:-3]))


def table_cells(out: str) -> tuple[list[str], list[list[str]], str]:
    header, separator, *rows, footer = out.splitlines()
    spans = [m.span() for m in re.finditer(r"-+", separator)]

    def cells(line: str) -> list[str]:
        columns = display_columns(line)
        return ["".join(columns[start:end]).strip() for start, end in spans]

    return cells(header), [cells(row) for row in rows], footer


# --- visits list --------------------------------------------------------------------------------


def test_list_table_shows_local_times_in_aligned_columns(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "visits", "list", "--book", demo, "--from", FIRST, "--to", LAST,
                       "--lang", "en")  # fmt: skip
    assert code == 0
    header, rows, footer = table_cells(out)
    assert header == ["Planned", "Code", "Account", "Purpose", "Method", "Status", "Attendees",
                      "Objective / outcome"]  # fmt: skip
    expected = visits_in(demo, FIRST, LAST)
    assert footer == f"{len(expected)} visits"
    assert len(rows) == len(expected) > 10
    for cells, visit in zip(rows, expected, strict=True):
        local = visit.planned_start.astimezone(SHANGHAI).strftime("%Y-%m-%d %H:%M")
        assert cells[:2] == [local, visit.account_code or ""]
        assert shows(cells[2], visit.account_name)
        assert cells[3:6] == [text_cell(visit.purpose), visit.method.en, visit.status.en]
        assert shows(cells[6], ", ".join(visit.attendee_names))
    assert {cells[0][:10] for cells in rows} <= {
        (date(2026, 11, 10) + timedelta(days=n)).isoformat() for n in range(30)
    }
    # A done visit shows its outcome, a planned one its objective.
    done = next(v for v in expected if v.status == VisitStatus.DONE and v.outcome)
    planned = next(v for v in expected if v.status == VisitStatus.PLANNED and v.objectives)
    by_id = dict(zip((v.id for v in expected), rows, strict=True))
    assert shows(by_id[done.id][7], done.outcome)
    assert shows(by_id[planned.id][7], planned.objectives)


def test_list_filters_combine(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    owner = visits_in(demo, FIRST, LAST, statuses=frozenset({VisitStatus.PLANNED}))[0].owner
    assert owner is not None
    code, out, _ = run(capsys, "visits", "list", "--book", demo, "--from", FIRST, "--to", LAST,
                       "--status", "planned", "--owner", owner, "--format", "json")  # fmt: skip
    assert code == 0
    items = json.loads(out)
    assert items
    assert {(i["status"]["code"], i["owner"]) for i in items} == {("planned", owner)}
    expected = visits_in(demo, FIRST, LAST, statuses=frozenset({VisitStatus.PLANNED}),
                         owners=frozenset({owner}))  # fmt: skip
    assert [i["id"] for i in items] == [v.id for v in expected]

    # Statuses by code or label, repeated flags add up.
    code, out, _ = run(capsys, "visits", "list", "--book", demo, "--status", "已取消",
                       "--status", "missed", "--format", "json")  # fmt: skip
    assert code == 0
    assert {i["status"]["code"] for i in json.loads(out)} == {"cancelled", "missed"}


def test_list_of_one_account(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    visit = next(v for v in visits_in(demo, FIRST, LAST) if v.account_code)
    code, out, _ = run(capsys, "visits", "list", "--book", demo, "--account", visit.account_code,
                       "--format", "json")  # fmt: skip
    assert code == 0
    items = json.loads(out)
    assert len(items) > 1
    assert {i["account_code"] for i in items} == {visit.account_code}
    assert visit.id in {i["id"] for i in items}


def test_list_overdue_counts_from_the_given_day(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "visits", "list", "--book", demo, "--overdue",
                       "--today", TODAY.isoformat(), "--format", "json")  # fmt: skip
    assert code == 0
    items = json.loads(out)
    assert items
    midnight = datetime(2026, 11, 25, tzinfo=SHANGHAI)
    for item in items:
        assert item["status"]["code"] == "planned"
        assert item["overdue"] is True
        assert datetime.fromisoformat(item["planned_start"]) < midnight
    planned = visits_in(demo, "2020-01-01", "2026-11-24", statuses=frozenset({VisitStatus.PLANNED}))
    assert [i["id"] for i in items] == [v.id for v in planned]


def test_list_csv_has_every_field_in_local_time(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "visits", "list", "--book", demo, "--from", FIRST, "--to", LAST,
                       "--format", "csv", "--lang", "en")  # fmt: skip
    assert code == 0
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames is not None
    assert {"id", "account_code", "planned_start", "attendee_names", "outcome", "overdue"} <= set(
        reader.fieldnames
    )
    rows = list(reader)
    expected = visits_in(demo, FIRST, LAST)
    assert [r["id"] for r in rows] == [v.id for v in expected]
    for row, visit in zip(rows, expected, strict=True):
        assert row["planned_start"].endswith("+08:00")
        assert datetime.fromisoformat(row["planned_start"]) == visit.planned_start
        assert row["attendee_names"] == "; ".join(visit.attendee_names)  # csv lists: "; "
        assert row["status"] == visit.status.label("en")


def test_list_json_in_chinese(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "visits", "list", "--book", demo, "--from", FIRST, "--to", LAST,
                       "--format", "json", "--lang", "zh_CN")  # fmt: skip
    assert code == 0
    items = json.loads(out)
    labels = {i["status"]["code"]: i["status"]["label"] for i in items}
    assert labels["planned"] == "计划"
    assert labels["done"] == "已完成"
    code, out, _ = run(capsys, "visits", "list", "--book", demo, "--from", FIRST, "--to", LAST,
                       "--status", "planned", "--lang", "zh_CN")  # fmt: skip
    _, rows, _ = table_cells(out)
    assert {cells[5] for cells in rows} == {"计划"}
    assert any("、" in cells[6] for cells in rows)  # attendees joined the Chinese way


def test_local_days_follow_this_computers_zone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "zone.kambook"
    start = datetime(2026, 12, 1, 0, 30, tzinfo=SHANGHAI)  # 2026-11-30 16:30 UTC
    with open_book(path, owner="测试员") as book:
        account = create_account(book, AccountDraft(name="杭州恒远机械有限公司", code="HZ001"))
        plan_visit(book, account.id, VisitDraft(planned_start=start), today=TODAY)

    def listed(day: str) -> list[str]:
        code, out, _ = run(capsys, "visits", "list", "--book", path, "--from", day, "--to", day)
        assert code == 0
        return [cells[0] for cells in table_cells(out)[1]]

    assert listed("2026-12-01") == ["2026-12-01 00:30"]
    assert listed("2026-11-30") == []
    _set_zone("UTC")
    assert listed("2026-12-01") == []
    assert listed("2026-11-30") == ["2026-11-30 16:30"]


# --- visits due ---------------------------------------------------------------------------------


def test_due_table_names_accounts_and_reasons(
    demo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "visits", "due", "--book", demo, "--on", TODAY.isoformat(),
                       "--lang", "en")  # fmt: skip
    assert code == 0
    header, rows, footer = table_cells(out)
    assert header == ["Code", "Account", "Tier", "Owner", "Due on", "Days overdue", "Reason"]
    with open_book(demo, create=False) as book:
        items = due_list(book, TODAY)
    assert items
    assert footer == f"{len(items)} accounts due by 2026-12-02"
    assert len(rows) == sum(len(i.reasons) for i in items)
    # The account's cells open its block of reasons; its other lines leave them empty.
    assert [r[1] for r in rows if r[1]] == [i.account_name for i in items]
    first = items[0]
    assert rows[0][:2] == [first.account_code or "", first.account_name]
    assert rows[0][4] == first.reasons[0].due_on.isoformat()
    assert shows(rows[0][6], first.reasons[0].message("en"))
    assert all(r[6] for r in rows)


def test_due_json_and_csv(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "visits", "due", "--book", demo, "--on", TODAY.isoformat(),
                       "--format", "json", "--lang", "en")  # fmt: skip
    assert code == 0
    items = json.loads(out)
    assert items
    rule_codes = {r.code for r in RevisitRule}
    for item in items:
        assert item["reasons"]
        assert item["due_on"] == min(r["due_on"] for r in item["reasons"])
        for reason in item["reasons"]:
            assert reason["rule"]["code"] in rule_codes
            assert reason["reason"]
            assert "{" not in reason["reason"]  # every placeholder filled
    assert any(i["overdue_days"] > 0 for i in items)

    code, out, _ = run(capsys, "visits", "due", "--book", demo, "--on", TODAY.isoformat(),
                       "--format", "csv", "--lang", "en")  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == sum(len(i["reasons"]) for i in items)
    assert [r["rule_key"] for r in rows] == [
        reason["rule_key"] for i in items for reason in i["reasons"]
    ]


def test_due_of_one_owner(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "visits", "due", "--book", demo, "--on", TODAY.isoformat(),
                       "--format", "json")  # fmt: skip
    everyone = json.loads(out)
    owners = {i["owner"] for i in everyone}
    assert len(owners) > 1
    owner = sorted(o for o in owners if o)[0]
    code, out, _ = run(capsys, "visits", "due", "--book", demo, "--on", TODAY.isoformat(),
                       "--owner", owner, "--format", "json")  # fmt: skip
    assert code == 0
    mine = json.loads(out)
    assert mine
    assert {i["owner"] for i in mine} == {owner}
    assert [i["account_id"] for i in mine] == [
        i["account_id"] for i in everyone if i["owner"] == owner
    ]


def test_due_reasons_in_chinese(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "visits", "due", "--book", demo, "--on", TODAY.isoformat(),
                       "--format", "json", "--lang", "zh_CN")  # fmt: skip
    assert code == 0
    items = json.loads(out)
    labels = {r["rule"]["label"] for i in items for r in i["reasons"]}
    assert labels <= {r.zh for r in RevisitRule}


# --- visits ics ---------------------------------------------------------------------------------


def test_ics_holds_the_planned_visits_of_the_range(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "week.ics"
    before = fingerprint(demo)
    code, out, _ = run(capsys, "visits", "ics", "--book", demo, "--from", FIRST, "--to", LAST,
                       "--out", target, "--lang", "en")  # fmt: skip
    assert code == 0
    everything = visits_in(demo, FIRST, LAST)
    planned = [v for v in everything if v.status == VisitStatus.PLANNED]
    assert planned
    assert len(planned) < len(everything)  # done, cancelled... visits of the range stay out
    assert out.strip() == (
        f"Wrote {len(planned)} planned visits from {FIRST} to {LAST} to {target}"
    )
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == [f"{v.id}@kam-desktop" for v in planned]
    start, end = shanghai_bounds(FIRST, LAST)
    for event, visit in zip(events, planned, strict=True):
        assert start <= event.decoded("DTSTART") < end
        assert event.decoded("DTSTART") == visit.planned_start
        assert visit.purpose is not None
        assert str(event["SUMMARY"]).startswith(f"{visit.purpose.en} · ")
        assert event.get("LOCATION") == visit.location
        attendees = event.get("ATTENDEE", [])
        attendees = attendees if isinstance(attendees, list) else [attendees]
        assert sorted(str(a.params["CN"]) for a in attendees) == sorted(visit.attendee_names)
    assert fingerprint(demo) == before


def test_ics_of_one_owner(demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    planned = visits_in(demo, FIRST, LAST, statuses=frozenset({VisitStatus.PLANNED}))
    owners = {v.owner for v in planned}
    assert len(owners) > 1
    owner = sorted(o for o in owners if o)[0]
    target = tmp_path / "mine.ics"
    code, out, _ = run(capsys, "visits", "ics", "--book", demo, "--from", FIRST, "--to", LAST,
                       "--out", target, "--owner", owner, "--lang", "en")  # fmt: skip
    assert code == 0
    mine = [f"{v.id}@kam-desktop" for v in planned if v.owner == owner]
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert [str(e["UID"]) for e in events] == mine
    assert out.startswith(f"Wrote {len(mine)} planned visits")


# --- bad input ----------------------------------------------------------------------------------

_BAD = [
    (["list", "--from", "2026-02-30"], "'2026-02-30' is not a date (YYYY-MM-DD)"),
    (["list", "--to", "25.11.2026"], "'25.11.2026' is not a date (YYYY-MM-DD)"),
    (["list", "--from", "2026-12-09", "--to", "2026-11-25"], "--from 2026-12-09 is after --to"),
    (["list", "--account", "XX999"], "No account with XX999 was found"),
    (["list", "--status", "finished"], "'finished' is not one of: planned, done"),
    (["list", "--format", "xml"], "invalid choice: 'xml'"),
    (["due", "--on", "tomorrow"], "'tomorrow' is not a date"),
    (["ics", "--from", FIRST, "--to", LAST, "--out", "week.txt"], "must end in .ics"),
    (["ics", "--from", LAST, "--to", FIRST, "--out", "week.ics"], "--from 2026-12-09 is after"),
    (["ics", "--from", FIRST, "--out", "week.ics"], "the following arguments are required: --to"),
    (["ics", "--from", FIRST, "--to", LAST, "--out", "no/such/week.ics"], "does not exist"),
]


@pytest.mark.parametrize(("args", "message"), _BAD)
def test_bad_input_exits_2_and_changes_nothing(
    demo: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    before = fingerprint(demo)
    code, out, err = run(capsys, "visits", args[0], "--book", demo, *args[1:], "--lang", "en")
    assert code == 2
    assert out == ""
    assert message in err
    assert fingerprint(demo) == before
    assert list(tmp_path.iterdir()) == []


def test_errors_speak_the_users_language(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "visits", "list", "--book", demo, "--account", "XX999",
                       "--lang", "zh_CN")  # fmt: skip
    assert code == 2
    assert err.startswith("kam: ")
    assert "XX999" in err
    assert re.search(r"[\u4e00-\u9fff]", err)
    code, _, err = run(capsys, "visits", "due", "--book", demo, "--on", "2026-13-01",
                       "--lang", "zh_CN")  # fmt: skip
    assert code == 2
    assert "'2026-13-01' 不是日期" in err


def test_a_missing_book_is_not_created(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nope.kambook"
    code, out, _ = run(capsys, "visits", "due", "--book", missing)
    assert code == 2
    assert out == ""
    assert not missing.exists()


# --- usage --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command", [["visits"], ["visits", "list"], ["visits", "due"], ["visits", "ics"]]
)
def test_help_everywhere(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help", "--lang", "en")
    assert code == 0
    assert out.startswith(f"usage: kam {' '.join(command)}")
    assert "--lang" in out
    if command != ["visits"]:
        assert "--book" in out
        assert "--owner" in out
    if command == ["visits", "ics"]:
        assert "--out FILE.ics" in out


def test_top_level_help_lists_visits(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--help", "--lang", "en")
    assert code == 0
    assert "visits" in out


def test_visit_commands_need_no_qt_gui(demo: Path, tmp_path: Path) -> None:
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
    done = subprocess.run(
        [sys.executable, "-c", probe, "visits", "ics", "--book", str(demo), "--from", FIRST,
         "--to", LAST, "--out", str(tmp_path / "w.ics")],
        capture_output=True, env=env, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr.decode().strip().splitlines()[-1] == "0"
