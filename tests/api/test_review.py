"""Human review through the API: item status and queues, moderator decisions, accounts, audit,
and the policy in force (switches). On SQLite and on PostgreSQL where the database matters."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from api.conftest import Api, MakeApi, make_keys
from bastion.api.app import create_app
from bastion.api.keys import hash_key
from bastion.engine import Engine
from bastion.errors import ConfigError
from bastion.settings import Settings

THREAT = "I will kill all of you, you filthy animals"  # default.threat: escalate (held)
HARASSMENT = "you are a pathetic idiot and everyone hates you"  # default.review
SLOGAN = "from the river to the sea"  # contested: review, unless switched
BENIGN = "Lovely video, thanks for sharing!"


def moderate(api: Api, item_id: str, text: str, author: str | None = "u1") -> dict[str, Any]:
    body: dict[str, Any] = {"id": item_id, "text": text, "lang": "en"}
    if author is not None:
        body["context"] = {"author_id": author}
    r = api.call("POST", "/v1/moderate", json=body)
    assert r.status_code == 200, r.text
    answer: dict[str, Any] = r.json()
    return answer


def item(api: Api, item_id: str) -> dict[str, Any]:
    r = api.call("GET", f"/v1/items/{item_id}")
    assert r.status_code == 200, r.text
    answer: dict[str, Any] = r.json()
    return answer


def key_id(api: Api, role: str) -> str:
    """The public id of the `role` key the `Api` sends."""
    record = api.app.state.backend.store().api_key_by_hash(hash_key(api.keys[role]))
    assert record is not None
    return str(record.id)


def review(api: Api, item_id: str, body: dict[str, Any], role: str = "moderator") -> Any:
    return api.call("POST", f"/v1/items/{item_id}/decisions", role=role, json=body)


# --- item status and queues --------------------------------------------------------------------


def test_a_held_item_shows_its_status_and_open_queue_entries(any_api: Api) -> None:
    answer = moderate(any_api, "t1", THREAT)
    assert answer["action"] == "escalate"
    assert answer["status"] == "held"
    got = item(any_api, "t1")
    assert got["item"]["status"] == "held"
    [entry] = got["queue"]
    assert entry["queue"].startswith("escalation:")
    assert entry["priority"] == "urgent"
    assert entry["decision_id"] == answer["decision"]["id"]
    assert entry["rule_id"] == answer["decision"]["rule_id"] == "default.threat"
    assert entry["closed_at"] is None and entry["closed_by"] is None


def test_an_allowed_item_is_visible_and_in_no_queue(any_api: Api) -> None:
    answer = moderate(any_api, "b1", BENIGN)
    assert answer["action"] == "allow"
    got = item(any_api, "b1")
    assert got["item"]["status"] == "visible"
    assert got["queue"] == []


def test_harassment_stays_up_and_goes_to_the_review_queue(any_api: Api) -> None:
    answer = moderate(any_api, "h1", HARASSMENT)
    assert answer["action"] == "review"
    got = item(any_api, "h1")
    assert got["item"]["status"] == "visible"
    assert [(q["queue"], q["closed_at"]) for q in got["queue"]] == [("review", None)]


# --- a moderator's decision -------------------------------------------------------------------


def test_a_moderator_removes_an_item_with_a_strike(any_api: Api) -> None:
    first = moderate(any_api, "r1", THREAT, author="author-1")
    assert first["status"] == "held"
    before = any_api.call("GET", "/v1/accounts/author-1", role="moderator")
    assert before.status_code == 200
    assert before.json()["account"]["strikes"] == 0

    r = review(any_api, "r1", {"action": "remove", "note": "clear threat", "strikes": 1})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["item"]["status"] == "removed"
    decision = body["decision"]
    assert decision["decided_by"] == f"key:{key_id(any_api, 'moderator')}"
    assert decision["rule_id"] == "manual"
    assert decision["action"] == "remove"
    assert decision["note"] == "clear threat"
    assert decision["labels"] == first["decision"]["labels"]  # kept from the latest decision
    assert body["audit"]["action"] == "review"

    got = item(any_api, "r1")
    assert got["item"]["status"] == "removed"
    assert [d["id"] for d in got["decisions"]] == [first["decision"]["id"], decision["id"]]
    assert got["queue"], "the escalation entry is still listed, closed"
    for entry in got["queue"]:
        assert entry["closed_at"] is not None
        assert entry["closed_by"] == decision["id"]

    account = any_api.call("GET", "/v1/accounts/author-1", role="moderator").json()["account"]
    assert account["strikes"] == 1

    audit = any_api.call("GET", "/v1/audit", role="admin")
    assert audit.status_code == 200
    reviews = [
        e for e in audit.json()["entries"] if e["action"] == "review" and e["subject"] == "item:r1"
    ]
    assert len(reviews) == 1
    [entry] = reviews
    assert entry["actor"] == decision["decided_by"]
    assert entry["before"]["item_status"] == "held"
    assert entry["before"]["decision"]["id"] == first["decision"]["id"]
    assert entry["after"]["item_status"] == "removed"
    assert entry["after"]["decision"]["id"] == decision["id"]
    assert any_api.app.state.backend.store().verify() is None


def test_a_moderator_allowing_an_item_makes_it_visible_and_closes_its_review(
    any_api: Api,
) -> None:
    moderate(any_api, "a1", HARASSMENT)
    r = review(any_api, "a1", {"action": "allow"})
    assert r.status_code == 200, r.text
    assert r.json()["item"]["status"] == "visible"
    got = item(any_api, "a1")
    assert all(q["closed_by"] == r.json()["decision"]["id"] for q in got["queue"])
    assert got["queue"]


def test_an_admin_may_review_too(api: Api) -> None:
    moderate(api, "ad1", HARASSMENT)
    r = review(api, "ad1", {"action": "hold"}, role="admin")
    assert r.status_code == 200, r.text
    assert r.json()["decision"]["decided_by"] == f"key:{key_id(api, 'admin')}"
    assert r.json()["item"]["status"] == "held"


def test_suspending_sets_the_account_suspended_for_the_days_given(any_api: Api) -> None:
    moderate(any_api, "s1", THREAT, author="author-s")
    start = datetime.now(UTC)
    r = review(any_api, "s1", {"action": "suspend", "suspend_days": 7})
    assert r.status_code == 200, r.text
    assert r.json()["item"]["status"] == "removed"
    account = any_api.call("GET", "/v1/accounts/author-s", role="moderator").json()["account"]
    assert account["suspended_at"] is not None
    assert account["suspended_until"] is not None
    until = datetime.fromisoformat(account["suspended_until"])
    if until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    expected = start + timedelta(days=7)
    assert abs(until - expected) < timedelta(minutes=5), (until, expected)


# --- roles -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url", "role", "needed"),
    [
        ("POST", "/v1/items/x/decisions", "client", "moderator"),
        ("GET", "/v1/accounts/x", "client", "moderator"),
        ("GET", "/v1/audit", "client", "admin"),
        ("GET", "/v1/audit", "moderator", "admin"),
    ],
)
def test_a_role_too_low_is_403(api: Api, method: str, url: str, role: str, needed: str) -> None:
    moderate(api, "x", THREAT)
    r = api.call(method, url, role=role, json={"action": "remove"})
    assert r.status_code == 403, r.text
    assert r.json()["error"]["status"] == "PERMISSION_DENIED"
    assert f"`{needed}`" in r.json()["error"]["message"]
    # Nothing was decided by the refused request.
    assert len(item(api, "x")["decisions"]) == 1


# --- bad reviews -------------------------------------------------------------------------------


def test_reviewing_an_unknown_item_is_404(any_api: Api) -> None:
    r = review(any_api, "nope", {"action": "remove"})
    assert r.status_code == 404
    assert "nope" in r.json()["error"]["message"]


def test_an_unknown_account_is_404(any_api: Api) -> None:
    r = any_api.call("GET", "/v1/accounts/ghost", role="moderator")
    assert r.status_code == 404
    assert "ghost" in r.json()["error"]["message"]


@pytest.mark.parametrize(
    ("body", "says"),
    [
        ({"action": "label"}, "`label`"),
        ({"action": "remove", "labels": ["hate", "not_a_label"]}, "not_a_label"),
        ({"action": "delete"}, "body.action"),
        ({"action": "remove", "strikes": -1}, "body.strikes"),
        ({"action": "suspend", "suspend_days": 0}, "body.suspend_days"),
        ({"action": "remove", "expected_decision_id": "1"}, "body.expected_decision_id"),
        ({"action": "remove", "colour": "red"}, "body.colour"),
    ],
)
def test_a_bad_review_is_422_and_writes_nothing(api: Api, body: dict[str, Any], says: str) -> None:
    moderate(api, "q1", HARASSMENT)
    r = review(api, "q1", body)
    assert r.status_code == 422, r.text
    assert r.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert says in r.json()["error"]["message"]
    got = item(api, "q1")
    assert len(got["decisions"]) == 1
    assert all(q["closed_at"] is None for q in got["queue"])


def test_a_label_decision_with_its_label_is_accepted(api: Api) -> None:
    moderate(api, "l1", HARASSMENT)
    r = review(api, "l1", {"action": "label", "label": "harassment", "labels": ["harassment"]})
    assert r.status_code == 200, r.text
    assert r.json()["decision"]["labels"] == ["harassment"]
    effects = r.json()["decision"]["effects"]
    assert any(e.get("name") == "harassment" for e in effects), effects


def test_a_stale_expected_decision_is_409_and_writes_nothing(any_api: Api) -> None:
    first = moderate(any_api, "c1", THREAT)["decision"]["id"]
    second = review(any_api, "c1", {"action": "hold", "expected_decision_id": first})
    assert second.status_code == 200, second.text
    second_id = second.json()["decision"]["id"]
    audit_before = len(any_api.call("GET", "/v1/audit", role="admin").json()["entries"])

    # A second moderator saw only the first decision.
    stale = review(any_api, "c1", {"action": "allow", "expected_decision_id": first})
    assert stale.status_code == 409, stale.text
    assert stale.json()["error"]["status"] == "ALREADY_EXISTS"
    assert "'c1'" in stale.json()["error"]["message"]
    got = item(any_api, "c1")
    assert [d["id"] for d in got["decisions"]] == [first, second_id]
    assert got["item"]["status"] == "held"
    audit_after = len(any_api.call("GET", "/v1/audit", role="admin").json()["entries"])
    assert audit_after == audit_before

    fresh = review(any_api, "c1", {"action": "allow", "expected_decision_id": second_id})
    assert fresh.status_code == 200, fresh.text
    assert fresh.json()["item"]["status"] == "visible"
    assert len(item(any_api, "c1")["decisions"]) == 3


# --- the policy and its switches ---------------------------------------------------------------


def test_the_policy_lists_its_switches_and_rules(api: Api) -> None:
    r = api.call("GET", "/v1/policy", role="client")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["name"] == "default"
    assert body["version"]
    switches = {s["name"]: s for s in body["switches"]}
    contested = switches["contested_slogans"]
    assert contested["value"] == contested["default"] == "review"
    assert contested["values"] == ["review", "allow", "remove"]
    assert "river to the sea" in contested["help"]
    assert switches["harassment_wave_strict"]["value"] == "on"
    rules = {rule["id"]: rule for rule in body["rules"]}
    assert rules["default.threat"]["action"] == "escalate"
    assert rules["default.review"]["action"] == "review"
    assert all(rule["description"] for rule in body["rules"])
    assert body["rules"][-1]["id"] == "default.allow"
    assert "remove" in body["actions"]


def test_the_policy_needs_a_key(api: Api) -> None:
    assert api.call("GET", "/v1/policy", role=None).status_code == 401


def test_a_switch_changes_the_policy_shown_and_the_decisions(
    make_api: MakeApi, tmp_path: Path, engine: Engine
) -> None:
    url = f"sqlite:///{tmp_path / 'default.db'}"
    default = Api(create_app(Settings(database_url=url), engine=engine), make_keys(url))
    queued = moderate(default, "s1", SLOGAN)
    assert queued["action"] == "review"
    assert queued["decision"]["switches"]["contested_slogans"] == "review"
    assert [q["queue"] for q in item(default, "s1")["queue"]] == ["review"]

    api = make_api(policy_switches="contested_slogans=allow")
    switches = {s["name"]: s for s in api.call("GET", "/v1/policy").json()["switches"]}
    assert switches["contested_slogans"]["value"] == "allow"
    assert switches["contested_slogans"]["default"] == "review"
    allowed = moderate(api, "s1", SLOGAN)
    assert allowed["action"] == "allow"
    assert allowed["decision"]["rule_id"] == "default.contested.allow"
    assert allowed["decision"]["switches"] == {
        "contested_slogans": "allow",
        "harassment_wave_strict": "on",
    }
    got = item(api, "s1")
    assert got["queue"] == []
    assert got["item"]["status"] == "visible"
    # Harassment still goes to review under the switch.
    assert moderate(api, "h1", HARASSMENT)["action"] == "review"


def test_the_moderate_answer_records_every_switch_value(any_api: Api) -> None:
    answer = moderate(any_api, "w1", BENIGN)
    assert answer["decision"]["switches"] == {
        "contested_slogans": "review",
        "harassment_wave_strict": "on",
    }
    stored = item(any_api, "w1")["decisions"][0]
    assert stored["switches"] == answer["decision"]["switches"]


def test_a_moderator_decision_records_the_switch_values_too(make_api: MakeApi) -> None:
    api = make_api(policy_switches="harassment_wave_strict=off")
    moderate(api, "m1", HARASSMENT)
    r = review(api, "m1", {"action": "allow"})
    assert r.status_code == 200, r.text
    assert r.json()["decision"]["switches"]["harassment_wave_strict"] == "off"


@pytest.mark.parametrize(
    ("switches", "says"),
    [
        ("contested_slogans=maybe", "maybe"),
        ("no_such_switch=on", "no_such_switch"),
        ("contested_slogans", "NAME=VALUE"),
    ],
)
def test_a_bad_switch_stops_the_app_at_creation(
    tmp_path: Path, engine: Engine, switches: str, says: str
) -> None:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'x.db'}", policy_switches=switches)
    with pytest.raises(ConfigError, match=says):
        create_app(settings, engine=engine)
