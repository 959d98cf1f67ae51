"""Bad input and failures: each answered with its status and a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.conftest import Api, MakeApi, make_keys
from bastion.api.app import create_app
from bastion.api.ratelimit import RateLimiter
from bastion.engine import Engine
from bastion.settings import Settings


def test_healthz_is_open(api: Api) -> None:
    r = api.call("GET", "/healthz", role=None)
    assert r.status_code == 200 and r.json() == {"status": "ok"}


@pytest.mark.parametrize(
    ("method", "url"),
    [("POST", "/v1/moderate"), ("GET", "/v1/items/x"), ("GET", "/v1/decisions")],
)
def test_a_missing_key_is_401(api: Api, method: str, url: str) -> None:
    r = api.call(method, url, role=None, json={"text": "hi"})
    assert r.status_code == 401
    assert r.json()["error"]["status"] == "UNAUTHENTICATED"
    assert "Authorization: Bearer" in r.json()["error"]["message"]


def test_a_wrong_key_is_401(api: Api) -> None:
    r = api.call(
        "POST",
        "/v1/moderate",
        role=None,
        json={"text": "hi"},
        headers={"Authorization": "Bearer x"},
    )
    assert r.status_code == 401
    assert "invalid or revoked API key" in r.json()["error"]["message"]


def test_a_client_key_cannot_list_decisions(api: Api) -> None:
    r = api.call("GET", "/v1/decisions", role="client")
    assert r.status_code == 403
    assert "`moderator`" in r.json()["error"]["message"]


def test_an_unknown_item_is_404(api: Api) -> None:
    r = api.call("GET", "/v1/items/nope")
    assert r.status_code == 404
    assert "nope" in r.json()["error"]["message"]


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({}, "body.text"),
        ({"text": 3}, "body.text"),
        ({"text": "x", "colour": "red"}, "body.colour"),
        ({"text": "x", "context": {"surface": "tv"}}, "body.context.surface"),
        ({"text": "x", "context": {"reach": "many"}}, "body.context.reach"),
        ({"text": "x", "context": {"prior_strikes": -1}}, "body.context.prior_strikes"),
    ],
)
def test_a_wrong_json_shape_is_422_naming_the_field(api: Api, body: object, where: str) -> None:
    r = api.call("POST", "/v1/moderate", json=body)
    assert r.status_code == 422
    assert where in r.json()["error"]["message"]


def test_invalid_json_is_422(api: Api) -> None:
    r = api.call(
        "POST", "/v1/moderate", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 422


def test_a_bad_cursor_is_400(api: Api) -> None:
    r = api.call("GET", "/v1/decisions", role="admin", params={"cursor": "garbage"})
    assert r.status_code == 400


def test_a_body_over_the_limit_is_413(make_api: MakeApi) -> None:
    api = make_api(max_body_bytes=100)
    r = api.call("POST", "/v1/moderate", json={"text": "x" * 200})
    assert r.status_code == 413
    assert "100 bytes" in r.json()["error"]["message"]
    assert api.call("POST", "/v1/moderate", json={"text": "short"}).status_code == 200


def test_too_many_requests_is_429_with_retry_after(make_api: MakeApi) -> None:
    api = make_api(rate_limit=2)
    assert api.call("GET", "/v1/items/a").status_code == 404
    assert api.call("GET", "/v1/items/a").status_code == 404
    r = api.call("GET", "/v1/items/a")
    assert r.status_code == 429
    assert int(r.headers["Retry-After"]) >= 1
    # Each key has its own bucket.
    assert api.call("GET", "/v1/items/a", role="admin").status_code == 404


def test_the_token_bucket_refills_over_time() -> None:
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0])
    for _ in range(60):
        assert limiter.take("k") is None
    wait = limiter.take("k")
    assert wait is not None and 0 < wait <= 1.0
    now[0] += 1.0
    assert limiter.take("k") is None


def test_a_database_that_is_down_is_503_then_recovers(tmp_path: Path, engine: Engine) -> None:
    url = f"sqlite:///{tmp_path / 'not-yet' / 'api.db'}"
    api = Api(create_app(Settings(database_url=url), engine=engine), {"client": "bst_x"})
    r = api.call("POST", "/v1/moderate", json={"text": "hello"})
    assert r.status_code == 503
    assert "unavailable" in r.json()["error"]["message"]
    assert "BASTION_DATABASE_URL" in r.json()["error"]["message"]
    (tmp_path / "not-yet").mkdir()
    api.keys = make_keys(url)
    assert api.call("POST", "/v1/moderate", json={"text": "hello"}).status_code == 200


def test_an_unreachable_postgresql_is_503(engine: Engine) -> None:
    url = "postgresql+psycopg://postgres@127.0.0.1:1/test"
    api = Api(create_app(Settings(database_url=url), engine=engine), {"client": "bst_x"})
    r = api.call("GET", "/v1/items/x")
    assert r.status_code == 503
    assert r.json()["error"]["status"] == "UNAVAILABLE"


def test_openapi_is_served_to_key_holders(api: Api) -> None:
    assert api.call("GET", "/openapi.json", role=None).status_code == 401
    r = api.call("GET", "/openapi.json")
    assert r.status_code == 200
    paths = r.json()["paths"]
    for path in ("/v1/moderate", "/v1/moderate/batch", "/v1/items/{item_id}", "/v1/decisions"):
        assert path in paths
    assert "/v1alpha1/comments:analyze" in paths


def test_a_body_not_sent_as_json_says_which_content_type_to_use(api: Api) -> None:
    r = api.call(
        "POST",
        "/v1/moderate",
        content=b'{"text": "hi"}',
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert r.status_code == 422
    assert "Content-Type: application/json" in r.json()["error"]["message"]
