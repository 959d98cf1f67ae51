"""The SQLAlchemy Core implementation of `Store`, shared by the SQLite and PostgreSQL backends."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import orjson
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Row

from bastion.errors import ConflictError, DependencyError, InputError
from bastion.models import Enforcement, QueueRequest
from bastion.store._schema import (
    accounts,
    api_keys,
    audit_head,
    audit_log,
    decision_labels,
    decisions,
    feed_cursors,
    items,
    review_queue,
    verdicts,
)
from bastion.store.audit import entry_hash
from bastion.store.base import CheckedRecord, Store, check_replay, decision_audit
from bastion.store.records import (
    Account,
    ApiKeyRecord,
    AuditEntry,
    ContentItem,
    DecisionFilter,
    DecisionRecord,
    NewAuditEntry,
    QueueEntry,
    Recorded,
    VerdictRecord,
)

_DOWN = (sa.exc.OperationalError, sa.exc.InterfaceError)
T = TypeVar("T")


def json_dumps(value: Any) -> str:
    """JSON columns' serialiser: orjson (fast), or the standard library for what orjson refuses
    (integers over 64 bits)."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return json.dumps(value, ensure_ascii=False)


# What `create_engine` takes so that JSON columns use the fast codec.
JSON_CODEC: dict[str, Any] = {"json_serializer": json_dumps, "json_deserializer": orjson.loads}


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

    def __init__(
        self,
        engine: sa.Engine,
        *,
        serialize: bool = False,
        write_guard: Callable[[], AbstractContextManager[object]] | None = None,
    ) -> None:
        """`serialize`: one transaction at a time (one shared connection); `write_guard`: held
        around each write transaction (a lock that queues writers of other processes)."""
        self._engine = engine
        self.url = engine.url.render_as_string(hide_password=True)
        self._local = threading.local()
        # One connection shared by all threads (SQLite :memory:) must not interleave transactions.
        self._lock: threading.RLock | None = threading.RLock() if serialize else None
        self._write_guard = write_guard

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
        guard = self._write_guard() if write and self._write_guard else nullcontext()
        with self._lock or nullcontext(), guard:
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
            stmt = self._insert(items).values(**_item_row(item))
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
        return _item(row)

    @staticmethod
    def _require_item(conn: sa.Connection, item_id: str) -> None:
        if conn.execute(sa.select(items.c.id).where(items.c.id == item_id)).first() is None:
            raise InputError(f"unknown item {item_id!r}; store it with put_item first")

    # --- verdicts ------------------------------------------------------------------------------

    def _put_verdict(self, verdict: VerdictRecord) -> VerdictRecord:
        with self._tx(write=True) as conn:
            self._require_item(conn, verdict.item_id)
            [stored] = self._insert_verdicts(conn, [verdict])
            return stored

    def _verdicts_for(self, item_id: str) -> list[VerdictRecord]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                sa.select(verdicts).where(verdicts.c.item_id == item_id).order_by(verdicts.c.id)
            )
            return [_verdict(r) for r in rows]

    # --- decisions -----------------------------------------------------------------------------

    def _put_decision(self, decision: DecisionRecord) -> DecisionRecord:
        with self._tx(write=True) as conn:
            self._require_item(conn, decision.item_id)
            [stored] = self._insert_decisions(conn, [decision])
            return stored

    @staticmethod
    def _insert_verdicts(conn: sa.Connection, rows: list[VerdictRecord]) -> list[VerdictRecord]:
        """Insert verdicts (ids 0) in one statement; return them with their new ids."""
        if not rows:
            return []
        ids = conn.execute(
            verdicts.insert().returning(verdicts.c.id, sort_by_parameter_order=True),
            [
                {
                    "item_id": v.item_id,
                    "flagged": v.flagged,
                    "labels": list(v.labels),
                    "scores": dict(v.scores),
                    "action": v.action,
                    "explanation": dict(v.explanation),
                    "created_at": v.created_at,
                }
                for v in rows
            ],
        ).scalars()
        return [replace(v, id=int(id_)) for v, id_ in zip(rows, ids, strict=True)]

    @staticmethod
    def _insert_decisions(
        conn: sa.Connection,
        rows: list[DecisionRecord],
        *,
        check: list[DecisionRecord] | None = None,
    ) -> list[DecisionRecord]:
        """Insert decisions (ids 0) and their label index; return them with their new ids.

        A decision naming its verdict must name one of its own item's verdicts; `check`: the
        decisions to check so (default: all; a verdict just inserted with it needs no check).
        """
        named = {d.verdict_id for d in (rows if check is None else check) if d.verdict_id}
        if named:
            owner = {
                id_: item_id
                for id_, item_id in conn.execute(
                    sa.select(verdicts.c.id, verdicts.c.item_id).where(verdicts.c.id.in_(named))
                )
            }
            for d in rows:
                if d.verdict_id is not None and owner.get(d.verdict_id) != d.item_id:
                    raise InputError(
                        f"verdict {d.verdict_id} is not a verdict on item {d.item_id!r}"
                    )
        ids = conn.execute(
            decisions.insert().returning(decisions.c.id, sort_by_parameter_order=True),
            [
                {
                    "item_id": d.item_id,
                    "verdict_id": d.verdict_id,
                    "flagged": d.flagged,
                    "action": d.action,
                    "rule_id": d.rule_id,
                    "policy_version": d.policy_version,
                    "labels": list(d.labels),
                    "scores": dict(d.scores),
                    "effects": list(d.effects),
                    "created_at": d.created_at,
                    "decided_by": d.decided_by,
                    "note": d.note,
                    "switches": dict(d.switches),
                    "context": None if d.context is None else dict(d.context),
                }
                for d in rows
            ],
        ).scalars()
        stored = [replace(d, id=int(id_)) for d, id_ in zip(rows, ids, strict=True)]
        labels = [
            {"decision_id": d.id, "label": label} for d in stored for label in sorted(set(d.labels))
        ]
        if labels:
            conn.execute(decision_labels.insert(), labels)
        return stored

    def _get_decision(self, decision_id: int) -> DecisionRecord | None:
        with self._tx(write=False) as conn:
            row = conn.execute(sa.select(decisions).where(decisions.c.id == decision_id)).first()
            return None if row is None else _decision(row)

    def _decisions_for(self, item_id: str) -> list[DecisionRecord]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                sa.select(decisions).where(decisions.c.item_id == item_id).order_by(decisions.c.id)
            )
            return [_decision(r) for r in rows]

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
            return [_decision(r) for r in conn.execute(q)]

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
            if not self._strike(conn, account_id, n, now):
                return None
            return self._account(conn, account_id)

    @staticmethod
    def _strike(conn: sa.Connection, account_id: str, n: int, now: datetime) -> bool:
        """Add `n` strikes (never below 0) in one atomic UPDATE; False if no such account."""
        total = accounts.c.strikes + n
        res = conn.execute(
            accounts.update()
            .where(accounts.c.id == account_id)
            .values(strikes=sa.case((total < 0, 0), else_=total), updated_at=now)
        )
        return bool(res.rowcount)

    @staticmethod
    def _account(conn: sa.Connection, account_id: str) -> Account | None:
        row = conn.execute(sa.select(accounts).where(accounts.c.id == account_id)).first()
        if row is None:
            return None
        return _account(row)

    # --- moderation: items decided with their enforcement, human reviews, queues ---------------

    def _record_many(self, records: list[CheckedRecord]) -> list[Recorded]:
        with self._tx(write=True) as conn:
            head = self._lock_chain(conn)  # first: the checks below then see every commit
            records = list(records)
            by_id, by_key = self._items_matching(conn, records)
            done: dict[int, Recorded] = {}
            writes: list[tuple[int, ContentItem, bool]] = []  # (index, item, item is new)
            for i, rec in enumerate(records):
                key = rec.item.idempotency_key
                stored = (by_key.get(key) if key is not None else None) or by_id.get(rec.item.id)
                if stored is None:
                    writes.append((i, replace(rec.item, status=rec.enforcement.item_status), True))
                    continue
                check_replay(rec.new_item, rec.item, stored)
                first = self._decision_of(conn, stored.id, latest=False)
                if first is not None:
                    verdict = self._verdict_where(conn, verdicts.c.id == first.verdict_id)
                    done[i] = Recorded(stored, verdict, first, None, False)
                else:  # stored by `put_item` alone (found by key: its id may differ from
                    # the one the record was checked with): decide on it now
                    records[i] = _about(rec, stored.id)
                    writes.append((i, stored, False))
            if writes:
                self._write_records(conn, head, records, writes, done)
            return [done[i] for i in range(len(records))]

    def _write_records(
        self,
        conn: sa.Connection,
        head: tuple[int, str],
        records: list[CheckedRecord],
        writes: list[tuple[int, ContentItem, bool]],
        done: dict[int, Recorded],
    ) -> None:
        now = datetime.now(UTC)
        new_items = [item for _, item, new in writes if new]
        if new_items:
            conn.execute(items.insert(), [_item_row(item) for item in new_items])
        for i, item, new in writes:
            if not new and item.status != records[i].enforcement.item_status:
                self._set_status(conn, item.id, records[i].enforcement.item_status)
        self._enforce_on_authors(
            conn,
            [(item.author_id, records[i]) for i, item, _ in writes if item.author_id],
            now,
        )
        with_verdict = [i for i, _, _ in writes if records[i].verdict is not None]
        stored_verdicts = dict(
            zip(
                with_verdict,
                self._insert_verdicts(conn, [_some(records[i].verdict) for i in with_verdict]),
                strict=True,
            )
        )
        decided = self._insert_decisions(
            conn,
            [
                replace(records[i].decision, verdict_id=stored_verdicts[i].id)
                if i in stored_verdicts and records[i].decision.verdict_id is None
                else records[i].decision
                for i, _, _ in writes
            ],
            check=[records[i].decision for i, _, _ in writes],  # the verdicts callers named
        )
        self._enqueue(
            conn,
            [
                (d, q)
                for (i, _, _), d in zip(writes, decided, strict=True)
                for q in records[i].enforcement.queue
            ],
        )
        entries = self._write_audit(
            conn,
            head,
            [
                NewAuditEntry(
                    actor=records[i].actor,
                    action="decision",
                    subject=f"item:{d.item_id}",
                    policy_version=d.policy_version,
                    before=None,
                    after=decision_audit(d, records[i].enforcement.item_status),
                    time=d.created_at,
                )
                for (i, _, _), d in zip(writes, decided, strict=True)
            ],
        )
        for (i, item, new), d, entry in zip(writes, decided, entries, strict=True):
            item = replace(item, status=records[i].enforcement.item_status)
            done[i] = Recorded(item, stored_verdicts.get(i), d, entry, new)

    def _review(
        self,
        decision: DecisionRecord,
        enforcement: Enforcement,
        actor: str,
        expected_decision_id: int | None,
    ) -> Recorded:
        with self._tx(write=True) as conn:
            head = self._lock_chain(conn)
            item = self._item_where(conn, items.c.id == decision.item_id)
            if item is None:
                raise InputError(f"unknown item {decision.item_id!r}")
            before = self._decision_of(conn, item.id, latest=True)
            if expected_decision_id is not None and (
                before is None or before.id != expected_decision_id
            ):
                raise ConflictError(
                    f"item {item.id!r} was decided again (decision "
                    f"{before.id if before else None}) after decision {expected_decision_id}, "
                    "which this review was based on; reload the item and decide again"
                )
            if decision.verdict_id is None and before is not None:
                decision = replace(decision, verdict_id=before.verdict_id)
            [stored] = self._insert_decisions(conn, [decision])
            now = datetime.now(UTC)
            if enforcement.item_status != item.status:
                self._set_status(conn, item.id, enforcement.item_status)
            if enforcement.close_queue:
                conn.execute(
                    review_queue.update()
                    .where(review_queue.c.item_id == item.id, review_queue.c.closed_at.is_(None))
                    .values(closed_at=now, closed_by=stored.id)
                )
            self._enqueue(conn, [(stored, q) for q in enforcement.queue])
            if item.author_id:
                self._enforce_on_authors(conn, [(item.author_id, enforcement)], now)
            [entry] = self._write_audit(
                conn,
                head,
                [
                    NewAuditEntry(
                        actor=actor,
                        action="review",
                        subject=f"item:{item.id}",
                        policy_version=stored.policy_version,
                        before=decision_audit(before, item.status)
                        if before
                        else {"decision": None, "item_status": item.status},
                        after=decision_audit(stored, enforcement.item_status),
                        time=stored.created_at,
                    )
                ],
            )
            verdict = self._verdict_where(conn, verdicts.c.id == stored.verdict_id)
            return Recorded(
                replace(item, status=enforcement.item_status), verdict, stored, entry, False
            )

    @staticmethod
    def _items_matching(
        conn: sa.Connection, records: list[CheckedRecord]
    ) -> tuple[dict[str, ContentItem], dict[str, ContentItem]]:
        """The stored items sharing an id or a key with `records`: (by id, by key)."""
        ids = [r.item.id for r in records]
        keys = [r.item.idempotency_key for r in records if r.item.idempotency_key is not None]
        cond: sa.ColumnElement[bool] = items.c.id.in_(ids)
        if keys:
            cond = sa.or_(cond, items.c.idempotency_key.in_(keys))
        found = [_item(row) for row in conn.execute(sa.select(items).where(cond))]
        return (
            {i.id: i for i in found},
            {i.idempotency_key: i for i in found if i.idempotency_key is not None},
        )

    @staticmethod
    def _decision_of(conn: sa.Connection, item_id: str, *, latest: bool) -> DecisionRecord | None:
        """The item's latest decision, or its first (what a replay answers, even if a human
        decided again since)."""
        order = decisions.c.id.desc() if latest else decisions.c.id
        row = conn.execute(
            sa.select(decisions).where(decisions.c.item_id == item_id).order_by(order).limit(1)
        ).first()
        return None if row is None else _decision(row)

    @staticmethod
    def _verdict_where(conn: sa.Connection, cond: sa.ColumnElement[bool]) -> VerdictRecord | None:
        row = conn.execute(sa.select(verdicts).where(cond)).first()
        return None if row is None else _verdict(row)

    @staticmethod
    def _set_status(conn: sa.Connection, item_id: str, status: str) -> None:
        conn.execute(items.update().where(items.c.id == item_id).values(status=status))

    @staticmethod
    def _enqueue(conn: sa.Connection, entries: list[tuple[DecisionRecord, QueueRequest]]) -> None:
        if entries:
            conn.execute(
                review_queue.insert(),
                [
                    {
                        "item_id": d.item_id,
                        "decision_id": d.id,
                        "queue": q.queue,
                        "priority": q.priority,
                        "rule_id": q.rule_id,
                        "created_at": d.created_at,
                    }
                    for d, q in entries
                ],
            )

    def _enforce_on_authors(
        self,
        conn: sa.Connection,
        authored: list[tuple[str, CheckedRecord | Enforcement]],
        now: datetime,
    ) -> None:
        """Create the authors' accounts seen for the first time; add strikes, suspend."""
        if not authored:
            return
        created: dict[str, datetime] = {}  # the first time given for each author, else now
        for author, what in authored:
            if author not in created:
                given = what.account_created_at if isinstance(what, CheckedRecord) else None
                created[author] = given or now
        # Known accounts stay as they are; one statement either way.
        conn.execute(
            self._insert(accounts).on_conflict_do_nothing(),
            [
                {"id": a, "created_at": t, "strikes": 0, "updated_at": now}
                for a, t in created.items()
            ],
        )
        for author, what in authored:
            enforcement = what.enforcement if isinstance(what, CheckedRecord) else what
            if enforcement.strikes:
                self._strike(conn, author, enforcement.strikes, now)
            if enforcement.suspend:
                days = enforcement.suspend_days
                conn.execute(
                    accounts.update()
                    .where(accounts.c.id == author)
                    .values(
                        suspended_at=now,
                        suspended_until=None if days is None else now + timedelta(days=days),
                        updated_at=now,
                    )
                )

    def _queue_entries_for(self, item_id: str) -> list[QueueEntry]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                sa.select(review_queue)
                .where(review_queue.c.item_id == item_id)
                .order_by(review_queue.c.id)
            )
            return [_queue_entry(r) for r in rows]

    def _get_accounts(self, account_ids: set[str]) -> dict[str, Account]:
        with self._tx(write=False) as conn:
            rows = conn.execute(sa.select(accounts).where(accounts.c.id.in_(account_ids)))
            return {r.id: _account(r) for r in rows}

    # --- the decision feed ---------------------------------------------------------------------

    def _decisions_after(self, after_id: int, limit: int) -> list[DecisionRecord]:
        with self._tx(write=False) as conn:
            rows = conn.execute(
                sa.select(decisions)
                .where(decisions.c.id > after_id)
                .order_by(decisions.c.id)
                .limit(limit)
            )
            return [_decision(r) for r in rows]

    def _feed_position(self, name: str) -> int:
        with self._tx(write=False) as conn:
            found = conn.execute(
                sa.select(feed_cursors.c.last_id).where(feed_cursors.c.name == name)
            ).scalar()
            return 0 if found is None else int(found)

    def _set_feed_position(self, name: str, last_id: int, now: datetime) -> None:
        with self._tx(write=True) as conn:
            stmt = self._insert(feed_cursors).values(name=name, last_id=last_id, updated_at=now)
            # Never backwards: two feeds racing (or a stale one) cannot replay old decisions.
            later = sa.case(
                (feed_cursors.c.last_id > last_id, feed_cursors.c.last_id), else_=last_id
            )
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=[feed_cursors.c.name],
                    set_={"last_id": later, "updated_at": now},
                )
            )

    # --- API keys -------------------------------------------------------------------------------

    def _add_api_key(self, key: ApiKeyRecord, actor: str) -> ApiKeyRecord:
        with self._tx(write=True) as conn:
            head = self._lock_chain(conn)
            taken = conn.execute(
                sa.select(api_keys.c.id).where(
                    sa.or_(api_keys.c.id == key.id, api_keys.c.key_hash == key.key_hash)
                )
            ).first()
            if taken is not None:
                raise ConflictError(f"an API key with id {key.id!r} or this hash already exists")
            conn.execute(
                api_keys.insert().values(
                    id=key.id,
                    key_hash=key.key_hash,
                    role=key.role,
                    name=key.name,
                    created_at=key.created_at,
                    rate_limit=key.rate_limit,
                )
            )
            after = key.to_json()
            self._write_audit(
                conn,
                head,
                [
                    NewAuditEntry(
                        actor, "key_created", f"key:{key.id}", None, None, after, key.created_at
                    )
                ],
            )
            return key

    def _api_key_by_hash(self, key_hash: str) -> ApiKeyRecord | None:
        with self._tx(write=False) as conn:
            row = conn.execute(sa.select(api_keys).where(api_keys.c.key_hash == key_hash)).first()
            return None if row is None else _api_key(row)

    def _api_keys(self) -> list[ApiKeyRecord]:
        with self._tx(write=False) as conn:
            rows = conn.execute(sa.select(api_keys).order_by(api_keys.c.created_at, api_keys.c.id))
            return [_api_key(r) for r in rows]

    def _revoke_api_key(self, key_id: str, actor: str, now: datetime) -> ApiKeyRecord | None:
        with self._tx(write=True) as conn:
            head = self._lock_chain(conn)
            row = conn.execute(sa.select(api_keys).where(api_keys.c.id == key_id)).first()
            if row is None:
                return None
            before = _api_key(row)
            if before.revoked_at is not None:
                return before
            conn.execute(api_keys.update().where(api_keys.c.id == key_id).values(revoked_at=now))
            after = replace(before, revoked_at=now)
            self._write_audit(
                conn,
                head,
                [
                    NewAuditEntry(
                        actor,
                        "key_revoked",
                        f"key:{key_id}",
                        None,
                        before.to_json(),
                        after.to_json(),
                        now,
                    )
                ],
            )
            return after

    # --- audit log -----------------------------------------------------------------------------

    def _append(self, entry: NewAuditEntry) -> AuditEntry:
        with self._tx(write=True) as conn:
            [stored] = self._write_audit(conn, self._lock_chain(conn), [entry])
            return stored

    @staticmethod
    def _lock_chain(conn: sa.Connection) -> tuple[int, str]:
        """Lock the audit head for this transaction (serialising every writer) and read it."""
        head = conn.execute(
            sa.select(audit_head.c.seq, audit_head.c.hash)
            .where(audit_head.c.id == 1)
            .with_for_update()
        ).one()
        return int(head.seq), str(head.hash)

    @staticmethod
    def _write_audit(
        conn: sa.Connection, head: tuple[int, str], entries: list[NewAuditEntry]
    ) -> list[AuditEntry]:
        """Link `entries` (times set) after the locked `head`, insert them, move the head."""
        seq, prev = head
        stored: list[AuditEntry] = []
        for entry in entries:
            assert entry.time is not None
            seq += 1
            draft = AuditEntry(
                seq=seq,
                time=entry.time,
                actor=entry.actor,
                action=entry.action,
                subject=entry.subject,
                policy_version=entry.policy_version,
                before=entry.before,  # JSON values already (checked by every caller)
                after=entry.after,
                prev_hash=prev,
                hash="",
            )
            prev = entry_hash(prev, draft.payload())
            stored.append(replace(draft, hash=prev))
        conn.execute(
            audit_log.insert(),
            [
                {
                    "seq": e.seq,
                    "time": e.time,
                    "actor": e.actor,
                    "action": e.action,
                    "subject": e.subject,
                    "policy_version": e.policy_version,
                    "before": e.before,
                    "after": e.after,
                    "prev_hash": e.prev_hash,
                    "hash": e.hash,
                }
                for e in stored
            ],
        )
        conn.execute(audit_head.update().where(audit_head.c.id == 1).values(seq=seq, hash=prev))
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


