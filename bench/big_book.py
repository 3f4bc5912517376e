"""A big, realistic account book for the speed benchmark (issue 3, item 11).

``make_big_book`` opens a new book through ``open_book`` (so the schema and migrations are the
real ones) and fills it with SQLAlchemy Core ``insert()`` executemany batches, one transaction per
table. The ORM is skipped on purpose: a million ``Session.add`` calls would take many minutes.
Rows therefore carry their sync columns explicitly, in the stored form (``UTCDateTime`` text,
enumeration codes, ``0``/``1`` booleans, JSON text), written through a column-name-only view of
each real table so no per-value type conversion runs. Derived caches (value score and tier,
lifecycle stage, last visit, 12-month sales) come from the real ``refresh_derived``.

Names are built from the demo book's vocabulary (``resources/demo``): a brand word, a city or
province and a business word, as the demo's name patterns do. Brands are the 90 demo brands
(about 40 % of accounts, so a two-character search such as 恒远 finds a few hundred) plus a few
thousand 2-4 character words made from the same characters (the long tail).

Run ``python -m bench.big_book [--accounts N] [--rebuild]`` to build (or find) the cached book.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import operator
import random
import sys
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repo root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Table, column, insert, table
from sqlalchemy.engine import Connection

from kam_desktop import resources
from kam_desktop.db import migrate
from kam_desktop.db.book import Book, open_book
from kam_desktop.db.models import Account, Contact, ValueRecord, Visit
from kam_desktop.db.search_docs import search_index_deferred
from kam_desktop.domain.accounts import credit_code
from kam_desktop.domain.enums import (
    AccountSource,
    AccountStatus,
    Attitude,
    DecisionLevel,
    Grade,
    Influence,
    RecordSource,
    RelationshipMarketingLevel,
    RelationshipMode,
    SalesStage,
    SizeClass,
    VisitMethod,
    VisitPurpose,
    VisitStatus,
)
from kam_desktop.services.value.derived import refresh_derived

OUT_DIR = Path(__file__).resolve().parent / "out"
BUILDER_VERSION = 2  # bump when the generated data changes, so cached books are rebuilt
BATCH = 10_000
EPOCH = date(1970, 1, 1)
DAY = 86400


# --- helpers ---------------------------------------------------------------------------------


class _Pick:
    """Weighted choice with precomputed cumulative weights (``random.choices`` is slower)."""

    def __init__(self, rng: random.Random, items: Sequence[Any], weights: Sequence[float]) -> None:
        self._rng = rng
        self._items = list(items)
        self._cum = list(itertools.accumulate(weights))
        self._total = self._cum[-1]

    def __call__(self) -> Any:
        return self._items[bisect.bisect(self._cum, self._rng.random() * self._total)]


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_DAYS: dict[int, str] = {}


def _day(days_since_epoch: int) -> str:
    """``YYYY-MM-DD`` of a day number (cached: a book spans a few thousand days)."""
    text = _DAYS.get(days_since_epoch)
    if text is None:
        text = _DAYS[days_since_epoch] = (EPOCH + timedelta(days=days_since_epoch)).isoformat()
    return text


def _ts(seconds: float) -> str:
    """A POSIX time as ``UTCDateTime`` stores it (``datetime.strftime`` is 3x slower)."""
    whole = int(seconds)
    day, rest = divmod(whole, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    micros = int((seconds - whole) * 1_000_000)
    return f"{_day(day)}T{hours:02d}:{minutes:02d}:{secs:02d}.{micros:06d}Z"


def _plain(model_table: Table) -> Any:
    """The real table's name and columns, without types: values go to SQLite as given."""
    return table(model_table.name, *(column(c.name) for c in model_table.columns))


def _load(name: str) -> Any:
    return json.loads(resources.path(f"resources/demo/{name}.json").read_text(encoding="utf-8"))


def _short(place: str) -> str:
    """杭州市 -> 杭州, 浙江省 -> 浙江 (as company names use them)."""
    return place[:-1] if len(place) > 2 and place[-1] in "市省" else place


