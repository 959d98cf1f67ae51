"""The contract every store backend passes: subclass `StoreContract` (fixtures come with it).

Each test runs on a fresh database of every backend: SQLite in memory, a SQLite file, and
the real PostgreSQL (a new schema per test, dropped after), started if it is down.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bastion.errors import ConflictError, InputError
from bastion.models import ITEM_STATUSES, Enforcement, Explanation, QueueRequest, Verdict
from bastion.store import (
    ApiKeyRecord,
    DecisionFilter,
    DecisionRecord,
    NewAuditEntry,
    NewDecision,
    NewItem,
    NewRecord,
    NewVerdict,
    Recorded,
    Store,
    open_store,
)
from bastion.store.audit import GENESIS, entry_hash
from bastion.store.sql import SQLStore

T0 = datetime(2026, 3, 1, 12, 0, 0, 123456, tzinfo=UTC)


@dataclass(frozen=True)
class StoreTarget:
    """A database a test may open stores on; `persistent` if a second open sees the same data."""

    name: str
    url: str
    schema: str | None = None

    @property
    def persistent(self) -> bool:
        return self.name != "sqlite-memory"

    def open(self) -> SQLStore:
        return open_store(self.url, schema=self.schema)

    @staticmethod
    def raw(store: Store, sql: str, **params: Any) -> Any:
        """Run raw SQL behind the store's back (to tamper, or to count rows)."""
        assert isinstance(store, SQLStore)
        with store.engine.begin() as conn:
            res = conn.execute(sa.text(sql), params)
            return res.all() if res.returns_rows else res.rowcount


PG_URL = os.environ.get("BASTION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite-memory", "sqlite-file", "postgresql"]


def _pg_down(url: str) -> str | None:
    """None if PostgreSQL answers at `url`, else why not."""
    engine = sa.create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
        return None
    except sa.exc.OperationalError as e:
        return str(e.orig or e).strip().splitlines()[0]
    finally:
        engine.dispose()


