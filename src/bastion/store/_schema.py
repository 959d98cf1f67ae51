"""The tables as SQLAlchemy Core metadata (the migrations create them; a test keeps both equal)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect


class UTCDateTime(sa.TypeDecorator[datetime]):
    """An aware UTC datetime (microseconds): timestamptz on PostgreSQL, sortable text on SQLite."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value.isoformat()} given to the store")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")  # SQLite autoincrements INTEGER only

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = sa.MetaData(naming_convention=NAMING)

items = sa.Table(
    "items",
    metadata,
    sa.Column("id", sa.String(255), primary_key=True),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("lang", sa.String(16), nullable=True),
    sa.Column("surface", sa.String(32), nullable=False),
    sa.Column("author_id", sa.String(255), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("idempotency_key", sa.String(255), nullable=True, unique=True),
    sa.Column("context", sa.JSON(), nullable=False),
    # visible | labelled | reduced | held | removed: set by the latest decision's effects
    sa.Column("status", sa.String(16), nullable=False, server_default="visible"),
    sa.Index("ix_items_author_id", "author_id", "created_at"),
)

verdicts = sa.Table(
    "verdicts",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("item_id", sa.String(255), sa.ForeignKey("items.id"), nullable=False),
    sa.Column("flagged", sa.Boolean(), nullable=False),
    sa.Column("labels", sa.JSON(), nullable=False),
    sa.Column("scores", sa.JSON(), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("explanation", sa.JSON(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Index("ix_verdicts_item_id", "item_id", "id"),
)

decisions = sa.Table(
    "decisions",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("item_id", sa.String(255), sa.ForeignKey("items.id"), nullable=False),
    sa.Column("verdict_id", BigId, sa.ForeignKey("verdicts.id"), nullable=True),
    sa.Column("flagged", sa.Boolean(), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("rule_id", sa.String(255), nullable=False),
    sa.Column("policy_version", sa.String(255), nullable=False),
    sa.Column("labels", sa.JSON(), nullable=False),
    sa.Column("scores", sa.JSON(), nullable=False),
    sa.Column("effects", sa.JSON(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    # "policy" for automated decisions, else the human's actor id (`key:…`)
    sa.Column("decided_by", sa.String(255), nullable=False, server_default="policy"),
    sa.Column("note", sa.Text(), nullable=True),
    sa.Column("switches", sa.JSON(), nullable=True),
    sa.Column("context", sa.JSON(), nullable=True),  # the item context the policy saw
    sa.Index("ix_decisions_created_at", "created_at", "id"),
    sa.Index("ix_decisions_action", "action", "created_at", "id"),
    sa.Index("ix_decisions_item_id", "item_id", "id"),
)

decision_labels = sa.Table(
    "decision_labels",
    metadata,
    sa.Column("decision_id", BigId, sa.ForeignKey("decisions.id"), primary_key=True),
    sa.Column("label", sa.String(255), primary_key=True),
    sa.Index("ix_decision_labels_label", "label", "decision_id"),
)

accounts = sa.Table(
    "accounts",
    metadata,
    sa.Column("id", sa.String(255), primary_key=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("strikes", sa.Integer(), nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
    sa.Column("suspended_at", UTCDateTime(), nullable=True),
    sa.Column(
        "suspended_until", UTCDateTime(), nullable=True
    ),  # null while suspended: until lifted
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("seq", BigId, primary_key=True, autoincrement=False),
    sa.Column("time", UTCDateTime(), nullable=False),
    sa.Column("actor", sa.String(255), nullable=False),
    sa.Column("action", sa.String(64), nullable=False),
    sa.Column("subject", sa.String(255), nullable=False),
    sa.Column("policy_version", sa.String(255), nullable=True),
    sa.Column("before", sa.JSON(), nullable=True),
    sa.Column("after", sa.JSON(), nullable=True),
    sa.Column("prev_hash", sa.String(64), nullable=False),
    sa.Column("hash", sa.String(64), nullable=False, unique=True),
    sa.Index("ix_audit_log_subject", "subject", "seq"),
)

# One row (id=1): the seq and hash of the last entry. Appends lock it, which serialises them,
# and `verify` compares it with the last entry, which catches entries cut from the end.
audit_head = sa.Table(
    "audit_head",
    metadata,
    sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
    sa.Column("seq", BigId, nullable=False),
    sa.Column("hash", sa.String(64), nullable=False),
)

review_queue = sa.Table(
    "review_queue",
    metadata,
    sa.Column("id", BigId, primary_key=True, autoincrement=True),
    sa.Column("item_id", sa.String(255), sa.ForeignKey("items.id"), nullable=False),
    sa.Column("decision_id", BigId, sa.ForeignKey("decisions.id"), nullable=False),
    sa.Column("queue", sa.String(64), nullable=False),
    sa.Column("priority", sa.String(16), nullable=False),
    sa.Column("rule_id", sa.String(255), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("closed_at", UTCDateTime(), nullable=True),
    sa.Column("closed_by", BigId, sa.ForeignKey("decisions.id"), nullable=True),
    sa.Index("ix_review_queue_open", "queue", "closed_at", "created_at"),
    sa.Index("ix_review_queue_item_id", "item_id", "id"),
)

api_keys = sa.Table(
    "api_keys",
    metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("name", sa.String(200), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("rate_limit", sa.Integer(), nullable=True),  # per minute; null: the setting's
    sa.Column("revoked_at", UTCDateTime(), nullable=True),
)

# Where each consumer of the decision feed stopped: decisions are committed in id order
# (every write holds the audit head), so "after this id" is a complete resume point.
feed_cursors = sa.Table(
    "feed_cursors",
    metadata,
    sa.Column("name", sa.String(64), primary_key=True),
    sa.Column("last_id", BigId, nullable=False),
    sa.Column("updated_at", UTCDateTime(), nullable=False),
)
