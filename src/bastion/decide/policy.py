"""Compiled policies and `decide`: the only way from YAML to a decision is through validation."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

from bastion.decide.conditions import AllOf, Facts, under
from bastion.decide.context import AssessmentLike, ItemContext
from bastion.decide.parse import ParsedPolicy, ParsedRule, parse_policy
from bastion.decide.source import Location, PolicyInvalid, PolicySource, did_you_mean
from bastion.decide.validators import validate
from bastion.errors import ConfigError
from bastion.models import (
    EFFECT_TYPES,
    Decision,
    Effect,
    Enqueue,
    Escalate,
    Hold,
    Label,
    ReduceReach,
    Remove,
    Strike,
    Suspend,
)

# These actions act on content or account before a human looks, so they flag.
FLAGGING_ACTIONS = frozenset({"hold", "remove", "suspend", "escalate"})

# What each action does unless the rule lists an effect of the same kind itself.
_ACTION_EFFECTS: dict[str, tuple[tuple[type[Effect], dict[str, Any]], ...]] = {
    "allow": (),
    "label": (),  # the rule must list its `label` effect (a validator checks)
    "review": ((Enqueue, {"queue": "review", "priority": "normal"}),),
    "reduce_reach": ((ReduceReach, {}),),
    "hold": ((Hold, {}), (Enqueue, {"queue": "review", "priority": "high"})),
    "remove": ((Remove, {}),),
    "suspend": ((Remove, {}), (Suspend, {})),
    "escalate": ((Hold, {}), (Escalate, {})),
}


@dataclass(frozen=True, slots=True)
class Switch:
    """An operator-settable policy option: its allowed values, default and why it exists."""

    name: str
    values: tuple[str, ...]
    default: str
    help: str


@dataclass(frozen=True, slots=True)
class CompiledRule:
    id: str
    description: str
    when: AllOf | None  # None: the default rule, matches everything
    action: str
    effects: tuple[Effect, ...]
    location: Location


@dataclass(frozen=True, slots=True)
class CompiledPolicy:
    """A validated policy, ready for `decide`. Make one with `compile_policy` only."""

    name: str
    version: str
    description: str
    violating_labels: tuple[str, ...]
    switches: tuple[Switch, ...]
    rules: tuple[CompiledRule, ...]
    source: str

    def switch_values(self, overrides: Mapping[str, str] | None = None) -> dict[str, str]:
        """Every switch's value: its default unless overridden; a bad override is a ConfigError."""
        known = {s.name: s for s in self.switches}
        values = {s.name: s.default for s in self.switches}
        for name, value in (overrides or {}).items():
            switch = known.get(name)
            if switch is None:
                hint = did_you_mean(name, tuple(known)) if known else " (it has no switches)"
                raise ConfigError(f"policy `{self.name}` has no switch `{name}`{hint}")
            if value not in switch.values:
                hint = did_you_mean(value, switch.values)
                raise ConfigError(f"switch `{name}` has no value `{value}`{hint}")
            values[name] = value
        return values


def _effects(rule: ParsedRule, version: str) -> tuple[Effect, ...]:
    assert rule.id is not None and rule.action is not None  # validated
    ids = {"rule_id": rule.id.value, "policy_version": version}
    params: list[dict[str, Any]] = [dict(spec.params) for spec in rule.effects]
    listed = [
        EFFECT_TYPES[spec.kind.value](**ids, **p)
        for spec, p in zip(rule.effects, params, strict=True)
    ]
    kinds = {e.kind for e in listed}
    implied = [
        cls(**ids, **kw) for cls, kw in _ACTION_EFFECTS[rule.action.value] if cls.kind not in kinds
    ]
    return (*implied, *listed)


def _compile(parsed: ParsedPolicy) -> CompiledPolicy:
    assert parsed.version is not None and parsed.name is not None  # validated
    rules = []
    for rule in parsed.rules:
        assert rule.id is not None and rule.action is not None
        rules.append(
            CompiledRule(
                id=rule.id.value,
                description=rule.description,
                when=rule.when,
                action=rule.action.value,
                effects=_effects(rule, parsed.version),
                location=rule.location,
            )
        )
    return CompiledPolicy(
        name=parsed.name,
        version=parsed.version,
        description=parsed.description,
        violating_labels=tuple(n.value for n in parsed.violating_labels),
        switches=tuple(
            Switch(s.name.value, tuple(v.value for v in s.values), s.default.value, s.help)
            for s in parsed.switches
            if s.default is not None
        ),
        rules=tuple(rules),
        source=parsed.source.name,
    )


