"""The conditions a rule's `when` is built from, each testable against one item's facts."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal

from bastion.decide.context import ItemContext
from bastion.decide.source import Location, Name


def under(label: str, root: str) -> bool:
    """`hate/antisemitism/holocaust` is under `hate/antisemitism` and under `hate`."""
    return label == root or label.startswith(root + "/")


@dataclass(frozen=True, slots=True)
class Facts:
    """Everything a condition may look at; built once per decision."""

    labels: tuple[str, ...]
    scores: Mapping[str, float]
    contexts: frozenset[str]
    item: ItemContext
    switches: Mapping[str, str]

    def has(self, root: str) -> bool:
        return any(under(lab, root) for lab in self.labels)

    def score(self, root: str) -> float:
        """Highest score among the *present* labels under `root`; 0 when none is present."""
        return max(
            (self.scores.get(lab, 0.0) for lab in self.labels if under(lab, root)), default=0
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Condition:
    """Base: where the condition was written, and `test`."""

    location: Location

    def test(self, facts: Facts) -> bool:
        raise NotImplementedError

    def children(self) -> Iterator[Condition]:
        return iter(())


@dataclass(frozen=True, slots=True, kw_only=True)
class LabelsAny(Condition):
    """Some present label is one of `labels` or below one (`negate`: none is)."""

    labels: tuple[Name, ...]
    negate: bool = False

    def test(self, facts: Facts) -> bool:
        return any(facts.has(n.value) for n in self.labels) != self.negate


@dataclass(frozen=True, slots=True, kw_only=True)
class Score(Condition):
    """`at_least`: some listed label scores >= its threshold; `below`: every one scores < it."""

    op: Literal["at_least", "below"]
    thresholds: tuple[tuple[Name, float], ...]

    def test(self, facts: Facts) -> bool:
        if self.op == "at_least":
            return any(facts.score(n.value) >= t for n, t in self.thresholds)
        return all(facts.score(n.value) < t for n, t in self.thresholds)


@dataclass(frozen=True, slots=True, kw_only=True)
class ContextsAny(Condition):
    """Some listed non-violating context was seen (`negate`: none was)."""

    contexts: tuple[Name, ...]
    negate: bool = False

    def test(self, facts: Facts) -> bool:
        return any(n.value in facts.contexts for n in self.contexts) != self.negate


@dataclass(frozen=True, slots=True, kw_only=True)
class Surface(Condition):
    """The item appeared on one of these surfaces."""

    surfaces: tuple[Name, ...]

    def test(self, facts: Facts) -> bool:
        return facts.item.surface in {n.value for n in self.surfaces}


NumberField = Literal["account_age_days", "prior_strikes", "reach"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Number(Condition):
    """An item-context count compared with a bound; an unknown count never matches."""

    field: NumberField
    op: Literal["at_least", "below"]
    value: int

    def test(self, facts: Facts) -> bool:
        actual: int | None = getattr(facts.item, self.field)
        if actual is None:
            return False
        return actual >= self.value if self.op == "at_least" else actual < self.value


@dataclass(frozen=True, slots=True, kw_only=True)
class HarassmentWave(Condition):
    """The targeted creator is (or is not) in an active harassment wave."""

    active: bool

    def test(self, facts: Facts) -> bool:
        return facts.item.target_in_harassment_wave == self.active


@dataclass(frozen=True, slots=True, kw_only=True)
class SwitchIs(Condition):
    """Every named switch is set to one of the listed values."""

    settings: tuple[tuple[Name, tuple[Name, ...]], ...]

    def test(self, facts: Facts) -> bool:
        return all(
            facts.switches.get(name.value) in {v.value for v in values}
            for name, values in self.settings
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class AllOf(Condition):
    """A `when` mapping: every condition in it holds."""

    conditions: tuple[Condition, ...]

    def test(self, facts: Facts) -> bool:
        return all(c.test(facts) for c in self.conditions)

    def children(self) -> Iterator[Condition]:
        return iter(self.conditions)


@dataclass(frozen=True, slots=True, kw_only=True)
class AnyOf(Condition):
    """`any: [...]`: at least one of the listed `when` mappings holds."""

    options: tuple[AllOf, ...]

    def test(self, facts: Facts) -> bool:
        return any(o.test(facts) for o in self.options)

    def children(self) -> Iterator[Condition]:
        return iter(self.options)


@dataclass(frozen=True, slots=True, kw_only=True)
class Not(Condition):
    """`not: {...}`: the inner `when` mapping does not hold."""

    inner: AllOf

    def test(self, facts: Facts) -> bool:
        return not self.inner.test(facts)

    def children(self) -> Iterator[Condition]:
        return iter((self.inner,))


def walk(condition: Condition) -> Iterator[Condition]:
    """The condition and every condition nested in it, depth first."""
    yield condition
    for child in condition.children():
        yield from walk(child)
