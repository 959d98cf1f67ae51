"""Enforcement and service tables: item status, who decided and on what context, suspensions,
review queue, API keys (until now created outside the migrations), decision feed cursors.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bastion.store._schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("items") as t:
        t.add_column(sa.Column("status", sa.String(16), nullable=False, server_default="visible"))
    with op.batch_alter_table("decisions") as t:
        t.add_column(
            sa.Column("decided_by", sa.String(255), nullable=False, server_default="policy")
        )
        t.add_column(sa.Column("note", sa.Text(), nullable=True))
        t.add_column(sa.Column("switches", sa.JSON(), nullable=True))
        t.add_column(sa.Column("context", sa.JSON(), nullable=True))
    with op.batch_alter_table("accounts") as t:
        t.add_column(sa.Column("suspended_at", UTCDateTime(), nullable=True))
        t.add_column(sa.Column("suspended_until", UTCDateTime(), nullable=True))
    op.create_table(
        "review_queue",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("item_id", sa.String(255), nullable=False),
        sa.Column("decision_id", BigId, nullable=False),
        sa.Column("queue", sa.String(64), nullable=False),
        sa.Column("priority", sa.String(16), nullable=False),
        sa.Column("rule_id", sa.String(255), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.Column("closed_by", BigId, nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_review_queue"),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name="fk_review_queue_item_id_items"),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name="fk_review_queue_decision_id_decisions"
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"], ["decisions.id"], name="fk_review_queue_closed_by_decisions"
        ),
    )
    op.create_index("ix_review_queue_open", "review_queue", ["queue", "closed_at", "created_at"])
    op.create_index("ix_review_queue_item_id", "review_queue", ["item_id", "id"])
    # Servers before this revision created `api_keys` themselves on first use.
    if "api_keys" in sa.inspect(op.get_bind()).get_table_names():
        with op.batch_alter_table("api_keys") as t:
            t.alter_column("created_at", type_=UTCDateTime(), existing_nullable=False)
            t.add_column(sa.Column("rate_limit", sa.Integer(), nullable=True))
            t.add_column(sa.Column("revoked_at", UTCDateTime(), nullable=True))
    else:
        op.create_table(
            "api_keys",
            sa.Column("id", sa.String(16), nullable=False),
            sa.Column("key_hash", sa.String(64), nullable=False),
            sa.Column("role", sa.String(16), nullable=False),
            sa.Column("name", sa.String(200), nullable=True),
            sa.Column("created_at", UTCDateTime(), nullable=False),
            sa.Column("rate_limit", sa.Integer(), nullable=True),
            sa.Column("revoked_at", UTCDateTime(), nullable=True),
            sa.PrimaryKeyConstraint("id", name="pk_api_keys"),
            sa.UniqueConstraint("key_hash", name="uq_api_keys_key_hash"),
        )
    op.create_table(
        "feed_cursors",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("last_id", BigId, nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_feed_cursors"),
    )


def downgrade() -> None:
    op.drop_table("feed_cursors")
    op.drop_table("api_keys")
    op.drop_index("ix_review_queue_item_id", table_name="review_queue")
    op.drop_index("ix_review_queue_open", table_name="review_queue")
    op.drop_table("review_queue")
    with op.batch_alter_table("accounts") as t:
        t.drop_column("suspended_until")
        t.drop_column("suspended_at")
    with op.batch_alter_table("decisions") as t:
        t.drop_column("context")
        t.drop_column("switches")
        t.drop_column("note")
        t.drop_column("decided_by")
    with op.batch_alter_table("items") as t:
        t.drop_column("status")