def compile_policy(source: PolicySource) -> CompiledPolicy:
    """Parse, validate and compile; raises `PolicyInvalid` listing every error found."""
    parsed, errors = parse_policy(source)
    errors += validate(parsed)
    if errors:
        raise PolicyInvalid(errors, source)
    return _compile(parsed)


def load_policy(path: str | Path) -> CompiledPolicy:
    """Read and compile a policy file."""
    return compile_policy(PolicySource.from_path(path))


@functools.cache
def load_default_policy() -> CompiledPolicy:
    """The shipped `data/policies/default.yaml`, compiled once (a CompiledPolicy is immutable)."""
    ref = resources.files("bastion").joinpath("data/policies/default.yaml")
    return compile_policy(PolicySource(ref.read_text(encoding="utf-8"), "default.yaml"))


def decide(
    policy: CompiledPolicy,
    assessment: AssessmentLike,
    item_context: ItemContext,
    *,
    now: datetime,
    switches: Mapping[str, str] | None = None,
) -> Decision:
    """The first matching rule's decision. Pure: no I/O, no clock (`now` is only recorded)."""
    values = policy.switch_values(switches)
    labels = tuple(assessment.labels)
    facts = Facts(
        labels=labels,
        scores=assessment.scores,
        contexts=frozenset(assessment.contexts),
        item=item_context,
        switches=values,
    )
    for rule in policy.rules:
        if rule.when is None or rule.when.test(facts):
            violating = any(under(lab, root) for lab in labels for root in policy.violating_labels)
            return Decision(
                flagged=rule.action in FLAGGING_ACTIONS or violating,
                action=rule.action,
                rule_id=rule.id,
                policy_name=policy.name,
                policy_version=policy.version,
                effects=rule.effects,
                switches=tuple(sorted(values.items())),
                decided_at=now,
            )
    # compile_policy guarantees a final rule without `when`.
    raise AssertionError(f"policy `{policy.name}` has no default rule")


MANUAL_RULE = "manual"  # the rule id of a human's decision


def manual_decision(
    policy: CompiledPolicy,
    action: str,
    *,
    now: datetime,
    labels: tuple[str, ...] = (),
    label: str | None = None,
    suspend_days: int | None = None,
    escalate_to: str | None = None,
    strikes: int = 0,
    switches: Mapping[str, str] | None = None,
) -> Decision:
    """A human's decision under `policy`: the action's implied effects, as a rule would
    have them, under the rule id `manual`, with the options the action takes.

    `label` names the label of a `label` action (required there); `suspend_days` bounds a
    `suspend`; `escalate_to` picks the team of an `escalate`; `strikes` adds strikes;
    `switches`: the operator's switch values, recorded as for automated decisions.
    """
    if action not in _ACTION_EFFECTS:
        raise ConfigError(
            f"unknown action `{action}`{did_you_mean(action, tuple(_ACTION_EFFECTS))}"
        )
    ids = {"rule_id": MANUAL_RULE, "policy_version": policy.version}
    effects: list[Effect] = []
    for cls, kw in _ACTION_EFFECTS[action]:
        params = dict(kw)
        if cls is Suspend and suspend_days is not None:
            params["days"] = suspend_days
        if cls is Escalate and escalate_to is not None:
            params["to"] = escalate_to
        effects.append(cls(**ids, **params))
    if action == "label":
        if not label:
            raise ConfigError("a `label` decision needs the label's name")
        effects.append(Label(**ids, name=label))
    if strikes:
        effects.append(Strike(**ids, points=strikes))
    violating = any(under(lab, root) for lab in labels for root in policy.violating_labels)
    return Decision(
        flagged=action in FLAGGING_ACTIONS or violating,
        action=action,
        rule_id=MANUAL_RULE,
        policy_name=policy.name,
        policy_version=policy.version,
        effects=tuple(effects),
        switches=tuple(sorted(policy.switch_values(switches).items())),
        decided_at=now,
    )
