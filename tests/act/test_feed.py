"""The decision feed against the real NATS JetStream: in order, once, resuming after a crash."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from contracts.nats import fresh_subject_prefix, published, require_nats

from bastion.act.feed import DecisionFeed, FeedDecision, FeedThread
from bastion.errors import DependencyError
from bastion.store import NewDecision, NewItem, Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'feed.db'}") as s:
        yield s


@pytest.fixture
def prefix() -> Iterator[str]:
    with fresh_subject_prefix() as name:
        yield name


def _decide(store: Store, item_id: str, action: str) -> int:
    rec = store.record(
        NewItem(id=item_id, text=f"text of {item_id}"),
        None,
        NewDecision(flagged=action != "allow", action=action, rule_id="r", policy_version="1"),
        actor="test",
    )
    assert rec.decision is not None
    return rec.decision.id


def test_every_decision_is_published_once_in_commit_order(store: Store, prefix: str) -> None:
    ids = [_decide(store, f"i{n}", a) for n, a in enumerate(["remove", "allow", "hold"])]
    feed = DecisionFeed(store, require_nats(), prefix)
    assert asyncio.run(feed.drain()) == 3
    got = published(prefix)
    assert [s for s, _, _ in got] == [f"{prefix}.remove", f"{prefix}.allow", f"{prefix}.hold"]
    assert [p["id"] for _, p, _ in got] == ids
    assert [p["item_id"] for _, p, _ in got] == ["i0", "i1", "i2"]
    assert [m for _, _, m in got] == [f"decision-{i}" for i in ids]
    assert store.feed_position("nats") == ids[-1]
    # Nothing new: nothing published. A new decision: only it.
    assert asyncio.run(feed.drain()) == 0
    new = _decide(store, "i3", "remove")
    assert asyncio.run(feed.drain()) == 1
    assert [p["id"] for _, p, _ in published(prefix)] == [*ids, new]


class _CrashAfterPublishing:
    """A store whose feed position cannot be saved the first time: a crash right after the
    decisions went out, before the feed wrote down that they did."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.crashed = False

    def decisions_after(self, after_id: int, limit: int = 100) -> Sequence[FeedDecision]:
        return self.store.decisions_after(after_id, limit)

    def feed_position(self, name: str) -> int:
        return self.store.feed_position(name)

    def set_feed_position(self, name: str, last_id: int) -> None:
        if not self.crashed:
            self.crashed = True
            raise RuntimeError("crash")
        self.store.set_feed_position(name, last_id)


def test_a_crash_before_the_position_is_saved_duplicates_nothing(store: Store, prefix: str) -> None:
    ids = [_decide(store, f"c{n}", "remove") for n in range(4)]
    source = _CrashAfterPublishing(store)
    with pytest.raises(RuntimeError, match="crash"):
        asyncio.run(DecisionFeed(source, require_nats(), prefix).drain())
    assert store.feed_position("nats") == 0
    # The restarted feed publishes the four again; JetStream keeps each once.
    assert asyncio.run(DecisionFeed(source, require_nats(), prefix).drain()) == 4
    assert [p["id"] for _, p, _ in published(prefix)] == ids
    assert store.feed_position("nats") == ids[-1]


def test_nats_down_is_a_dependency_error_and_loses_nothing(store: Store) -> None:
    _decide(store, "d0", "remove")
    feed = DecisionFeed(store, "nats://127.0.0.1:1", "bastiontest.down", connect_timeout_s=1)
    with pytest.raises(DependencyError, match=r"nats://127\.0\.0\.1:1.*BASTION_NATS_URL"):
        asyncio.run(feed.drain())
    assert store.feed_position("nats") == 0


def test_the_feed_thread_follows_new_decisions(store: Store, prefix: str) -> None:
    thread = FeedThread(DecisionFeed(store, require_nats(), prefix, idle_s=0.05))
    thread.start()
    try:
        ids = [_decide(store, f"t{n}", "hold") for n in range(3)]
        deadline = time.monotonic() + 10
        while store.feed_position("nats") < ids[-1] and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        thread.stop()
    assert [p["id"] for _, p, _ in published(prefix)] == ids
