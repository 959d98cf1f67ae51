"""The Perspective-compatible endpoint answers Perspective clients unchanged."""

from __future__ import annotations

import pytest

from api.conftest import Api
from bastion.api.perspective import ATTRIBUTES, attribute_score

URL = "/v1alpha1/comments:analyze"

# Exactly what Perspective's documentation has a client send (with every attribute).
PERSPECTIVE_REQUEST = {
    "comment": {"text": "I will kill all of you, you filthy animals"},
    "languages": ["en"],
    "requestedAttributes": {a: {} for a in ATTRIBUTES},
}


def test_a_perspective_request_gets_a_perspective_response(api: Api) -> None:
    r = api.call("POST", URL, json=PERSPECTIVE_REQUEST)
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"attributeScores", "languages", "detectedLanguages"}
    assert set(body["attributeScores"]) == set(ATTRIBUTES)
    for score in body["attributeScores"].values():
        assert score["summaryScore"]["type"] == "PROBABILITY"
        assert 0.0 <= score["summaryScore"]["value"] <= 1.0
        span = score["spanScores"][0]
        assert set(span) == {"begin", "end", "score"}
    assert body["attributeScores"]["THREAT"]["summaryScore"]["value"] > 0.5
    assert body["attributeScores"]["TOXICITY"]["summaryScore"]["value"] > 0.5
    assert body["languages"] == ["en"]
    assert body["detectedLanguages"] == ["en"]


def test_the_key_may_be_sent_as_a_query_parameter_like_perspective(api: Api) -> None:
    r = api.call(
        "POST", URL, role=None, params={"key": api.keys["client"]}, json=PERSPECTIVE_REQUEST
    )
    assert r.status_code == 200
    assert (
        api.call(
            "POST", URL, role=None, params={"key": "bad"}, json=PERSPECTIVE_REQUEST
        ).status_code
        == 401
    )


def test_client_token_is_echoed_and_thresholds_drop_low_scores(api: Api) -> None:
    req = {
        "comment": {"text": "What a lovely day"},
        "requestedAttributes": {"TOXICITY": {"scoreThreshold": 0.9}, "INSULT": {}},
        "clientToken": "abc",
        "doNotStore": True,
    }
    body = api.call("POST", URL, json=req).json()
    assert body["clientToken"] == "abc"
    assert set(body["attributeScores"]) == {"INSULT"}


def test_an_unknown_attribute_is_400_in_perspectives_error_shape(api: Api) -> None:
    req = {"comment": {"text": "hi"}, "requestedAttributes": {"FLIRTATION": {}}}
    r = api.call("POST", URL, json=req)
    assert r.status_code == 400
    error = r.json()["error"]
    assert error["code"] == 400 and error["status"] == "INVALID_ARGUMENT"
    assert "FLIRTATION" in error["message"]


def test_an_unsupported_language_is_400(api: Api) -> None:
    req = {
        "comment": {"text": "hallo"},
        "languages": ["de"],
        "requestedAttributes": {"TOXICITY": {}},
    }
    r = api.call("POST", URL, json=req)
    assert r.status_code == 400
    assert "de" in r.json()["error"]["message"]


@pytest.mark.parametrize("req", [{}, {"comment": {}}, {"comment": {"text": "x"}}])
def test_a_wrong_shape_is_400(api: Api, req: object) -> None:
    r = api.call("POST", URL, json=req)
    assert r.status_code == 400
    assert r.json()["error"]["message"].startswith("invalid request: body.")


def test_attributes_map_from_bastion_labels() -> None:
    scores = {"hate/antisemitism/violence": 0.8, "harassment": 0.3, "threat": 0.1}
    assert attribute_score("IDENTITY_ATTACK", scores) == 0.8
    assert attribute_score("SEVERE_TOXICITY", scores) == 0.8
    assert attribute_score("TOXICITY", scores) == 0.8
    assert attribute_score("INSULT", scores) == 0.3
    assert attribute_score("THREAT", scores) == 0.1
    assert attribute_score("THREAT", {}) == 0.0