def _insert_batches(conn: Connection, model_table: Table, rows: Iterator[dict[str, Any]]) -> int:
    """Insert ``rows`` (dicts naming every column) in executemany batches; returns the count.

    The Core ``insert()`` is compiled once and run with positional tuples: SQLAlchemy's
    per-row dict processing would otherwise cost as much as SQLite's own work.
    """
    names = [c.name for c in model_table.columns]
    sql = str(insert(_plain(model_table)).compile(dialect=conn.dialect))
    as_tuple = operator.itemgetter(*names)
    count = 0
    for batch in _chunks(rows):
        if count == 0:
            missing = set(names) ^ set(batch[0])
            if missing:
                raise ValueError(f"{model_table.name}: columns not set or unknown: {missing}")
        conn.exec_driver_sql(sql, [as_tuple(row) for row in batch])
        count += len(batch)
    return count


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    while batch := list(itertools.islice(rows, BATCH)):
        yield batch


# --- vocabulary ------------------------------------------------------------------------------


class _Vocabulary:
    def __init__(self, rng: random.Random) -> None:
        names = _load("company_names")
        demo_brands = [b for b, _ in names["brands"]]
        chars = sorted({ch for b in demo_brands for ch in b})
        generated: set[str] = set()
        while len(generated) < 4000:
            size = rng.choices((2, 3, 4), weights=(6, 3, 1))[0]
            word = "".join(rng.choice(chars) for _ in range(size))
            if word not in demo_brands:
                generated.add(word)
        tail = sorted(generated)
        # 40 % of accounts share the 90 demo brands; the long tail shares the rest.
        self.brand = _Pick(
            rng,
            demo_brands + tail,
            [40 / len(demo_brands)] * len(demo_brands) + [60 / len(tail)] * len(tail),
        )
        self.suffix = _Pick(rng, *zip(*names["suffixes"], strict=True))
        self.pattern = _Pick(rng, *zip(*names["patterns"], strict=True))

        geo = _load("geography")
        places = []
        weights = []
        for province in geo["provinces"]:
            for city in province["cities"]:
                places.append((province["name"], city["name"], city["districts"]))
                weights.append(province["weight"] * city["weight"])
        self.place = _Pick(rng, places, weights)

        industries = _load("industries")["industries"]
        self.industry = _Pick(rng, industries, [i["weight"] for i in industries])

        people = _load("people")
        self.surname = _Pick(
            rng, [s[:2] for s in people["surnames"]], [s[2] for s in people["surnames"]]
        )
        self.given = [
            (sex, g)
            for sex, ages in people["given_names"].items()
            for names_ in ages.values()
            for g in names_
        ]
        self.interests = people["interests"]
        self.email_domains = people["email_domains"]
        self.owners = [str(people["owner"])]
        while len(self.owners) < 24:  # a regional team sharing one consolidated book
            surname, _ = self.surname()
            given = rng.choice(self.given)[1][0]
            if f"{surname}{given}" not in self.owners:
                self.owners.append(f"{surname}{given}")

        self.roles = _load("roles")["orgs"]
        account_texts = _load("accounts")
        self.tags = account_texts["tags"]
        self.notes = account_texts["notes"]
        self.visits = _load("visits")


# --- rows ------------------------------------------------------------------------------------


def _credit_code(district_code: str, n: int) -> str:
    """A valid, unique 统一社会信用代码: enterprise (91), district, serial, check character."""
    body = f"91{district_code}{n:09d}"[:17]
    return body + credit_code.check_character(body)


