"""Shared fixtures: one engine per test session (the model loads once)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from bastion.engine import Engine

SHARED_TRAIN = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "train"


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine()
