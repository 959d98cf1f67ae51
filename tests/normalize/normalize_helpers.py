"""Shared checks for the normalization tests."""

from __future__ import annotations

from bastion.models import NormalizedText


def assert_offset_contract(n: NormalizedText) -> None:
    """The `NormalizedText.offsets` contract: one raw index per char, plus len(raw)."""
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(n.raw)
    assert all(0 <= o < len(n.raw) for o in n.offsets[:-1])
    assert list(n.offsets) == sorted(n.offsets), "offsets must not go backwards"


def raw_of(n: NormalizedText, needle: str) -> str:
    """The raw text a normalized substring came from (first occurrence)."""
    start = n.text.index(needle)
    return n.raw_span(start, start + len(needle)).text