def _account_rows(
    rng: random.Random, voc: _Vocabulary, count: int, device: str, now: float, out: list[Any]
) -> Iterator[dict[str, Any]]:
    grade = _Pick(rng, list(Grade), (1, 3, 4, 2))
    size = _Pick(rng, list(SizeClass), (1, 3, 4, 2))
    # Prospects never ordered; everyone else has monthly value records (see _value_rows).
    status = _Pick(rng, list(AccountStatus), (50, 30, 8, 12))
    source = _Pick(rng, list(AccountSource), (1, 3, 1, 2, 1, 4))
    sales_stage = _Pick(rng, list(SalesStage), (1, 2, 2, 2, 1, 1, 1))
    rm = _Pick(rng, list(RelationshipMarketingLevel), (5, 3, 1))
    mode = _Pick(rng, list(RelationshipMode), (2, 3, 3, 2, 1))
    revenue_base = {
        SizeClass.LARGE: 80_000,
        SizeClass.MEDIUM: 15_000,
        SizeClass.SMALL: 3_000,
        SizeClass.MICRO: 500,
    }
    span = 5 * 365 * DAY
    for n in range(1, count + 1):
        province, city, districts = voc.place()
        district = rng.choice(districts)
        industry = voc.industry()
        brand = voc.brand()
        business = rng.choice(industry["business"])
        name = voc.pattern().format(
            city=_short(city),
            province=_short(province),
            brand=brand,
            business=business,
            suffix=voc.suffix(),
        )
        created = now - rng.random() * span
        updated = created + (now - created) * rng.random()
        sz = size()
        st = status()
        account_id = _uuid(rng)
        owner = rng.choice(voc.owners)
        out.append((account_id, st, sz, owner))
        hq = rng.random() < 0.7
        yield {
            "id": account_id,
            "created_at": _ts(created),
            "updated_at": _ts(updated),
            "updated_by": device,
            "revision": rng.randint(1, 6),
            "deleted_at": None,
            "code": f"{n:07d}",
            "name": name,
            "name_key": None,  # pinyin key: computed by the app connection's trigger (0006)
            "credit_code": _credit_code(district["code"], n) if rng.random() < 0.8 else None,
            "hq_grade": grade().value if hq else None,
            "size_class": sz.value,
            "hq_sales": round(revenue_base[sz] * rng.uniform(0.01, 0.05), 1) if hq else None,
            "hq_updated_at": _ts(updated) if hq else None,
            "short_name": f"{brand}{industry['short']}",
            "parent_id": None,
            "province": province,
            "city": city,
            "district": district["name"],
            "address": f"{city}{district['name']}{rng.choice(district['streets'])}"
            f"{rng.randint(1, 999)}号",
            "industry": industry["section"],
            "sub_industry": industry["sub_industry"],
            "source": source().value,
            "referred_by_id": None,
            "status": st.value,
            "lifecycle_stage": None,
            "lifecycle_overridden": 0,
            "sales_stage": sales_stage().value,
            "rm_level": rm().value,
            "relationship_mode": mode().value,
            "owner": owner,
            "annual_revenue": round(revenue_base[sz] * rng.uniform(0.3, 3), 0),
            "employees": int(revenue_base[sz] / 40 * rng.uniform(0.3, 3)),
            "phone": f"0{rng.randint(10, 999)}-{rng.randint(2000_0000, 8999_9999)}",
            "website": None,
            "tags": ",".join(rng.sample(voc.tags, rng.randint(0, 3))) or None,
            "notes": rng.choice(voc.notes) if rng.random() < 0.2 else None,
            "value_score": None,
            "value_tier": None,
            "value_incomplete": 0,
            "revisit_segment": None,
            "sales_12m": None,
            "last_order_on": None,
            "last_visit_on": None,
            # caches filled by the services' refreshes (migration 0002)
            "map_gap_count": None,
            "map_gaps": None,
            "spin_stage": None,
            "next_due_on": None,
            "due_reasons": None,
        }


def _person(rng: random.Random, voc: _Vocabulary) -> tuple[str, str, str]:
    (surname, surname_py) = voc.surname()
    sex, (given, given_py) = rng.choice(voc.given)
    return surname + given, f"{given_py}.{surname_py}", sex


def _count(rng: random.Random, mean: float) -> int:
    """A per-account count that averages ``mean`` (uniform on 0..2·mean)."""
    return int(rng.random() * 2 * mean + 0.5)


