"""The demo book: built once per module for a fixed day, then read back with plain SQL."""

from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import string
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from kam_desktop import resources
from kam_desktop.db.book import open_book
from kam_desktop.domain.accounts import credit_code
from kam_desktop.domain.contacts import contact_formats
from kam_desktop.domain.enums import ValueTier
from kam_desktop.domain.spin.spin_questions import SEED_QUESTIONS
from kam_desktop.services.demo import DemoBookExists, build_demo_book
from kam_desktop.services.progress import Cancelled
from kam_desktop.services.revisits.due_items import DueItem
from kam_desktop.services.revisits.revisits import due_list

TODAY = date(2026, 11, 25)  # a Wednesday: the week ahead has five working days, no holiday


def _local(stamp: str) -> datetime:
    """A stored UTC time on this computer's clock (the demo's times are the computer's)."""
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone()


def _local_day(stamp: str) -> date:
    return _local(stamp).date()


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, ordered by primary key (all columns where there is none)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        dump = {}
        for table in sorted(tables):
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            keys = [f'"{c[1]}"' for c in sorted(info, key=lambda c: c[5]) if c[5]]
            order = ", ".join(keys or [f'"{c[1]}"' for c in info])
            dump[table] = conn.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
        return dump
    finally:
        conn.close()


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo_book(tmp_path_factory.mktemp("demo") / "demo.kambook", today=TODAY)


@pytest.fixture(scope="module")
def db(demo_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"{demo_path.resolve().as_uri()}?mode=ro", uri=True)
    yield conn
    conn.close()


def _one(db: sqlite3.Connection, sql: str, *params: object) -> object:
    return db.execute(sql, params).fetchone()[0]


# --- size and spread --------------------------------------------------------------------------


def test_minimum_counts(db: sqlite3.Connection) -> None:
    assert _one(db, "SELECT count(*) FROM account") >= 60
    assert _one(db, "SELECT count(*) FROM contact") >= 200
    past = _one(db, "SELECT count(*) FROM visit WHERE planned_start < ?", TODAY.isoformat())
    assert past >= 400
    assert _one(db, "SELECT count(*) FROM complaint") >= 15
    assert _one(db, "SELECT count(*) FROM spin_note") >= 100
    assert _one(db, "SELECT count(*) FROM contact_link") >= 3
    assert _one(db, "SELECT count(*) FROM value_model WHERE is_default") == 1


def test_portfolio_is_spread_like_a_real_one(db: sqlite3.Connection) -> None:
    assert _one(db, "SELECT count(DISTINCT province) FROM account") >= 12
    assert _one(db, "SELECT count(DISTINCT industry) FROM account") >= 12
    assert {r[0] for r in db.execute("SELECT DISTINCT hq_grade FROM account")} == set("ABCD")
    sizes = {r[0] for r in db.execute("SELECT DISTINCT size_class FROM account")}
    assert sizes == {"large", "medium", "small", "micro"}
    statuses = Counter(r[0] for r in db.execute("SELECT status FROM account"))
    assert set(statuses) == {"customer", "prospect", "dormant", "lost"}
    assert statuses["customer"] > sum(statuses.values()) / 2
    stages = {r[0] for r in db.execute("SELECT DISTINCT lifecycle_stage FROM account")}
    assert {"exploration", "formation", "stability", "decline", "lost"} <= stages
    assert _one(db, "SELECT count(*) FROM account WHERE parent_id IS NOT NULL") >= 4
    assert _one(db, "SELECT count(*) FROM account WHERE referred_by_id IS NOT NULL") >= 2


def test_owner_and_colleagues(db: sqlite3.Connection) -> None:
    assert _one(db, "SELECT value FROM book_meta WHERE key = 'owner'") == "王磊"
    owners = Counter(r[0] for r in db.execute("SELECT owner FROM account"))
    assert owners.most_common(1)[0][0] == "王磊"
    assert 2 <= len(owners) - 1 <= 3


def test_size_class_matches_revenue_and_staff(db: sqlite3.Connection) -> None:
    bounds = {
        "large": (1000, 40000),
        "medium": (300, 2000),
        "small": (20, 300),
        "micro": (1, 50),
    }
    for size, employees, revenue in db.execute(
        "SELECT size_class, employees, annual_revenue FROM account"
    ):
        low_staff, low_revenue = bounds[size]
        assert employees >= low_staff
        assert revenue >= low_revenue
        if size != "large":
            assert employees < 1000
            assert revenue < 40000


