"""Coverage gaps against real books: one account's gaps, and the book-wide cached refresh."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, Contact
from kam_desktop.db.types import utc_now
from kam_desktop.domain.contacts.coverage import CoverageRules, GapKind
from kam_desktop.domain.enums import Attitude, DecisionLevel, Influence
from kam_desktop.domain.errors import NotFound
from kam_desktop.services.contacts.coverage import WHITESPACE, account_gaps, refresh_map_gaps
from kam_desktop.services.progress import Cancelled

TODAY = date(2026, 11, 25)
K = GapKind


class Recorder:
    def __init__(self, cancel_at: int | None = None) -> None:
        self.calls: list[tuple[int, int, str]] = []
        self.cancel_at = cancel_at

    def update(self, done: int, total: int, note: str = "") -> None:
        self.calls.append((done, total, note))

    def cancelled(self) -> bool:
        return self.cancel_at is not None and len(self.calls) >= self.cancel_at


def add_account(book: Book, code: str, contacts: list[dict[str, Any]], **fields: Any) -> str:
    with book.sessions.begin() as s:
        account = Account(name=f"客户{code}", code=code, **fields)
        s.add(account)
        s.flush()
        for values in contacts:
            s.add(Contact(account_id=account.id, **values))
        return account.id


def healthy_contacts() -> list[dict[str, Any]]:
    return [
        dict(name="王总", decision_level=DecisionLevel.DECISION, is_key_decision_maker=True,
             attitude=Attitude.SUPPORTIVE, relationship_level=3,
             last_contact_on=TODAY - timedelta(days=90)),
        dict(name="李工", decision_level=DecisionLevel.INFLUENCE, is_coach=True,
             attitude=Attitude.STRONGLY_SUPPORTIVE, relationship_level=4),
    ]  # fmt: skip


def caches(book: Book) -> dict[str, tuple[int | None, list[str] | None]]:
    with book.sessions() as s:
        rows = s.execute(select(Account.code, Account.map_gap_count, Account.map_gaps))
        return {code: (count, codes) for code, count, codes in rows}


@pytest.fixture
def updates(book: Book) -> Iterator[list[int]]:
    """The number of rows each executemany UPDATE of account caches carried."""
    sizes: list[int] = []

    def listen(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: bool
    ) -> None:
        if statement.startswith("UPDATE account SET map_gap_count"):
            sizes.append(len(params) if many else 1)

    event.listen(book.engine, "before_cursor_execute", listen)
    yield sizes
    event.remove(book.engine, "before_cursor_execute", listen)


# --- account_gaps -----------------------------------------------------------------------------


def test_account_gaps_reads_live_contacts_only(book: Book) -> None:
    contacts = healthy_contacts()
    contacts.append(dict(name="赵前任", decision_level=DecisionLevel.DECISION,
                         is_key_decision_maker=True, attitude=Attitude.STRONGLY_OPPOSED,
                         deleted_at=utc_now()))  # fmt: skip
    account = add_account(book, "A1", contacts)
    assert account_gaps(book, account, TODAY) == []
    gaps = account_gaps(book, account, TODAY + timedelta(days=1))  # the boss now 91 days ago
    assert [g.kind for g in gaps] == [K.DECISION_LEVEL_NOT_MET]
    assert gaps[0].names == ("王总",)
    assert "王总" in gaps[0].reason()


def test_account_gaps_with_rules_and_without_contacts(book: Book) -> None:
    account = add_account(book, "A1", healthy_contacts())
    gaps = account_gaps(book, account, TODAY, CoverageRules(min_strong_contacts=3))
    assert [g.kind for g in gaps] == [K.SINGLE_THREADED]
    assert len(gaps[0].contact_ids) == 2
    empty = add_account(book, "A2", [])
    assert [g.kind for g in account_gaps(book, empty, TODAY)] == [
        K.NO_DECISION_LEVEL, K.NO_KEY_DECISION_MAKER, K.NO_COACH, K.SINGLE_THREADED,
    ]  # fmt: skip


@pytest.mark.parametrize(("plan", "gap"), [(None, True), ("", True), (" \u3000\n", True),
                                           ("请李工先沟通", False)])  # fmt: skip
def test_a_blank_opponent_plan_is_no_plan(book: Book, plan: str | None, gap: bool) -> None:
    contacts = healthy_contacts()
    contacts.append(dict(name="张处", attitude=Attitude.OPPOSED, influence=Influence.HIGH,
                         opponent_plan=plan))  # fmt: skip
    account = add_account(book, "A1", contacts)
    found = [g.kind for g in account_gaps(book, account, TODAY)]
    assert found == ([K.OPPONENT_HIGH_INFLUENCE] if gap else [])
    refresh_map_gaps(book, TODAY)
    assert caches(book)["A1"] == ((1, ["opponent_high_influence"]) if gap else (0, []))


def test_account_gaps_of_a_missing_or_deleted_account(book: Book) -> None:
    with pytest.raises(NotFound):
        account_gaps(book, "no-such-id", TODAY)
    gone = add_account(book, "A1", healthy_contacts(), deleted_at=utc_now())
    with pytest.raises(NotFound):
        account_gaps(book, gone, TODAY)


# --- refresh_map_gaps -------------------------------------------------------------------------


def test_refresh_fills_every_live_account_without_stamping(book: Book, updates: list[int]) -> None:
    add_account(book, "OK", healthy_contacts())
    add_account(book, "EMPTY", [])
    weak = healthy_contacts()
    weak[0]["attitude"] = Attitude.NEUTRAL
    weak[1]["is_coach"] = False
    add_account(book, "WEAK", weak)
    add_account(book, "GONE", [], deleted_at=utc_now())
    with book.sessions() as s:
        before = {
            a.code: (a.revision, a.updated_at, a.updated_by) for a in s.scalars(select(Account))
        }

    recorder = Recorder()
    refresh_map_gaps(book, TODAY, progress=recorder)
    assert caches(book) == {
        "OK": (0, []),
        "EMPTY": (4, ["no_decision_level", "no_kdm", "no_coach", "single_threaded"]),
        "WEAK": (2, ["kdm_not_supportive", "no_coach"]),
        "GONE": (None, None),
    }
    assert updates == [3]  # one executemany over the three live accounts
    with book.sessions() as s:
        after = {
            a.code: (a.revision, a.updated_at, a.updated_by) for a in s.scalars(select(Account))
        }
    assert after == before  # caches are not synced: no revision or timestamp bumped
    assert recorder.calls[-1][:2] == (3, 3)
    assert [done for done, _, _ in recorder.calls] == [0, 1, 2, 3]

    refresh_map_gaps(book, TODAY)
    assert updates == [3]  # nothing changed: nothing written
    refresh_map_gaps(book, TODAY + timedelta(days=1))  # both bosses now 91 days unseen
    assert updates == [3, 2]
    assert caches(book)["OK"] == (1, ["decision_level_not_met"])
    assert caches(book)["EMPTY"][0] == 4


def test_refresh_rewrites_a_stale_cache(book: Book) -> None:
    add_account(book, "A1", healthy_contacts())
    with book.sessions.begin() as s:
        s.execute(Account.__table__.update().values(map_gap_count=7, map_gaps=["no_coach"]))
    refresh_map_gaps(book, TODAY)
    assert caches(book)["A1"] == (0, [])


def test_refresh_some_accounts_only(book: Book, updates: list[int]) -> None:
    ids = [add_account(book, f"A{i}", []) for i in range(3)]
    refresh_map_gaps(book, TODAY, account_ids=[ids[1], "no-such-id"])
    assert [caches(book)[f"A{i}"][0] for i in range(3)] == [None, 4, None]
    assert updates == [1]


def test_refresh_many_accounts_in_chunks(book: Book) -> None:
    with book.sessions.begin() as s:
        s.add_all(Account(name=f"客户{i}", code=f"{i:04d}") for i in range(1203))
    with book.sessions() as s:
        ids = list(s.scalars(select(Account.id)))
    refresh_map_gaps(book, TODAY, account_ids=ids[:1201])
    counts = [count for count, _ in caches(book).values()]
    assert counts.count(4) == 1201
    assert counts.count(None) == 2


def test_cancel_leaves_the_book_unchanged(book: Book) -> None:
    add_account(book, "A1", [])
    for cancel_at in (1, 2, 3):  # 3: after the UPDATE, before the commit
        with pytest.raises(Cancelled):
            refresh_map_gaps(book, TODAY, progress=Recorder(cancel_at=cancel_at))
        assert caches(book)["A1"] == (None, None)


def test_thresholds_outside_the_attitude_scale_work_in_sql(book: Book) -> None:
    add_account(book, "A1", healthy_contacts())
    rules = CoverageRules(kdm_min_attitude=3)  # even strongly supportive is not enough
    refresh_map_gaps(book, TODAY, rules)
    assert caches(book)["A1"] == (1, ["kdm_not_supportive"])
    rules = CoverageRules(kdm_min_attitude=-5)
    add_account(book, "A2", [dict(healthy_contacts()[0], attitude=Attitude.STRONGLY_OPPOSED)])
    refresh_map_gaps(book, TODAY, rules)
    assert "kdm_not_supportive" not in (caches(book)["A2"][1] or [])


def test_whitespace_is_what_python_strips() -> None:
    assert "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if ch.isspace()) == WHITESPACE


# --- the SQL tally agrees with the domain rules -----------------------------------------------

contact_values = st.fixed_dictionaries(
    {
        "decision_level": st.sampled_from([None, *DecisionLevel]),
        "is_key_decision_maker": st.booleans(),
        "is_coach": st.booleans(),
        "attitude": st.sampled_from(list(Attitude)),
        "influence": st.sampled_from([None, *Influence]),
        "relationship_level": st.integers(0, 5),
        "last_contact_on": st.one_of(
            st.none(), st.integers(0, 12).map(lambda d: TODAY - timedelta(days=d))
        ),
        "opponent_plan": st.sampled_from([None, "", " ", "\u3000", "\t\n", "plan", " 有 "]),
        "deleted_at": st.sampled_from([None, None, None, utc_now()]),
    }
)
rules_values = st.builds(
    CoverageRules,
    min_strong_contacts=st.integers(0, 4),
    strong_level=st.integers(0, 6),
    kdm_min_level=st.integers(0, 6),
    not_met_days=st.integers(0, 8),
    kdm_min_attitude=st.integers(-3, 3),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    accounts=st.lists(st.lists(contact_values, max_size=6), min_size=1, max_size=5),
    rules=rules_values,
    today=st.integers(0, 4).map(lambda d: TODAY + timedelta(days=d)),
)
def test_cached_gaps_equal_account_gaps(
    book: Book, accounts: list[list[dict[str, Any]]], rules: CoverageRules, today: date
) -> None:
    with book.sessions.begin() as s:  # each example starts from an empty book
        s.execute(Contact.__table__.delete())
        s.execute(Account.__table__.delete())
    ids = [
        add_account(book, f"A{i}", [dict(v, name=f"联系人{j}") for j, v in enumerate(contacts)])
        for i, contacts in enumerate(accounts)
    ]
    refresh_map_gaps(book, today, rules)
    cached = caches(book)
    for i, account_id in enumerate(ids):
        expected = [g.code for g in account_gaps(book, account_id, today, rules)]
        assert cached[f"A{i}"] == (len(expected), expected)
