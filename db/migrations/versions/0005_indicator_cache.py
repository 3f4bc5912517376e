"""Indicator cache: every account's value indicators as the last refresh computed them;
indexes on account.parent_id and referred_by_id, none on value_snapshot.account_id alone

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 23:40:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "indicator_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("computed_for", sa.Date(), nullable=False),
        sa.Column("indicators", sa.String(length=400), nullable=False),
        sa.Column("account_ids", sa.LargeBinary(), nullable=False),
        sa.Column("matrix", sa.LargeBinary(), nullable=False),
        sa.Column("tier_medians", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_cache")),
    )
    # The unique (account_id, month, model_id) index already serves look-ups by account; a
    # second index on account_id alone only slowed down writing a month's 100,000 snapshots.
    with op.batch_alter_table("value_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_value_snapshot_account_id"))
    # A group's tree and an account's referrals are read by these (the Value tab, per account).
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_account_referred_by_id"), ["referred_by_id"], unique=False
        )
    # A cache: the next open refreshes the account caches, which fills it (and scores with
    # the coverage-gap indicator this version adds).
    op.execute("DELETE FROM book_meta WHERE key = 'caches_refreshed_on'")


def downgrade() -> None:
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_referred_by_id"))
        batch_op.drop_index(batch_op.f("ix_account_parent_id"))
    with op.batch_alter_table("value_snapshot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_value_snapshot_account_id"), ["account_id"], unique=False
        )
    op.drop_table("indicator_cache")
