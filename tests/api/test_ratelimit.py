"""Rate limits: a key's own rate over the server's, and buckets shared by server processes."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from api.conftest import Api
from bastion.api.app import create_app
from bastion.api.keys import create_key
from bastion.api.ratelimit import RateLimiter
from bastion.engine import Engine
from bastion.settings import Settings
from bastion.store import open_store


def app_with_key(
    tmp_path: Path,
    engine: Engine,
    *,
    server_rate: int,
    key_rate: int | None,
    rate_limit_file: str | None = None,
) -> Api:
    """An app whose server-wide rate is `server_rate`, with one client key of `key_rate`."""
    url = f"sqlite:///{tmp_path / 'rl.db'}"
    with open_store(url) as store:
        secret, _ = create_key(store, "client", rate_limit=key_rate, actor="test")
    settings = Settings(database_url=url, rate_limit=server_rate)
    app = create_app(settings, engine=engine, rate_limit_file=rate_limit_file)
    return Api(app, {"client": secret})


# --- a key's own rate --------------------------------------------------------------------------


def test_a_key_with_its_own_rate_is_limited_below_the_servers(
    tmp_path: Path, engine: Engine
) -> None:
    api = app_with_key(tmp_path, engine, server_rate=10_000, key_rate=2)
    assert api.call("GET", "/v1/items/a").status_code == 404
    assert api.call("GET", "/v1/items/a").status_code == 404
    r = api.call("GET", "/v1/items/a")
    assert r.status_code == 429, r.text
    assert r.json()["error"]["status"] == "RESOURCE_EXHAUSTED"
    assert "rate limit of 2 requests per minute" in r.json()["error"]["message"]
    assert int(r.headers["Retry-After"]) >= 1


def test_a_key_with_rate_zero_is_never_limited(tmp_path: Path, engine: Engine) -> None:
    api = app_with_key(tmp_path, engine, server_rate=1, key_rate=0)
    for _ in range(10):
        assert api.call("GET", "/v1/items/a").status_code == 404


def test_a_key_without_its_own_rate_gets_the_servers(tmp_path: Path, engine: Engine) -> None:
    api = app_with_key(tmp_path, engine, server_rate=1, key_rate=None)
    assert api.call("GET", "/v1/items/a").status_code == 404
    r = api.call("GET", "/v1/items/a")
    assert r.status_code == 429
    assert "rate limit of 1 requests per minute" in r.json()["error"]["message"]


def test_two_apps_on_one_shared_file_share_a_keys_bucket(tmp_path: Path, engine: Engine) -> None:
    shared = str(tmp_path / "buckets.bin")
    one = app_with_key(tmp_path, engine, server_rate=600, key_rate=2, rate_limit_file=shared)
    two = Api(
        create_app(
            Settings(database_url=f"sqlite:///{tmp_path / 'rl.db'}", rate_limit=600),
            engine=engine,
            rate_limit_file=shared,
        ),
        one.keys,
    )
    assert one.call("GET", "/v1/items/a").status_code == 404
    assert two.call("GET", "/v1/items/a").status_code == 404
    assert one.call("GET", "/v1/items/a").status_code == 429
    assert two.call("GET", "/v1/items/a").status_code == 429


# --- the limiter itself ------------------------------------------------------------------------


def test_a_keys_own_rate_overrides_the_limiters() -> None:
    now = [0.0]
    limiter = RateLimiter(1000, clock=lambda: now[0])
    assert limiter.take("k", 2) is None
    assert limiter.take("k", 2) is None
    wait = limiter.take("k", 2)
    assert wait is not None and wait == pytest.approx(30.0)  # 2 per minute: one per 30 s
    for _ in range(100):
        assert limiter.take("free", 0) is None


def test_two_limiters_on_one_file_share_one_bucket_per_key(tmp_path: Path) -> None:
    now = [50.0]
    path = str(tmp_path / "b.bin")
    first = RateLimiter(3, clock=lambda: now[0], shared_file=path)
    second = RateLimiter(3, clock=lambda: now[0], shared_file=path)
    assert first.take("key-a") is None
    assert second.take("key-a") is None
    assert first.take("key-a") is None
    wait = second.take("key-a")
    assert wait is not None and wait > 0
    assert wait == pytest.approx(20.0)  # 3 per minute: one every 20 s
    assert first.take("key-a") is not None

    # Another key has its own bucket, in either process.
    assert second.take("key-b") is None
    assert first.take("key-b") is None
    assert second.take("key-b") is None
    assert first.take("key-b") is not None

    # Refilled over time, whichever process looks.
    now[0] += 10.0
    assert first.take("key-a") is not None  # half a token
    now[0] += 10.0
    assert second.take("key-a") is None  # one token after 20 s
    assert first.take("key-a") is not None
    now[0] += 60.0
    for limiter in (first, second, first):
        assert limiter.take("key-a") is None  # a full bucket again: 3, never more
    assert second.take("key-a") is not None


def test_a_shared_bucket_uses_each_keys_own_rate(tmp_path: Path) -> None:
    now = [0.0]
    path = str(tmp_path / "b.bin")
    first = RateLimiter(600, clock=lambda: now[0], shared_file=path)
    second = RateLimiter(600, clock=lambda: now[0], shared_file=path)
    assert first.take("k", 1) is None
    assert second.take("k", 1) is not None
    for limiter in (first, second) * 5:
        assert limiter.take("unlimited", 0) is None


def test_limiters_without_a_shared_file_do_not_share(tmp_path: Path) -> None:
    now = [0.0]
    first = RateLimiter(1, clock=lambda: now[0])
    second = RateLimiter(1, clock=lambda: now[0])
    assert first.take("k") is None
    assert second.take("k") is None  # each process its own bucket
    assert first.take("k") is not None


def _take_in_child(path: str, key: str, n: int, out: multiprocessing.Queue[list[bool]]) -> None:
    limiter = RateLimiter(3, shared_file=path)
    out.put([limiter.take(key) is None for _ in range(n)])


def test_processes_share_the_bucket_file(tmp_path: Path) -> None:
    path = str(tmp_path / "b.bin")
    ctx = multiprocessing.get_context("spawn")
    out: multiprocessing.Queue[list[bool]] = ctx.Queue()
    child = ctx.Process(target=_take_in_child, args=(path, "key-a", 3, out))
    child.start()
    allowed = out.get(timeout=60)
    child.join(timeout=60)
    assert child.exitcode == 0
    assert allowed == [True, True, True]

    parent = RateLimiter(3, shared_file=path)
    wait = parent.take("key-a")
    assert wait is not None and wait > 0
    assert parent.take("key-b") is None  # another key: its own bucket

    # And the other way round: the parent's takes count in a new child.
    assert parent.take("key-c") is None
    assert parent.take("key-c") is None
    child = ctx.Process(target=_take_in_child, args=(path, "key-c", 2, out))
    child.start()
    allowed = out.get(timeout=60)
    child.join(timeout=60)
    assert child.exitcode == 0
    assert allowed == [True, False]
