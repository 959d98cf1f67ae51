"""The contract every store backend passes: subclass `StoreContract` (fixtures come with it).

Each test runs on a fresh database of every backend: SQLite in memory, a SQLite file, and
the real PostgreSQL (a new schema per test, dropped after), started if it is down.
"""

from __future__ import annotations

import functools
import math
import os
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from bastion.errors import InputError
from bastion.models import Explanation, Verdict
from bastion.store import (
    DecisionFilter,
    DecisionRecord,
    NewAuditEntry,
    NewDecision,
    NewItem,
    NewVerdict,
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
