"""Coverage gaps of contact maps (DOMAIN §3.2): for one account, and cached for the whole book.

``refresh_map_gaps`` does not read contacts into Python: one query joins the live accounts to
their live contacts and counts, per account, the contacts meeting each predicate of
``domain.coverage`` (the SQL below mirrors them one by one); ``gap_kinds`` decides over those
counts. The caches ``account.map_gap_count`` and ``account.map_gaps`` are written with one
executemany UPDATE, only where they changed, bypassing the session's stamping: caches are not
synced, so a refresh bumps no ``revision`` or ``updated_at``.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Collection
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    literal_column,
    or_,
    select,
    type_coerce,
    update,
)
from sqlalchemy.engine import Connection

from kam_desktop.db.book import Book
from kam_desktop.db.models import Account, Contact
from kam_desktop.domain.contacts.coverage import (
    ContactFacts,
    CoverageRules,
    CoverageTally,
    Gap,
    coverage_gaps,
    gap_kinds,
    has_plan,
)
from kam_desktop.domain.enums import Attitude, DecisionLevel, Influence
from kam_desktop.domain.errors import NotFound, Text
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.services.contacts.coverage_settings import load_rules
from kam_desktop.services.progress import NoProgress, Progress, check_cancelled, step_names

log = logging.getLogger(__name__)

_ACCOUNT = Text("errors", QT_TRANSLATE_NOOP("errors", "account"))

_STEPS = step_names(
    QT_TRANSLATE_NOOP("progress", "Counting contacts"),
    QT_TRANSLATE_NOOP("progress", "Finding coverage gaps"),
    QT_TRANSLATE_NOOP("progress", "Saving accounts"),
)

# Every character Python's str.strip() removes (a test checks it), so that SQL's trim() agrees
# with has_plan(): a plan of only ideographic spaces is no plan either.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_IN_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit


def account_gaps(
    book: Book, account_id: str, today: date | None = None, rules: CoverageRules | None = None
) -> list[Gap]:
    """The coverage gaps of one live account, from its live contacts."""
    with book.sessions() as s:
        live = s.scalar(
            select(Account.id).where(Account.id == account_id, Account.deleted_at.is_(None))
        )
        if live is None:
            raise NotFound(what=_ACCOUNT, key=account_id)
        rows = s.execute(
            select(
                Contact.id,
                Contact.name,
                Contact.decision_level,
                Contact.is_key_decision_maker,
                Contact.is_coach,
                Contact.attitude,
                Contact.influence,
                Contact.relationship_level,
                Contact.last_contact_on,
                Contact.opponent_plan,
            )
            .where(Contact.account_id == account_id, Contact.deleted_at.is_(None))
            .order_by(Contact.name, Contact.id)
        ).all()
    facts = [
        ContactFacts(
            id=row.id,
            name=row.name,
            decision_level=row.decision_level,
            is_key_decision_maker=bool(row.is_key_decision_maker),
            is_coach=bool(row.is_coach),
            attitude=int(row.attitude.value) if row.attitude is not None else 0,
            influence=row.influence,
            relationship_level=row.relationship_level or 0,
            last_contact_on=row.last_contact_on,
            has_opponent_plan=has_plan(row.opponent_plan),
        )
        for row in rows
    ]
    return coverage_gaps(facts, today or date.today(), rules or load_rules(book))


def refresh_map_gaps(
    book: Book,
    today: date | None = None,
    rules: CoverageRules | None = None,
    progress: Progress | None = None,
    *,
    account_ids: Collection[str] | None = None,
) -> None:
    """Recompute ``map_gap_count``/``map_gaps`` of every live account (or of ``account_ids``).

    One transaction: a cancel (checked between steps) leaves the book as it was.
    """
    today = today or date.today()
    rules = rules or load_rules(book)
    progress = progress or NoProgress()

    def step(index: int) -> None:
        check_cancelled(progress)
        progress.update(index, len(_STEPS), _STEPS[index])

    with book.sessions.begin() as s:
        conn = s.connection()
        step(0)
        accounts = _tallies(conn, today, rules, account_ids)
        step(1)
        changed = _changed(accounts, rules)
        step(2)
        _write(conn, changed)
        check_cancelled(progress)
        progress.update(len(_STEPS), len(_STEPS))
    log.info("refreshed map gaps: %d of %d accounts changed", len(changed), len(accounts))


# (rowid, cached count, cached codes as JSON text, then the CoverageTally fields in order)
_AccountTally = tuple[Any, ...]


def _predicates(today: date, rules: CoverageRules) -> dict[str, ColumnElement[bool]]:
    """``domain.coverage``'s predicates, one by one, as SQL over ``contact``."""
    c = Contact
    decision = c.decision_level == DecisionLevel.DECISION
    kdm = c.is_key_decision_maker.is_(True)
    plan = func.trim(c.opponent_plan, WHITESPACE)
    predicates: dict[str, ColumnElement[bool]] = {
        "decision_level": decision,
        "key_decision_makers": kdm,
        "kdm_not_supportive": and_(kdm, c.attitude < _attitude(rules.kdm_min_attitude)),
        "kdm_weak": and_(kdm, c.relationship_level < rules.kdm_min_level),
        "coaches": c.is_coach.is_(True),
        "unplanned_opponents": and_(
            c.attitude < Attitude.NEUTRAL,
            c.influence == Influence.HIGH,
            or_(c.opponent_plan.is_(None), plan == ""),
        ),
        "strong": c.relationship_level >= rules.strong_level,
        "key_not_met": and_(
            or_(kdm, decision),
            or_(c.last_contact_on.is_(None), c.last_contact_on < rules.not_met_before(today)),
        ),
    }
    assert tuple(predicates) == CoverageTally.names()
    return predicates