# --- account fields ---------------------------------------------------------------------------


def test_codes_credit_codes_and_phones_are_valid(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT code, credit_code, phone, website FROM account").fetchall()
    codes = [r[0] for r in rows if r[0] is not None]
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    assert any(c.startswith("0") for c in codes)
    credit = [r[1] for r in rows]
    assert None not in credit
    assert len(set(credit)) == len(credit)
    assert all(credit_code.is_valid(c) for c in credit)
    assert all(contact_formats.is_phone(r[2]) for r in rows)
    assert all(contact_formats.is_website(r[3]) for r in rows if r[3])


def test_contact_details_are_valid(db: sqlite3.Connection) -> None:
    rows = db.execute("SELECT mobile, phone, email FROM contact").fetchall()
    assert all(contact_formats.is_mobile(r[0]) for r in rows if r[0])
    assert all(contact_formats.is_phone(r[1]) for r in rows if r[1])
    assert all(contact_formats.is_email(r[2]) for r in rows if r[2])


# --- the contact map --------------------------------------------------------------------------


def test_reporting_lines_stay_in_the_account_without_cycles(db: sqlite3.Connection) -> None:
    account_of = dict(db.execute("SELECT id, account_id FROM contact"))
    boss_of = dict(db.execute("SELECT id, reports_to_id FROM contact"))
    for contact, boss in boss_of.items():
        if boss is not None:
            assert account_of[boss] == account_of[contact]
        seen = {contact}
        while boss is not None:
            assert boss not in seen, "reporting cycle"
            seen.add(boss)
            boss = boss_of[boss]


def test_some_accounts_have_deep_maps_and_one_has_two_roots(db: sqlite3.Connection) -> None:
    boss_of = dict(db.execute("SELECT id, reports_to_id FROM contact"))

    def depth(contact: str) -> int:
        return 0 if boss_of[contact] is None else 1 + depth(boss_of[contact])

    by_account: dict[str, list[str]] = defaultdict(list)
    for contact, account in db.execute("SELECT id, account_id FROM contact"):
        by_account[account].append(contact)
    deep = [c for c in by_account.values() if len(c) >= 10 and max(map(depth, c)) >= 2]
    assert len(deep) >= 3
    roots = [sum(boss_of[c] is None for c in contacts) for contacts in deep]
    assert any(r >= 2 for r in roots)


def test_roles_and_coverage_vary(db: sqlite3.Connection) -> None:
    assert {r[0] for r in db.execute("SELECT DISTINCT decision_level FROM contact")} == {
        "decision",
        "influence",
        "execution",
    }
    assert {r[0] for r in db.execute("SELECT DISTINCT attitude FROM contact")} >= {-1, 0, 1, 2}
    assert {r[0] for r in db.execute("SELECT DISTINCT relationship_level FROM contact")} >= set(
        range(1, 6)
    )
    coached = _one(db, "SELECT count(DISTINCT account_id) FROM contact WHERE is_coach")
    accounts = _one(db, "SELECT count(*) FROM account")
    assert 0 < coached < accounts  # some accounts have a coach, some do not
    assert _one(db, "SELECT count(*) FROM contact WHERE is_key_decision_maker AND attitude < 0")
    single = _one(
        db,
        "SELECT count(*) FROM account a WHERE (SELECT count(*) FROM contact c "
        "WHERE c.account_id = a.id AND c.relationship_level >= 3) < 2",
    )
    assert single > 0


def test_relationship_history_leads_to_the_current_level(db: sqlite3.Connection) -> None:
    history: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for contact, day, before, after in db.execute(
        "SELECT contact_id, changed_on, from_value, to_value FROM relationship_change "
        "WHERE aspect = 'level' ORDER BY contact_id, changed_on, created_at"
    ):
        history[contact].append((day, before, after))
    for contact, level in db.execute("SELECT id, relationship_level FROM contact"):
        steps = history.get(contact, [])
        if level >= 1:
            assert steps, "a known contact has a history"
        if not steps:
            continue
        assert steps[0][1] == 0
        for (_, _, reached), (_, start, _) in itertools.pairwise(steps):
            assert start == reached
        assert steps[-1][2] == level
        assert all(abs(after - before) == 1 for _, before, after in steps)


def test_links_join_contacts_of_one_account(db: sqlite3.Connection) -> None:
    pairs = db.execute(
        "SELECT a.account_id, b.account_id FROM contact_link l "
        "JOIN contact a ON a.id = l.from_contact_id JOIN contact b ON b.id = l.to_contact_id"
    ).fetchall()
    assert pairs
    assert all(x == y for x, y in pairs)


# --- visits -----------------------------------------------------------------------------------


def test_attendees_belong_to_the_visits_account(db: sqlite3.Connection) -> None:
    wrong = _one(
        db,
        "SELECT count(*) FROM visit_attendee t JOIN visit v ON v.id = t.visit_id "
        "JOIN contact c ON c.id = t.contact_id WHERE c.account_id != v.account_id",
    )
    assert wrong == 0
    assert _one(db, "SELECT count(*) FROM visit_attendee") > 400


def test_done_visits_lie_within_eighteen_months(db: sqlite3.Connection) -> None:
    starts = [_local_day(r[0]) for r in db.execute("SELECT done_at FROM visit WHERE status='done'")]
    assert min(starts) >= TODAY - timedelta(days=548)
    assert max(starts) < TODAY


def test_visit_statuses(db: sqlite3.Connection) -> None:
    statuses = Counter(r[0] for r in db.execute("SELECT status FROM visit"))
    assert {"done", "cancelled", "rescheduled", "missed", "planned"} <= set(statuses)
    assert statuses["done"] > 0.75 * sum(statuses.values())


def test_visits_are_at_business_hours_on_this_computers_clock(db: sqlite3.Connection) -> None:
    """A 09:00 visit shows at 09:00 wherever the laptop is (here: whatever zone runs the test)."""
    for start, end in db.execute("SELECT planned_start, planned_end FROM visit"):
        begin, finish = _local(start), _local(end)
        assert (9, 0) <= (begin.hour, begin.minute) <= (16, 0)
        assert finish.date() == begin.date()
        assert (finish.hour, finish.minute) <= (18, 0)


def test_a_week_planned_ahead(db: sqlite3.Connection) -> None:
    planned = [
        (_local(start), _local(end))
        for start, end in db.execute(
            "SELECT planned_start, planned_end FROM visit WHERE status = 'planned'"
        )
    ]
    per_day = Counter(start.date() for start, _ in planned)
    week = [TODAY + timedelta(days=i) for i in range(7)]
    assert all(2 <= per_day[day] <= 4 for day in week if day.weekday() < 5)
    assert all(per_day[day] == 0 for day in week if day.weekday() >= 5)
    assert 2 <= per_day[TODAY] <= 3  # some today
    later = sum(n for day, n in per_day.items() if day >= TODAY + timedelta(days=7))
    assert later <= 10  # the week after is lighter
    assert max(per_day) < TODAY + timedelta(days=14)
    unlogged = [day for day in per_day if day < TODAY]
    assert 1 <= sum(per_day[d] for d in unlogged) <= 3  # planned, not logged yet
    assert min(unlogged) >= TODAY - timedelta(days=8)
    by_day: defaultdict[date, list[tuple[datetime, datetime]]] = defaultdict(list)
    for start, end in planned:
        by_day[start.date()].append((start, end))
    for spans in by_day.values():  # one rep: a day's planned visits never overlap
        spans.sort()
        assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    questions = _one(
        db,
        "SELECT count(*) FROM visit_question q JOIN visit v ON v.id = q.visit_id "
        "WHERE v.status = 'planned'",
    )
    assert questions >= len(planned)


def test_next_steps_are_closed_when_done(db: sqlite3.Connection) -> None:
    overdue = db.execute(
        "SELECT due_on FROM next_step WHERE NOT done AND due_on < ?", (TODAY.isoformat(),)
    ).fetchall()
    assert 1 <= len(overdue) <= 15  # a few, at accounts the rep is behind on
    assert min(date.fromisoformat(r[0]) for r in overdue) >= TODAY - timedelta(days=30)
    assert _one(db, "SELECT count(*) FROM next_step WHERE done AND done_on IS NULL") == 0
    # A step agreed at a visit that a later done visit followed up is done.
    followed_up = _one(
        db,
        "SELECT count(*) FROM next_step n JOIN visit v ON v.id = n.visit_id "
        "WHERE NOT n.done AND EXISTS (SELECT 1 FROM visit w WHERE w.account_id = v.account_id "
        "AND w.status = 'done' AND date(w.planned_start, 'localtime') > "
        "date(v.planned_start, 'localtime'))",
    )
    assert followed_up == 0
    done_late = _one(
        db, "SELECT count(*) FROM next_step WHERE done AND done_on >= ?", TODAY.isoformat()
    )
    assert done_late == 0


def test_complaints_mostly_resolved(db: sqlite3.Connection) -> None:
    complaints = db.execute(
        "SELECT category, severity, status, opened_on, resolved_on, resolution FROM complaint"
    ).fetchall()
    assert {c[0] for c in complaints} == {
        "product_quality",
        "service_staff",
        "delivery",
        "price",
        "other",
    }
    open_ = [c for c in complaints if c[2] == "open"]
    resolved = [c for c in complaints if c[2] == "resolved"]
    assert len(open_) == 2  # a couple, the newest
    assert len(resolved) >= 10 * len(open_)
    assert max(c[3] for c in resolved) <= min(c[3] for c in open_)
    assert all(c[4] is None for c in open_)
    assert all(c[3] <= c[4] < TODAY.isoformat() and c[5] for c in resolved)


@pytest.fixture(scope="module")
def due(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> list[DueItem]:
    """The due list the app shows on the build day (read from a copy: the book stays as built)."""
    copy = tmp_path_factory.mktemp("due") / "demo.kambook"
    shutil.copy(demo_path, copy)
    with open_book(copy) as book:
        return due_list(book, TODAY)


def test_a_queue_a_rep_recognises(db: sqlite3.Connection, due: list[DueItem]) -> None:
    """Some accounts overdue, most not; a few badly at high tiers, none for long."""
    accounts = _one(db, "SELECT count(*) FROM account")
    assert isinstance(accounts, int)
    overdue = [i for i in due if i.overdue_days > 0]
    assert 0.10 * accounts <= len(overdue) <= 0.20 * accounts
    assert max(i.overdue_days for i in overdue) <= 45  # no year-old follow-up on top
    high = (ValueTier.PLATINUM, ValueTier.GOLD)
    assert any(i.tier in high and i.overdue_days >= 10 for i in overdue)
    assert all(i.tier in high for i in overdue if i.overdue_days > 14)
    assert len([i for i in overdue if i.tier in high]) < len(overdue)
    # The rep works the list: what fell due more than two days ago was mostly visited.
    reasons = [r for i in due for r in i.reasons]
    assert sum(r.overdue_days > 0 for r in reasons) < len(reasons) / 2


def test_tiers_make_the_value_pyramid(db: sqlite3.Connection) -> None:
    """DOMAIN §7.2: platinum top 5 %, gold next 15 %, iron next 30 %, lead the rest."""
    tiers = Counter(r[0] for r in db.execute("SELECT value_tier FROM account"))
    total = sum(tiers.values())
    for tier, share in (("platinum", 0.05), ("gold", 0.15), ("iron", 0.30), ("lead", 0.50)):
        assert abs(tiers[tier] - share * total) <= 1, tier
    top = db.execute(
        "SELECT DISTINCT status FROM account WHERE value_tier IN ('platinum', 'gold')"
    ).fetchall()
    assert top == [("customer",)]  # the top of the pyramid is buying; prospects sit at lead


@pytest.fixture
def zone(request: pytest.FixtureRequest) -> Iterator[ZoneInfo]:
    """This computer's zone set to the parameter for the test (restored after it)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield ZoneInfo(request.param)
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize("zone", ["America/New_York", "Asia/Shanghai"], indirect=True)
def test_visit_times_follow_the_computers_zone(zone: ZoneInfo, tmp_path: Path) -> None:
    path = build_demo_book(tmp_path / "demo.kambook", today=TODAY)
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        starts = [r[0] for r in conn.execute("SELECT planned_start FROM visit")]
    clock = Counter(
        datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).astimezone(zone).hour
        for s in starts
    )
    assert set(clock) == {9, 10, 14, 15, 16}


# --- SPIN -------------------------------------------------------------------------------------


def test_spin_notes_reach_all_four_stages(db: sqlite3.Connection) -> None:
    assert {r[0] for r in db.execute("SELECT DISTINCT stage FROM spin_note")} == set("SPIN")
    reached = defaultdict(set)
    for account, stage in db.execute("SELECT account_id, stage FROM spin_note"):
        reached[account].add(stage)
    assert any(stages == {"S"} for stages in reached.values())
    assert any("N" in stages for stages in reached.values())
    wrong = _one(
        db,
        "SELECT count(*) FROM spin_note n JOIN visit v ON v.id = n.visit_id "
        "JOIN contact c ON c.id = n.contact_id "
        "WHERE v.account_id != n.account_id OR c.account_id != n.account_id",
    )
    assert wrong == 0


def test_question_bank_is_seeded(db: sqlite3.Connection) -> None:
    per_stage = Counter(r[0] for r in db.execute("SELECT stage FROM spin_question WHERE seeded"))
    assert per_stage == Counter(q.stage.value for q in SEED_QUESTIONS)
    assert min(per_stage.values()) >= 10


# --- value ------------------------------------------------------------------------------------


def test_value_records_span_24_months_and_match_the_orders(db: sqlite3.Connection) -> None:
    months = [r[0] for r in db.execute("SELECT DISTINCT month FROM value_record ORDER BY month")]
    assert len(months) == 24
    assert months[-1] == "2026-10"
    for sales, margin, collected in db.execute(
        "SELECT sales, gross_margin, collected FROM value_record WHERE sales > 0"
    ):
        assert 0.12 <= margin / sales <= 0.38
        assert 0.75 <= collected / sales <= 1.05
    orders = dict(
        db.execute(
            "SELECT account_id || substr(order_date, 1, 7), sum(amount) FROM sales_order "
            "GROUP BY account_id, substr(order_date, 1, 7)"
        ).fetchall()
    )
    for key, sales in db.execute("SELECT account_id || month, sales FROM value_record"):
        assert orders.get(key, 0.0) == pytest.approx(sales, abs=0.01)
    assert _one(db, "SELECT count(*) FROM sales_order WHERE repurchase_cycle_days > 0") > 100
    prospects = _one(
        db,
        "SELECT count(*) FROM value_record r JOIN account a ON a.id = r.account_id "
        "WHERE a.status = 'prospect'",
    )
    assert prospects == 0


# --- building ---------------------------------------------------------------------------------


def test_same_day_builds_the_same_book(demo_path: Path, tmp_path: Path) -> None:
    again = build_demo_book(tmp_path / "again.kambook", today=TODAY)
    first, second = _dump(demo_path), _dump(again)
    device_ids = [
        dict((row[0], row[1]) for row in dump["book_meta"])["device_id"] for dump in (first, second)
    ]
    assert device_ids[0] != device_ids[1]  # every demo book is a device of its own
    for dump in (first, second):
        dump["book_meta"] = [row for row in dump["book_meta"] if row[0] != "device_id"]
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], table
    assert first["account"]
    assert first["book_meta"]


def test_refuses_an_existing_target_and_leaves_it_alone(tmp_path: Path) -> None:
    target = tmp_path / "mine.kambook"
    target.write_bytes(b"the rep's own book")
    with pytest.raises(DemoBookExists) as caught:
        build_demo_book(target, today=TODAY)
    assert str(target) in str(caught.value)
    assert target.read_bytes() == b"the rep's own book"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.kambook"]


class _CancelAfter:
    def __init__(self, updates: int) -> None:
        self.left = updates

    def update(self, done: int, total: int, note: str = "") -> None:
        self.left -= 1

    def cancelled(self) -> bool:
        return self.left <= 0


@pytest.mark.parametrize("updates", [1, 4, 5, 6])  # reading, generating, writing, scoring
def test_cancel_leaves_nothing_behind(tmp_path: Path, updates: int) -> None:
    with pytest.raises(Cancelled):
        build_demo_book(tmp_path / "demo.kambook", today=TODAY, progress=_CancelAfter(updates))
    assert list(tmp_path.iterdir()) == []


# --- the data files ---------------------------------------------------------------------------

_FILLED = {
    "contact", "title", "short", "product", "competitor", "colleague", "festival", "n", "pct",
    "amount", "referrer", "interest", "qty",  # visit, SPIN and relationship texts
    "city", "province", "brand", "business", "suffix",  # company names
    "floor", "block", "minutes", "hours",  # addresses and travel notes
}  # fmt: skip


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_every_placeholder_in_the_data_is_one_the_builder_fills() -> None:
    folder = resources.path("resources/demo")
    files = sorted(folder.glob("*.json"))
    assert len(files) >= 8
    assert (folder / "README.md").is_file()
    for file in files:
        for text in _strings(json.loads(file.read_text(encoding="utf-8"))):
            names = {name for _, name, _, _ in string.Formatter().parse(text) if name}
            assert names <= _FILLED, f"{file.name}: {text}"