def _contact_rows(
    rng: random.Random,
    voc: _Vocabulary,
    accounts: list[Any],
    per_account: float,
    device: str,
    now: float,
    people: dict[str, list[str]],
) -> Iterator[dict[str, Any]]:
    attitude = _Pick(rng, [a.value for a in Attitude], (1, 3, 4, 1.5, 0.5))
    span = 3 * 365 * DAY
    orgs = list(voc.roles.values())
    for account_id, *_ in accounts:
        org = rng.choice(orgs)
        first_id: str | None = None
        names = people.setdefault(account_id, [])
        for position in range(_count(rng, per_account)):
            node = org[position % len(org)]
            name, pinyin, _sex = _person(rng, voc)
            names.append(name)
            created = now - rng.random() * span
            contact_id = _uuid(rng)
            level = node["level"]
            yield {
                "id": contact_id,
                "created_at": _ts(created),
                "updated_at": _ts(created),
                "updated_by": device,
                "revision": 1,
                "deleted_at": None,
                "account_id": account_id,
                "name": name,
                "title": node["title"],
                "department": node["department"],
                "reports_to_id": first_id,
                "decision_level": DecisionLevel(level).value,
                "buying_roles": json.dumps(node["roles"]),
                "is_key_decision_maker": int(level == "decision" and rng.random() < 0.6),
                "is_coach": int(rng.random() < 0.08),
                "attitude": attitude(),
                "influence": Influence(node["influence"]).value,
                "relationship_level": rng.randint(0, 5),
                "personal_wins": None,
                "concerns": None,
                "phone": None,
                "mobile": f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}",
                "email": f"{pinyin}@{rng.choice(voc.email_domains)}"
                if rng.random() < 0.6
                else None,
                "wechat": f"wx_{pinyin.replace('.', '')}{rng.randint(1, 999)}"
                if rng.random() < 0.5
                else None,
                "birthday": date(
                    rng.randint(1964, 1999), rng.randint(1, 12), rng.randint(1, 28)
                ).isoformat()
                if rng.random() < 0.4
                else None,
                "interests": rng.choice(voc.interests) if rng.random() < 0.3 else None,
                "notes": None,
                "opponent_plan": None,
                "last_contact_on": None,
            }
            first_id = first_id or contact_id


class _Filler(dict[str, str]):
    """Fills a visit text's placeholders; unknown keys stay readable."""

    def __missing__(self, key: str) -> str:
        return key


