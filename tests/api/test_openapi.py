"""The published OpenAPI schema is the app's own, and the answers have the shapes it declares."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from api.conftest import Api
from bastion.api.schemas import (
    AccountOut,
    AnalyzeOut,
    AuditPage,
    BatchOut,
    DecisionsPage,
    ItemOut,
    ModerateOut,
    PolicyOut,
    ReviewOut,
)
from bastion.cli.main import main

PUBLISHED = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"


def test_the_published_schema_is_current(api: Api) -> None:
    served = api.call("GET", "/openapi.json").json()
    published = json.loads(PUBLISHED.read_text(encoding="utf-8"))
    assert published == served, "run `bastion openapi --out docs/openapi.json` and commit it"


def test_bastion_openapi_prints_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["openapi"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["openapi"].startswith("3.")
    assert schema["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    assert schema["paths"]["/healthz"]["get"]["security"] == []
    assert {"query_key": []} in schema["paths"]["/v1alpha1/comments:analyze"]["post"]["security"]


def _shape(model: type[BaseModel], body: object) -> None:
    """`body` has exactly the fields `model` declares, at every depth (answers forbid extras)."""
    model.model_validate(body)


def test_every_answer_has_its_declared_shape(api: Api) -> None:
    one = api.call(
        "POST",
        "/v1/moderate",
        json={"id": "s1", "text": "I will kill you", "context": {"author_id": "u1"}},
    )
    _shape(ModerateOut, one.json())
    _shape(
        BatchOut, api.call("POST", "/v1/moderate/batch", json={"items": [{"text": "hi"}]}).json()
    )
    _shape(ItemOut, api.call("GET", "/v1/items/s1").json())
    _shape(DecisionsPage, api.call("GET", "/v1/decisions", role="moderator").json())
    review = api.call("POST", "/v1/items/s1/decisions", role="moderator", json={"action": "remove"})
    _shape(ReviewOut, review.json())
    _shape(AccountOut, api.call("GET", "/v1/accounts/u1", role="moderator").json())
    _shape(AuditPage, api.call("GET", "/v1/audit", role="admin").json())
    _shape(PolicyOut, api.call("GET", "/v1/policy").json())
    analyzed = api.call(
        "POST",
        "/v1alpha1/comments:analyze",
        json={"comment": {"text": "hi"}, "requestedAttributes": {"TOXICITY": {}}},
    )
    _shape(AnalyzeOut, analyzed.json())
