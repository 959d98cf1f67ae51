"""`policy test` cases and the diff of decisions between two policies, before a change ships."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bastion.decide.context import Evidence, ItemContext
from bastion.decide.policy import CompiledPolicy, decide
from bastion.errors import InputError
from bastion.models import Decision
from bastion.taxonomy import CONTEXTS, LABELS

_CASE_KEYS = ("id", "labels", "scores", "contexts", "context", "text", "lang")


@dataclass(frozen=True, slots=True)
class PolicyCase:
    """One test item: given evidence, or a `text` for the caller to scan into evidence."""

    id: str
    context: ItemContext
    evidence: Evidence | None = None
    text: str | None = None
    lang: str | None = None


def _strings(value: Any, key: str, where: str, known: tuple[str, ...]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"{where}: `{key}` must be a list of strings")
    for v in value:
        if v not in known:
            raise InputError(f"{where}: unknown {key[:-1]} `{v}` in `{key}`")
    return tuple(value)


def parse_case(obj: Any, where: str) -> PolicyCase:
    """A case from one JSON line; `where` (file:line) starts every error message."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a case must be a JSON object")
    unknown = sorted(set(obj) - set(_CASE_KEYS))
    if unknown:
        raise InputError(
            f"{where}: unknown field `{unknown[0]}` (a case has {', '.join(_CASE_KEYS)})"
        )
    case_id = obj.get("id")
    if isinstance(case_id, int) and not isinstance(case_id, bool):
        case_id = str(case_id)
    if not isinstance(case_id, str) or not case_id:
        raise InputError(f"{where}: a case needs a string `id`")
    context = ItemContext.from_json(obj.get("context"), f"{where}: `context`")
    text = obj.get("text")
    if "labels" in obj:
        if text is not None:
            raise InputError(f"{where}: give `labels` or `text`, not both")
        scores = obj.get("scores", {})
        if not isinstance(scores, dict) or not all(
            isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1
            for v in scores.values()
        ):
            raise InputError(f"{where}: `scores` must map labels to numbers from 0 to 1")
        _strings(list(scores), "labels", where, LABELS)
        evidence = Evidence(
            labels=_strings(obj["labels"], "labels", where, LABELS),
            scores={k: float(v) for k, v in scores.items()},
            contexts=_strings(obj.get("contexts", []), "contexts", where, CONTEXTS),
        )
        return PolicyCase(case_id, context, evidence=evidence)
    if not isinstance(text, str) or not text:
        raise InputError(f"{where}: a case needs `labels` (with `scores`) or a non-empty `text`")
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise InputError(f"{where}: `lang` must be a string")
    return PolicyCase(case_id, context, text=text, lang=lang)


@dataclass(frozen=True, slots=True)
class CaseDiff:
    id: str
    before: Decision
    after: Decision

    @property
    def changed(self) -> bool:
        """The outcome differs: flagged, action or effects (a renamed rule alone is no change)."""
        return _outcome(self.before) != _outcome(self.after)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "changed": self.changed,
            "before": _brief(self.before),
            "after": _brief(self.after),
        }


def _outcome(d: Decision) -> tuple[object, ...]:
    effects = tuple(
        tuple((k, v) for k, v in e.to_json().items() if k not in ("rule_id", "policy_version"))
        for e in d.effects
    )
    return d.flagged, d.action, effects


def _brief(d: Decision) -> dict[str, Any]:
    out = d.to_json()
    del out["decided_at"]  # the diff is about the policy, not the time it ran
    return out


def compare(
    before: CompiledPolicy,
    after: CompiledPolicy,
    cases: Sequence[tuple[str, Evidence, ItemContext]],
    *,
    now: datetime,
    switches: Mapping[str, str] | None = None,
) -> list[CaseDiff]:
    """Each case decided by both policies; `switches` apply to `after` only."""
    return [
        CaseDiff(
            case_id,
            decide(before, evidence, context, now=now),
            decide(after, evidence, context, now=now, switches=switches),
        )
        for case_id, evidence, context in cases
    ]


def summarize(diffs: Sequence[CaseDiff]) -> dict[str, Any]:
    """Counts: cases, changed outcomes, `before -> after` action transitions, flagged totals."""
    changed = [d for d in diffs if d.changed]
    transitions = Counter(f"{d.before.action} -> {d.after.action}" for d in changed)
    return {
        "cases": len(diffs),
        "changed": len(changed),
        "transitions": dict(sorted(transitions.items())),
        "flagged_before": sum(d.before.flagged for d in diffs),
        "flagged_after": sum(d.after.flagged for d in diffs),
    }
