"""Indicator cache: every account's value indicators as the last refresh computed them

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
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_cache")),
    )
    # A cache: the next open refreshes the account caches, which fills it (and scores with
    # the coverage-gap indicator this version adds).
    op.execute("DELETE FROM book_meta WHERE key = 'caches_refreshed_on'")


def downgrade() -> None:
    op.drop_table("indicator_cache")
