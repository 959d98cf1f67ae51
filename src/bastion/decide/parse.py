"""YAML text -> `ParsedPolicy`: the shape and types of a policy, every node's line:col kept.

Parsing checks structure (known keys, value types, ranges) and records every
problem instead of stopping at the first; the validators then check meaning
(known labels, switches, rule order). Nothing here can run: only
`compile_policy` turns a parsed policy into something `decide` accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bastion.decide.conditions import (
    AllOf,
    AnyOf,
    Condition,
    ContextsAny,
    HarassmentWave,
    LabelsAny,
    Not,
    Number,
    NumberField,
    Score,
    Surface,
    SwitchIs,
)
from bastion.decide.source import Location, Name, PolicyError, PolicySource, did_you_mean
from bastion.models import EFFECT_TYPES, PRIORITIES, RECIPIENTS

_TAG = "tag:yaml.org,2002:"
_KIND_OF_TAG = {
    _TAG + "str": "a string",
    _TAG + "int": "an integer",
    _TAG + "float": "a number",
    _TAG + "bool": "a boolean",
    _TAG + "null": "null",
}
_SWITCH_NAME = re.compile(r"^[a-z][a-z0-9_]*$")

ROOT_KEYS = ("version", "name", "description", "violating_labels", "switches", "rules")
SWITCH_KEYS = ("values", "default", "help")
RULE_KEYS = ("id", "description", "when", "then")
THEN_KEYS = ("action", "effects")
CONDITION_KEYS = (
    "labels_any",
    "labels_none",
    "score_at_least",
    "score_below",
    "contexts_any",
    "contexts_none",
    "surface",
    "account_age_days_below",
    "account_age_days_at_least",
    "prior_strikes_below",
    "prior_strikes_at_least",
    "reach_below",
    "reach_at_least",
    "target_in_harassment_wave",
    "switch",
    "any",
    "not",
)
_NUMBER_KEYS: dict[str, tuple[NumberField, Literal["at_least", "below"]]] = {
    "account_age_days_below": ("account_age_days", "below"),
    "account_age_days_at_least": ("account_age_days", "at_least"),
    "prior_strikes_below": ("prior_strikes", "below"),
    "prior_strikes_at_least": ("prior_strikes", "at_least"),
    "reach_below": ("reach", "below"),
    "reach_at_least": ("reach", "at_least"),
}
# Effect parameters: name -> (type, required). Types: str, count (int >= 1), priority, recipient.
EFFECT_PARAMS: dict[str, dict[str, tuple[str, bool]]] = {
    "remove": {},
    "hold": {},
    "label": {"name": ("str", True)},
    "reduce_reach": {},
    "enqueue": {"queue": ("str", True), "priority": ("priority", False)},
    "strike": {"points": ("count", False)},
    "suspend": {"days": ("count", False)},
    "escalate": {"to": ("str", False)},
    "notify": {"who": ("recipient", True), "template": ("str", True)},
}
# Today's meaning of "violating": any label at or below one of these.
DEFAULT_VIOLATING_LABELS = ("hate", "threat", "violent_extremism")


@dataclass(frozen=True, slots=True)
class EffectSpec:
    """An effect as written in a rule; made into an `Effect` at compile time."""

    kind: Name
    params: tuple[tuple[str, Any], ...]


@dataclass(frozen=True, slots=True)
class ParsedSwitch:
    name: Name
    values: tuple[Name, ...]
    default: Name | None
    help: str


@dataclass(frozen=True, slots=True)
class ParsedRule:
    location: Location
    id: Name | None
    description: str
    has_when: bool  # `when` was written (it may still have failed to parse)
    when: AllOf | None
    action: Name | None
    effects: tuple[EffectSpec, ...]


@dataclass(frozen=True, slots=True)
class ParsedPolicy:
    """A policy's content as far as it could be read; fields are None where they could not."""

    source: PolicySource
    location: Location
    version: str | None
    name: str | None
    description: str
    violating_labels: tuple[Name, ...]
    switches: tuple[ParsedSwitch, ...]
    rules: tuple[ParsedRule, ...]