# --- rows <-> records ------------------------------------------------------------------------


def _some(value: T | None) -> T:
    assert value is not None
    return value


def _about(rec: CheckedRecord, item_id: str) -> CheckedRecord:
    """`rec` with its verdict and decision on the item `item_id`."""
    verdict = None if rec.verdict is None else replace(rec.verdict, item_id=item_id)
    return replace(rec, verdict=verdict, decision=replace(rec.decision, item_id=item_id))


def _item_row(item: ContentItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "text": item.text,
        "lang": item.lang,
        "surface": item.surface,
        "author_id": item.author_id,
        "created_at": item.created_at,
        "idempotency_key": item.idempotency_key,
        "context": item.context,
        "status": item.status,
    }


def _item(row: Row[Any]) -> ContentItem:
    return ContentItem(
        id=row.id,
        text=row.text,
        lang=row.lang,
        surface=row.surface,
        author_id=row.author_id,
        created_at=row.created_at,
        idempotency_key=row.idempotency_key,
        context=row.context,
        status=row.status,
    )


def _verdict(r: Row[Any]) -> VerdictRecord:
    return VerdictRecord(
        id=r.id,
        item_id=r.item_id,
        flagged=bool(r.flagged),
        labels=tuple(r.labels),
        scores=r.scores,
        action=r.action,
        explanation=r.explanation,
        created_at=r.created_at,
    )


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
        decided_by=r.decided_by,
        note=r.note,
        switches=r.switches or {},
        context=r.context,
    )


def _account(r: Row[Any]) -> Account:
    return Account(r.id, r.created_at, r.strikes, r.updated_at, r.suspended_at, r.suspended_until)


def _api_key(r: Row[Any]) -> ApiKeyRecord:
    return ApiKeyRecord(r.id, r.key_hash, r.role, r.name, r.created_at, r.rate_limit, r.revoked_at)


def _queue_entry(r: Row[Any]) -> QueueEntry:
    return QueueEntry(
        id=r.id,
        item_id=r.item_id,
        decision_id=r.decision_id,
        queue=r.queue,
        priority=r.priority,
        rule_id=r.rule_id,
        created_at=r.created_at,
        closed_at=r.closed_at,
        closed_by=r.closed_by,
    )
