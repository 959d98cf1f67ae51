"""A retried request is a replay even when the author's account changed in between."""

from __future__ import annotations

from api.conftest import Api


def test_a_retry_with_an_author_replays_after_the_account_was_made(any_api: Api) -> None:
    body = {"id": "x1", "text": "hello friends", "context": {"author_id": "u1"}}
    headers = {"Idempotency-Key": "k1"}
    first = any_api.call("POST", "/v1/moderate", json=body, headers=headers)
    assert first.status_code == 200 and first.json()["replayed"] is False
    # The first call made the author's account; a moderator gives the author a strike.
    other = any_api.call(
        "POST", "/v1/moderate", json={"id": "x2", "text": "hi", **{"context": {"author_id": "u1"}}}
    )
    assert other.status_code == 200
    review = any_api.call(
        "POST", "/v1/items/x2/decisions", role="moderator", json={"action": "remove", "strikes": 2}
    )
    assert review.status_code == 200
    again = any_api.call("POST", "/v1/moderate", json=body, headers=headers)
    assert again.status_code == 200, again.text
    assert again.json()["replayed"] is True
    assert again.json()["decision"]["id"] == first.json()["decision"]["id"]


def test_the_decision_records_the_context_it_was_made_on(any_api: Api) -> None:
    any_api.call(
        "POST", "/v1/moderate", json={"id": "z", "text": "hi", "context": {"author_id": "u2"}}
    )
    strikes = {"action": "remove", "strikes": 3}
    assert any_api.call("POST", "/v1/items/z/decisions", role="moderator", json=strikes).is_success
    r = any_api.call(
        "POST", "/v1/moderate", json={"id": "y", "text": "hello", "context": {"author_id": "u2"}}
    )
    decided_on = r.json()["decision"]["context"]
    assert decided_on["prior_strikes"] == 3  # from the account
    assert decided_on["account_age_days"] == 0
    item = any_api.call("GET", "/v1/items/y").json()["item"]
    assert item["context"]["prior_strikes"] is None  # as sent
