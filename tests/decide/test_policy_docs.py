"""docs/policy.md documents every condition, action and effect a policy may use."""

from __future__ import annotations

from pathlib import Path

import pytest

from bastion.decide import ACTIONS
from bastion.decide.parse import CONDITION_KEYS
from bastion.models import EFFECT_TYPES

DOC = (Path(__file__).resolve().parents[2] / "docs" / "policy.md").read_text()


@pytest.mark.parametrize("name", [*CONDITION_KEYS, *ACTIONS, *EFFECT_TYPES])
def test_every_policy_keyword_is_documented(name: str) -> None:
    base = name.removesuffix("_below").removesuffix("_at_least")
    assert f"`{name}`" in DOC or f"`{base}_below` / `_at_least`" in DOC
