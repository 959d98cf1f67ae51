"""The moderation endpoints, on SQLite and on PostgreSQL."""

from __future__ import annotations

from api.conftest import Api

THREAT = "I will kill all of you, you filthy animals"


def test_moderating_an_item_returns_its_verdict_and_stored_decision(any_api: Api) -> None:
    r = any_api.call(
        "POST",
        "/v1/moderate",
        json={
            "id": "c1",
            "text": THREAT,
            "lang": "en",
            "context": {"surface": "comment", "author_id": "u1", "account_age_days": 3},
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == "c1"
    assert body["flagged"] is True
    assert body["decision"]["policy_version"]
    assert body["decision"]["rule_id"]
    assert "threat" in body["verdict"]["labels"]
    assert body["replayed"] is False

    got = any_api.call("GET", "/v1/items/c1")
    assert got.status_code == 200
    assert got.json()["item"]["author_id"] == "u1"
    assert got.json()["decisions"][0]["id"] == body["decision"]["id"]


def test_a_benign_comment_is_allowed(any_api: Api) -> None:
    r = any_api.call("POST", "/v1/moderate", json={"text": "Lovely video, thanks for sharing!"})
    assert r.status_code == 200
    assert r.json()["flagged"] is False
    assert r.json()["action"] == "allow"


def test_a_replayed_idempotency_key_stores_nothing_new(any_api: Api) -> None:
    headers = {"Idempotency-Key": "k-1"}
    first = any_api.call("POST", "/v1/moderate", json={"text": THREAT}, headers=headers)
    again = any_api.call("POST", "/v1/moderate", json={"text": THREAT}, headers=headers)
    assert first.status_code == again.status_code == 200
    assert again.json()["replayed"] is True
    assert again.json()["decision"] == first.json()["decision"]
    listed = any_api.call("GET", "/v1/decisions", role="moderator").json()
    assert len(listed["decisions"]) == 1


def test_an_idempotency_key_reused_for_other_content_is_a_conflict(any_api: Api) -> None:
    headers = {"Idempotency-Key": "k-2"}
    any_api.call("POST", "/v1/moderate", json={"text": "one"}, headers=headers)
    r = any_api.call("POST", "/v1/moderate", json={"text": "two"}, headers=headers)
    assert r.status_code == 409
    assert "k-2" in r.json()["error"]["message"]


def test_a_batch_is_moderated_in_order(any_api: Api) -> None:
    items = [{"id": f"b{i}", "text": t} for i, t in enumerate([THREAT, "hello", "nice"])]
    r = any_api.call("POST", "/v1/moderate/batch", json={"items": items})
    assert r.status_code == 200, r.text
    results = r.json()["results"]
    assert [x["id"] for x in results] == ["b0", "b1", "b2"]
    assert [x["flagged"] for x in results] == [True, False, False]


def test_decisions_are_paginated_and_filtered(any_api: Api) -> None:
    texts = [THREAT, "hello there", "good morning", THREAT + "!", "see you"]
    actions = {}
    for i, t in enumerate(texts):
        r = any_api.call("POST", "/v1/moderate", json={"id": f"p{i}", "text": t})
        actions[f"p{i}"] = r.json()["action"]
    seen: list[str] = []
    cursor = None
    while True:
        params: dict[str, str | int] = {"limit": 2}
        if cursor:
            params["cursor"] = cursor
        page = any_api.call("GET", "/v1/decisions", role="moderator", params=params).json()
        assert len(page["decisions"]) <= 2
        seen += [d["item_id"] for d in page["decisions"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert sorted(seen) == [f"p{i}" for i in range(5)]
    allowed = any_api.call("GET", "/v1/decisions", role="admin", params={"action": "allow"})
    assert {d["item_id"] for d in allowed.json()["decisions"]} == {
        i for i, a in actions.items() if a == "allow"
    }
    threats = any_api.call("GET", "/v1/decisions", role="moderator", params={"label": "threat"})
    assert {"p0", "p3"} <= {d["item_id"] for d in threats.json()["decisions"]}


def test_every_decision_is_in_the_audit_log(any_api: Api) -> None:
    any_api.call("POST", "/v1/moderate", json={"id": "a1", "text": THREAT})
    store = any_api.app.state.backend.get()[0].store
    head = store.head()
    assert head is not None and head.subject == "item:a1"
    assert head.actor.startswith("key:")
    assert store.verify() is None
