"""Checks of a parsed policy's meaning; every validator runs and all their errors are kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from bastion.decide.conditions import (
    Condition,
    ContextsAny,
    LabelsAny,
    Score,
    Surface,
    SwitchIs,
    walk,
)
from bastion.decide.context import SURFACES
from bastion.decide.parse import ParsedPolicy
from bastion.decide.source import Name, PolicyError, did_you_mean
from bastion.taxonomy import CONTEXTS, LABELS

ACTIONS = ("allow", "label", "review", "reduce_reach", "hold", "remove", "suspend", "escalate")

Validator = Callable[[ParsedPolicy], Iterator[PolicyError]]
C = TypeVar("C", bound=Condition)


def _conditions(policy: ParsedPolicy, kind: type[C]) -> Iterator[C]:
    for rule in policy.rules:
        if rule.when is not None:
            for cond in walk(rule.when):
                if isinstance(cond, kind):
                    yield cond


def _unknown(name: Name, what: str, known: tuple[str, ...]) -> PolicyError:
    return PolicyError(
        name.location, f"unknown {what} `{name.value}`{did_you_mean(name.value, known)}"
    )


def labels_are_in_the_taxonomy(policy: ParsedPolicy) -> Iterator[PolicyError]:
    names = list(policy.violating_labels)
    names += [n for c in _conditions(policy, LabelsAny) for n in c.labels]
    names += [n for c in _conditions(policy, Score) for n, _ in c.thresholds]
    for name in names:
        if name.value not in LABELS:
            yield _unknown(name, "label", LABELS)


def contexts_are_known(policy: ParsedPolicy) -> Iterator[PolicyError]:
    for cond in _conditions(policy, ContextsAny):
        for name in cond.contexts:
            if name.value not in CONTEXTS:
                yield _unknown(name, "context", CONTEXTS)


def surfaces_are_known(policy: ParsedPolicy) -> Iterator[PolicyError]:
    for cond in _conditions(policy, Surface):
        for name in cond.surfaces:
            if name.value not in SURFACES:
                yield _unknown(name, "surface", SURFACES)


def actions_are_known(policy: ParsedPolicy) -> Iterator[PolicyError]:
    for rule in policy.rules:
        if rule.action is not None and rule.action.value not in ACTIONS:
            yield _unknown(rule.action, "action", ACTIONS)


def label_action_names_its_label(policy: ParsedPolicy) -> Iterator[PolicyError]:
    # `label` shows a notice, and only the rule can say which one.
    for rule in policy.rules:
        action = rule.action
        if (
            action
            and action.value == "label"
            and all(e.kind.value != "label" for e in rule.effects)
        ):
            yield PolicyError(
                action.location,
                "action `label` needs a `label: {name: ...}` effect saying which label to show",
            )


def switches_have_valid_defaults(policy: ParsedPolicy) -> Iterator[PolicyError]:
    for switch in policy.switches:
        seen: set[str] = set()
        for value in switch.values:
            if value.value in seen:
                yield PolicyError(
                    value.location,
                    f"switch `{switch.name.value}` lists the value `{value.value}` twice",
                )
            seen.add(value.value)
        if switch.default is not None and seen and switch.default.value not in seen:
            allowed = tuple(v.value for v in switch.values)
            yield PolicyError(
                switch.default.location,
                f"switch `{switch.name.value}` has no value `{switch.default.value}` for its "
                f"default{did_you_mean(switch.default.value, allowed)}",
            )


def switch_conditions_name_known_values(policy: ParsedPolicy) -> Iterator[PolicyError]:
    switches = {s.name.value: tuple(v.value for v in s.values) for s in policy.switches}
    for cond in _conditions(policy, SwitchIs):
        for name, values in cond.settings:
            allowed = switches.get(name.value)
            if allowed is None:
                yield _unknown(name, "switch", tuple(switches))
                continue
            for value in values:
                if value.value not in allowed:
                    yield PolicyError(
                        value.location,
                        f"switch `{name.value}` has no value `{value.value}`"
                        f"{did_you_mean(value.value, allowed)}",
                    )


def rule_ids_are_unique(policy: ParsedPolicy) -> Iterator[PolicyError]:
    first: dict[str, Name] = {}
    for rule in policy.rules:
        if rule.id is None:
            continue
        if rule.id.value in first:
            yield PolicyError(
                rule.id.location,
                f"duplicate rule id `{rule.id.value}` "
                f"(first defined on line {first[rule.id.value].location.line})",
            )
        else:
            first[rule.id.value] = rule.id


def rules_end_with_one_default(policy: ParsedPolicy) -> Iterator[PolicyError]:
    # First match wins, so a catch-all must come last and anything after it is dead.
    rules = policy.rules
    if not rules:
        return
    for i, rule in enumerate(rules[:-1]):
        if not rule.has_when:
            after = rules[i + 1]
            name = f"`{rule.id.value}`" if rule.id else f"at {rule.location}"
            yield PolicyError(
                after.location,
                f"this rule is never reached: rule {name} before it has no `when` and matches "
                "everything; move the default rule to the end",
            )
            break
    last = rules[-1]
    if last.has_when:
        name = f" `{last.id.value}`" if last.id else ""
        yield PolicyError(
            last.location,
            f"missing default rule: the last rule{name} has a `when`; end `rules` with a rule "
            "without `when` so every item gets a decision",
        )


VALIDATORS: tuple[Validator, ...] = (
    labels_are_in_the_taxonomy,
    contexts_are_known,
    surfaces_are_known,
    actions_are_known,
    label_action_names_its_label,
    switches_have_valid_defaults,
    switch_conditions_name_known_values,
    rule_ids_are_unique,
    rules_end_with_one_default,
)


def validate(policy: ParsedPolicy) -> list[PolicyError]:
    """Every validator's errors (none means the policy may be compiled)."""
    return [error for validator in VALIDATORS for error in validator(policy)]