def _start_postgres() -> str:
    """Try to start the local cluster; what happened, for the skip reason."""
    try:
        versions = sorted(os.listdir("/etc/postgresql"))
    except OSError as e:
        return f"no /etc/postgresql to start a cluster from ({e})"
    if not versions:
        return "no cluster in /etc/postgresql"
    cmd = ["pg_ctlcluster", "--skip-systemctl-redirect", versions[-1], "main", "start"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        return f"`{' '.join(cmd)}` failed: {e}"
    return f"`{' '.join(cmd)}` exited {done.returncode}: {(done.stderr or done.stdout).strip()}"


@functools.cache
def postgres_status() -> str | None:
    """None once the test PostgreSQL answers (started if it was down), else why it cannot."""
    why = _pg_down(PG_URL)
    if why is None:
        return None
    started = _start_postgres()
    for _ in range(30):
        if _pg_down(PG_URL) is None:
            return None
        time.sleep(0.5)
    return f"PostgreSQL at {PG_URL} is down ({why}) and could not be started: {started}"


def require_postgres() -> str:
    """The test PostgreSQL URL; skips the test, saying why, if it is down for good."""
    why = postgres_status()
    if why is not None:
        pytest.skip(why)
    return PG_URL


class StoreFixtures:
    """`target`: a fresh empty database per backend; `store`: a store opened on it."""

    @pytest.fixture(params=BACKENDS)
    def target(self, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreTarget]:
        name: str = request.param
        if name == "sqlite-memory":
            yield StoreTarget(name, "sqlite://")
        elif name == "sqlite-file":
            yield StoreTarget(name, f"sqlite:///{tmp_path / 'bastion.db'}")
        else:
            url = require_postgres()
            schema = f"bastion_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
            yield StoreTarget(name, url, schema)
            engine = sa.create_engine(url)
            with engine.begin() as conn:
                conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
            engine.dispose()

    @pytest.fixture
    def store(self, target: StoreTarget) -> Iterator[Store]:
        with target.open() as s:
            yield s


def _decision(
    action: str = "remove", labels: tuple[str, ...] = ("hate",), **kw: Any
) -> NewDecision:
    return NewDecision(
        flagged=action != "allow",
        action=action,
        rule_id=kw.pop("rule_id", "r.default"),
        policy_version=kw.pop("policy_version", "2026.03.1"),
        labels=labels,
        scores={label: 0.9 for label in labels},
        **kw,
    )


def _count(store: Store, table: str) -> int:
    rows = StoreTarget.raw(store, f"SELECT count(*) FROM {table}")
    return int(rows[0][0])


class StoreContract(StoreFixtures):
    # --- items ---------------------------------------------------------------------------------

    def test_an_item_round_trips_with_every_field(self, store: Store) -> None:
        new = NewItem(
            id="c-1",
            text="Ils ont dit « jamais plus » 🔥 \u200b",
            lang="fr",
            surface="video",
            author_id="acct-9",
            created_at=T0,
            idempotency_key="req-1",
            context={"target": "creator-3", "reach": 1200, "tags": ["a", "b"]},
        )
        put = store.put_item(new)
        assert put.created
        got = store.get_item("c-1")
        assert got == put.item
        assert got is not None
        assert (got.text, got.lang, got.surface, got.author_id) == (
            new.text,
            "fr",
            "video",
            "acct-9",
        )
        assert got.created_at == T0 and got.created_at.tzinfo is not None
        assert got.context == {"target": "creator-3", "reach": 1200, "tags": ["a", "b"]}
        assert store.get_item_by_key("req-1") == got
        assert store.get_item("nope") is None
        assert store.get_item_by_key("nope") is None

    def test_an_item_without_id_or_time_gets_both(self, store: Store) -> None:
        before = datetime.now(UTC)
        item = store.put_item(NewItem(text="hello")).item
        assert item.id and store.get_item(item.id) == item
        assert before - timedelta(seconds=1) <= item.created_at <= datetime.now(UTC)

    def test_times_in_other_zones_come_back_as_the_same_instant_in_utc(self, store: Store) -> None:
        paris = timezone(timedelta(hours=1))
        item = store.put_item(NewItem(id="tz", text="x", created_at=T0.astimezone(paris))).item
        got = store.get_item("tz")
        assert (
            got is not None and got.created_at == T0 and got.created_at.utcoffset() == timedelta(0)
        )
        assert item.created_at == T0

    def test_a_naive_time_is_refused(self, store: Store) -> None:
        with pytest.raises(InputError, match="no time zone"):
            store.put_item(NewItem(text="x", created_at=datetime(2026, 1, 1)))

    def test_the_same_idempotency_key_returns_the_first_item(self, store: Store) -> None:
        first = store.put_item(NewItem(text="once", idempotency_key="k1", author_id="a"))
        again = store.put_item(NewItem(text="once", idempotency_key="k1", author_id="a"))
        assert first.created and not again.created
        assert again.item == first.item
        assert _count(store, "items") == 1

    def test_the_same_id_with_the_same_content_is_a_replay(self, store: Store) -> None:
        first = store.put_item(NewItem(id="i", text="same", created_at=T0))
        again = store.put_item(NewItem(id="i", text="same"))
        assert not again.created and again.item == first.item

    def test_a_key_or_id_reused_for_other_content_is_refused(self, store: Store) -> None:
        store.put_item(NewItem(id="i", text="first", idempotency_key="k"))
        with pytest.raises(InputError, match="idempotency key 'k'"):
            store.put_item(NewItem(text="second", idempotency_key="k"))
        with pytest.raises(InputError, match="id 'i'"):
            store.put_item(NewItem(id="i", text="second"))
        assert _count(store, "items") == 1

    def test_concurrent_puts_with_one_key_store_one_item(self, store: Store) -> None:
        results: list[bool] = []
        errors: list[BaseException] = []

        def put() -> None:
            try:
                results.append(store.put_item(NewItem(text="race", idempotency_key="k")).created)
            except BaseException as e:  # pragma: no cover - reported below
                errors.append(e)

        threads = [threading.Thread(target=put) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert not errors
        assert sorted(results) == [False] * 7 + [True]
        assert _count(store, "items") == 1

    @pytest.mark.parametrize(
        ("item", "message"),
        [
            (NewItem(text="a\x00b"), "NUL"),
            (NewItem(text="\udcff"), "lone surrogate"),
            (NewItem(text="x", id=""), "must not be empty"),
            (NewItem(text="x", id="x" * 256), "limit is 255"),
            (NewItem(text="x", surface="Not A Surface"), "snake_case"),
            (NewItem(text="x", context={"n": math.nan}), "JSON"),
        ],
    )
    def test_bad_items_are_refused_with_a_reason(
        self, store: Store, item: NewItem, message: str
    ) -> None:
        with pytest.raises(InputError, match=message):
            store.put_item(item)
        assert _count(store, "items") == 0

    # --- verdicts and decisions ------------------------------------------------------------------

    def test_a_verdict_round_trips(self, store: Store) -> None:
        store.put_item(NewItem(id="c", text="Hitler was right"))
        verdict = Verdict(
            id="c",
            flagged=True,
            labels=("hate", "hate/antisemitism", "hate/antisemitism/holocaust"),
            scores={"hate/antisemitism/holocaust": 0.97},
            action="remove",
            explanation=Explanation(lang="en", rule="lexicon"),
        )
        stored = store.put_verdict("c", NewVerdict.from_verdict(verdict, created_at=T0))
        assert store.verdicts_for("c") == [stored]
        assert stored.labels == verdict.labels and stored.scores == verdict.scores
        assert stored.explanation == verdict.explanation.to_json()
        assert stored.created_at == T0

    def test_a_decision_round_trips(self, store: Store) -> None:
        store.put_item(NewItem(id="c", text="x"))
        v = store.put_verdict("c", NewVerdict(True, ["threat"], {"threat": 0.8}, "remove"))
        effects = [{"type": "remove", "rule_id": "r.threat"}, {"type": "strike", "n": 1}]
        d = store.put_decision(
            "c", _decision(labels=("threat",), rule_id="r.threat", effects=effects, verdict_id=v.id)
        )
        assert store.get_decision(d.id) == d
        assert store.decisions_for("c") == [d]
        assert (d.rule_id, d.policy_version, d.verdict_id) == ("r.threat", "2026.03.1", v.id)
        assert list(d.effects) == effects and d.scores == {"threat": 0.9}
        assert store.get_decision(d.id + 1000) is None

    def test_verdicts_and_decisions_need_a_stored_item(self, store: Store) -> None:
        with pytest.raises(InputError, match="unknown item 'ghost'"):
            store.put_verdict("ghost", NewVerdict(False, [], {}, "allow"))
        with pytest.raises(InputError, match="unknown item 'ghost'"):
            store.put_decision("ghost", _decision())

    @pytest.mark.parametrize(
        ("scores", "message"),
        [
            ({"hate": 1.5}, "outside 0..1"),
            ({"hate": math.nan}, "must be a number"),
            ({"Bad Label": 0.1}, "not a label"),
        ],
    )
    def test_bad_scores_are_refused(
        self, store: Store, scores: dict[str, float], message: str
    ) -> None:
        store.put_item(NewItem(id="c", text="x"))
        with pytest.raises(InputError, match=message):
            store.put_decision("c", NewDecision(True, "remove", "r", "v", ["hate"], scores))

    def _many_decisions(self, store: Store) -> list[DecisionRecord]:
        """25 decisions over 5 timestamps (5 share each), alternating actions and labels."""
        labels = [
            ("hate", "hate/antisemitism"),
            ("harassment",),
            ("hate", "hate/antisemitism/holocaust"),
            ("threat",),
            (),
        ]
        actions = ["remove", "hold", "label", "allow", "remove"]
        out = []
        for i in range(25):
            store.put_item(NewItem(id=f"i{i}", text=f"text {i}"))
            out.append(
                store.put_decision(
                    f"i{i}",
                    _decision(
                        actions[i % 5], labels[i % 5], created_at=T0 + timedelta(minutes=i // 5)
                    ),
                )
            )
        return out

    @staticmethod
    def _newest_first(decisions: list[DecisionRecord]) -> list[int]:
        return [d.id for d in sorted(decisions, key=lambda d: (d.created_at, d.id), reverse=True)]

    def _all_pages(self, store: Store, where: DecisionFilter | None, limit: int) -> list[int]:
        ids: list[int] = []
        cursor = None
        for _ in range(100):
            page = store.list_decisions(where, cursor=cursor, limit=limit)
            assert len(page.items) <= limit
            ids += [d.id for d in page.items]
            cursor = page.next_cursor
            if cursor is None:
                return ids
        raise AssertionError("pagination does not end")

    def test_decisions_page_newest_first_through_cursors(self, store: Store) -> None:
        made = self._many_decisions(store)
        assert self._all_pages(store, None, 7) == self._newest_first(made)
        assert self._all_pages(store, None, 5) == self._newest_first(made)  # pages end on ties
        assert self._all_pages(store, None, 1000) == self._newest_first(made)
        assert store.list_decisions(limit=25).next_cursor is None

    def test_a_cursor_survives_new_decisions(self, store: Store) -> None:
        made = self._many_decisions(store)
        first = store.list_decisions(limit=10)
        store.put_item(NewItem(id="late", text="x"))
        store.put_decision("late", _decision(created_at=T0 + timedelta(hours=1)))
        rest = self._newest_first(made)[10:]
        second = store.list_decisions(cursor=first.next_cursor, limit=100)
        assert [d.id for d in second.items] == rest

    def test_decisions_filter_by_action_label_and_time(self, store: Store) -> None:
        made = self._many_decisions(store)

        def expect(pred: Any) -> list[int]:
            return self._newest_first([d for d in made if pred(d)])

        assert self._all_pages(store, DecisionFilter(action="remove"), 3) == expect(
            lambda d: d.action == "remove"
        )
        assert self._all_pages(store, DecisionFilter(label="hate"), 4) == expect(
            lambda d: "hate" in d.labels
        )
        # A label matches its sub-labels, and only whole path segments.
        assert self._all_pages(store, DecisionFilter(label="hate/antisemitism"), 4) == expect(
            lambda d: any(x.startswith("hate/antisemitism") for x in d.labels)
        )
        assert self._all_pages(store, DecisionFilter(label="hat"), 4) == []
        assert self._all_pages(
            store, DecisionFilter(label="hate/antisemitism/holocaust"), 2
        ) == expect(lambda d: "hate/antisemitism/holocaust" in d.labels)
        since, until = T0 + timedelta(minutes=1), T0 + timedelta(minutes=3)
        assert self._all_pages(store, DecisionFilter(since=since, until=until), 4) == expect(
            lambda d: since <= d.created_at < until
        )
        both = DecisionFilter(action="remove", label="hate", since=since)
        assert self._all_pages(store, both, 2) == expect(
            lambda d: d.action == "remove" and "hate" in d.labels and d.created_at >= since
        )
        assert self._all_pages(store, DecisionFilter(item_id="i3"), 10) == [made[3].id]

    def test_bad_cursors_and_limits_are_refused(self, store: Store) -> None:
        with pytest.raises(InputError, match="cursor"):
            store.list_decisions(cursor="not-a-cursor")
        with pytest.raises(InputError, match="limit"):
            store.list_decisions(limit=0)
        with pytest.raises(InputError, match="limit"):
            store.list_decisions(limit=1001)

    # --- accounts ------------------------------------------------------------------------------

    def test_accounts_keep_their_age_and_strikes(self, store: Store) -> None:
        a = store.put_account("acct", created_at=T0)
        assert (a.id, a.created_at, a.strikes) == ("acct", T0, 0)
        assert store.put_account("acct", created_at=T0 + timedelta(days=9)).created_at == T0
        assert store.add_strikes("acct").strikes == 1
        assert store.add_strikes("acct", 2).strikes == 3
        assert store.add_strikes("acct", -10).strikes == 0
        assert store.get_account("acct") == store.get_account("acct")
        got = store.get_account("acct")
        assert got is not None and got.strikes == 0 and got.created_at == T0
        assert store.get_account("nobody") is None
        with pytest.raises(InputError, match="unknown account"):
            store.add_strikes("nobody")

    def test_concurrent_strikes_all_count(self, store: Store) -> None:
        store.put_account("acct")
        threads = [threading.Thread(target=lambda: store.add_strikes("acct")) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        got = store.get_account("acct")
        assert got is not None and got.strikes == 10

    # --- audit log -----------------------------------------------------------------------------

    def _audit(self, store: Store, n: int) -> None:
        for i in range(n):
            store.append(
                NewAuditEntry(
                    actor=f"moderator:{i % 2}",
                    action="reinstate" if i % 2 else "remove",
                    subject=f"item:c{i}",
                    policy_version="2026.03.1" if i % 3 else None,
                    before={"action": "allow", "n": i},
                    after={"action": "remove", "note": "« vu »", "scores": [0.1, 1e-7]},
                    time=T0 + timedelta(seconds=i),
                )
            )

    def test_the_audit_chain_links_every_entry_and_verifies(self, store: Store) -> None:
        assert store.verify() is None and store.head() is None
        self._audit(store, 5)
        entries = store.entries()
        assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
        prev = GENESIS
        for e in entries:
            assert e.prev_hash == prev
            assert e.hash == entry_hash(prev, e.payload())
            prev = e.hash
        assert store.head() == entries[-1]
        assert entries[0].after == {"action": "remove", "note": "« vu »", "scores": [0.1, 1e-7]}
        assert entries[0].time == T0
        assert store.entries(after_seq=3) == entries[3:]
        assert store.verify() is None

    def test_an_edited_audit_entry_is_found(self, store: Store, target: StoreTarget) -> None:
        self._audit(store, 5)
        target.raw(store, "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
        broken = store.verify()
        assert broken is not None and broken.seq == 3 and "edited" in broken.reason
        assert broken.entry is not None and broken.entry.actor == "mallory"

    def test_an_edited_json_payload_is_found(self, store: Store, target: StoreTarget) -> None:
        self._audit(store, 4)
        target.raw(store, "UPDATE audit_log SET after = :v WHERE seq = 2", v='{"action": "allow"}')
        broken = store.verify()
        assert broken is not None and broken.seq == 2

    def test_a_deleted_audit_entry_is_found(self, store: Store, target: StoreTarget) -> None:
        self._audit(store, 5)
        target.raw(store, "DELETE FROM audit_log WHERE seq = 2")
        broken = store.verify()
        assert broken is not None and broken.seq == 2 and "missing" in broken.reason

    def test_entries_cut_from_the_end_are_found(self, store: Store, target: StoreTarget) -> None:
        self._audit(store, 5)
        target.raw(store, "DELETE FROM audit_log WHERE seq >= 4")
        broken = store.verify()
        assert broken is not None and broken.seq == 4 and broken.entry is None

    def test_a_rehashed_entry_still_breaks_the_next_link(
        self, store: Store, target: StoreTarget
    ) -> None:
        self._audit(store, 5)
        e = store.entries()[1]
        forged = entry_hash(e.prev_hash, {**e.payload(), "actor": "mallory"})
        target.raw(
            store, "UPDATE audit_log SET actor = 'mallory', hash = :h WHERE seq = 2", h=forged
        )
        broken = store.verify()
        assert broken is not None and broken.seq == 3 and "prev_hash" in broken.reason

    def test_concurrent_appends_keep_one_valid_chain(
        self, store: Store, target: StoreTarget
    ) -> None:
        stores = [store]
        if target.persistent:
            stores.append(target.open())  # a second pool, as a second process would have
        errors: list[BaseException] = []

        def work(s: Store, n: int) -> None:
            try:
                for i in range(15):
                    s.append(NewAuditEntry(actor=f"w{n}", action="note", subject=f"s{i}"))
            except BaseException as e:  # pragma: no cover - reported below
                errors.append(e)

        threads = [
            threading.Thread(target=work, args=(stores[n % len(stores)], n)) for n in range(6)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for s in stores[1:]:
            s.close()
        assert not errors
        assert [e.seq for e in store.iter_entries(batch=7)] == list(range(1, 91))
        assert store.verify() is None

    # --- transactions and durability -----------------------------------------------------------

    def test_an_exception_mid_transaction_leaves_nothing(self, store: Store) -> None:
        store.put_account("acct")
        with pytest.raises(RuntimeError, match="crash"), store.transaction():
            store.put_item(NewItem(id="c", text="x", idempotency_key="k"))
            store.put_verdict("c", NewVerdict(True, ["hate"], {"hate": 0.9}, "remove"))
            store.put_decision("c", _decision())
            store.add_strikes("acct")
            store.append(NewAuditEntry(actor="system", action="decision", subject="item:c"))
            assert store.get_item("c") is not None  # visible inside the transaction
            raise RuntimeError("crash")
        assert store.get_item("c") is None and store.get_item_by_key("k") is None
        for table in ("items", "verdicts", "decisions", "decision_labels", "audit_log"):
            assert _count(store, table) == 0, table
        account = store.get_account("acct")
        assert account is not None and account.strikes == 0
        assert store.verify() is None
        # The chain goes on from where it was, not from the rolled-back entry.
        assert store.append(NewAuditEntry(actor="a", action="b", subject="c")).seq == 1

    def test_record_writes_item_verdict_decision_and_audit_together(self, store: Store) -> None:
        rec = store.record(
            NewItem(text="x", idempotency_key="req"),
            NewVerdict(True, ["hate"], {"hate": 0.9}, "remove"),
            _decision(),
            actor="client:k1",
        )
        assert rec.created and rec.verdict is not None and rec.decision is not None
        assert rec.decision.verdict_id == rec.verdict.id
        assert rec.audit is not None
        assert rec.audit.after == {"decision": rec.decision.to_json(), "item_status": "visible"}
        assert rec.audit.subject == f"item:{rec.item.id}" and rec.audit.actor == "client:k1"
        again = store.record(
            NewItem(text="x", idempotency_key="req"),
            NewVerdict(True, ["hate"], {"hate": 0.9}, "remove"),
            _decision(),
            actor="client:k1",
        )
        assert not again.created and again.decision == rec.decision and again.verdict == rec.verdict
        assert _count(store, "decisions") == 1 and _count(store, "audit_log") == 1
        assert store.verify() is None

    def test_a_failure_inside_record_leaves_nothing(self, store: Store) -> None:
        store.put_item(NewItem(id="other", text="x"))
        v = store.put_verdict("other", NewVerdict(False, [], {}, "allow"))
        with pytest.raises(InputError, match="not a verdict on item"):
            store.record(
                NewItem(id="c", text="x"),
                NewVerdict(True, ["hate"], {"hate": 0.9}, "remove"),
                _decision(verdict_id=v.id),  # fails after the item and verdict are written
                actor="system",
            )
        assert store.get_item("c") is None
        assert _count(store, "verdicts") == 1 and _count(store, "audit_log") == 0

    def test_committed_writes_survive_a_reopen(self, store: Store, target: StoreTarget) -> None:
        if not target.persistent:
            pytest.skip("a memory database ends with its store")
        rec = store.record(NewItem(id="c", text="x"), None, _decision(), actor="system")
        store.close()
        with target.open() as again:
            assert again.get_item("c") == rec.item
            assert again.decisions_for("c") == [rec.decision]
            assert again.verify() is None

    # --- moderation: record_many, enforcement, reviews, queues ----------------------------------

    @staticmethod
    def _rec(
        item: NewItem,
        *,
        actor: str = "system",
        verdict: NewVerdict | None = None,
        decision: NewDecision | None = None,
        enforcement: Enforcement | None = None,
        account_created_at: datetime | None = None,
    ) -> NewRecord:
        return NewRecord(
            item,
            verdict,
            decision or _decision(),
            actor,
            enforcement or Enforcement(),
            account_created_at,
        )

    @staticmethod
    def _counts(store: Store) -> dict[str, int]:
        tables = ("items", "verdicts", "decisions", "decision_labels", "audit_log")
        return {t: _count(store, t) for t in (*tables, "review_queue", "accounts")}

    def test_record_many_writes_every_record_in_order_by_its_own_actor(self, store: Store) -> None:
        hate = NewVerdict(True, ["hate"], {"hate": 0.9}, "remove")
        threat = NewVerdict(True, ["threat"], {"threat": 0.8}, "hold")
        out = store.record_many(
            [
                self._rec(
                    NewItem(id="a", text="one"),
                    actor="client:k1",
                    verdict=hate,
                    enforcement=Enforcement(item_status="removed"),
                ),
                self._rec(NewItem(id="b", text="two"), actor="client:k2"),
                self._rec(
                    NewItem(id="c", text="three", idempotency_key="req-c"),
                    actor="system",
                    verdict=threat,
                    decision=_decision("hold", ("threat",)),
                    enforcement=Enforcement(item_status="held"),
                ),
            ]
        )
        assert [r.item.id for r in out] == ["a", "b", "c"]
        assert all(r.created for r in out)
        assert [r.item.status for r in out] == ["removed", "visible", "held"]
        decided = [r.decision for r in out]
        assert all(d is not None for d in decided)
        ids = [d.id for d in decided if d is not None]
        assert ids == sorted(ids) and len(set(ids)) == 3
        # The verdict stored with a record is the one its decision names.
        assert out[0].verdict is not None and out[2].verdict is not None and out[1].verdict is None
        assert out[0].decision is not None and out[0].decision.verdict_id == out[0].verdict.id
        assert out[2].decision is not None and out[2].decision.verdict_id == out[2].verdict.id
        assert out[1].decision is not None and out[1].decision.verdict_id is None
        assert store.verdicts_for("a") == [out[0].verdict]
        assert store.verdicts_for("c") == [out[2].verdict]
        for r in out:
            assert r.decision is not None
            assert store.decisions_for(r.item.id) == [r.decision]
            assert store.get_item(r.item.id) == r.item
        # One audit entry per record, in order, by the record's actor, keeping what was decided.
        entries = store.entries()
        assert [e.seq for e in entries] == [1, 2, 3]
        assert [e.actor for e in entries] == ["client:k1", "client:k2", "system"]
        assert [e.action for e in entries] == ["decision"] * 3
        assert [e.subject for e in entries] == ["item:a", "item:b", "item:c"]
        for r, e, status in zip(out, entries, ["removed", "visible", "held"], strict=True):
            assert r.audit == e
            assert r.decision is not None
            assert e.policy_version == r.decision.policy_version
            assert e.before is None
            assert e.after == {"decision": r.decision.to_json(), "item_status": status}
        assert store.verify() is None
        assert store.record_many([]) == []
        assert _count(store, "audit_log") == 3

    @pytest.mark.parametrize("bad", ["foreign_verdict", "unknown_status", "conflict"])
    def test_record_many_writes_every_record_or_none(self, store: Store, bad: str) -> None:
        store.put_item(NewItem(id="other", text="first"))
        v = store.put_verdict("other", NewVerdict(False, [], {}, "allow"))
        before = self._counts(store)
        good = [
            self._rec(
                NewItem(id="g1", text="x", author_id="u1", idempotency_key="kg1"),
                verdict=NewVerdict(True, ["hate"], {"hate": 0.9}, "remove"),
                enforcement=Enforcement(
                    item_status="removed",
                    strikes=1,
                    suspend=True,
                    queue=(QueueRequest("review", "high", "r.default"),),
                ),
            ),
            self._rec(NewItem(id="g2", text="y", author_id="u2")),
        ]
        last: NewRecord
        error: type[InputError] = InputError
        if bad == "foreign_verdict":  # fails in the database, after the others are written
            last = self._rec(NewItem(id="g3", text="z"), decision=_decision(verdict_id=v.id))
            message = "not a verdict on item"
        elif bad == "unknown_status":
            last = self._rec(NewItem(id="g3", text="z"), enforcement=Enforcement("deleted"))
            message = "item status 'deleted'"
        else:  # an id already used by other content
            last = self._rec(NewItem(id="other", text="changed"))
            message, error = "id 'other'", ConflictError
        with pytest.raises(error, match=message):
            store.record_many([*good, last])
        assert self._counts(store) == before
        for item_id in ("g1", "g2", "g3"):
            assert store.get_item(item_id) is None
            assert store.queue_entries_for(item_id) == []
        assert store.get_item_by_key("kg1") is None
        assert store.get_accounts(["u1", "u2"]) == {}
        assert store.verify() is None
        # The chain goes on from where it was.
        assert store.record_many(good)[0].audit is not None
        assert [e.seq for e in store.entries()] == [1, 2]

    @pytest.mark.parametrize(
        ("first", "second", "message"),
        [
            (NewItem(id="d", text="x"), NewItem(id="d", text="x"), "item id 'd' appears twice"),
            (NewItem(id="d", text="x"), NewItem(id="d", text="y"), "item id 'd' appears twice"),
            (
                NewItem(text="x", idempotency_key="k"),
                NewItem(text="x", idempotency_key="k"),
                "idempotency key 'k' appears twice",
            ),
            (
                NewItem(id="d1", text="x", idempotency_key="k"),
                NewItem(id="d2", text="y", idempotency_key="k"),
                "idempotency key 'k' appears twice",
            ),
        ],
    )
    def test_an_id_or_key_twice_in_one_call_is_a_conflict(
        self, store: Store, first: NewItem, second: NewItem, message: str
    ) -> None:
        with pytest.raises(ConflictError, match=message):
            store.record_many([self._rec(first), self._rec(NewItem(text="z")), self._rec(second)])
        assert _count(store, "items") == 0 and _count(store, "audit_log") == 0

    def test_a_replay_in_a_call_writes_nothing_for_it_and_the_rest_as_usual(
        self, store: Store
    ) -> None:
        verdict = NewVerdict(True, ["hate"], {"hate": 0.9}, "remove")
        striking = Enforcement(
            item_status="removed", strikes=2, queue=(QueueRequest("review", "normal", "r"),)
        )
        a = NewItem(text="a", idempotency_key="ka", author_id="u")
        b = NewItem(id="b", text="b", author_id="u")
        first = store.record_many(
            [
                self._rec(a, actor="client:1", verdict=verdict, enforcement=striking),
                self._rec(b, actor="client:1", enforcement=striking),
            ]
        )
        counts = self._counts(store)
        account = store.get_account("u")
        assert account is not None and account.strikes == 4
        again = store.record_many(
            [
                self._rec(a, actor="client:2", verdict=verdict, enforcement=striking),
                self._rec(NewItem(id="c", text="c", author_id="u"), enforcement=striking),
                self._rec(b, actor="client:2", enforcement=striking),  # by id, no key
            ]
        )
        assert [r.created for r in again] == [False, True, False]
        for replay, original in ((again[0], first[0]), (again[2], first[1])):
            assert replay.item == original.item
            assert replay.decision == original.decision
            assert replay.verdict == original.verdict
            assert replay.audit is None
        assert again[0].verdict is not None
        assert again[1].item.id == "c" and again[1].audit is not None
        assert again[1].audit.seq == 3 and again[1].audit.subject == "item:c"
        # Only the new record was written, and only its enforcement applied.
        assert self._counts(store) == {
            **counts,
            "items": counts["items"] + 1,
            "decisions": counts["decisions"] + 1,
            "decision_labels": counts["decision_labels"] + 1,
            "audit_log": counts["audit_log"] + 1,
            "review_queue": counts["review_queue"] + 1,
        }
        account = store.get_account("u")
        assert account is not None and account.strikes == 6
        assert store.decisions_for(first[0].item.id) == [first[0].decision]
        assert store.verify() is None

    def test_a_key_reused_for_other_content_in_a_call_is_a_conflict(self, store: Store) -> None:
        store.record(NewItem(text="first", idempotency_key="k1"), None, _decision(), actor="a")
        counts = self._counts(store)
        with pytest.raises(ConflictError, match="idempotency key 'k1'"):
            store.record_many(
                [
                    self._rec(NewItem(id="new", text="fine")),
                    self._rec(NewItem(text="second", idempotency_key="k1")),
                ]
            )
        assert self._counts(store) == counts
        assert store.get_item("new") is None
        stored = store.get_item_by_key("k1")
        assert stored is not None and stored.text == "first"

    def test_record_decides_on_an_item_stored_by_put_item_alone(self, store: Store) -> None:
        put = store.put_item(NewItem(id="p", text="x", author_id="u", created_at=T0)).item
        assert put.status == "visible"
        rec = store.record(
            NewItem(id="p", text="x", author_id="u"),
            NewVerdict(True, ["hate"], {"hate": 0.9}, "remove"),
            _decision(),
            actor="client:k",
            enforcement=Enforcement(item_status="removed", strikes=1),
        )
        assert rec.decision is not None and rec.verdict is not None and rec.audit is not None
        assert not rec.created  # the item was there already; the decision is new
        assert rec.item == replace(put, status="removed")
        assert store.get_item("p") == rec.item
        assert store.decisions_for("p") == [rec.decision]
        assert rec.decision.verdict_id == rec.verdict.id
        assert rec.audit.after == {"decision": rec.decision.to_json(), "item_status": "removed"}
        account = store.get_account("u")
        assert account is not None and account.strikes == 1

    def test_record_by_key_decides_on_an_item_stored_by_put_item_alone(self, store: Store) -> None:
        put = store.put_item(NewItem(text="x", idempotency_key="k")).item
        rec = store.record(
            NewItem(text="x", idempotency_key="k"),
            NewVerdict(True, ["hate"], {"hate": 0.9}, "remove"),
            _decision(),
            actor="client:k",
        )
        assert rec.decision is not None and rec.decision.item_id == put.id
        assert store.decisions_for(put.id) == [rec.decision]

    def test_enforcement_sets_the_item_status(self, store: Store) -> None:
        for status in ITEM_STATUSES:
            rec = store.record(
                NewItem(id=f"i-{status}", text="x"),
                None,
                _decision(),
                actor="system",
                enforcement=Enforcement(item_status=status),
            )
            assert rec.item.status == status
            got = store.get_item(f"i-{status}")
            assert got is not None and got.status == status
            assert rec.audit is not None and rec.audit.after["item_status"] == status
        plain = store.record(NewItem(id="plain", text="x"), None, _decision(), actor="system")
        assert plain.item.status == "visible"
        got = store.get_item("plain")
        assert got is not None and got.status == "visible"

    def test_strikes_go_to_the_author_whose_account_is_made_on_first_sight(
        self, store: Store
    ) -> None:
        t_before = datetime.now(UTC)
        store.record_many(
            [
                self._rec(
                    NewItem(id="1", text="x", author_id="u1"),
                    enforcement=Enforcement(strikes=2),
                    account_created_at=T0,
                ),
                self._rec(
                    NewItem(id="2", text="x", author_id="u1"), enforcement=Enforcement(strikes=1)
                ),
                self._rec(NewItem(id="3", text="x", author_id="u2")),
                self._rec(NewItem(id="4", text="x"), enforcement=Enforcement(strikes=5)),
            ]
        )
        t_after = datetime.now(UTC)
        accounts = store.get_accounts(["u1", "u2"])
        assert set(accounts) == {"u1", "u2"}
        assert accounts["u1"].created_at == T0 and accounts["u1"].strikes == 3
        u2 = accounts["u2"]
        assert u2.strikes == 0
        assert t_before - timedelta(seconds=1) <= u2.created_at <= t_after + timedelta(seconds=1)
        assert _count(store, "accounts") == 2  # an item without author strikes nobody
        # A known account keeps its creation time; strikes keep adding up.
        store.record(
            NewItem(id="5", text="x", author_id="u1"),
            None,
            _decision(),
            actor="system",
            enforcement=Enforcement(strikes=4),
        )
        store.record_many(
            [
                self._rec(
                    NewItem(id="6", text="x", author_id="u1"),
                    account_created_at=T0 + timedelta(days=9),
                )
            ]
        )
        u1 = store.get_account("u1")
        assert u1 is not None and u1.strikes == 7 and u1.created_at == T0

    def test_a_suspension_for_days_ends_and_one_without_days_does_not(self, store: Store) -> None:
        t_before = datetime.now(UTC)
        store.record_many(
            [
                self._rec(
                    NewItem(id="1", text="x", author_id="days"),
                    enforcement=Enforcement(suspend=True, suspend_days=7),
                ),
                self._rec(
                    NewItem(id="2", text="x", author_id="lifted"),
                    enforcement=Enforcement(suspend=True),
                ),
                self._rec(
                    NewItem(id="3", text="x", author_id="free"),
                    enforcement=Enforcement(suspend_days=7),  # days without suspend: nothing
                ),
            ]
        )
        t_after = datetime.now(UTC)
        slack = timedelta(seconds=1)
        got = store.get_accounts(["days", "lifted", "free"])
        days = got["days"]
        assert days.suspended_at is not None and days.suspended_until is not None
        assert t_before - slack <= days.suspended_at <= t_after + slack
        week = timedelta(days=7)
        assert t_before + week - slack <= days.suspended_until <= t_after + week + slack
        assert days.suspended(t_after)
        assert not days.suspended(days.suspended_until + timedelta(seconds=1))
        lifted = got["lifted"]
        assert lifted.suspended_at is not None and lifted.suspended_until is None
        assert t_before - slack <= lifted.suspended_at <= t_after + slack
        assert lifted.suspended(t_after) and lifted.suspended(t_after + timedelta(days=3650))
        free = got["free"]
        assert free.suspended_at is None and free.suspended_until is None
        assert not free.suspended(t_after)

    def test_queue_requests_open_review_queue_entries(self, store: Store) -> None:
        t_before = datetime.now(UTC)
        rec = store.record(
            NewItem(id="q", text="x"),
            None,
            _decision("hold"),
            actor="system",
            enforcement=Enforcement(
                item_status="held",
                queue=(
                    QueueRequest("review", "high", "r.hold"),
                    QueueRequest("escalation:law_enforcement", "urgent", "r.threat"),
                ),
            ),
        )
        store.record(NewItem(id="other", text="x"), None, _decision(), actor="system")
        assert rec.decision is not None
        entries = store.queue_entries_for("q")
        assert [(e.queue, e.priority, e.rule_id) for e in entries] == [
            ("review", "high", "r.hold"),
            ("escalation:law_enforcement", "urgent", "r.threat"),
        ]
        assert entries[0].id < entries[1].id
        for e in entries:
            assert e.item_id == "q" and e.decision_id == rec.decision.id
            assert e.closed_at is None and e.closed_by is None
            assert t_before - timedelta(seconds=1) <= e.created_at
        assert store.queue_entries_for("other") == []
        assert _count(store, "review_queue") == 2

    def _held_for_review(self, store: Store) -> Recorded:
        return store.record(
            NewItem(id="c", text="x", author_id="u"),
            NewVerdict(True, ["hate"], {"hate": 0.9}, "hold"),
            _decision("hold"),
            actor="client:k1",
            enforcement=Enforcement(
                item_status="held",
                queue=(
                    QueueRequest("review", "high", "r.default"),
                    QueueRequest("escalation:trust_and_safety", "urgent", "r.default"),
                ),
            ),
        )

    def test_a_review_records_the_human_decision_and_closes_the_queue(self, store: Store) -> None:
        rec = self._held_for_review(store)
        assert rec.decision is not None and rec.verdict is not None
        human = _decision("allow", (), decided_by="key:abc", note="quoted to condemn it")
        rv = store.review(
            "c",
            human,
            Enforcement(item_status="visible", close_queue=True),
            actor="key:abc",
            expected_decision_id=rec.decision.id,
        )
        d = rv.decision
        assert d is not None and d.id > rec.decision.id
        assert (d.item_id, d.action, d.decided_by, d.note) == (
            "c",
            "allow",
            "key:abc",
            "quoted to condemn it",
        )
        assert d.verdict_id == rec.verdict.id  # the verdict the human looked at
        assert store.get_decision(d.id) == d
        assert store.decisions_for("c") == [rec.decision, d]
        assert rv.item.status == "visible"
        got = store.get_item("c")
        assert got is not None and got.status == "visible"
        entries = store.queue_entries_for("c")
        assert len(entries) == 2
        for e in entries:
            assert e.closed_at is not None and e.closed_by == d.id
            assert e.decision_id == rec.decision.id
        assert rv.audit is not None and rv.audit == store.head()
        assert (rv.audit.seq, rv.audit.action, rv.audit.actor, rv.audit.subject) == (
            2,
            "review",
            "key:abc",
            "item:c",
        )
        assert rv.audit.before == {"decision": rec.decision.to_json(), "item_status": "held"}
        assert rv.audit.after == {"decision": d.to_json(), "item_status": "visible"}
        assert store.verify() is None

    def test_a_review_without_close_queue_leaves_entries_open_and_adds_its_own(
        self, store: Store
    ) -> None:
        rec = self._held_for_review(store)
        assert rec.decision is not None
        rv = store.review(
            "c",
            _decision("remove", decided_by="key:abc"),
            Enforcement(
                item_status="removed",
                strikes=2,
                queue=(QueueRequest("appeals", "low", "r.human"),),
            ),
            actor="key:abc",
        )
        assert rv.decision is not None
        entries = store.queue_entries_for("c")
        assert [(e.queue, e.decision_id) for e in entries] == [
            ("review", rec.decision.id),
            ("escalation:trust_and_safety", rec.decision.id),
            ("appeals", rv.decision.id),
        ]
        assert all(e.closed_at is None and e.closed_by is None for e in entries)
        got = store.get_item("c")
        assert got is not None and got.status == "removed"
        account = store.get_account("u")
        assert account is not None and account.strikes == 2
        assert rv.audit is not None
        assert rv.audit.before == {"decision": rec.decision.to_json(), "item_status": "held"}
        assert rv.audit.after == {"decision": rv.decision.to_json(), "item_status": "removed"}

    def test_a_replay_after_a_review_answers_the_first_decision(self, store: Store) -> None:
        first = self._held_for_review(store)
        human = NewDecision(
            flagged=False, action="allow", rule_id="manual", policy_version="1", decided_by="key:m"
        )
        store.review(
            "c", human, Enforcement(item_status="visible", close_queue=True), actor="key:m"
        )
        again = store.record(
            NewItem(id="c", text="x", author_id="u"),
            NewVerdict(True, ["hate"], {"hate": 0.9}, "hold"),
            _decision("hold"),
            actor="client:k1",
        )
        assert not again.created
        assert again.decision == first.decision
        assert again.item.status == "visible"  # what the item is now

    def test_a_review_by_the_policy_is_refused(self, store: Store) -> None:
        self._held_for_review(store)
        counts = self._counts(store)
        with pytest.raises(InputError, match="human"):
            store.review("c", _decision("allow"), Enforcement(close_queue=True), actor="key:abc")
        assert self._counts(store) == counts
        got = store.get_item("c")
        assert got is not None and got.status == "held"

    def test_a_review_based_on_a_stale_decision_is_a_conflict(self, store: Store) -> None:
        rec = self._held_for_review(store)
        assert rec.decision is not None
        first = store.review(
            "c",
            _decision("remove", decided_by="key:one"),
            Enforcement(item_status="removed", close_queue=True),
            actor="key:one",
            expected_decision_id=rec.decision.id,
        )
        assert first.decision is not None
        counts = self._counts(store)
        queue = store.queue_entries_for("c")
        with pytest.raises(ConflictError, match=str(first.decision.id)):
            store.review(
                "c",
                _decision("allow", decided_by="key:two"),
                Enforcement(item_status="visible", strikes=3, close_queue=True),
                actor="key:two",
                expected_decision_id=rec.decision.id,
            )
        assert self._counts(store) == counts
        assert store.queue_entries_for("c") == queue
        got = store.get_item("c")
        assert got is not None and got.status == "removed"
        account = store.get_account("u")
        assert account is not None and account.strikes == 0
        assert store.decisions_for("c") == [rec.decision, first.decision]
        assert store.verify() is None
        # Based on the latest decision, it goes through.
        last = store.review(
            "c",
            _decision("allow", decided_by="key:two"),
            Enforcement(item_status="visible"),
            actor="key:two",
            expected_decision_id=first.decision.id,
        )
        assert last.decision is not None and last.item.status == "visible"

    def test_a_review_of_an_unknown_item_is_refused(self, store: Store) -> None:
        with pytest.raises(InputError, match="unknown item 'ghost'"):
            store.review(
                "ghost", _decision("allow", decided_by="key:abc"), Enforcement(), actor="key:abc"
            )
        assert _count(store, "decisions") == 0 and _count(store, "audit_log") == 0

    # --- accounts in bulk, the decision feed ----------------------------------------------------

    def test_get_accounts_returns_the_known_ones_by_id(self, store: Store) -> None:
        a = store.put_account("a", created_at=T0)
        store.put_account("b")
        store.add_strikes("b", 2)
        got = store.get_accounts(["a", "b", "ghost", "a"])
        assert set(got) == {"a", "b"}
        assert got["a"] == a == store.get_account("a")
        assert got["b"] == store.get_account("b") and got["b"].strikes == 2
        assert store.get_accounts(["ghost"]) == {}
        assert store.get_accounts([]) == {}

    def test_decisions_after_lists_decisions_in_id_order(self, store: Store) -> None:
        # Times run backwards, so an order by time would not be the order of ids.
        out = store.record_many(
            [
                self._rec(
                    NewItem(id=f"i{n}", text="x"),
                    decision=_decision(created_at=T0 - timedelta(minutes=n)),
                )
                for n in range(5)
            ]
        )
        made = [r.decision for r in out if r.decision is not None]
        ids = [d.id for d in made]
        assert store.decisions_after(0) == made
        assert store.decisions_after(0, limit=2) == made[:2]
        assert store.decisions_after(ids[1], limit=2) == made[2:4]
        assert store.decisions_after(ids[3]) == made[4:]
        assert store.decisions_after(ids[4]) == []
        with pytest.raises(InputError, match="after_id"):
            store.decisions_after(-1)

    def test_the_feed_position_starts_at_zero_and_moves_forward(self, store: Store) -> None:
        assert store.feed_position("nats") == 0
        store.set_feed_position("nats", 7)
        assert store.feed_position("nats") == 7
        store.set_feed_position("nats", 12)
        assert store.feed_position("nats") == 12
        store.set_feed_position("nats", 3)  # never back
        assert store.feed_position("nats") == 12
        assert store.feed_position("other") == 0
        store.set_feed_position("other", 1)
        assert (store.feed_position("nats"), store.feed_position("other")) == (12, 1)
        assert _count(store, "feed_cursors") == 2

    # --- API keys --------------------------------------------------------------------------------

    @staticmethod
    def _key(key_id: str, secret: str, created_at: datetime = T0) -> ApiKeyRecord:
        return ApiKeyRecord(
            id=key_id,
            key_hash=hashlib.sha256(secret.encode()).hexdigest(),
            role="moderator",
            name=f"{key_id} key",
            created_at=created_at,
            rate_limit=120,
        )

    def test_api_keys_are_stored_found_listed_and_audited(self, store: Store) -> None:
        k1 = self._key("k1", "secret-1")
        k2 = self._key("k2", "secret-2", T0 - timedelta(hours=1))  # older; its id sorts after
        assert store.add_api_key(k1, actor="admin:cli") == k1
        assert store.add_api_key(k2, actor="admin:cli") == k2
        assert store.api_key_by_hash(k1.key_hash) == k1
        assert store.api_key_by_hash(hashlib.sha256(b"nope").hexdigest()) is None
        assert store.api_keys() == [k2, k1]  # oldest first
        entries = store.entries()
        assert [(e.action, e.subject, e.actor) for e in entries] == [
            ("key_created", "key:k1", "admin:cli"),
            ("key_created", "key:k2", "admin:cli"),
        ]
        assert entries[0].before is None and entries[0].after == k1.to_json()
        assert k1.key_hash not in str(entries[0].after)  # the audit log keeps no hash
        assert store.verify() is None

    def test_a_key_or_hash_added_twice_is_a_conflict(self, store: Store) -> None:
        key = self._key("k1", "secret-1")
        store.add_api_key(key, actor="admin:cli")
        with pytest.raises(ConflictError, match="'k1'"):
            store.add_api_key(key, actor="admin:cli")
        with pytest.raises(ConflictError):
            store.add_api_key(replace(key, id="k2"), actor="admin:cli")  # same hash
        assert store.api_keys() == [key]
        assert _count(store, "audit_log") == 1

    def test_revoking_a_key_is_audited_once(self, store: Store) -> None:
        key = self._key("k1", "secret-1")
        store.add_api_key(key, actor="admin:cli")
        t_before = datetime.now(UTC)
        revoked = store.revoke_api_key("k1", actor="admin:ops")
        t_after = datetime.now(UTC)
        assert revoked.revoked_at is not None
        assert t_before - timedelta(seconds=1) <= revoked.revoked_at
        assert revoked.revoked_at <= t_after + timedelta(seconds=1)
        assert revoked == replace(key, revoked_at=revoked.revoked_at)
        assert store.api_key_by_hash(key.key_hash) == revoked  # still found, revoked
        assert store.api_keys() == [revoked]
        entry = store.head()
        assert entry is not None
        assert (entry.seq, entry.action, entry.subject, entry.actor) == (
            2,
            "key_revoked",
            "key:k1",
            "admin:ops",
        )
        assert entry.before == key.to_json()
        assert entry.after == revoked.to_json()
        again = store.revoke_api_key("k1", actor="admin:ops")
        assert again == revoked
        assert _count(store, "audit_log") == 2
        with pytest.raises(InputError, match="no API key with id 'ghost'"):
            store.revoke_api_key("ghost", actor="admin:ops")
        assert _count(store, "audit_log") == 2
        assert store.verify() is None

    @pytest.mark.parametrize(
        "key_hash", ["", "abc", "a" * 63, "a" * 65, "A" * 64, "g" * 64, "a" * 63 + "\n"]
    )
    def test_a_key_hash_that_is_not_a_sha256_hex_digest_is_refused(
        self, store: Store, key_hash: str
    ) -> None:
        with pytest.raises(InputError, match="sha256"):
            store.add_api_key(replace(self._key("k1", "s"), key_hash=key_hash), actor="admin")
        assert store.api_keys() == []
        assert _count(store, "audit_log") == 0