def kind_of(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _KIND_OF_TAG.get(node.tag, f"`{node.tag}`")


_Keyed = dict[str, tuple[ScalarNode, Node]]


class _Parser:
    def __init__(self, source: PolicySource) -> None:
        self.source = source
        self.errors: list[PolicyError] = []
        self.loader = yaml.SafeLoader(source.text)

    # -- helpers -------------------------------------------------------------

    def loc(self, node: Node) -> Location:
        mark = node.start_mark
        return Location(self.source.name, mark.line + 1, mark.column + 1)

    def error(self, node: Node, message: str) -> None:
        self.errors.append(PolicyError(self.loc(node), message))

    def mapping(self, node: Node, what: str, allowed: tuple[str, ...] | None) -> _Keyed | None:
        """String-keyed entries; reports non-string, duplicate and (if `allowed`) unknown keys."""
        if not isinstance(node, MappingNode):
            self.error(node, f"{what} must be a mapping, got {kind_of(node)}")
            return None
        out: _Keyed = {}
        for key, value in node.value:
            if not (isinstance(key, ScalarNode) and key.tag == _TAG + "str"):
                self.error(key, f"keys in {what} must be strings, got {kind_of(key)}")
                continue
            if key.value in out:
                first = self.loc(out[key.value][0]).line
                self.error(key, f"duplicate key `{key.value}` in {what} (first on line {first})")
                continue
            if allowed is not None and key.value not in allowed:
                hint = did_you_mean(key.value, allowed)
                self.error(key, f"unknown key `{key.value}` in {what}{hint}")
                continue
            out[key.value] = (key, value)
        return out

    def require(self, entries: _Keyed, key: str, parent: Node, what: str) -> Node | None:
        if key not in entries:
            self.error(parent, f"{what} is missing `{key}`")
            return None
        return entries[key][1]

    def string(self, node: Node, what: str) -> Name | None:
        if isinstance(node, ScalarNode) and node.tag == _TAG + "str" and node.value:
            return Name(node.value, self.loc(node))
        self.error(node, f"{what} must be a non-empty string, got {kind_of(node)}")
        return None

    def raw(self, node: Node, what: str) -> Name | None:
        """Any non-null scalar as written, so `on`/`off`/`1.0` stay strings (YAML 1.1 would not)."""
        if isinstance(node, ScalarNode) and node.tag != _TAG + "null" and node.value != "":
            return Name(node.value, self.loc(node))
        self.error(node, f"{what} must be a single value, got {kind_of(node)}")
        return None

    def listed(self, node: Node, what: str, item: Callable[[Node, str], Name | None]) -> list[Name]:
        """A list of values, or one value standing for a list of one."""
        items = node.value if isinstance(node, SequenceNode) else [node]
        if isinstance(node, SequenceNode) and not items:
            self.error(node, f"{what} must not be empty")
        return [n for n in (item(i, what) for i in items) if n is not None]

    def constructed(self, node: ScalarNode) -> Any:
        return self.loader.construct_object(node, deep=True)

    def number(self, node: Node, what: str) -> float | None:
        if isinstance(node, ScalarNode) and node.tag in (_TAG + "int", _TAG + "float"):
            value = float(self.constructed(node))
            if 0.0 <= value <= 1.0:
                return value
        self.error(node, f"{what} must be a number from 0 to 1, got {self.shown(node)}")
        return None

    def integer(self, node: Node, what: str, least: int = 0) -> int | None:
        if isinstance(node, ScalarNode) and node.tag == _TAG + "int":
            value = int(self.constructed(node))
            if value >= least:
                return value
        self.error(node, f"{what} must be an integer >= {least}, got {self.shown(node)}")
        return None

    def boolean(self, node: Node, what: str) -> bool | None:
        if isinstance(node, ScalarNode) and node.tag == _TAG + "bool":
            return bool(self.constructed(node))
        self.error(node, f"{what} must be true or false, got {self.shown(node)}")
        return None

    @staticmethod
    def shown(node: Node) -> str:
        if isinstance(node, ScalarNode) and node.tag != _TAG + "null":
            return f"{kind_of(node)} `{node.value}`"
        return kind_of(node)

    # -- the document ----------------------------------------------------------

    def parse(self) -> ParsedPolicy:
        top = Location(self.source.name, 1, 1)
        empty = ParsedPolicy(self.source, top, None, None, "", (), (), ())
        try:
            root = self.loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            where = Location(self.source.name, mark.line + 1, mark.column + 1) if mark else top
            self.errors.append(PolicyError(where, f"invalid YAML: {exc.problem or exc.context}"))
            return empty
        except yaml.YAMLError as exc:
            self.errors.append(PolicyError(top, f"invalid YAML: {exc}"))
            return empty
        if root is None:
            self.errors.append(PolicyError(top, "the policy is empty"))
            return empty
        entries = self.mapping(root, "the policy", ROOT_KEYS)
        if entries is None:
            return empty
        version_node = self.require(entries, "version", root, "the policy")
        version = self.raw(version_node, "`version`") if version_node else None
        name_node = self.require(entries, "name", root, "the policy")
        name = self.string(name_node, "`name`") if name_node else None
        description = self.text(entries, "description", "`description`")
        violating = tuple(
            self.listed(entries["violating_labels"][1], "`violating_labels`", self.string)
            if "violating_labels" in entries
            else [Name(label, self.loc(root)) for label in DEFAULT_VIOLATING_LABELS]
        )
        switches = self.switches(entries["switches"][1]) if "switches" in entries else ()
        rules_node = self.require(entries, "rules", root, "the policy")
        rules = self.rules(rules_node) if rules_node else ()
        return ParsedPolicy(
            source=self.source,
            location=self.loc(root),
            version=version.value if version else None,
            name=name.value if name else None,
            description=description,
            violating_labels=violating,
            switches=switches,
            rules=rules,
        )

    def text(self, entries: _Keyed, key: str, what: str) -> str:
        if key not in entries:
            return ""
        found = self.string(entries[key][1], what)
        return found.value if found else ""

    def switches(self, node: Node) -> tuple[ParsedSwitch, ...]:
        entries = self.mapping(node, "`switches`", None)
        out: list[ParsedSwitch] = []
        for key, value in (entries or {}).values():
            name = Name(key.value, self.loc(key))
            if not _SWITCH_NAME.match(key.value):
                self.error(key, f"switch name `{key.value}` must be lower_snake_case")
            body = self.mapping(value, f"switch `{key.value}`", SWITCH_KEYS)
            if body is None:
                continue
            what = f"switch `{key.value}`"
            values_node = self.require(body, "values", value, what)
            values = self.listed(values_node, "switch values", self.raw) if values_node else []
            default_node = self.require(body, "default", value, what)
            default = self.raw(default_node, "switch default") if default_node else None
            if self.require(body, "help", value, what) is not None:
                help_text = self.text(body, "help", f"`help` of {what}")
            else:
                help_text = ""
            out.append(ParsedSwitch(name, tuple(values), default, help_text))
        return tuple(out)

    def rules(self, node: Node) -> tuple[ParsedRule, ...]:
        if not isinstance(node, SequenceNode):
            self.error(node, f"`rules` must be a list of rules, got {kind_of(node)}")
            return ()
        if not node.value:
            self.error(node, "`rules` must not be empty: a policy needs at least a default rule")
        return tuple(r for r in (self.rule(item) for item in node.value) if r is not None)

    def rule(self, node: Node) -> ParsedRule | None:
        entries = self.mapping(node, "a rule", RULE_KEYS)
        if entries is None:
            return None
        id_node = self.require(entries, "id", node, "a rule")
        rule_id = self.string(id_node, "a rule `id`") if id_node else None
        what = f"rule `{rule_id.value}`" if rule_id else "a rule"
        when = self.when(entries["when"][1], "`when`") if "when" in entries else None
        action: Name | None = None
        effects: tuple[EffectSpec, ...] = ()
        then_node = self.require(entries, "then", node, what)
        if then_node is not None:
            then = self.mapping(then_node, "`then`", THEN_KEYS)
            if then is not None:
                action_node = self.require(then, "action", then_node, "`then`")
                action = self.string(action_node, "`action`") if action_node else None
                if "effects" in then:
                    effects = self.effects(then["effects"][1])
        return ParsedRule(
            location=self.loc(node),
            id=rule_id,
            description=self.text(entries, "description", "`description`"),
            has_when="when" in entries,
            when=when,
            action=action,
            effects=effects,
        )

    # -- conditions ------------------------------------------------------------

    def when(self, node: Node, what: str) -> AllOf | None:
        entries = self.mapping(node, what, None)
        if entries is None:
            return None
        if not entries:
            self.error(
                node, f"{what} is empty; leave `when` out for a rule that matches everything"
            )
            return None
        found: list[Condition] = []
        for key, value in entries.values():
            if key.value not in CONDITION_KEYS:
                hint = did_you_mean(key.value, CONDITION_KEYS)
                self.error(key, f"unknown condition `{key.value}`{hint}")
                continue
            cond = self.condition(key.value, value, self.loc(key))
            if cond is not None:
                found.append(cond)
        return AllOf(location=self.loc(node), conditions=tuple(found))

    def condition(self, key: str, node: Node, at: Location) -> Condition | None:
        what = f"`{key}`"
        if key in ("labels_any", "labels_none"):
            labels = tuple(self.listed(node, what, self.string))
            return LabelsAny(location=at, labels=labels, negate=key == "labels_none")
        if key in ("contexts_any", "contexts_none"):
            contexts = tuple(self.listed(node, what, self.string))
            return ContextsAny(location=at, contexts=contexts, negate=key == "contexts_none")
        if key in ("score_at_least", "score_below"):
            entries = self.mapping(node, what, None)
            if not entries:
                if entries is not None:
                    self.error(node, f"{what} must name at least one label")
                return None
            thresholds: list[tuple[Name, float]] = []
            for k, v in entries.values():
                t = self.number(v, f"the threshold for `{k.value}`")
                if t is not None:
                    thresholds.append((Name(k.value, self.loc(k)), t))
            op: Literal["at_least", "below"] = "at_least" if key == "score_at_least" else "below"
            return Score(location=at, op=op, thresholds=tuple(thresholds))
        if key == "surface":
            return Surface(location=at, surfaces=tuple(self.listed(node, what, self.string)))
        if key in _NUMBER_KEYS:
            bound = self.integer(node, what)
            if bound is None:
                return None
            number_field, op = _NUMBER_KEYS[key]
            return Number(location=at, field=number_field, op=op, value=bound)
        if key == "target_in_harassment_wave":
            active = self.boolean(node, what)
            return None if active is None else HarassmentWave(location=at, active=active)
        if key == "switch":
            entries = self.mapping(node, what, None)
            settings = tuple(
                (Name(k.value, self.loc(k)), tuple(self.listed(v, "a switch value", self.raw)))
                for k, v in (entries or {}).values()
            )
            if entries is not None and not entries:
                self.error(node, f"{what} must name at least one switch")
            return SwitchIs(location=at, settings=settings)
        if key == "any":
            if not isinstance(node, SequenceNode) or not node.value:
                self.error(node, f"{what} must be a non-empty list of conditions")
                return None
            options = [self.when(item, "an `any` option") for item in node.value]
            return AnyOf(location=at, options=tuple(o for o in options if o is not None))
        # key == "not"
        inner = self.when(node, "`not`")
        return None if inner is None else Not(location=at, inner=inner)

    # -- effects ---------------------------------------------------------------

    def effects(self, node: Node) -> tuple[EffectSpec, ...]:
        if not isinstance(node, SequenceNode):
            self.error(node, f"`effects` must be a list, got {kind_of(node)}")
            return ()
        return tuple(e for e in (self.effect(item) for item in node.value) if e is not None)

    def effect(self, node: Node) -> EffectSpec | None:
        """`- remove` or `- enqueue: {queue: review, priority: high}`."""
        if isinstance(node, ScalarNode):
            kind = self.string(node, "an effect")
            params_node: Node | None = None
        else:
            entries = self.mapping(node, "an effect", None)
            if entries is None:
                return None
            if len(entries) != 1:
                self.error(node, "an effect is one `kind: {params}` entry")
                return None
            ((key, params_node),) = entries.values()
            kind = Name(key.value, self.loc(key))
        if kind is None:
            return None
        if kind.value not in EFFECT_TYPES:
            hint = did_you_mean(kind.value, list(EFFECT_TYPES))
            self.errors.append(PolicyError(kind.location, f"unknown effect `{kind.value}`{hint}"))
            return None
        schema = EFFECT_PARAMS[kind.value]
        given: _Keyed = {}
        if params_node is not None and params_node.tag != _TAG + "null":
            what = f"effect `{kind.value}`"
            given = self.mapping(params_node, what, tuple(schema)) or {}
        params: list[tuple[str, Any]] = []
        for param, (typ, required) in schema.items():
            if param not in given:
                if required:
                    self.errors.append(
                        PolicyError(kind.location, f"effect `{kind.value}` is missing `{param}`")
                    )
                continue
            value = self.param(given[param][1], typ, f"`{param}` of effect `{kind.value}`")
            if value is not None:
                params.append((param, value))
        return EffectSpec(kind, tuple(params))

    def param(self, node: Node, typ: str, what: str) -> Any:
        if typ == "count":
            return self.integer(node, what, least=1)
        found = self.string(node, what)
        if found is None:
            return None
        allowed = {"priority": PRIORITIES, "recipient": RECIPIENTS}.get(typ)
        if allowed is not None and found.value not in allowed:
            hint = did_you_mean(found.value, allowed)
            self.error(node, f"{what} cannot be `{found.value}`{hint}")
            return None
        return found.value


def parse_policy(source: PolicySource) -> tuple[ParsedPolicy, list[PolicyError]]:
    """Read a policy's structure; returns what could be read and every structural error."""
    parser = _Parser(source)
    try:
        parsed = parser.parse()
    finally:
        parser.loader.dispose()
    return parsed, parser.errors
