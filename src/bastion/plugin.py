"""The plugin-author API: the detector interface every detector implements.

A detector looks at one normalized text and returns `Signal`s: labels with
scores and spans, target groups it saw, or non-violating contexts. It never
decides what to do; `bastion.decide` does.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import ClassVar

import pluggy

from bastion.models import Example, NormalizedText, Signal

__all__ = ["Detector", "Example", "NormalizedText", "Signal", "hookimpl"]

hookimpl = pluggy.HookimplMarker("bastion")


class Detector(ABC):
    """Base class of every detector (built-in or plugin).

    Subclasses set `name` (unique, stable, snake_case), implement `signals`,
    and document themselves with `examples`, which the shared detector
    contract test (tests/contracts/detector.py) runs.
    """

    name: ClassVar[str]

    @abstractmethod
    def signals(self, item: NormalizedText) -> list[Signal]:
        """Every finding on `item`; an empty list when there is none."""

    def signals_batch(self, items: Sequence[NormalizedText]) -> list[list[Signal]]:
        """Findings for many items; override when batching is faster."""
        return [self.signals(item) for item in items]

    def examples(self) -> list[Example]:
        """Texts with the signal names this detector must produce on them."""
        return []
