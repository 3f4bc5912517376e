"""How the account list's search text is answered: through ``account_search`` (schema 0006).

The meaning is the one ``LIKE '%text%'`` had (SQLite's: ASCII letters fold case, nothing else
does; ``%``, ``_`` and quotes are plain characters) over name, short name, code, city, province,
district, credit code, and now also the account's live contacts' names. The documents in
``account_search`` hold those fields joined by U+001F and lower-cased the same way, so
"the text is inside one of the fields" is ``instr(body, needle) > 0`` for a needle without
U+001F. Three ways to find them, chosen by the text:

- 3 or more characters: the FTS5 trigram index gives the candidates (case folded for every
  script, so a superset), and ``instr`` keeps exactly the LIKE matches. The text goes to FTS5
  as one quoted phrase, so ``AND``, ``NEAR``, ``*`` and ``"`` are characters, never operators.
- 1 or 2 characters (trigrams cannot answer them), or very long texts: ``instr`` over the
  narrow documents, one pass, no join.
- control characters (U+001F could span two fields): ``instr`` over the columns themselves.

A text that cannot be in any field (a lone surrogate, which no stored text can hold) finds
nothing. None of these raises for any text.

SQLite-only (FTS5, ``instr``), like ``services/revisits/sqlite_queries.py``: a PostgreSQL team
database would answer the same ``Search`` with a trigram (pg_trgm) index here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy import ColumnElement, Select, column, exists, func, or_, select, table, text

from kam_desktop.db.models import Account, Contact
from kam_desktop.db.models.accounts import SEARCH_FTS, AccountSearch

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_FTS_MIN = 3  # a trigram index needs three characters
_FTS_MAX = 200  # longer texts: one scan is cheaper than a phrase of hundreds of trigrams
_fts = table(SEARCH_FTS, column("rowid"))
_SEARCHED = (
    Account.name, Account.short_name, Account.code, Account.city,
    Account.province, Account.district, Account.credit_code,
)  # fmt: skip


class Way(Enum):
    NOTHING = "nothing"  # no account can match
    SCAN = "scan"  # instr over account_search
    FTS = "fts"  # the trigram index, then instr
    COLUMNS = "columns"  # instr over the columns (texts with control characters)


@dataclass(frozen=True)
class Search:
    """A search text, prepared: ``needle`` is the text lower-cased as SQLite's ``lower``."""

    way: Way
    needle: str

    @property
    def uses_documents(self) -> bool:
        return self.way in (Way.SCAN, Way.FTS)


def prepare(text: str) -> Search | None:
    """How ``text`` (already stripped) is searched; None when it is empty."""
    if not text:
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no field can contain it
        return Search(Way.NOTHING, text)
    needle = text.translate(_ASCII_LOWER)
    if any(ord(ch) < 0x20 for ch in needle):
        return Search(Way.COLUMNS, needle)
    if _FTS_MIN <= len(needle) <= _FTS_MAX:
        return Search(Way.FTS, needle)
    return Search(Way.SCAN, needle)


def _phrase(needle: str) -> str:
    return '"' + needle.replace('"', '""') + '"'


def document_filter(stmt: Select, search: Search) -> Select:  # type: ignore[type-arg]
    """``stmt`` (selecting from ``AccountSearch``) narrowed to the documents that match."""
    if search.way is Way.FTS:
        stmt = stmt.join_from(AccountSearch, _fts, _fts.c.rowid == AccountSearch.doc_id).where(
            text(f"{SEARCH_FTS} MATCH :phrase").bindparams(phrase=_phrase(search.needle))
        )
    elif not search.uses_documents:
        raise ValueError(f"{search.way} is not answered from the documents")
    return stmt.where(func.instr(AccountSearch.body, search.needle) > 0)


def account_filter(search: Search) -> ColumnElement[bool]:
    """A condition on ``Account`` rows: the account matches the search."""
    if search.way is Way.NOTHING:
        return Account.id.is_(None)  # never true: the primary key is never NULL
    if search.uses_documents:
        docs = document_filter(select(AccountSearch.account_id), search)
        return Account.id.in_(docs)
    contacts = exists().where(
        Contact.account_id == Account.id,
        Contact.deleted_at.is_(None),
        func.instr(func.lower(Contact.name), search.needle) > 0,
    )
    return or_(*(func.instr(func.lower(col), search.needle) > 0 for col in _SEARCHED), contacts)


__all__ = ["Search", "Way", "account_filter", "document_filter", "prepare"]
