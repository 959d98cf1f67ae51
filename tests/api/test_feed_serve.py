"""`bastion serve` with BASTION_NATS_URL: decisions reach JetStream, and survive NATS being down
and the server being killed: the restarted server publishes what was left, once, in order."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from contracts.nats import fresh_subject_prefix, published, require_nats

from api.server import Server, create_key, server_env


@pytest.fixture
def prefix() -> Iterator[str]:
    with fresh_subject_prefix() as name:
        yield name


def _published(prefix: str) -> list[tuple[str, str]]:
    """(item id, action) of every message in the prefix's stream, in stream order."""
    return [(payload["item_id"], payload["action"]) for _, payload, _ in published(prefix)]


def _moderate(server: Server, key: str, ids: list[str]) -> None:
    with httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {key}"}) as c:
        for item_id in ids:
            r = c.post("/v1/moderate", json={"id": item_id, "text": f"hello from {item_id}"})
            assert r.status_code == 200, r.text


def _wait_for(prefix: str, count: int, timeout: float = 20.0) -> list[tuple[str, str]]:
    deadline = time.monotonic() + timeout
    got = _published(prefix)
    while len(got) < count and time.monotonic() < deadline:
        time.sleep(0.2)
        got = _published(prefix)
    return got


def test_decisions_wait_for_nats_and_survive_a_kill(tmp_path: Path, prefix: str) -> None:
    db = tmp_path / "feed.db"
    env = server_env(f"sqlite:///{db}", tmp_path / "tmp")
    env["BASTION_FEED_SUBJECT"] = prefix
    key = create_key(env)

    # NATS unreachable: the server answers anyway; the decisions wait in the database.
    down = {**env, "BASTION_NATS_URL": "nats://127.0.0.1:1"}
    with Server(down, tmp_path / "down.log", workers=2) as server:
        _moderate(server, key, ["a", "b", "c"])
        server.kill()  # no clean shutdown
    assert _published(prefix) == []

    up = {**env, "BASTION_NATS_URL": require_nats()}
    with Server(up, tmp_path / "up.log", workers=2) as server:
        assert _wait_for(prefix, 3) == [("a", "allow"), ("b", "allow"), ("c", "allow")]
        _moderate(server, key, ["d", "e"])
        got = _wait_for(prefix, 5)
    assert [item for item, _ in got] == ["a", "b", "c", "d", "e"]  # once each, in order
