"""The SQLAlchemy Core implementation of `Store`, shared by the SQLite and PostgreSQL backends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Row

from bastion.errors import DependencyError, InputError
from bastion.store._schema import (
    accounts,
    audit_head,
    audit_log,
    decision_labels,
    decisions,
    items,
    verdicts,
)
from bastion.store.audit import entry_hash
from bastion.store.base import Store, as_json
from bastion.store.records import (
    Account,
    AuditEntry,
    ContentItem,
    DecisionFilter,
    DecisionRecord,
    NewAuditEntry,
    VerdictRecord,
)

_DOWN = (sa.exc.OperationalError, sa.exc.InterfaceError)


def dependency_error(url: str, e: BaseException) -> DependencyError:
    """The error for a database that is down, naming the URL (password hidden) and the cause."""
    orig = getattr(e, "orig", None) or e
    cause = (str(orig).strip().splitlines() or [type(orig).__name__])[0]
    return DependencyError(
        f"database {url} is unavailable: {cause}; check that it is running and reachable, "
        "and that BASTION_DATABASE_URL points at it"
    )


class SQLStore(Store):
    """A `Store` on a SQLAlchemy engine; subclasses only set the engine up."""

    def __init__(self, engine: sa.Engine, *, serialize: bool = False) -> None:
        self._engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self._local = threading.local()
        # One connection shared by all threads (SQLite :memory:) must not interleave transactions.
        self._lock: threading.RLock | None = threading.RLock() if serialize else None

    @property
    def engine(self) -> sa.Engine:
        return self._engine

    def close(self) -> None:
        self._engine.dispose()

    def transaction(self) -> AbstractContextManager[None]:
        @contextmanager
        def tx() -> Iterator[None]:
            with self._tx(write=True):
                yield

        return tx()

    @contextmanager
    def _tx(self, *, write: bool) -> Iterator[sa.Connection]:
        """The current transaction's connection, or a new transaction that commits on exit."""
        current: sa.Connection | None = getattr(self._local, "conn", None)
        if current is not None:
            yield current
            return
        with self._lock or nullcontext():
            try:
                with self._engine.connect() as conn:
                    conn.info["bastion_begin"] = "IMMEDIATE" if write else "DEFERRED"
                    with conn.begin():
                        self._local.conn = conn
                        try:
                            yield conn
                        finally:
                            self._local.conn = None
            except _DOWN as e:
                raise dependency_error(self.url, e) from e

    def _insert(self, table: sa.Table) -> Any:
        """An INSERT that can say ON CONFLICT DO NOTHING on this dialect."""
        if self._engine.dialect.name == "postgresql":
            return postgresql.insert(table)
        return sqlite.insert(table)

    # --- items ---------------------------------------------------------------------------------

    def _put_item(self, item: ContentItem) -> tuple[ContentItem, bool]:
        with self._tx(write=True) as conn:
            stmt = self._insert(items).values(
                id=item.id,
                text=item.text,
                lang=item.lang,
                surface=item.surface,
                author_id=item.author_id,
                created_at=item.created_at,
                idempotency_key=item.idempotency_key,
                context=item.context,
            )
            inserted = conn.execute(stmt.on_conflict_do_nothing().returning(items.c.id)).first()
            if inserted is not None:
                return item, True
            existing = None
            if item.idempotency_key is not None:
                existing = self._item_where(conn, items.c.idempotency_key == item.idempotency_key)
            if existing is None:
                existing = self._item_where(conn, items.c.id == item.id)
            assert existing is not None, "insert conflicted with a row that is not there"
            return existing, False

    def _get_item(self, item_id: str) -> ContentItem | None:
        with self._tx(write=False) as conn:
            return self._item_where(conn, items.c.id == item_id)

    def _get_item_by_key(self, key: str) -> ContentItem | None:
        with self._tx(write=False) as conn:
            return self._item_where(conn, items.c.idempotency_key == key)

    @staticmethod
    def _item_where(conn: sa.Connection, cond: sa.ColumnElement[bool]) -> ContentItem | None:
        row = conn.execute(sa.select(items).where(cond)).first()
        if row is None:
            return None
        return ContentItem(
            id=row.id,
            text=row.text,
            lang=row.lang,
            surface=row.surface,
            author_id=row.author_id,
            created_at=row.created_at,
            idempotency_key=row.idempotency_key,
            context=row.context,
        )

    @staticmethod
    def _require_item(conn: sa.Connection, item_id: str) -> None:
        if conn.execute(sa.select(items.c.id).where(items.c.id == item_id)).first() is None:
            raise InputError(f"unknown item {item_id!r}; store it with put_item first")

    # --- verdicts ------------------------------------------------------------------------------

    def _put_verdict(self, verdict: VerdictRecord) -> VerdictRecord:
        with self._tx(write=True) as conn:
            self._require_item(conn, verdict.item_id)
            res = conn.execute(
                verdicts.insert().values(
                    item_id=verdict.item_id,
                    flagged=verdict.flagged,
                    labels=list(verdict.labels),
                    scores=dict(verdict.scores),
                    action=verdict.action,
                    explanation=dict(verdict.explanation),
                    created_at=verdict.created_at,
                )
            )
            pk = res.inserted_primary_key
            assert pk is not None
            return VerdictRecord(
                id=int(pk[0]),
                item_id=verdict.item_id,
                flagged=verdict.flagged,
                labels=verdict.labels,
                scores=verdict.scores,
                action=verdict.action,
                explanation=as_json(dict(verdict.explanation)),
                created_at=verdict.created_at,
            )

    def _verdicts_for(self, item_id: str) -> list[VerdictRecord]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                sa.select(verdicts).where(verdicts.c.item_id == item_id).order_by(verdicts.c.id)
            )
            return [
                VerdictRecord(
                    id=r.id,
                    item_id=r.item_id,
                    flagged=bool(r.flagged),
                    labels=tuple(r.labels),
                    scores=r.scores,
                    action=r.action,
                    explanation=r.explanation,
                    created_at=r.created_at,
                )
                for r in rows
            ]

    # --- decisions -----------------------------------------------------------------------------

    def _put_decision(self, decision: DecisionRecord) -> DecisionRecord:
        with self._tx(write=True) as conn:
            self._require_item(conn, decision.item_id)
            if decision.verdict_id is not None:
                found = conn.execute(
                    sa.select(verdicts.c.item_id).where(verdicts.c.id == decision.verdict_id)
                ).first()
                if found is None or found.item_id != decision.item_id:
                    raise InputError(
                        f"verdict {decision.verdict_id} is not a verdict on item "
                        f"{decision.item_id!r}"
                    )
            res = conn.execute(
                decisions.insert().values(
                    item_id=decision.item_id,
                    verdict_id=decision.verdict_id,
                    flagged=decision.flagged,
                    action=decision.action,
                    rule_id=decision.rule_id,
                    policy_version=decision.policy_version,
                    labels=list(decision.labels),
                    scores=dict(decision.scores),
                    effects=list(decision.effects),
                    created_at=decision.created_at,
                )
            )
            pk = res.inserted_primary_key
            assert pk is not None
            id_ = int(pk[0])
            labels = sorted(set(decision.labels))
            if labels:
                conn.execute(
                    decision_labels.insert(), [{"decision_id": id_, "label": x} for x in labels]
                )
            return DecisionRecord(
                id=id_,
                item_id=decision.item_id,
                verdict_id=decision.verdict_id,
                flagged=decision.flagged,
                action=decision.action,
                rule_id=decision.rule_id,
                policy_version=decision.policy_version,
                labels=decision.labels,
                scores=decision.scores,
                effects=tuple(as_json(list(decision.effects))),
                created_at=decision.created_at,
            )

    @staticmethod
    def _decision(r: Row[Any]) -> DecisionRecord:
        return DecisionRecord(
            id=r.id,
            item_id=r.item_id,
            verdict_id=r.verdict_id,
            flagged=bool(r.flagged),
            action=r.action,
            rule_id=r.rule_id,
            policy_version=r.policy_version,
            labels=tuple(r.labels),
            scores=r.scores,
            effects=tuple(r.effects),
            created_at=r.created_at,
        )

    def _get_decision(self, decision_id: int) -> DecisionRecord | None:
        with self._tx(write=False) as conn:
            row = conn.execute(sa.select(decisions).where(decisions.c.id == decision_id)).first()
            return None if row is None else self._decision(row)

    def _decisions_for(self, item_id: str) -> list[DecisionRecord]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                sa.select(decisions).where(decisions.c.item_id == item_id).order_by(decisions.c.id)
            )
            return [self._decision(r) for r in rows]

    def _list_decisions(
        self, where: DecisionFilter, after: tuple[datetime, int] | None, limit: int
    ) -> list[DecisionRecord]:
        c = decisions.c
        q = sa.select(decisions)
        if where.action is not None:
            q = q.where(c.action == where.action)
        if where.item_id is not None:
            q = q.where(c.item_id == where.item_id)
        if where.label is not None:
            dl = decision_labels.c
            q = q.where(
                sa.exists().where(
                    dl.decision_id == c.id,
                    sa.or_(
                        dl.label == where.label,
                        dl.label.startswith(where.label + "/", autoescape=True),
                    ),
                )
            )
        if where.since is not None:
            q = q.where(c.created_at >= where.since)
        if where.until is not None:
            q = q.where(c.created_at < where.until)
        if after is not None:
            t, id_ = after
            q = q.where(sa.or_(c.created_at < t, sa.and_(c.created_at == t, c.id < id_)))
        q = q.order_by(c.created_at.desc(), c.id.desc()).limit(limit)
        with self._tx(write=False) as conn:
            return [self._decision(r) for r in conn.execute(q)]

    # --- accounts ------------------------------------------------------------------------------

    def _put_account(self, account_id: str, created_at: datetime, now: datetime) -> Account:
        with self._tx(write=True) as conn:
            stmt = self._insert(accounts).values(
                id=account_id, created_at=created_at, strikes=0, updated_at=now
            )
            conn.execute(stmt.on_conflict_do_nothing())
            account = self._account(conn, account_id)
            assert account is not None
            return account

    def _get_account(self, account_id: str) -> Account | None:
        with self._tx(write=False) as conn:
            return self._account(conn, account_id)

    def _add_strikes(self, account_id: str, n: int, now: datetime) -> Account | None:
        with self._tx(write=True) as conn:
            total = accounts.c.strikes + n
            res = conn.execute(
                accounts.update()
                .where(accounts.c.id == account_id)
                .values(strikes=sa.case((total < 0, 0), else_=total), updated_at=now)
            )
            if res.rowcount == 0:
                return None
            return self._account(conn, account_id)

    @staticmethod
    def _account(conn: sa.Connection, account_id: str) -> Account | None:
        row = conn.execute(sa.select(accounts).where(accounts.c.id == account_id)).first()
        if row is None:
            return None
        return Account(row.id, row.created_at, row.strikes, row.updated_at)

    # --- audit log -----------------------------------------------------------------------------

    def _append(self, entry: NewAuditEntry) -> AuditEntry:
        assert entry.time is not None
        with self._tx(write=True) as conn:
            head = conn.execute(
                sa.select(audit_head.c.seq, audit_head.c.hash)
                .where(audit_head.c.id == 1)
                .with_for_update()
            ).one()
            draft = AuditEntry(
                seq=head.seq + 1,
                time=entry.time,
                actor=entry.actor,
                action=entry.action,
                subject=entry.subject,
                policy_version=entry.policy_version,
                before=as_json(entry.before),
                after=as_json(entry.after),
                prev_hash=head.hash,
                hash="",
            )
            stored = replace(draft, hash=entry_hash(draft.prev_hash, draft.payload()))
            conn.execute(
                audit_log.insert().values(
                    seq=stored.seq,
                    time=stored.time,
                    actor=stored.actor,
                    action=stored.action,
                    subject=stored.subject,
                    policy_version=stored.policy_version,
                    before=stored.before,
                    after=stored.after,
                    prev_hash=stored.prev_hash,
                    hash=stored.hash,
                )
            )
            conn.execute(
                audit_head.update()
                .where(audit_head.c.id == 1)
                .values(seq=stored.seq, hash=stored.hash)
            )
            return stored

    @staticmethod
    def _entry(r: Row[Any]) -> AuditEntry:
        return AuditEntry(
            seq=r.seq,
            time=r.time,
            actor=r.actor,
            action=r.action,
            subject=r.subject,
            policy_version=r.policy_version,
            before=r.before,
            after=r.after,
            prev_hash=r.prev_hash,
            hash=r.hash,
        )

    def _entries(self, after_seq: int, limit: int) -> list[AuditEntry]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                sa.select(audit_log)
                .where(audit_log.c.seq > after_seq)
                .order_by(audit_log.c.seq)
                .limit(limit)
            )
            return [self._entry(r) for r in rows]

    def _head(self) -> AuditEntry | None:
        with self._tx(write=False) as conn:
            row = conn.execute(
                sa.select(audit_log).order_by(audit_log.c.seq.desc()).limit(1)
            ).first()
            return None if row is None else self._entry(row)

    def _chain_head(self) -> tuple[int, str]:
        with self._tx(write=False) as conn:
            row = conn.execute(
                sa.select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == 1)
            ).one()
            return int(row.seq), str(row.hash)