def _tallies(
    conn: Connection, today: date, rules: CoverageRules, account_ids: Collection[str] | None
) -> list[_AccountTally]:
    """Every live account (or those of ``account_ids``) with its caches and its tally.

    Accounts are scanned in rowid order and grouped by rowid, so SQLite needs no sort: each
    account's live contacts come from the ``contact.account_id`` index. The cached codes are
    read as JSON text; decoding 100,000 lists would cost more than the whole comparison.
    """
    a, c = Account, Contact
    rowid = literal_column("account.rowid")
    counts = (func.count(case((p, 1))).label(name) for name, p in _predicates(today, rules).items())
    stmt = (
        select(rowid, a.map_gap_count, type_coerce(a.map_gaps, String), *counts)
        .select_from(a)
        .outerjoin(c, and_(c.account_id == a.id, c.deleted_at.is_(None)))
        .where(a.deleted_at.is_(None))
        .group_by(rowid)
    )
    if account_ids is None:
        return conn.execute(stmt).all()
    wanted = sorted(set(account_ids))
    found: list[_AccountTally] = []
    for first in range(0, len(wanted), _IN_CHUNK):
        chunk = stmt.where(a.id.in_(wanted[first : first + _IN_CHUNK]))
        found.extend(conn.execute(chunk).all())
    return found


def _attitude(threshold: int) -> Any:
    """A threshold compared with the stored attitude code; the column's own type would only
    bind ``Attitude`` values (-2..2), and a rule may set any integer."""
    return literal(threshold, Integer)


def _changed(accounts: list[_AccountTally], rules: CoverageRules) -> list[tuple[int, str, Any]]:
    """(count, codes as JSON, rowid) of the accounts whose caches differ. Many accounts share a
    tally, so each distinct tally is decided and encoded once."""
    decided: dict[tuple[int, ...], tuple[int, str]] = {}
    rows = []
    for rowid, old_count, old_codes, *counts in accounts:
        key = tuple(counts)
        new = decided.get(key)
        if new is None:
            codes = [str(kind.code) for kind in gap_kinds(CoverageTally(*key), rules)]
            new = decided[key] = (len(codes), json.dumps(codes))
        if new != (old_count, old_codes):
            rows.append((*new, rowid))
    return rows


def _write(conn: Connection, rows: list[tuple[int, str, Any]]) -> None:
    """One executemany ``UPDATE account ... WHERE rowid = ?`` over ``rows``.

    Core's statement, compiled once and run with positional tuples: SQLAlchemy's per-row dict
    processing would cost more than SQLite's work. Nothing goes through the session's stamping.
    The rowids were read in this transaction, so they still name the same rows.
    """
    if not rows:
        return
    table = Account.__table__
    stmt = (
        update(table)
        .where(literal_column("rowid") == bindparam("row"))
        .values(map_gap_count=bindparam("count"), map_gaps=bindparam("codes", type_=String))
    )
    compiled = stmt.compile(dialect=conn.dialect)
    assert compiled.positiontup == ["count", "codes", "row"]
    conn.exec_driver_sql(str(compiled), rows)
