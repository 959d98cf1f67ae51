"""Initial schema: items, verdicts, decisions (+ labels), accounts, audit log and its head.

Revision ID: 0001
Revises:
Create Date: 2026-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from bastion.store._schema import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
GENESIS = "0" * 64


def upgrade() -> None:
    op.create_table(
        "items",
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(16), nullable=True),
        sa.Column("surface", sa.String(32), nullable=False),
        sa.Column("author_id", sa.String(255), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("idempotency_key", sa.String(255), nullable=True),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_items"),
        sa.UniqueConstraint("idempotency_key", name="uq_items_idempotency_key"),
    )
    op.create_index("ix_items_author_id", "items", ["author_id", "created_at"])
    op.create_table(
        "verdicts",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("item_id", sa.String(255), nullable=False),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("explanation", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_verdicts"),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name="fk_verdicts_item_id_items"),
    )
    op.create_index("ix_verdicts_item_id", "verdicts", ["item_id", "id"])
    op.create_table(
        "decisions",
        sa.Column("id", BigId, autoincrement=True, nullable=False),
        sa.Column("item_id", sa.String(255), nullable=False),
        sa.Column("verdict_id", BigId, nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("rule_id", sa.String(255), nullable=False),
        sa.Column("policy_version", sa.String(255), nullable=False),
        sa.Column("labels", sa.JSON(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("effects", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_decisions"),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name="fk_decisions_item_id_items"),
        sa.ForeignKeyConstraint(
            ["verdict_id"], ["verdicts.id"], name="fk_decisions_verdict_id_verdicts"
        ),
    )
    op.create_index("ix_decisions_created_at", "decisions", ["created_at", "id"])
    op.create_index("ix_decisions_action", "decisions", ["action", "created_at", "id"])
    op.create_index("ix_decisions_item_id", "decisions", ["item_id", "id"])
    op.create_table(
        "decision_labels",
        sa.Column("decision_id", BigId, nullable=False),
        sa.Column("label", sa.String(255), nullable=False),
        sa.PrimaryKeyConstraint("decision_id", "label", name="pk_decision_labels"),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decisions.id"], name="fk_decision_labels_decision_id_decisions"
        ),
    )
    op.create_index("ix_decision_labels_label", "decision_labels", ["label", "decision_id"])
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(255), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("strikes", sa.Integer(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_accounts"),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", BigId, autoincrement=False, nullable=False),
        sa.Column("time", UTCDateTime(), nullable=False),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("subject", sa.String(255), nullable=False),
        sa.Column("policy_version", sa.String(255), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_audit_log"),
        sa.UniqueConstraint("hash", name="uq_audit_log_hash"),
    )
    op.create_index("ix_audit_log_subject", "audit_log", ["subject", "seq"])
    head = op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", BigId, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
    )
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": GENESIS}])


def downgrade() -> None:
    for table in (
        "audit_head",
        "audit_log",
        "accounts",
        "decision_labels",
        "decisions",
        "verdicts",
        "items",
    ):
        op.drop_table(table)
