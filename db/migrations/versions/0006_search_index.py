"""Search index and pinyin order: account.name_key, account_search + FTS5 trigram, triggers

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-08 02:00:00.000000

What this adds (issue 14):

- ``account.name_key``: the name's pinyin sort key (``domain.name_order``), indexed with ``id``
  so sorting by name reads one page of the index, never the whole table.
- ``account_search``: one document per account (name, short name, code, city, province,
  district, credit code and its live contacts' names, joined by U+001F, ASCII lower-cased as
  SQLite's ``lower`` does, so ``instr`` on it means what ``LIKE`` meant), with ``live`` and
  ``name_key`` copied from the account so a plain search needs no join; its index on (live,
  name_key, account_id, body) lets a 1-2 character search read the documents in name order
  without touching the table or sorting.
- ``account_search_fts``: an FTS5 ``trigram`` index over those documents (external content:
  the text is stored once, in ``account_search``).

Who keeps them right. Everything that plain SQL can compute is kept by triggers stored in the
book, so every write path (services, the HQ import's bulk writes, restore, sync, the demo
builder, another program) is covered without calling anything: the triggers on ``account`` and
``contact`` rewrite the account's document, those on ``account_search`` keep the FTS index.

The pinyin key cannot be computed in SQL. A trigger stored in the book calling an application
function would make every write by another program (the sqlite3 shell, DB Browser) fail with
"no such function", so the stored trigger here only clears ``name_key`` when a rename leaves
it as it was; the app's connections carry TEMP triggers (``db/name_keys.py``, installed when the
engine connects: they live in the connection, not the file) that compute a missing key at once,
and ``open_book`` fills the keys another program left NULL. This upgrade computes every
existing account's key in Python (~18 µs a name).

A later migration that rebuilds ``account`` or ``contact`` (Alembic's batch mode copies the
table) drops their triggers with the old table and must create them again (``_TRIGGERS``).
FTS5 is compiled into every mainstream SQLite build (Python's, the shell, DB Browser); a program
whose SQLite lacks it cannot write accounts or contacts to a book from this version on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SEP = "char(31)"
_COLUMNS = ("name", "short_name", "code", "city", "province", "district", "credit_code")


def _body(a: str) -> str:
    """The document of the account row ``a`` (an alias, ``new`` or ``old``), as SQL."""
    fields = f" || {_SEP} || ".join(f"coalesce({a}.{c}, '')" for c in _COLUMNS)
    contacts = (
        f"coalesce((SELECT group_concat(c.name, {_SEP}) FROM contact c "
        f"WHERE c.account_id = {a}.id AND c.deleted_at IS NULL), '')"
    )
    return f"lower({fields} || {_SEP} || {contacts})"


def _rewrite(account_ids: str) -> str:
    """Rewrite the documents of the accounts named by ``account_ids`` (an SQL list)."""
    return (
        f"UPDATE account_search SET body = (SELECT {_body('a')} FROM account a "
        f"WHERE a.id = account_search.account_id) WHERE account_id IN ({account_ids});"
    )


_CHANGED = " OR ".join(f"old.{c} IS NOT new.{c}" for c in _COLUMNS)

_TRIGGERS = {
    "account_search_fts_insert": """AFTER INSERT ON account_search BEGIN
        INSERT INTO account_search_fts (rowid, body) VALUES (new.doc_id, new.body);
    END""",
    "account_search_fts_delete": """AFTER DELETE ON account_search BEGIN
        INSERT INTO account_search_fts (account_search_fts, rowid, body)
        VALUES ('delete', old.doc_id, old.body);
    END""",
    "account_search_fts_update": """AFTER UPDATE OF body ON account_search
    WHEN old.body IS NOT new.body BEGIN
        INSERT INTO account_search_fts (account_search_fts, rowid, body)
        VALUES ('delete', old.doc_id, old.body);
        INSERT INTO account_search_fts (rowid, body) VALUES (new.doc_id, new.body);
    END""",
    # The key is read back from the row: the app's TEMP trigger may have set it already.
    "account_search_insert": f"""AFTER INSERT ON account BEGIN
        INSERT INTO account_search (account_id, live, name_key, body)
        VALUES (new.id, new.deleted_at IS NULL,
                (SELECT name_key FROM account WHERE id = new.id), {_body("new")});
    END""",
    "account_search_update": f"""AFTER UPDATE OF {", ".join(_COLUMNS)} ON account
    WHEN {_CHANGED} BEGIN
        UPDATE account_search SET body = {_body("new")} WHERE account_id = new.id;
    END""",
    "account_search_state": """AFTER UPDATE OF deleted_at, name_key ON account
    WHEN (old.deleted_at IS NULL) IS NOT (new.deleted_at IS NULL)
      OR old.name_key IS NOT new.name_key BEGIN
        UPDATE account_search SET live = new.deleted_at IS NULL, name_key = new.name_key
        WHERE account_id = new.id;
    END""",
    "account_search_delete": """AFTER DELETE ON account BEGIN
        DELETE FROM account_search WHERE account_id = old.id;
    END""",
    # A rename that does not bring its key makes the key unknown (see the docstring).
    "account_name_key_reset": """AFTER UPDATE OF name ON account
    WHEN old.name IS NOT new.name AND old.name_key IS new.name_key BEGIN
        UPDATE account SET name_key = NULL WHERE id = new.id;
    END""",
    "contact_search_insert": f"""AFTER INSERT ON contact WHEN new.deleted_at IS NULL BEGIN
        {_rewrite("new.account_id")}
    END""",
    "contact_search_update": f"""AFTER UPDATE OF name, account_id, deleted_at ON contact
    WHEN old.name IS NOT new.name OR old.account_id IS NOT new.account_id
      OR (old.deleted_at IS NULL) IS NOT (new.deleted_at IS NULL) BEGIN
        {_rewrite("old.account_id, new.account_id")}
    END""",
    "contact_search_delete": f"""AFTER DELETE ON contact WHEN old.deleted_at IS NULL BEGIN
        {_rewrite("old.account_id")}
    END""",
}


def _fill_name_keys() -> None:
    from kam_desktop.domain.name_order import name_sort_key

    conn = op.get_bind()
    rows = conn.exec_driver_sql("SELECT id, name FROM account").all()
    keys = [(name_sort_key(name), account_id) for account_id, name in rows]
    if keys:
        conn.exec_driver_sql("UPDATE account SET name_key = ? WHERE id = ?", keys)


def upgrade() -> None:
    op.add_column("account", sa.Column("name_key", sa.Text(), nullable=True))
    _fill_name_keys()  # before the triggers: nothing to keep in step yet
    op.create_index("ix_account_name_key", "account", ["name_key", "id"], unique=False)
    op.create_table(
        "account_search",
        sa.Column("doc_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.String(length=36), nullable=False),
        sa.Column("live", sa.Boolean(), nullable=False),
        sa.Column("name_key", sa.Text(), nullable=True),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("doc_id", name=op.f("pk_account_search")),
        sa.UniqueConstraint("account_id", name=op.f("uq_account_search_account_id")),
    )
    op.execute(
        "INSERT INTO account_search (account_id, live, name_key, body) "
        f"SELECT a.id, a.deleted_at IS NULL, a.name_key, {_body('a')} FROM account a"
    )
    op.create_index(
        "ix_account_search_order",
        "account_search",
        ["live", "name_key", "account_id", "body"],
        unique=False,
    )
    op.execute(
        "CREATE VIRTUAL TABLE account_search_fts USING fts5(body, content='account_search', "
        "content_rowid='doc_id', tokenize='trigram')"
    )
    op.execute("INSERT INTO account_search_fts (account_search_fts) VALUES ('rebuild')")
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in reversed(_TRIGGERS):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE account_search_fts")
    op.drop_index("ix_account_search_order", table_name="account_search")
    op.drop_table("account_search")
    op.drop_index("ix_account_name_key", table_name="account")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_column("name_key")