def _visit_rows(
    rng: random.Random,
    voc: _Vocabulary,
    accounts: list[Any],
    per_account: float,
    months: int,
    device: str,
    now: float,
    people: dict[str, list[str]],
) -> Iterator[dict[str, Any]]:
    method = _Pick(rng, [m.value for m in VisitMethod], (8, 3, 1, 3, 1, 0.5))
    purpose = _Pick(rng, [p.value for p in VisitPurpose], (2, 2, 2, 1, 0.5, 3, 4, 0.7, 1))
    past = _Pick(
        rng,
        [
            VisitStatus.DONE.value,
            VisitStatus.CANCELLED.value,
            VisitStatus.RESCHEDULED.value,
            VisitStatus.MISSED.value,
        ],
        (85, 5, 4, 6),
    )
    texts = voc.visits["purposes"]
    span = months * 30.4 * DAY
    ahead = 30 * DAY  # a few visits are planned for the coming month
    festivals = voc.visits["festivals"]
    for account_id, _status, _size, owner in accounts:
        contacts = people.get(account_id) or ["客户"]
        for _ in range(_count(rng, per_account)):
            offset = rng.random() * (span + ahead) - span
            start = now + offset
            start -= start % 1800  # on the hour or half hour
            future = offset > 0
            status = VisitStatus.PLANNED.value if future else past()
            done = status == VisitStatus.DONE.value
            kind = purpose()
            words = texts[kind]
            fill = _Filler(
                contact=rng.choice(contacts),
                title="",
                short="贵司",
                product="液压油",
                competitor="同行",
                colleague="技术工程师",
                festival=rng.choice(festivals),
                n=str(rng.randint(2, 12)),
                pct=str(rng.randint(3, 30)),
                amount=str(rng.randint(5, 300)),
            )
            created = start - rng.randint(1, 14) * DAY
            updated = created if future else start + 7200
            yield {
                "id": _uuid(rng),
                "created_at": _ts(created),
                "updated_at": _ts(updated),
                "updated_by": device,
                "revision": 2 if done else 1,
                "deleted_at": None,
                "account_id": account_id,
                "owner": owner,
                "planned_start": _ts(start),
                "planned_end": _ts(start + 3600),
                "done_at": _ts(start + 3600) if done else None,
                "status": status,
                "method": method(),
                "purpose": kind,
                "colleagues": None,
                "objectives": rng.choice(words["objectives"]).format_map(fill),
                "expected_result": rng.choice(words["expected_results"]).format_map(fill),
                "preparation": None,
                "materials": "[]",
                "outcome": rng.choice(words["outcomes"]).format_map(fill) if done else None,
                "notes": rng.choice(words["notes"]).format_map(fill)
                if done and rng.random() < 0.3
                else None,
                "satisfaction": rng.randint(2, 5) if done else None,
                "next_visit_on": _day(int(start // DAY) + rng.randint(14, 90))
                if done and rng.random() < 0.5
                else None,
                "address": None,
                "travel_notes": None,
            }


def _month_list(today: date, months: int) -> list[str]:
    year, month = today.year, today.month
    out = []
    for _ in range(months):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return out[::-1]


def _value_rows(
    rng: random.Random, accounts: list[Any], months: int, device: str, now: float
) -> Iterator[dict[str, Any]]:
    scale = {
        SizeClass.LARGE.value: 60.0,
        SizeClass.MEDIUM.value: 15.0,
        SizeClass.SMALL.value: 4.0,
        SizeClass.MICRO.value: 1.0,
    }
    month_names = _month_list(datetime.fromtimestamp(now, UTC).date(), months)
    stamp = _ts(now)
    last = len(month_names)
    for account_id, status, size, _owner in accounts:
        # Spans that give every lifecycle stage: new customers (exploration), steady or
        # changing ones, dormant ones that stopped months ago, lost ones over a year ago.
        if status == AccountStatus.PROSPECT:
            continue
        start, stop = 0, last
        if status == AccountStatus.CUSTOMER and rng.random() < 0.15:
            start = last - rng.randint(1, 8)
        elif status == AccountStatus.DORMANT:
            stop = last - rng.randint(4, 11)
        elif status == AccountStatus.LOST:
            stop = last - rng.randint(13, 20)
        level = scale[size.value] * rng.lognormvariate(0, 0.6)
        trend = rng.uniform(-0.04, 0.04)
        for i, month in enumerate(month_names[max(0, start) : max(1, stop)]):
            sales = max(0.0, level * (1 + trend) ** i * rng.uniform(0.6, 1.4))
            yield {
                "id": _uuid(rng),
                "created_at": stamp,
                "updated_at": stamp,
                "updated_by": device,
                "revision": 1,
                "deleted_at": None,
                "account_id": account_id,
                "month": month,
                "sales": round(sales, 2),
                "gross_margin": round(sales * rng.uniform(0.15, 0.3), 2),
                "collected": round(sales * rng.uniform(0.7, 1.0), 2),
                "cost_to_serve": round(sales * rng.uniform(0.02, 0.08), 2),
                "source": RecordSource.HQ.value,
            }


# --- building --------------------------------------------------------------------------------


def _step(report: Callable[[str], None], what: str, started: float) -> float:
    now = time.perf_counter()
    report(f"  {what}: {now - started:.1f} s")
    return now


def make_big_book(
    path: Path,
    accounts: int = 100_000,
    contacts_per_account: float = 5,
    visits_per_account: float = 5,
    months: int = 24,
    seed: int = 1,
    *,
    report: Callable[[str], None] = lambda _line: None,
) -> Path:
    """Build a big book at ``path`` (replacing it); returns ``path``.

    Built under a temporary name and renamed at the end, so an interrupted build never leaves a
    half-filled book where a cached one is expected.
    """
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    voc = _Vocabulary(rng)
    now = datetime.now(UTC)
    started = time.perf_counter()
    book = open_book(partial, owner=voc.owners[0])
    try:
        t = _step(report, "open_book (create + migrate to head)", started)
        counts = _fill(
            book,
            rng,
            voc,
            accounts,
            contacts_per_account,
            visits_per_account,
            months,
            now.timestamp(),
            report,
            t,
        )
        t = time.perf_counter()
        refresh_derived(book, today=now.date())
        t = _step(report, "refresh_derived (value score/tier, lifecycle, last visit)", t)
        with book.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        report(
            "  rows: "
            + ", ".join(f"{name} {n:,}" for name, n in counts.items())
            + f"; total {time.perf_counter() - started:.1f} s"
        )
    finally:
        book.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
    return path


def _fill(
    book: Book,
    rng: random.Random,
    voc: _Vocabulary,
    accounts: int,
    contacts_per_account: float,
    visits_per_account: float,
    months: int,
    now: float,
    report: Callable[[str], None],
    t: float,
) -> dict[str, int]:
    device = book.device_id
    made: list[Any] = []  # (id, status, size, owner) per account, for the child tables
    people: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    steps: list[tuple[str, Table, Callable[[], Iterator[dict[str, Any]]]]] = [
        (
            "account",
            Account.__table__,
            lambda: _account_rows(rng, voc, accounts, device, now, made),
        ),
        (
            "contact",
            Contact.__table__,
            lambda: _contact_rows(rng, voc, made, contacts_per_account, device, now, people),
        ),
        (
            "visit",
            Visit.__table__,
            lambda: _visit_rows(rng, voc, made, visits_per_account, months, device, now, people),
        ),
        (
            "value_record",
            ValueRecord.__table__,
            lambda: _value_rows(rng, made, months, device, now),
        ),
    ]
    with search_index_deferred(book.engine):  # the search index built once, at the end
        for name, model_table, rows in steps:
            with book.engine.begin() as conn:
                # A bulk load into a file not yet in use: a bigger page cache, no fsync per
                # commit.
                conn.exec_driver_sql("PRAGMA cache_size = -262144")
                conn.exec_driver_sql("PRAGMA synchronous = OFF")
                counts[name] = _insert_batches(conn, model_table, rows())
            t = _step(report, f"{name}: {counts[name]:,} rows", t)
    _step(report, "search index", t)
    return counts


def cache_path(
    accounts: int = 100_000,
    contacts_per_account: float = 5,
    visits_per_account: float = 5,
    months: int = 24,
    seed: int = 1,
) -> Path:
    """Where the book for these parameters is cached (the schema head is part of the key)."""
    key = (
        f"big-a{accounts}-c{contacts_per_account:g}-v{visits_per_account:g}-m{months}-s{seed}"
        f"-b{BUILDER_VERSION}-r{migrate.head_revision()}"
    )
    return OUT_DIR / f"{key}.kambook"


def cached_big_book(
    accounts: int = 100_000,
    contacts_per_account: float = 5,
    visits_per_account: float = 5,
    months: int = 24,
    seed: int = 1,
    *,
    rebuild: bool = False,
    report: Callable[[str], None] = lambda _line: None,
) -> tuple[Path, float | None]:
    """The cached book for these parameters, built first if missing (or ``rebuild``).

    Returns the path and the build time in seconds (None when the cached book was reused).
    """
    path = cache_path(accounts, contacts_per_account, visits_per_account, months, seed)
    if path.exists() and not rebuild:
        return path, None
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    report(f"building {path.name} ...")
    make_big_book(
        path, accounts, contacts_per_account, visits_per_account, months, seed, report=report
    )
    return path, time.perf_counter() - started


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build (or find) the benchmark's big book.")
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--contacts", type=float, default=5, help="contacts per account")
    parser.add_argument("--visits", type=float, default=5, help="visits per account")
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="build even if cached")
    args = parser.parse_args(argv)
    path, seconds = cached_big_book(
        args.accounts,
        args.contacts,
        args.visits,
        args.months,
        args.seed,
        rebuild=args.rebuild,
        report=print,
    )
    state = "cached" if seconds is None else f"built in {seconds:.1f} s"
    print(f"{path} ({state}, {path.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
