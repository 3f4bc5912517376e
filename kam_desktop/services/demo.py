"""Build the demo account book from ``resources/demo/``: a Chinese KAM's realistic portfolio.

Deterministic: the same ``today`` gives byte-identical table contents. Every choice comes from a
seeded ``random.Random`` (one per phase, so the portfolio's shape does not depend on the date),
ids are ``uuid5`` on a fixed namespace, and every timestamp, including the book's device id
and creation time, is derived from ``today``. The book is built in a temporary file beside the
target and renamed at the end, so an interrupted or cancelled build leaves nothing behind.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import os
import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert

from kam_desktop import resources
from kam_desktop.db.book import open_book
from kam_desktop.db.models import (
    Account,
    BookMeta,
    Complaint,
    Contact,
    ContactLink,
    NextStep,
    RelationshipChange,
    SalesOrder,
    SpinNote,
    SpinQuestion,
    ValueModel,
    ValueRecord,
    Visit,
    VisitAttendee,
    VisitQuestion,
)
from kam_desktop.domain import credit_code
from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Attitude,
    ComplaintCategory,
    ComplaintSeverity,
    ComplaintStatus,
    DecisionLevel,
    Grade,
    Industry,
    Influence,
    LifecycleStage,
    RecordSource,
    RelationshipMarketingLevel,
    RelationshipMode,
    SalesStage,
    SizeClass,
    SpinStage,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.domain.lifecycle import (
    history_from_monthly,
    lifecycle_stage,
    month_of,
    month_start,
    shift_month,
)
from kam_desktop.domain.spin_questions import SEED_QUESTIONS
from kam_desktop.domain.value import default_value_model
from kam_desktop.services.derived import refresh_derived
from kam_desktop.services.progress import NoProgress, Progress, check_cancelled

log = logging.getLogger(__name__)

T = TypeVar("T")

NAMESPACE = uuid.UUID("5b0e9c55-4b41-4d42-8f7a-2f7a7d1c6f0e")
CST = timezone(timedelta(hours=8))  # China has one time zone and no DST
HISTORY_DAYS = 548  # visits over the 18 months before today
VALUE_MONTHS = 24
PLAN_DAYS = 21

_STEPS = (
    QT_TRANSLATE_NOOP("progress", "Reading the demo data"),
    QT_TRANSLATE_NOOP("progress", "Creating accounts and contacts"),
    QT_TRANSLATE_NOOP("progress", "Creating visits"),
    QT_TRANSLATE_NOOP("progress", "Creating orders and value records"),
    QT_TRANSLATE_NOOP("progress", "Writing the book"),
    QT_TRANSLATE_NOOP("progress", "Scoring accounts"),
)


class DemoBookExists(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors",
        "{path} already exists; it was not changed. The demo book is only built into a new "
        "file: choose another name.",
    )


def build_demo_book(
    target: Path, *, today: date | None = None, progress: Progress | None = None
) -> Path:
    """Build the demo book at ``target`` (which must not exist) and return its path."""
    target = Path(target)
    today = today or date.today()
    progress = progress or NoProgress()
    if target.exists():
        raise DemoBookExists(path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}.building")
    try:
        _build(temp, today, progress)
        _move_into_place(temp, target)
    finally:
        _remove_book_files(temp)
    log.info("built the demo book for %s", today.isoformat())
    return target


# --- the build --------------------------------------------------------------------------------


class _Steps:
    """Reports the build's steps; the last one (scoring) forwards the derived refresh's own."""

    def __init__(self, progress: Progress) -> None:
        self._progress = progress
        self._total = len(_STEPS) * 100

    def start(self, index: int) -> None:
        check_cancelled(self._progress)
        self._progress.update(index * 100, self._total, _STEPS[index])

    def update(self, done: int, total: int, note: str = "") -> None:
        last = (len(_STEPS) - 1) * 100
        self._progress.update(last + done * 100 // max(total, 1), self._total, note)

    def cancelled(self) -> bool:
        return self._progress.cancelled()


def _build(path: Path, today: date, progress: Progress) -> None:
    steps = _Steps(progress)
    steps.start(0)
    portfolio = _Portfolio(_DemoData.load(), today)
    steps.start(1)
    portfolio.make_accounts()
    portfolio.make_contacts()
    steps.start(2)
    portfolio.make_visits()
    portfolio.make_relationship_history()
    portfolio.make_spin_notes()
    steps.start(3)
    portfolio.make_orders()
    steps.start(4)
    device_id = _uuid("device")
    book = open_book(path, owner=portfolio.data.owner)
    try:
        with book.sessions.begin() as s:
            s.merge(BookMeta(key="device_id", value=device_id))
            created = portfolio.book_created.astimezone(UTC).isoformat()
            s.merge(BookMeta(key="created_at", value=created))
            s.merge(BookMeta(key="demo", value=today.isoformat()))
    finally:
        book.close()
    book = open_book(path, create=False)  # reopened so the session stamps the fixed device id
    try:
        with book.sessions.begin() as s:
            for model, rows in portfolio.tables(device_id):
                check_cancelled(progress)
                if rows:
                    s.execute(insert(model.__table__), rows)  # one executemany
        steps.start(5)
        refresh_derived(book, today, steps)
        with book.sessions.begin() as s:
            # Rows keep the fixed generator id (so builds are identical), but each demo book is
            # its own device: two reps' demo books must not look like one laptop to sync.
            s.merge(BookMeta(key="device_id", value=str(uuid.uuid4())))
        with book.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        book.close()


def _move_into_place(temp: Path, target: Path) -> None:
    """Rename without ever replacing a file that appeared at ``target`` meanwhile."""
    try:
        os.link(temp, target)
    except FileExistsError:
        raise DemoBookExists(path=str(target)) from None
    except OSError:  # a file system without hard links
        if target.exists():
            raise DemoBookExists(path=str(target)) from None
        os.replace(temp, target)


def _remove_book_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _uuid(key: str) -> str:
    return str(uuid.uuid5(NAMESPACE, key))


def _at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=CST)


def _weighted(rng: random.Random, pairs: Sequence[tuple[T, float]]) -> T:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


# --- the data files ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _DemoData:
    geography: dict[str, Any]
    industries: list[dict[str, Any]]
    names: dict[str, Any]
    people: dict[str, Any]
    roles: dict[str, Any]
    products: dict[str, dict[str, Any]]
    competitors: list[str]
    visits: dict[str, Any]
    spin: dict[str, list[list[str]]]
    accounts: dict[str, Any]

    @property
    def owner(self) -> str:
        return str(self.people["owner"])

    @classmethod
    def load(cls) -> _DemoData:
        def read(name: str) -> Any:
            with resources.path(f"resources/demo/{name}.json").open(encoding="utf-8") as fh:
                return json.load(fh)

        products = read("products")
        return cls(
            geography=read("geography"),
            industries=read("industries")["industries"],
            names=read("company_names"),
            people=read("people"),
            roles=read("roles"),
            products={p["key"]: p for p in products["products"]},
            competitors=products["competitors"],
            visits=read("visits"),
            spin=read("spin_notes"),
            accounts=read("accounts"),
        )


# --- the portfolio being generated ------------------------------------------------------------


@dataclass(eq=False)
class _Person:
    """A contact being made: its place in the org chart and where it stands with the rep."""

    id: str
    account: _Acct
    node: dict[str, Any]
    name: str
    pinyin: tuple[str, str]
    older: bool
    level: int = 0
    attitude: int = 0
    influence: str = "medium"
    is_kdm: bool = False
    is_coach: bool = False
    reports_to: _Person | None = None
    opponent_plan: str | None = None
    first_met: date | None = None

    @property
    def persona(self) -> str:
        return str(self.node["persona"])

    @property
    def title(self) -> str:
        return str(self.node["title"])

    @property
    def depth(self) -> int:
        return 0 if self.reports_to is None else self.reports_to.depth + 1


@dataclass(eq=False)
class _Acct:
    """An account being made, with the story the generator tells about it."""

    index: int
    id: str
    status: AccountStatus
    grade: Grade
    size: SizeClass
    industry: dict[str, Any]
    brand: tuple[str, str]
    owner: str
    is_group: bool = False
    parent: _Acct | None = None
    trend: str = "none"  # growing / stable / declining / new / lapsed / lost (sales over time)
    gap: str = "none"  # the contact-map weakness it shows (DOMAIN §3.2), "none" when covered
    sales_stage: SalesStage | None = None
    spin_reach: int = 0  # how many SPIN stages its notes reach (0-4)
    products: list[dict[str, Any]] = field(default_factory=list)
    budget: float = 0.0  # what it buys from us in a year (万元)
    margin: float = 0.2
    collect: float = 0.95
    discount: float = 1.0
    engaged_from: date | None = None  # when the rep started on it (prospects, new customers)
    first_order: date | None = None  # new customers only; the others bought before the window
    lapse: date | None = None  # dormant and lost accounts: the last order
    place: dict[str, Any] = field(default_factory=dict)
    short: str = ""
    domain: str = ""
    contacts: list[_Person] = field(default_factory=list)
    visits: list[_Visit] = field(default_factory=list)
    row: dict[str, Any] = field(default_factory=dict)

    @property
    def is_customer_now(self) -> bool:
        return self.status == AccountStatus.CUSTOMER


@dataclass(eq=False)
class _Visit:
    id: str
    account: _Acct
    start: datetime
    minutes: int
    status: VisitStatus
    purpose: VisitPurpose
    method: VisitMethod
    attendees: list[_Person]
    festival: str | None = None
    satisfaction: int | None = None
    next_visit_on: date | None = None

    @property
    def day(self) -> date:
        return self.start.date()

    @property
    def done(self) -> bool:
        return self.status == VisitStatus.DONE


_Order = tuple[date, dict[str, Any], float, float]  # day, product, amount (万元), quantity
_STAGE_OF_TREND = {
    "growing": LifecycleStage.FORMATION,
    "stable": LifecycleStage.STABILITY,
    "declining": LifecycleStage.DECLINE,
    "new": LifecycleStage.EXPLORATION,
    "lapsed": LifecycleStage.DECLINE,
    "lost": LifecycleStage.LOST,
}
_SECTIONS_NEEDING_SIZE = {"B", "D", "J", "K"}  # mines, utilities, finance, property: not tiny
_SIZE_BY_GRADE = {
    Grade.A: ((SizeClass.LARGE, 75), (SizeClass.MEDIUM, 25)),
    Grade.B: ((SizeClass.LARGE, 25), (SizeClass.MEDIUM, 60), (SizeClass.SMALL, 15)),
    Grade.C: ((SizeClass.MEDIUM, 35), (SizeClass.SMALL, 50), (SizeClass.MICRO, 15)),
    Grade.D: ((SizeClass.SMALL, 50), (SizeClass.MICRO, 50)),
}
# (employees, annual revenue 万元, our yearly sales 万元) ranges per size class
_SCALE = {
    SizeClass.LARGE: ((1000, 12000), (40000, 600000), (180, 900)),
    SizeClass.MEDIUM: ((300, 999), (2000, 39000), (45, 220)),
    SizeClass.SMALL: ((20, 299), (300, 1999), (10, 50)),
    SizeClass.MICRO: ((5, 19), (60, 299), (2.5, 9)),
}
_GRADE_WEIGHTS = {
    AccountStatus.CUSTOMER: ((Grade.A, 15), (Grade.B, 35), (Grade.C, 35), (Grade.D, 15)),
    AccountStatus.PROSPECT: ((Grade.B, 30), (Grade.C, 50), (Grade.D, 20)),
    AccountStatus.DORMANT: ((Grade.B, 20), (Grade.C, 50), (Grade.D, 30)),
    AccountStatus.LOST: ((Grade.B, 20), (Grade.C, 50), (Grade.D, 30)),
}
_FUNNEL = (
    VisitPurpose.FIRST_VISIT,
    VisitPurpose.NEEDS_RESEARCH,
    VisitPurpose.SOLUTION_DEMO,
    VisitPurpose.NEGOTIATION,
    VisitPurpose.CONTRACT,
)
_PROSPECT_STAGES = (
    (SalesStage.MARKET_ANALYSIS, 1, 1),  # (stage, funnel steps reached, SPIN stages reached)
    (SalesStage.OPPORTUNITY, 2, 1),
    (SalesStage.CONTACT, 2, 2),
    (SalesStage.EVALUATION, 3, 4),
    (SalesStage.EVALUATION, 3, 3),
    (SalesStage.BID_CONTRACT, 4, 4),
)
_CUSTOMER_SPIN = {  # chance of notes at all four stages, else how far the notes go
    Grade.A: (0.95, (3, 3)),
    Grade.B: (0.8, (3, 3)),
    Grade.C: (0.55, (2, 3)),
    Grade.D: (0.35, (1, 2)),
}
_CUSTOMER_PURPOSES = (
    (VisitPurpose.REVISIT, 34),
    (VisitPurpose.AFTER_SALES, 26),
    (VisitPurpose.NEEDS_RESEARCH, 8),
    (VisitPurpose.SOLUTION_DEMO, 8),
    (VisitPurpose.NEGOTIATION, 8),
    (VisitPurpose.CONTRACT, 3),
)
_PREFERRED = {
    VisitPurpose.NEGOTIATION: {"decider", "buyer", "finance"},
    VisitPurpose.CONTRACT: {"decider", "buyer"},
    VisitPurpose.AFTER_SALES: {"technical", "user"},
    VisitPurpose.COMPLAINT_HANDLING: {"technical", "user", "buyer"},
    VisitPurpose.NEEDS_RESEARCH: {"technical", "user"},
    VisitPurpose.SOLUTION_DEMO: {"technical", "decider"},
    VisitPurpose.HOLIDAY_GREETING: {"decider", "technical"},
}
_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
    "155", "156", "157", "158", "159", "166", "173", "176", "177", "180", "181", "182", "183",
    "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip


def _short_place(name: str) -> str:
    return name[:-1] if name.endswith(("省", "市")) else name


class _Portfolio:
    """Generates every row of the demo book in memory, phase by phase."""

    def __init__(self, data: _DemoData, today: date) -> None:
        self.data = data
        self.today = today
        self.history_start = today - timedelta(days=HISTORY_DAYS)
        self.value_first_month = shift_month(month_of(today), -VALUE_MONTHS)
        self.value_last_month = shift_month(month_of(today), -1)
        self.window_start = month_start(self.value_first_month)
        self.book_created = _at(self.history_start, 8, 30)
        self.accounts: list[_Acct] = []
        self.rows: dict[type, list[dict[str, Any]]] = {}
        self._serial: dict[str, int] = {}
        self._festivals = {
            (int(year), name): date.fromisoformat(day)
            for year, days in data.visits["festival_dates"].items()
            for name, day in days.items()
        }
        # nobody is visited over the Spring Festival and National Day weeks
        self._holidays = {
            day + timedelta(days=offset)
            for (_, name), day in self._festivals.items()
            if name in ("春节", "国庆节")
            for offset in range(-1 if name == "春节" else 0, 6 if name == "春节" else 7)
        }

    def _is_workday(self, day: date) -> bool:
        return day.weekday() < 5 and day not in self._holidays

    def _workday(self, day: date, forward: bool = True) -> date:
        while not self._is_workday(day):
            day += timedelta(days=1 if forward else -1)
        return day

    # --- rows -----------------------------------------------------------------------------

    def _add(
        self, model: type, created: datetime, updated: datetime | None = None, **values: Any
    ) -> dict[str, Any]:
        kind = model.__tablename__  # type: ignore[attr-defined]
        serial = self._serial.get(kind, 0) + 1
        self._serial[kind] = serial
        updated = updated or created
        row = {
            "id": values.pop("id", None) or _uuid(f"{kind}/{serial}"),
            "created_at": created,
            "updated_at": updated,
            "revision": 1 if updated == created else 2,
            "deleted_at": None,
            **values,
        }
        self.rows.setdefault(model, []).append(row)
        return row

    def tables(self, device_id: str) -> list[tuple[type, list[dict[str, Any]]]]:
        """Rows per table in an order that satisfies every foreign key, stamped by the device."""
        for rows in self.rows.values():
            for row in rows:
                row["updated_by"] = device_id
        order = (
            SpinQuestion, ValueModel, Account, Contact, ContactLink, Visit, VisitAttendee,
            VisitQuestion, NextStep, Complaint, RelationshipChange, SpinNote, SalesOrder,
            ValueRecord,
        )  # fmt: skip
        return [(m, self.rows.get(m, [])) for m in order]

    def _text(
        self,
        rng: random.Random,
        template: str,
        acct: _Acct,
        who: _Person | None,
        festival: str = "春节",
    ) -> str:
        product = rng.choice(acct.products)["name"] if acct.products else "润滑油品"
        colleague = rng.choice(self.data.people["our_colleagues"]).split(" ")[-1]
        return template.format(
            contact=who.name if who else "对方负责人",
            title=who.title if who else "",
            short=acct.short,
            product=product,
            competitor=rng.choice(self.data.competitors),
            colleague=colleague,
            festival=festival,
            n=rng.randint(3, 12),
            pct=rng.randint(8, 35),
            amount=rng.choice((5, 8, 10, 20, 30, 50)),
            referrer=colleague,
            interest=rng.choice(self.data.people["interests"]),
            qty=rng.randint(20, 200),
        )

    # --- accounts -------------------------------------------------------------------------

    def make_accounts(self) -> None:
        rng = random.Random("kam-demo/accounts")
        brands = [tuple(b) for b in self.data.names["brands"]]
        rng.shuffle(brands)
        provinces = list(self.data.geography["provinces"])
        uncovered = provinces[:]
        rng.shuffle(uncovered)
        used_industries: dict[str, int] = {}
        plan: list[tuple[AccountStatus, str]] = []
        for subs in (3, 2, 2):
            plan.append((AccountStatus.CUSTOMER, "group"))
            plan += [(AccountStatus.CUSTOMER, "sub")] * (subs - 1) + [
                (AccountStatus.PROSPECT if subs == 3 else AccountStatus.CUSTOMER, "sub")
            ]
        rest = (
            [AccountStatus.CUSTOMER] * 44
            + [AccountStatus.PROSPECT] * 9
            + [AccountStatus.DORMANT] * 5
            + [AccountStatus.LOST] * 4
        )
        rng.shuffle(rest)
        plan += [(status, "single") for status in rest]

        codes = rng.sample(range(1, 120000), len(plan))
        group: _Acct | None = None
        for index, (status, role) in enumerate(plan):
            grade = Grade.A if role == "group" else _weighted(rng, _GRADE_WEIGHTS[status])
            size = SizeClass.LARGE if role == "group" else _weighted(rng, _SIZE_BY_GRADE[grade])
            if role == "group":
                industry = self.data.names["group_industry"]
            else:
                industry = self._pick_industry(rng, size, used_industries)
            brand = group.brand if role == "sub" and group else brands.pop()
            province = uncovered.pop() if role == "single" and uncovered else None
            acct = _Acct(
                index=index,
                id=_uuid(f"account/{index + 1}"),
                status=status,
                grade=grade,
                size=size,
                industry=industry,
                brand=brand,  # type: ignore[arg-type]
                owner=self.data.owner,
                is_group=role == "group",
                parent=group if role == "sub" else None,
            )
            acct.place = self._pick_place(rng, province or _weighted(rng, _by_weight(provinces)))
            self._name_account(rng, acct, role, codes[index])
            if role == "group":
                group = acct
            self.accounts.append(acct)
        self._assign_owners(rng)
        self._assign_story(rng)
        self._assign_referrals(rng)
        for acct in self.accounts:
            self._account_row(rng, acct)

    def _pick_industry(
        self, rng: random.Random, size: SizeClass, used: dict[str, int]
    ) -> dict[str, Any]:
        small = size in (SizeClass.SMALL, SizeClass.MICRO)
        options = [
            (entry, entry["weight"] / (1 + 2 * used.get(entry["sub_industry"], 0)))
            for entry in self.data.industries
            if not (small and entry["section"] in _SECTIONS_NEEDING_SIZE)
        ]
        entry = _weighted(rng, options)
        used[entry["sub_industry"]] = used.get(entry["sub_industry"], 0) + 1
        return entry

    def _pick_place(self, rng: random.Random, province: dict[str, Any]) -> dict[str, Any]:
        city = _weighted(rng, _by_weight(province["cities"]))
        district = rng.choice(city["districts"])
        street = rng.choice(district["streets"])
        suffix = rng.choice(self.data.geography["building_suffixes"]).format(
            floor=rng.randint(2, 23), block=rng.randint(1, 12)
        )
        number = rng.choice((rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 3999)))
        return {
            "province": province["name"],
            "city": city["name"],
            "district": district["name"],
            "region_code": district["code"],
            "area_code": city["area_code"],
            "address": f"{city['name']}{district['name']}{street}{number}号{suffix}",
        }

    def _name_account(self, rng: random.Random, acct: _Acct, role: str, code: int) -> None:
        names = self.data.names
        brand, brand_py = acct.brand
        city = _short_place(acct.place["city"])
        province = _short_place(acct.place["province"])
        business = rng.choice(acct.industry["business"])
        if role == "group":
            pattern = rng.choice(names["group_patterns"])
            acct.short = f"{brand}集团"
            acct.domain = f"{brand_py}group.com"
        elif role == "sub":
            pattern = names["subsidiary_pattern"]
            acct.short = f"{brand}{city}"
            acct.domain = acct.parent.domain if acct.parent else f"{brand_py}.com"
        else:
            patterns = [
                (p, w)
                for p, w in names["patterns"]
                if "{province}" not in p or acct.size in (SizeClass.LARGE, SizeClass.MEDIUM)
            ]
            pattern = _weighted(rng, patterns)
            acct.short = f"{brand}{acct.industry['short']}"
            tld = rng.choice((".com", ".com.cn", ".cn"))
            acct.domain = f"{brand_py}-{acct.industry['domain']}{tld}"
        suffix = _weighted(rng, names["suffixes"])
        if acct.size in (SizeClass.SMALL, SizeClass.MICRO) and suffix == "股份有限公司":
            suffix = "有限公司"
        acct.row["name"] = pattern.format(
            city=city, province=province, brand=brand, business=business, suffix=suffix
        )
        has_code = acct.status != AccountStatus.PROSPECT or rng.random() < 0.5
        acct.row["code"] = f"{code:06d}" if has_code else None
        acct.row["credit_code"] = _credit_code(rng, acct.place["region_code"])

    def _assign_owners(self, rng: random.Random) -> None:
        for acct in self.accounts:
            if acct.is_group or (acct.parent and acct.grade == Grade.A):
                continue  # the groups are the key account manager's own
            for colleague in self.data.people["colleague_owners"]:
                here = acct.place["province"] in colleague["provinces"]
                if here and rng.random() < colleague["share"]:
                    acct.owner = colleague["name"]

    def _assign_story(self, rng: random.Random) -> None:
        """What each account buys and how its story goes: trend, sales stage, SPIN, gaps."""
        today = self.today
        for acct in self.accounts:
            low, high = _SCALE[acct.size][2]
            grade_factor = {Grade.A: 1.3, Grade.B: 1.0, Grade.C: 0.85, Grade.D: 0.6}[acct.grade]
            acct.budget = rng.uniform(low, high) * grade_factor
            acct.margin = rng.uniform(0.14, 0.36)
            acct.collect = rng.uniform(0.86, 0.99)
            acct.discount = rng.choice((1.0, 0.98, 0.95, 0.92, 0.9))
            acct.products = self._pick_products(rng, acct)
            if acct.status == AccountStatus.CUSTOMER:
                acct.trend = (
                    rng.choice(("stable", "growing"))
                    if acct.is_group
                    else _weighted(
                        rng, (("growing", 25), ("stable", 42), ("declining", 18), ("new", 15))
                    )
                )
                acct.sales_stage = _weighted(
                    rng,
                    (
                        (SalesStage.IMPLEMENTATION, 30),
                        (SalesStage.IMPROVEMENT, 45),
                        (SalesStage.EVALUATION, 15),
                        (SalesStage.BID_CONTRACT, 10),
                    ),
                )
                # most customers went through all four SPIN stages; the rest show the gap
                full, partial = _CUSTOMER_SPIN[acct.grade]
                acct.spin_reach = 4 if rng.random() < full else rng.randint(*partial)
                if acct.trend == "new":
                    acct.sales_stage = SalesStage.IMPLEMENTATION
                    acct.first_order = today - timedelta(days=rng.randint(35, 160))
                    acct.engaged_from = acct.first_order - timedelta(days=rng.randint(70, 160))
                elif acct.sales_stage in (SalesStage.EVALUATION, SalesStage.BID_CONTRACT):
                    acct.spin_reach = 4 if rng.random() < 0.7 else 2
            elif acct.status == AccountStatus.PROSPECT:
                stage, _, reach = rng.choice(_PROSPECT_STAGES)
                acct.sales_stage, acct.spin_reach = stage, reach
                acct.engaged_from = today - timedelta(days=rng.randint(45, 400))
            elif acct.status == AccountStatus.DORMANT:
                acct.trend = "lapsed"
                acct.sales_stage = rng.choice((SalesStage.CONTACT, SalesStage.OPPORTUNITY))
                acct.spin_reach = 2
                acct.lapse = today - timedelta(days=rng.randint(200, 330))
            else:
                acct.trend = "lost"
                acct.sales_stage = rng.choice((SalesStage.MARKET_ANALYSIS, SalesStage.OPPORTUNITY))
                acct.spin_reach = 2
                acct.lapse = today - timedelta(days=rng.randint(400, 600))
            acct.gap = self._pick_gap(rng, acct)

    def _pick_products(self, rng: random.Random, acct: _Acct) -> list[dict[str, Any]]:
        keys = list(acct.industry["products"])
        rng.shuffle(keys)
        chosen = keys[: rng.randint(2, min(4, len(keys)))]
        if not any(_short_cycle(self.data.products[k]) for k in chosen):
            chosen.append(next(k for k in keys if _short_cycle(self.data.products[k])))
        return [self.data.products[k] for k in chosen]

    def _pick_gap(self, rng: random.Random, acct: _Acct) -> str:
        if acct.status == AccountStatus.CUSTOMER and acct.grade in (Grade.A, Grade.B):
            weights = (("none", 55), ("no_coach", 12), ("opposed_kdm", 8), ("single", 8),
                       ("opponent", 12), ("no_decision", 5))  # fmt: skip
        elif acct.status == AccountStatus.CUSTOMER:
            weights = (("none", 35), ("no_coach", 20), ("single", 20), ("no_decision", 15),
                       ("opponent", 5), ("opposed_kdm", 5))  # fmt: skip
        elif acct.status == AccountStatus.PROSPECT:
            weights = (("no_coach", 35), ("single", 25), ("no_decision", 25), ("opposed_kdm", 10),
                       ("none", 5))  # fmt: skip
        else:
            weights = (("single", 35), ("opposed_kdm", 25), ("no_coach", 30), ("none", 10))
        return "none" if acct.is_group else _weighted(rng, weights)

    def _assign_referrals(self, rng: random.Random) -> None:
        referrers = [
            a
            for a in self.accounts[10:40]
            if a.status == AccountStatus.CUSTOMER and a.grade != Grade.D
        ]
        for acct in self.accounts[40:]:
            if (
                acct.status in (AccountStatus.CUSTOMER, AccountStatus.PROSPECT)
                and rng.random() < 0.2
            ):
                acct.row["referred_by_id"] = rng.choice(referrers).id

    def _account_row(self, rng: random.Random, acct: _Acct) -> None:
        (emp_lo, emp_hi), (rev_lo, rev_hi), _ = _SCALE[acct.size]
        revenue = _log_uniform(rng, rev_lo, rev_hi)
        revenue = round(revenue, -2) if revenue > 10000 else round(revenue)
        if acct.is_group:
            source = AccountSource.HQ_ASSIGNED
        elif acct.row.get("referred_by_id"):
            source = AccountSource.REFERRAL
        elif acct.parent:
            source = AccountSource.HQ_ASSIGNED
        else:
            source = _weighted(
                rng,
                (
                    (AccountSource.SELF_DEVELOPED, 35),
                    (AccountSource.TRADE_SHOW, 20),
                    (AccountSource.HQ_ASSIGNED, 20),
                    (AccountSource.CALL_IN, 15),
                    (AccountSource.ADVERTISING, 10),
                ),
            )
        if acct.size == SizeClass.LARGE and rng.random() < 0.3:
            phone = f"400-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}"
        else:
            phone = _landline(rng, acct.place["area_code"])
        website = None
        if acct.size in (SizeClass.LARGE, SizeClass.MEDIUM) or rng.random() < 0.3:
            website = f"www.{acct.domain}"
        customer_like = acct.status != AccountStatus.PROSPECT
        rm_level = mode = None
        if customer_like:
            rm_level = {
                Grade.A: RelationshipMarketingLevel.STRUCTURAL,
                Grade.B: RelationshipMarketingLevel.SOCIAL,
            }.get(acct.grade, RelationshipMarketingLevel.FINANCIAL)
            mode = {
                Grade.A: RelationshipMode.PARTNERSHIP,
                Grade.B: RelationshipMode.ACCOUNTABLE,
                Grade.C: RelationshipMode.REACTIVE,
                Grade.D: RelationshipMode.BASIC,
            }[acct.grade]
        acct.row.update(
            id=acct.id,
            short_name=acct.short,
            parent_id=acct.parent.id if acct.parent else None,
            province=acct.place["province"],
            city=acct.place["city"],
            district=acct.place["district"],
            address=acct.place["address"],
            industry=Industry(acct.industry["section"]),
            sub_industry=acct.industry["sub_industry"],
            size_class=acct.size,
            hq_grade=acct.grade,
            source=source,
            referred_by_id=acct.row.get("referred_by_id"),
            status=acct.status,
            lifecycle_overridden=False,
            sales_stage=acct.sales_stage,
            rm_level=rm_level,
            relationship_mode=mode,
            owner=acct.owner,
            annual_revenue=float(revenue),
            employees=int(_log_uniform(rng, emp_lo, emp_hi)),
            phone=phone,
            website=website,
            tags=self._tags(rng, acct),
            hq_sales=None,
            hq_updated_at=None,
            notes=rng.choice(self.data.accounts["notes"]) if rng.random() < 0.4 else None,
        )

    def _tags(self, rng: random.Random, acct: _Acct) -> str | None:
        tags: list[str] = []
        if acct.is_group or acct.parent:
            tags.append("集团客户")
        if acct.grade == Grade.A and acct.is_customer_now:
            tags.append("重点客户")
        if acct.trend == "new":
            tags.append("新开发")
        if any(p["key"] == "ENERGYPRJ" for p in acct.products) and rng.random() < 0.6:
            tags.append("节能改造项目")
        if rng.random() < 0.45:
            tags.append(rng.choice(self.data.accounts["tags"]))
        return ",".join(dict.fromkeys(tags)) or None

    # --- contacts -------------------------------------------------------------------------

    def make_contacts(self) -> None:
        rng = random.Random("kam-demo/contacts")
        big = [a for a in self.accounts if a.grade == Grade.A and a.is_customer_now]
        showcase = {a.index for a in big[:5]}
        for acct in self.accounts:
            org = (
                self.data.roles["group_org"]
                if acct.is_group
                else self.data.roles["orgs"][acct.industry["org"]]
            )
            self._people(rng, acct, org, self._contact_count(rng, acct, acct.index in showcase))
            self._apply_gap(rng, acct)
        self._links(rng)

    def _contact_count(self, rng: random.Random, acct: _Acct, showcase: bool) -> int:
        if showcase:
            return rng.randint(10, 13)
        if acct.status == AccountStatus.PROSPECT:
            return rng.randint(1, 2) + (acct.spin_reach >= 2) + (acct.spin_reach >= 3)
        if acct.status != AccountStatus.CUSTOMER:
            return rng.randint(2, 3)
        low, high = {Grade.A: (6, 10), Grade.B: (3, 6), Grade.C: (2, 4), Grade.D: (1, 3)}[
            acct.grade
        ]
        return rng.randint(low, high)

    def _people(
        self, rng: random.Random, acct: _Acct, org: list[dict[str, Any]], count: int
    ) -> None:
        chosen: list[dict[str, Any]] = []
        for i, node in enumerate(org):
            if len(chosen) >= count:
                break
            if acct.gap == "no_decision" and node["level"] == "decision":
                continue
            if i >= 2 and rng.random() < 0.2:
                continue
            chosen.append(node)
        for node in org:  # the skipped ones, when the count still falls short
            if len(chosen) >= count:
                break
            if node not in chosen and not (
                acct.gap == "no_decision" and node["level"] == "decision"
            ):
                chosen.append(node)
        by_key = {node["key"]: node for node in org}
        people: dict[str, _Person] = {}
        taken: set[str] = set()
        for node in chosen:
            person = self._person(rng, acct, node, taken)
            people[node["key"]] = person
            acct.contacts.append(person)
        for person in acct.contacts:
            boss = person.node["under"]
            while boss is not None and boss not in people:
                boss = by_key[boss]["under"]
            person.reports_to = people[boss] if boss else None

    def _person(
        self, rng: random.Random, acct: _Acct, node: dict[str, Any], taken: set[str]
    ) -> _Person:
        people = self.data.people
        senior = node["level"] == "decision" or node["influence"] == "high"
        older = senior or (node["level"] == "influence" and rng.random() < 0.5)
        male = rng.random() < (0.75 if senior else 0.55)
        names = people["given_names"]["male" if male else "female"]["older" if older else "younger"]
        surnames = people["surnames"]
        while True:
            surname = _weighted(rng, [((s[0], s[1]), s[2]) for s in surnames])
            given = rng.choice(names)
            if surname[0] + given[0] not in taken:
                break
        taken.add(surname[0] + given[0])
        person = _Person(
            id=_uuid(f"contact/{acct.index + 1}/{len(acct.contacts) + 1}"),
            account=acct,
            node=node,
            name=surname[0] + given[0],
            pinyin=(surname[1], given[1]),
            older=older,
            influence=node["influence"],
        )
        person.level, person.attitude = self._standing(rng, acct, node)
        return person

    def _standing(self, rng: random.Random, acct: _Acct, node: dict[str, Any]) -> tuple[int, int]:
        level = node["level"]
        if acct.status == AccountStatus.CUSTOMER:
            low, high = {"decision": (2, 4), "influence": (2, 5), "execution": (1, 4)}[level]
            if acct.grade == Grade.A and level == "decision":
                low, high = 3, 5
            attitudes: tuple[tuple[int, int], ...] = ((2, 20), (1, 40), (0, 30), (-1, 10))
        elif acct.status == AccountStatus.PROSPECT:
            low, high = (1, 3) if acct.spin_reach >= 2 else (0, 2)
            attitudes = ((1, 25), (0, 55), (-1, 20))
        elif acct.status == AccountStatus.DORMANT:
            low, high = 1, 3
            attitudes = ((1, 20), (0, 50), (-1, 30))
        else:
            low, high = 0, 2
            attitudes = ((0, 40), (-1, 45), (-2, 15))
        rel = rng.randint(low, high)
        if node["key"] == "chairman" and not acct.is_group:
            rel = min(rel, 1)  # owners stay distant; the rep works through the general manager
        attitude = _weighted(rng, attitudes)
        if rel >= 4:
            attitude = max(attitude, 1)
        elif rel <= 1:
            attitude = min(attitude, 0)
        return rel, attitude

    def _apply_gap(self, rng: random.Random, acct: _Acct) -> None:
        people = acct.contacts
        if not people:
            return
        people[0].level = max(people[0].level, 1)  # someone always knows the rep
        deciders = [
            p for p in people if p.node["level"] == "decision" and p.node["key"] != "chairman"
        ]
        kdm = deciders[0] if deciders else None
        if kdm and not (acct.status == AccountStatus.PROSPECT and acct.spin_reach < 2):
            kdm.is_kdm = True
        gap = acct.gap
        if kdm and kdm.is_kdm:
            if gap == "opposed_kdm":
                kdm.attitude = -2 if rng.random() < 0.25 else -1
                kdm.level = min(kdm.level, 2)
            elif gap == "none":
                kdm.attitude = max(kdm.attitude, 1)
                kdm.level = max(kdm.level, 3)
        if gap == "opponent":
            rivals = [p for p in people if not p.is_kdm and p.node["level"] == "influence"]
            if rivals:
                rival = max(rivals, key=lambda p: p.influence == "high")
                rival.influence = "high"
                rival.attitude = -2 if rng.random() < 0.4 else -1
                rival.opponent_plan = rng.choice(self.data.accounts["opponent_plans"])
        if gap == "single":
            keep = max(people, key=lambda p: p.level)
            for p in people:
                if p is not keep:
                    p.level = min(p.level, 2)
        coachable = acct.status == AccountStatus.CUSTOMER or acct.spin_reach >= 2
        if gap not in ("no_coach", "single") and coachable:
            candidates = [
                p
                for p in people
                if not p.is_kdm and p.persona != "decider" and p.attitude >= 0 and p.level >= 1
            ]
            if candidates:
                coach = min(candidates, key=lambda p: (p.depth, -p.level))
                coach.is_coach = True
                coach.attitude = max(coach.attitude, 1)
                coach.level = max(coach.level, 3)
        if gap == "none" and sum(p.level >= 3 for p in people) < 2 and len(people) > 1:
            best = sorted(people, key=lambda p: -p.level)[:2]
            for p in best:
                p.level = max(p.level, 3)
        for p in people:
            if p.attitude < 0 and p.level >= 4:
                p.level = 3

    def _links(self, rng: random.Random) -> None:
        notes = self.data.accounts["contact_links"]
        for acct in self.accounts:
            if len(acct.contacts) < 5 or rng.random() > 0.45:
                continue
            top = [p for p in acct.contacts if p.node["level"] == "decision"]
            others = [p for p in acct.contacts if p.node["level"] != "decision"]
            if top and others:
                source, target = rng.choice(others), rng.choice(top)
                self._add(
                    ContactLink,
                    self.book_created + timedelta(days=rng.randint(30, 400)),
                    from_contact_id=source.id,
                    to_contact_id=target.id,
                    note=rng.choice(notes),
                )

    # --- visits ---------------------------------------------------------------------------

    def make_visits(self) -> None:
        rng = random.Random(f"kam-demo/visits/{self.today.isoformat()}")
        for acct in self.accounts:
            self._past_visits(rng, acct)
        self._reschedule_and_complaints(rng)
        self._planned_visits(rng)
        for acct in self.accounts:
            acct.visits.sort(key=lambda v: v.start)
            for visit, following in itertools.pairwise(acct.visits):
                gap = (following.day - visit.day).days
                if visit.done and 0 < gap <= 60 and rng.random() < 0.4:
                    visit.next_visit_on = visit.next_visit_on or following.day
        for visit in sorted((v for a in self.accounts for v in a.visits), key=lambda v: v.start):
            self._visit_rows(rng, visit)
        self._contact_rows(rng)

    def _visit_span(self, acct: _Acct) -> tuple[date, date]:
        start = max(self.history_start, acct.engaged_from or self.history_start)
        end = self.today - timedelta(days=1)
        if acct.lapse:
            end = min(end, acct.lapse + timedelta(days=45 if acct.trend == "lapsed" else 30))
        return start, end

    def _past_visits(self, rng: random.Random, acct: _Acct) -> None:
        start, end = self._visit_span(acct)
        if end <= start:
            return
        base = {Grade.A: (12, 18), Grade.B: (7, 11), Grade.C: (4, 7), Grade.D: (2, 4)}
        low, high = base[acct.grade]
        if acct.status == AccountStatus.PROSPECT:
            low, high = 2, 3 + acct.spin_reach
        elif acct.status in (AccountStatus.DORMANT, AccountStatus.LOST):
            low, high = 3, 5
        share = (end - start).days / HISTORY_DAYS
        count = max(2, round(rng.randint(low, high) * max(share, 0.35)))
        days = [start + timedelta(days=i) for i in range((end - start).days + 1)]
        days = [d for d in days if self._is_workday(d)]
        chosen = sorted(rng.sample(days, min(count, len(days))))
        funnel_end = acct.first_order if acct.trend == "new" else None
        reached = _funnel_reach(acct)
        pre = [
            d
            for d in chosen
            if acct.status == AccountStatus.PROSPECT or (funnel_end and d < funnel_end)
        ]
        for i, day in enumerate(chosen):
            if day in pre:
                steps = reached if acct.status == AccountStatus.PROSPECT else len(_FUNNEL)
                purpose = _FUNNEL[min(i * steps // max(len(pre), 1), steps - 1)]
            elif (
                acct.sales_stage in (SalesStage.EVALUATION, SalesStage.BID_CONTRACT)
                and (self.today - day).days < 120
            ):
                purpose = rng.choice(
                    (
                        VisitPurpose.NEEDS_RESEARCH,
                        VisitPurpose.SOLUTION_DEMO,
                        VisitPurpose.NEGOTIATION,
                    )
                )
            else:
                purpose = _weighted(rng, _CUSTOMER_PURPOSES)
            method = self._method(rng, acct, purpose)
            missed = 4 if method == VisitMethod.IN_PERSON else 1  # a trip can fail on the way
            status = _weighted(
                rng,
                (
                    (VisitStatus.DONE, 86),
                    (VisitStatus.CANCELLED, 5),
                    (VisitStatus.RESCHEDULED, 5),
                    (VisitStatus.MISSED, missed),
                ),
            )
            if i == 0 or purpose == VisitPurpose.CONTRACT:
                status = VisitStatus.DONE
            self._new_visit(rng, acct, day, purpose, status, first=i < 2, method=method)
        if acct.status == AccountStatus.DORMANT and rng.random() < 0.6:
            day = self._workday(self.today - timedelta(days=rng.randint(10, 60)))
            if day < self.today:
                self._new_visit(rng, acct, day, VisitPurpose.REVISIT, VisitStatus.DONE)
        self._greetings(rng, acct, start, end)

    def _greetings(self, rng: random.Random, acct: _Acct, start: date, end: date) -> None:
        if acct.status == AccountStatus.PROSPECT:
            return
        if acct.grade not in (Grade.A, Grade.B) and rng.random() > 0.3:
            return
        festivals = ("春节", "中秋节", "端午节") if acct.grade == Grade.A else ("春节", "中秋节")
        chance = 0.7 if acct.grade == Grade.A else 0.45
        for (_, name), day in sorted(self._festivals.items(), key=lambda kv: kv[1]):
            if name not in festivals:
                continue
            visit_day = self._workday(day - timedelta(days=rng.randint(2, 9)), forward=False)
            if start <= visit_day <= end and rng.random() < chance:
                visit = self._new_visit(
                    rng, acct, visit_day, VisitPurpose.HOLIDAY_GREETING, VisitStatus.DONE
                )
                visit.festival = name

    def _new_visit(
        self,
        rng: random.Random,
        acct: _Acct,
        day: date,
        purpose: VisitPurpose,
        status: VisitStatus,
        *,
        first: bool = False,
        method: VisitMethod | None = None,
    ) -> _Visit:
        if method is None:
            method = self._method(rng, acct, purpose)
        minutes = {
            VisitMethod.IN_PERSON: rng.choice((60, 90, 90, 120)),
            VisitMethod.VIDEO: rng.choice((45, 60, 90)),
            VisitMethod.EMAIL: 15,
        }.get(method, rng.choice((15, 20, 30, 40)))
        hour, minute = rng.choice(((9, 0), (9, 30), (10, 0), (10, 30), (14, 0), (14, 30),
                                   (15, 0), (15, 30), (16, 0)))  # fmt: skip
        visit = _Visit(
            id=_uuid(f"visit/{acct.index + 1}/{len(acct.visits) + 1}"),
            account=acct,
            start=_at(day, hour, minute),
            minutes=minutes,
            status=status,
            purpose=purpose,
            method=method,
            attendees=self._attendees(rng, acct, purpose, method, first),
        )
        acct.visits.append(visit)
        return visit

    def _method(self, rng: random.Random, acct: _Acct, purpose: VisitPurpose) -> VisitMethod:
        home = self.data.geography["home_base"]
        far = acct.place["province"] != home["province"]
        if purpose == VisitPurpose.HOLIDAY_GREETING:
            options = (
                (VisitMethod.IN_PERSON, 45),
                (VisitMethod.WECHAT, 35),
                (VisitMethod.PHONE, 20),
            )
        elif purpose in (VisitPurpose.REVISIT, VisitPurpose.AFTER_SALES):
            options = ((VisitMethod.IN_PERSON, 40 if far else 60), (VisitMethod.PHONE, 25),
                       (VisitMethod.WECHAT, 18), (VisitMethod.VIDEO, 10),
                       (VisitMethod.EMAIL, 7))  # fmt: skip
        elif purpose == VisitPurpose.FIRST_VISIT:
            options = ((VisitMethod.IN_PERSON, 70), (VisitMethod.PHONE, 12),
                       (VisitMethod.EVENT, 10), (VisitMethod.VIDEO, 8))  # fmt: skip
        else:
            options = ((VisitMethod.IN_PERSON, 65 if far else 85), (VisitMethod.VIDEO, 20),
                       (VisitMethod.PHONE, 8))  # fmt: skip
        return _weighted(rng, options)

    def _attendees(
        self,
        rng: random.Random,
        acct: _Acct,
        purpose: VisitPurpose,
        method: VisitMethod,
        first: bool,
    ) -> list[_Person]:
        known = [p for p in acct.contacts if p.level >= 1]
        if first:
            known = known[:2]
        if not known:
            return []
        wanted = 1
        if method in (VisitMethod.IN_PERSON, VisitMethod.VIDEO, VisitMethod.EVENT):
            wanted = _weighted(rng, ((1, 55), (2, 33), (3, 12)))
        preferred = _PREFERRED.get(purpose, set())
        pool = list(known)
        picked: list[_Person] = []
        while pool and len(picked) < wanted:
            weights = [(3 if p.persona in preferred else 1) * (1 + p.level / 2) for p in pool]
            person = rng.choices(pool, weights=weights)[0]
            pool.remove(person)
            picked.append(person)
        return picked

    def _reschedule_and_complaints(self, rng: random.Random) -> None:
        for acct in self.accounts:
            for visit in list(acct.visits):
                if visit.status != VisitStatus.RESCHEDULED:
                    continue
                day = self._workday(visit.day + timedelta(days=rng.randint(2, 9)))
                if day < self.today:
                    again = self._new_visit(
                        rng, acct, day, visit.purpose, VisitStatus.DONE, method=visit.method
                    )
                    again.attendees = list(visit.attendees)
                    visit.next_visit_on = day
        candidates = [
            v
            for a in self.accounts
            if a.status != AccountStatus.PROSPECT
            for v in a.visits
            if v.done and v.purpose in (VisitPurpose.REVISIT, VisitPurpose.AFTER_SALES)
        ]
        weights = [
            (3 if v.account.trend in ("declining", "lapsed", "lost") else 1)
            * (5 if (self.today - v.day).days < 50 else 1)  # some still being handled
            for v in candidates
        ]
        raised: list[_Visit] = []
        while len(raised) < 30 and candidates:
            visit = rng.choices(candidates, weights=weights)[0]
            i = candidates.index(visit)
            del candidates[i], weights[i]
            raised.append(visit)
        raised.sort(key=lambda v: v.start)
        for visit in raised:
            self._complaint(rng, visit, still_open=visit is raised[-1])  # the newest is open

    def _complaint(self, rng: random.Random, visit: _Visit, *, still_open: bool) -> None:
        category = _weighted(
            rng,
            (
                (ComplaintCategory.PRODUCT_QUALITY, 30),
                (ComplaintCategory.DELIVERY, 25),
                (ComplaintCategory.SERVICE_STAFF, 20),
                (ComplaintCategory.PRICE, 15),
                (ComplaintCategory.OTHER, 10),
            ),
        )
        severity = _weighted(
            rng,
            (
                (ComplaintSeverity.LOW, 25),
                (ComplaintSeverity.MEDIUM, 40),
                (ComplaintSeverity.HIGH, 25),
                (ComplaintSeverity.CRITICAL, 10),
            ),
        )
        texts = self.data.visits["complaints"][category.value]
        k = rng.randrange(len(texts["descriptions"]))
        opened = visit.day
        resolved: date | None = self._workday(opened + timedelta(days=rng.randint(2, 35)))
        still_open = still_open or resolved >= self.today or rng.random() < 0.03
        if still_open:
            resolved = None
        visit.satisfaction = rng.randint(1, 3)
        self._add(
            Complaint,
            visit.start + timedelta(hours=3),
            _at(resolved, 17) if resolved else None,
            visit_id=visit.id,
            account_id=visit.account.id,
            category=category,
            severity=severity,
            status=ComplaintStatus.OPEN if still_open else ComplaintStatus.RESOLVED,
            opened_on=opened,
            resolved_on=resolved,
            description=self._text(rng, texts["descriptions"][k], visit.account, None),
            resolution=texts["resolutions"][min(k, len(texts["resolutions"]) - 1)]
            if resolved
            else None,
        )
        handle_day = self._workday(opened + timedelta(days=rng.randint(1, 5)))
        if rng.random() < 0.8:
            done = handle_day < self.today
            again = self._new_visit(
                rng,
                visit.account,
                handle_day,
                VisitPurpose.COMPLAINT_HANDLING,
                VisitStatus.DONE if done else VisitStatus.PLANNED,
            )
            again.attendees = list(visit.attendees)
            again.satisfaction = rng.randint(2, 4) if done else None

    def _planned_visits(self, rng: random.Random) -> None:
        active = [
            a
            for a in self.accounts
            if (a.status == AccountStatus.CUSTOMER and a.grade in (Grade.A, Grade.B))
            or (a.status == AccountStatus.PROSPECT and a.spin_reach >= 2)
        ]
        future = [self.today + timedelta(days=i) for i in range(1, PLAN_DAYS + 1)]
        future = [d for d in future if self._is_workday(d)]
        count = rng.randint(17, 22)
        chosen = rng.sample(active, min(count, len(active)))
        for acct in chosen:
            day = rng.choice(future)
            self._planned(rng, acct, day)
        for acct in rng.sample(active, 4):  # a few the rep never got round to: overdue
            day = self._workday(self.today - timedelta(days=rng.randint(2, 12)), forward=False)
            self._planned(rng, acct, day)

    def _planned(self, rng: random.Random, acct: _Acct, day: date) -> None:
        if acct.status == AccountStatus.PROSPECT:
            purpose = _FUNNEL[min(_funnel_reach(acct), len(_FUNNEL) - 1)]
        else:
            purpose = _weighted(
                rng,
                (
                    (VisitPurpose.REVISIT, 40),
                    (VisitPurpose.AFTER_SALES, 20),
                    (VisitPurpose.NEGOTIATION, 15),
                    (VisitPurpose.SOLUTION_DEMO, 15),
                    (VisitPurpose.NEEDS_RESEARCH, 10),
                ),
            )
        method = _weighted(
            rng, ((VisitMethod.IN_PERSON, 70), (VisitMethod.VIDEO, 15), (VisitMethod.PHONE, 15))
        )
        self._new_visit(rng, acct, day, purpose, VisitStatus.PLANNED, method=method)

    def _visit_rows(self, rng: random.Random, visit: _Visit) -> None:
        acct = visit.account
        texts = self.data.visits["purposes"][visit.purpose.value]
        who = visit.attendees[0] if visit.attendees else None

        def say(options: list[str]) -> str:
            return self._text(rng, rng.choice(options), acct, who, visit.festival or "春节")

        planned = visit.status == VisitStatus.PLANNED
        in_person = visit.method == VisitMethod.IN_PERSON
        end = visit.start + timedelta(minutes=visit.minutes)
        plan_ahead = timedelta(days=rng.randint(2, 14), hours=rng.randint(1, 8))
        created = min(visit.start - plan_ahead, _at(self.today, 8) - timedelta(hours=2))
        updated = created
        row: dict[str, Any] = {
            "id": visit.id,
            "account_id": acct.id,
            "owner": acct.owner,
            "planned_start": visit.start,
            "planned_end": end,
            "done_at": None,
            "status": visit.status,
            "method": visit.method,
            "purpose": visit.purpose,
            "colleagues": None,
            "objectives": None,
            "expected_result": None,
            "preparation": None,
            "materials": [],
            "outcome": None,
            "notes": None,
            "satisfaction": None,
            "next_visit_on": visit.next_visit_on,
            "address": acct.place["address"] if in_person else None,
            "travel_notes": None,
        }
        if planned or in_person or rng.random() < 0.4:
            row["objectives"] = say(texts["objectives"])
            row["expected_result"] = say(texts["expected_results"])
        if in_person and (planned or rng.random() < 0.3):
            prep = rng.sample(self.data.visits["planned"]["preparation"], 2)
            row["preparation"] = "\n".join(self._text(rng, p, acct, who) for p in prep)
            items = rng.sample(self.data.visits["planned"]["materials"], rng.randint(3, 5))
            row["materials"] = [
                {"item": item, "done": not planned or rng.random() < 0.4} for item in items
            ]
            row["travel_notes"] = self._travel(rng, acct)
        if in_person and (
            visit.purpose in (VisitPurpose.NEEDS_RESEARCH, VisitPurpose.SOLUTION_DEMO)
            or rng.random() < 0.2
        ):
            row["colleagues"] = rng.choice(self.data.people["our_colleagues"])
        if visit.done:
            row["done_at"] = end + timedelta(minutes=rng.randint(-10, 25))
            outcomes = texts["outcomes"] if in_person else texts.get("remote_outcomes")
            row["outcome"] = say(outcomes or texts["outcomes"])
            row["notes"] = say(texts["notes"]) if rng.random() < 0.75 else None
            if visit.satisfaction is None and rng.random() < 0.7:
                visit.satisfaction = _weighted(rng, ((5, 35), (4, 45), (3, 15), (2, 5)))
            row["satisfaction"] = visit.satisfaction
            updated = row["done_at"] + timedelta(hours=rng.randint(1, 30))
            self._next_steps(rng, visit, texts["next_steps"], who)
        elif visit.status != VisitStatus.PLANNED:
            kind = visit.status.value
            if visit.status == VisitStatus.MISSED and not in_person:
                kind = "missed_remote"
            reasons = self.data.visits["status_reasons"][kind]
            row["notes"] = self._text(rng, rng.choice(reasons), acct, who)
            updated = visit.start - timedelta(hours=rng.randint(2, 40))
        updated = min(max(updated, created), _at(self.today, 7))
        self._add(Visit, created, updated, **row)
        for person in visit.attendees:
            self._add(VisitAttendee, created, visit_id=visit.id, contact_id=person.id)
        if planned:
            self._visit_questions(rng, visit, created)

    def _travel(self, rng: random.Random, acct: _Acct) -> str:
        home = self.data.geography["home_base"]
        notes = self.data.geography["travel_notes"]
        if acct.place["city"] == home["city"]:
            kind = "same_city"
        elif acct.place["province"] == home["province"]:
            kind = "same_province"
        else:
            kind = "far"
        return rng.choice(notes[kind]).format(
            minutes=rng.choice((20, 30, 40, 50)), hours=rng.choice((1, 1.5, 2, 3, 4))
        )

    def _next_steps(
        self, rng: random.Random, visit: _Visit, options: list[str], who: _Person | None
    ) -> None:
        if rng.random() > 0.65:
            return
        acct = visit.account
        for text in rng.sample(options, 2 if rng.random() < 0.15 else 1):
            due = visit.day + timedelta(days=rng.randint(3, 20))
            age = (self.today - due).days
            done = rng.random() < (
                0.985 if age > 30 else 0.85 if age > 5 else 0.4 if age > 0 else 0.1
            )
            done_on = None
            if done:
                done_on = self._workday(due + timedelta(days=rng.randint(-4, 3)), forward=False)
                done_on = min(max(done_on, visit.day), self.today - timedelta(days=1))
            owner = acct.owner
            if rng.random() < 0.15:
                owner = rng.choice(self.data.people["our_colleagues"]).split(" ")[-1]
            self._add(
                NextStep,
                visit.start + timedelta(hours=4),
                _at(done_on, 18) if done_on else None,
                visit_id=visit.id,
                account_id=acct.id,
                text=self._text(rng, text, acct, who),
                owner=owner,
                due_on=due,
                done=done,
                done_on=done_on,
            )

    def _visit_questions(self, rng: random.Random, visit: _Visit, created: datetime) -> None:
        stages = list(SpinStage)
        stage = stages[min(visit.account.spin_reach, len(stages) - 1)]
        bank = [i for i, q in enumerate(SEED_QUESTIONS) if q.stage == stage]
        for position, index in enumerate(rng.sample(bank, rng.randint(2, 4))):
            self._add(
                VisitQuestion,
                created,
                visit_id=visit.id,
                question_id=_uuid(f"spin_question/{index + 1}"),
                position=position,
            )

    def _contact_rows(self, rng: random.Random) -> None:
        people = self.data.people
        for acct in self.accounts:
            for p in sorted(acct.contacts, key=lambda p: p.depth):  # bosses first: foreign keys
                surname_py, given_py = p.pinyin
                born = rng.randint(1964, 1979) if p.older else rng.randint(1980, 1999)
                mobile = f"{rng.choice(_MOBILE_PREFIXES)}{rng.randint(0, 99999999):08d}"
                email = None
                if rng.random() < 0.6:
                    email = rng.choice(
                        (
                            f"{surname_py}{given_py}@{acct.domain}",
                            f"{given_py}.{surname_py}@{acct.domain}",
                            f"{rng.randint(10000000, 2999999999)}@qq.com",
                            f"{surname_py}{given_py}{born % 100:02d}@"
                            + rng.choice(people["email_domains"][1:]),
                        )
                    )
                wechat = None
                if rng.random() < 0.75:
                    wechat = rng.choice(
                        (
                            f"{surname_py}_{given_py}{born % 100:02d}",
                            mobile,
                            f"{given_py}{surname_py}",
                        )
                    )
                phone = None
                if rng.random() < 0.4:
                    phone = _landline(rng, acct.place["area_code"])
                    if rng.random() < 0.3:
                        phone += f"转{rng.randint(100, 899)}"
                persona = self.data.roles["personas"][p.persona]
                roles = list(p.node["roles"])
                if p.is_coach and "influencer" not in roles:
                    roles.append("influencer")
                met = [v.day for v in acct.visits if v.done and p in v.attendees]
                first = min([*met, self._first_met(rng, acct, p)]) if p.level else None
                created = _at(first or self._visit_span(acct)[0], 18)
                self._add(
                    Contact,
                    created,
                    _at(max(met), 20) if met else None,
                    id=p.id,
                    account_id=acct.id,
                    name=p.name,
                    title=p.title,
                    department=p.node["department"],
                    reports_to_id=p.reports_to.id if p.reports_to else None,
                    decision_level=DecisionLevel(p.node["level"]),
                    buying_roles=roles,
                    is_key_decision_maker=p.is_kdm,
                    is_coach=p.is_coach,
                    attitude=Attitude(p.attitude),
                    influence=Influence(p.influence),
                    relationship_level=p.level,
                    personal_wins=rng.choice(persona["wins"]) if rng.random() < 0.7 else None,
                    concerns=rng.choice(persona["concerns"]) if rng.random() < 0.6 else None,
                    phone=phone,
                    mobile=mobile if rng.random() < 0.92 else None,
                    email=email,
                    wechat=wechat,
                    birthday=date(born, rng.randint(1, 12), rng.randint(1, 28))
                    if rng.random() < 0.65
                    else None,
                    interests="、".join(rng.sample(people["interests"], rng.randint(1, 2)))
                    if rng.random() < 0.6
                    else None,
                    notes=None,
                    opponent_plan=p.opponent_plan,
                    last_contact_on=max(met) if met else None,
                )
                p.first_met = first

    def _first_met(self, rng: random.Random, acct: _Acct, p: _Person) -> date:
        """When a contact the rep knows but never met in a logged visit was first reached."""
        start, end = self._visit_span(acct)
        end = max(start, min(end, self.today - timedelta(days=20)))
        return start + timedelta(days=rng.randint(0, max((end - start).days, 0)))

    # --- relationship history and SPIN --------------------------------------------------

    def make_relationship_history(self) -> None:
        rng = random.Random(f"kam-demo/relationships/{self.today.isoformat()}")
        reasons = self.data.accounts["relationship_reasons"]
        for acct in self.accounts:
            for p in acct.contacts:
                first = p.first_met
                if not p.level or first is None:
                    continue
                path = list(range(1, p.level + 1))
                if (
                    p.level < 5
                    and acct.trend in ("declining", "lapsed", "lost")
                    and rng.random() < 0.5
                ):
                    path = [*range(1, p.level + 2), p.level]  # climbed higher, then slid back
                elif p.level >= 3 and rng.random() < 0.12:
                    path = [*range(1, p.level + 1), p.level - 1, p.level]  # a dip, recovered
                met = [(v.day, v.id) for v in acct.visits if v.done and p in v.attendees]
                moments = self._moments(rng, first, met, len(path))
                previous = 0
                for level, (day, visit_id) in zip(path, moments, strict=True):
                    if level > previous:
                        reason = rng.choice(reasons["up"][str(level)])
                    else:
                        reason = rng.choice(reasons["down"])
                    self._add(
                        RelationshipChange,
                        _at(day, 19),
                        contact_id=p.id,
                        changed_on=day,
                        aspect="level",
                        from_value=previous,
                        to_value=level,
                        reason=self._text(rng, reason, acct, p),
                        visit_id=visit_id,
                    )
                    previous = level
                if p.attitude != 0 and rng.random() < 0.35 and len(moments) > 1:
                    before = p.attitude - (1 if p.attitude > 0 else -1)
                    day, visit_id = moments[-1]
                    key = "attitude_up" if p.attitude > before else "attitude_down"
                    self._add(
                        RelationshipChange,
                        _at(day, 19, 30),
                        contact_id=p.id,
                        changed_on=day,
                        aspect="attitude",
                        from_value=before,
                        to_value=p.attitude,
                        reason=rng.choice(reasons[key]),
                        visit_id=visit_id,
                    )

    def _moments(
        self, rng: random.Random, first: date, met: list[tuple[date, str]], count: int
    ) -> list[tuple[date, str | None]]:
        """``count`` distinct, increasing dates from ``first``: visits where possible."""
        by_day: dict[date, str | None] = {}
        for day, visit_id in met:
            by_day.setdefault(day, visit_id)
        by_day.setdefault(first, None)
        later = sorted(d for d in by_day if d > first)
        span = max((self.today - first).days - 1, 1)
        while len(later) < count - 1:
            day = first + timedelta(days=rng.randint(1, span))
            if day not in by_day and day < self.today:
                by_day[day] = None
                later.append(day)
            if len(by_day) > span:
                break
        later = sorted(rng.sample(sorted(later), min(count - 1, len(later))))
        days = [first, *later]
        while len(days) < count:  # only when the span is shorter than the climb
            days.append(days[-1])
        return [(d, by_day[d]) for d in days]

    def make_spin_notes(self) -> None:
        rng = random.Random(f"kam-demo/spin/{self.today.isoformat()}")
        for position, question in enumerate(SEED_QUESTIONS):
            self._add(
                SpinQuestion,
                self.book_created,
                id=_uuid(f"spin_question/{position + 1}"),
                stage=question.stage,
                text_zh=question.zh,
                text_en=question.en,
                seeded=True,
                position=sum(1 for q in SEED_QUESTIONS[:position] if q.stage == question.stage),
            )
        stages = list(SpinStage)
        for acct in self.accounts:
            talks = [
                v
                for v in acct.visits
                if v.done and v.attendees and v.purpose != VisitPurpose.HOLIDAY_GREETING
            ]
            if not talks or not acct.spin_reach:
                continue
            reach = stages[: acct.spin_reach]
            per_stage = 3 if acct.grade == Grade.A else 2
            for k, stage in enumerate(reach):
                lo = k * len(talks) // len(reach)
                hi = max((k + 1) * len(talks) // len(reach), lo + 1)
                segment = talks[lo:hi]
                pairs = rng.sample(self.data.spin[stage.value], rng.randint(1, per_stage))
                picks = sorted(rng.choices(segment, k=len(pairs)), key=lambda v: v.start)
                for (question, answer), visit in zip(pairs, picks, strict=True):
                    who = rng.choice(visit.attendees)
                    self._add(
                        SpinNote,
                        visit.start + timedelta(hours=5),
                        account_id=acct.id,
                        visit_id=visit.id,
                        contact_id=who.id,
                        stage=stage,
                        question=question,
                        answer=self._text(rng, answer, acct, who),
                        confirmed=rng.random() < (0.7 if stage == SpinStage.NEED_PAYOFF else 0.3),
                        noted_on=visit.day,
                    )

    # --- orders and value -----------------------------------------------------------------

    def make_orders(self) -> None:
        rng = random.Random(f"kam-demo/orders/{self.today.isoformat()}")
        model = default_value_model()
        self._add(
            ValueModel,
            self.book_created,
            name=model["name"],
            weights=model["weights"],
            is_default=True,
        )
        refs: dict[date, int] = {}
        for acct in self.accounts:
            orders = self._believable_orders(rng, acct)
            monthly: dict[str, float] = {}
            for day, product, amount, quantity in sorted(orders, key=lambda o: o[0]):
                refs[day] = refs.get(day, 0) + 1
                self._add(
                    SalesOrder,
                    _at(day, 11),
                    account_id=acct.id,
                    order_date=day,
                    amount=amount,
                    product=product["name"],
                    quantity=quantity,
                    repurchase_cycle_days=product["repurchase_cycle_days"],
                    source=RecordSource.HQ,
                    hq_ref=f"SO{day:%Y%m%d}{refs[day]:03d}",
                )
                monthly[month_of(day)] = monthly.get(month_of(day), 0.0) + amount
            self._value_records(rng, acct, monthly)
            first_seen = min(
                [self.book_created.date(), *(v.day for v in acct.visits), *(o[0] for o in orders)]
            )
            created = _at(first_seen - timedelta(days=rng.randint(1, 20)), 10)
            if acct.status != AccountStatus.PROSPECT and acct.trend != "new":
                created = self.book_created + timedelta(minutes=acct.index)  # the first HQ import
            updated = max(created, _at(self.today - timedelta(days=rng.randint(1, 90)), 16))
            self._add(Account, created, updated, **acct.row)

    def _believable_orders(self, rng: random.Random, acct: _Acct) -> list[_Order]:
        """Orders whose monthly totals tell the account's intended lifecycle story.

        Orders are discrete, so a draw can read as a trend the account was not meant to have
        (two deliveries in one half-year, three in the next); redraw until the book's own
        lifecycle rule sees the intended stage.
        """
        if acct.status == AccountStatus.PROSPECT:
            return []
        expected = _STAGE_OF_TREND[acct.trend]
        orders = self._orders(rng, acct)
        for _ in range(40):
            if self._stage(orders) == expected:
                break
            orders = self._orders(rng, acct)
        return orders

    def _stage(self, orders: list[_Order]) -> LifecycleStage | None:
        monthly: dict[str, float] = {}
        for day, _, amount, _ in orders:
            monthly[month_of(day)] = monthly.get(month_of(day), 0.0) + amount
        days = [o[0] for o in orders]
        history = history_from_monthly(
            monthly,
            self.today,
            first_order_on=min(days, default=None),
            last_order_on=max(days, default=None),
        )
        return lifecycle_stage(history, self.today)

    def _orders(self, rng: random.Random, acct: _Acct) -> list[_Order]:
        first = acct.first_order or self.window_start
        last = acct.lapse or self.today - timedelta(days=1)
        recurring = [p for p in acct.products if p["repurchase_cycle_days"]]
        weights = [1.0 if p["kind"] == "consumable" else 0.4 for p in recurring]
        total = sum(weights)
        orders: list[_Order] = []
        for product, weight in zip(recurring, weights, strict=True):
            share = weight / total
            cycle = product["repurchase_cycle_days"]
            day = self._workday(first + timedelta(days=rng.randrange(0, min(cycle, 45))))
            while day <= last:
                factor = self._trend(acct, day) * rng.uniform(0.85, 1.15)
                price = product["unit_price"]
                due = acct.budget * share * cycle / 365 * factor
                if price is None:  # service fees, invoiced per period
                    amount, quantity = due, 1.0
                else:
                    quantity = float(max(1, round(due / price)))
                    amount = quantity * price * acct.discount
                orders.append((day, product, round(amount, 2), quantity))
                day = self._workday(day + timedelta(days=round(cycle * rng.uniform(0.85, 1.15))))
        one_off = [p for p in acct.products if not p["repurchase_cycle_days"]]
        if one_off and (acct.trend in ("growing", "new") or rng.random() < 0.35):
            product = rng.choice(one_off)
            if acct.trend == "new":
                day = acct.first_order or first
            elif acct.trend == "growing":
                day = self.today - timedelta(days=rng.randint(20, 150))
            else:  # older than the lifecycle windows, so it does not fake a trend
                day = self.window_start + timedelta(days=rng.randint(0, 300))
            day = self._workday(day)
            if first <= day <= last:
                if product["unit_price"] is None:
                    quantity, amount = 1.0, acct.budget * rng.uniform(0.5, 1.2)
                else:
                    quantity = float(rng.randint(1, 3))
                    amount = quantity * product["unit_price"] * acct.discount
                orders.append((day, product, round(amount, 2), quantity))
        return orders

    def _trend(self, acct: _Acct, day: date) -> float:
        x = (day - self.window_start).days / max((self.today - self.window_start).days, 1)
        season = {1: 1.05, 2: 0.7, 3: 1.05, 12: 1.1}.get(day.month, 1.0)
        level = {
            "growing": 0.55 + 0.8 * x,
            "declining": 1.3 - 0.85 * x,
            "lapsed": 1.1 - 0.4 * x,
            "lost": 1.0 - 0.3 * x,
        }.get(acct.trend, 1.0)
        if acct.trend == "new" and acct.first_order and (day - acct.first_order).days < 30:
            level = 0.7
        return level * season

    def _value_records(self, rng: random.Random, acct: _Acct, monthly: dict[str, float]) -> None:
        if acct.status == AccountStatus.PROSPECT:
            return
        month = self.value_first_month
        if acct.first_order:
            month = max(month, month_of(acct.first_order))
        visits_by_month: dict[str, list[_Visit]] = {}
        for visit in acct.visits:
            if visit.done:
                visits_by_month.setdefault(month_of(visit.day), []).append(visit)
        while month <= self.value_last_month:
            sales = round(monthly.get(month, 0.0), 2)
            # kept inside 12-38 % and 75-105 % even after rounding to 1 元
            margin = min(max(acct.margin + rng.gauss(0, 0.015), 0.125), 0.375)
            collected = min(max(acct.collect + rng.gauss(0, 0.04), 0.76), 1.04)
            served = visits_by_month.get(month, [])
            cost = 0.05 + sum(0.12 if v.method == VisitMethod.IN_PERSON else 0.02 for v in served)
            stamp = _at(month_start(shift_month(month, 1)) + timedelta(days=6), 10)
            self._add(
                ValueRecord,
                stamp,
                account_id=acct.id,
                month=month,
                sales=sales,
                gross_margin=round(sales * margin, 4),
                collected=round(sales * collected, 4),
                cost_to_serve=round(cost, 2),
                source=RecordSource.HQ,
            )
            month = shift_month(month, 1)
        if acct.status != AccountStatus.PROSPECT:
            recent = [shift_month(self.value_last_month, -i) for i in range(12)]
            acct.row["hq_sales"] = round(sum(monthly.get(m, 0.0) for m in recent), 1)
            acct.row["hq_updated_at"] = _at(
                month_start(month_of(self.today)) + timedelta(days=6), 10
            )


# --- small helpers ----------------------------------------------------------------------------


def _by_weight(items: list[dict[str, Any]]) -> list[tuple[dict[str, Any], float]]:
    return [(item, float(item["weight"])) for item in items]


def _short_cycle(product: dict[str, Any]) -> bool:
    cycle = product["repurchase_cycle_days"]
    return bool(cycle) and cycle <= 90


def _funnel_reach(acct: _Acct) -> int:
    """How many funnel steps a prospect has gone through (from its sales stage)."""
    for stage, steps, _ in _PROSPECT_STAGES:
        if stage == acct.sales_stage:
            return steps
    return len(_FUNNEL)


def _landline(rng: random.Random, area_code: str) -> str:
    return f"{area_code}-{rng.randint(2, 8)}{rng.randint(0, 9999999):07d}"


def _log_uniform(rng: random.Random, low: float, high: float) -> float:
    return math.exp(rng.uniform(math.log(low), math.log(high)))


_ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)  # GB 11714 organisation code


def _credit_code(rng: random.Random, region: str) -> str:
    """A valid 统一社会信用代码: enterprise (91), region, organisation code, check character."""
    alphabet = credit_code.ALPHABET
    if rng.random() < 0.55:
        body = "MA" + "".join(rng.choice(alphabet) for _ in range(6))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    total = sum(
        (int(ch) if ch.isdigit() else ord(ch) - 55) * w
        for ch, w in zip(body, _ORG_WEIGHTS, strict=True)
    )
    check = 11 - total % 11
    org = body + ("X" if check == 10 else "0" if check == 11 else str(check))
    first17 = f"91{region}{org}"
    return first17 + credit_code.check_character(first17)
