"""Helpers for the policy tests: compile inline YAML, compare with snapshot files."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from bastion.decide import CompiledPolicy, PolicyInvalid, PolicySource, compile_policy

HERE = Path(__file__).parent
SNAPSHOTS = HERE / "snapshots"
FIXTURES = HERE / "fixtures"


def compiled(yaml_text: str) -> CompiledPolicy:
    return compile_policy(PolicySource(textwrap.dedent(yaml_text), "policy.yaml"))


def errors_of(yaml_text: str) -> list[str]:
    """Every rendered error line of an invalid policy."""
    with pytest.raises(PolicyInvalid) as info:
        compiled(yaml_text)
    return [e.render() for e in info.value.errors]


def check_snapshot(name: str, actual: str) -> None:
    """Compare with snapshots/NAME; BASTION_WRITE_SNAPSHOTS=1 rewrites the file instead."""
    path = SNAPSHOTS / name
    if os.environ.get("BASTION_WRITE_SNAPSHOTS") == "1":
        path.write_text(actual, encoding="utf-8")
    assert path.exists(), f"missing snapshot {path}; run with BASTION_WRITE_SNAPSHOTS=1"
    assert actual == path.read_text(encoding="utf-8")
