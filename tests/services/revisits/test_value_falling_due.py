"""The falling-value alert on the due list, from snapshots the scorer wrote in a real book:
the reason, the due cache, dismissing it until the value falls again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import select

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, ValueModel, ValueRecord
from kam_desktop.domain.enums import RevisitRule, ValueTier
from kam_desktop.domain.revisits.due_revisit import DueRevisit
from kam_desktop.domain.revisits.revisit_settings import DEFAULT_SETTINGS
from kam_desktop.services.revisits.due_cache import refresh_due_cache
from kam_desktop.services.revisits.revisits import dismiss, due_list
from kam_desktop.services.value.snapshot_history import falling_accounts, tier_history
from kam_desktop.services.value.snapshots import write_snapshot

RULE = RevisitRule.VALUE_FALLING
OCT, NOV, DEC = date(2026, 10, 20), date(2026, 11, 5), date(2026, 12, 3)


def _book_with_accounts(book: Book) -> dict[str, str]:
    """Ten accounts ranked by sales alone: ``x`` on top in September, the rest 1..9."""
    with book.sessions.begin() as s:
        s.add(ValueModel(name="Sales", weights={"sales_12m": 1.0}, is_default=True))
        accounts = {key: Account(name=f"客户{key}", code=key) for key in ["x", *"abcdefghi"]}
        s.add_all(accounts.values())
        s.flush()
        for i, key in enumerate("abcdefghi", start=1):
            s.add(ValueRecord(account_id=accounts[key].id, month="2026-09", sales=float(i)))
        s.add(ValueRecord(account_id=accounts["x"].id, month="2026-09", sales=100.0))
        return {key: a.id for key, a in accounts.items()}


def _sales(book: Book, ids: dict[str, str], keys: str, month: str) -> None:
    with book.sessions.begin() as s:
        for key in keys:
            s.add(ValueRecord(account_id=ids[key], month=month, sales=500.0))


def _falls(book: Book, today: date, **options: object) -> dict[str, DueRevisit]:
    return {
        r.account_id: r
        for item in due_list(book, today, horizon_days=0, **options)  # type: ignore[arg-type]
        for r in item.reasons
        if r.rule is RULE
    }


def test_a_tier_drop_feeds_the_due_list_until_dismissed(book: Book) -> None:
    ids = _book_with_accounts(book)
    write_snapshot(book, "2026-09", today=OCT)
    _sales(book, ids, "hi", "2026-10")  # two accounts overtake x: platinum -> iron
    write_snapshot(book, today=OCT)
    assert [(m, t) for m, _, t in tier_history(book, ids["x"])] == [
        ("2026-09", ValueTier.PLATINUM),
        ("2026-10", ValueTier.IRON),
    ]

    falls = _falls(book, OCT, use_cache=False)
    assert set(falls) == {ids["x"]}  # the others held or rose
    fall = falls[ids["x"]]
    assert fall.rule_key == f"value_falling:{ids['x']}:2026-10"
    assert fall.due_on == date(2026, 10, 1)
    assert fall.overdue_days == 19
    assert fall.message("en") == "Value falling: tier Platinum → Iron since 2026-10"

    # The due cache holds it, and the account's due columns name the rule.
    refresh_due_cache(book, OCT, horizon_days=0)
    assert _falls(book, OCT) == falls
    with book.sessions() as s:
        reasons = s.scalar(select(Account.due_reasons).where(Account.id == ids["x"]))
    assert reasons == [RULE.code]

    dismiss(book, fall, "talked to the buyer at the fair")
    assert _falls(book, OCT) == {}
    assert _falls(book, OCT, use_cache=False) == {}

    # November: x still iron and far under September, but nothing fell since October.
    write_snapshot(book, "2026-10", today=NOV)
    write_snapshot(book, today=NOV)
    assert ids["x"] in falling_accounts(book)  # the account list's filter still says falling
    assert _falls(book, NOV, use_cache=False) == {}
    refresh_due_cache(book, NOV, horizon_days=0)
    assert _falls(book, NOV) == {}

    # December: three more overtake x, iron -> lead: a new fall, due again.
    _sales(book, ids, "efg", "2026-12")
    write_snapshot(book, "2026-11", today=DEC)
    write_snapshot(book, today=DEC)
    refresh_due_cache(book, DEC, horizon_days=0)
    [again] = _falls(book, DEC).values()
    assert again.rule_key == f"value_falling:{ids['x']}:2026-12"
    assert again.message("en") == "Value falling: tier Iron → Lead since 2026-12"
    assert _falls(book, DEC, use_cache=False) == {ids["x"]: again}


def test_no_snapshots_or_rule_switched_off(book: Book) -> None:
    ids = _book_with_accounts(book)
    assert _falls(book, OCT, use_cache=False) == {}
    write_snapshot(book, "2026-09", today=OCT)
    _sales(book, ids, "hi", "2026-10")
    write_snapshot(book, today=OCT)
    assert _falls(book, OCT, use_cache=False, account_ids=[ids["a"]]) == {}  # scoped
    assert set(_falls(book, OCT, use_cache=False, account_ids=[ids["x"]])) == {ids["x"]}
    off = replace(DEFAULT_SETTINGS, rules=DEFAULT_SETTINGS.rules - {RULE})
    assert _falls(book, OCT, use_cache=False, settings=off) == {}
