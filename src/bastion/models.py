"""Frozen data types passed between the pipeline stages.

Data flows one way: raw text -> `NormalizedText` -> `Signal`s (from detectors)
-> `Verdict` -> `Decision` (policy), whose `Effect`s `act/` executes. Every offset a
user sees is an offset into the *raw* text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Literal

SignalKind = Literal["label", "target", "context"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range `[start, end)` of the raw text, with the text it covers."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Text after normalization, with a map back to the raw text.

    `offsets[i]` is the raw index of the character `text[i]` came from; it has
    `len(text) + 1` entries, the last one being `len(raw)`, so a normalized
    half-open range `[a, b)` maps to raw `[offsets[a], offsets[b - 1] + 1)`.
    """

    raw: str
    text: str
    offsets: Sequence[int]
    lang: str = "other"
    lang_score: float = 0.0
    truncated: bool = False

    def raw_span(self, start: int, end: int) -> Span:
        """The raw-text span that normalized range `[start, end)` came from."""
        if end <= start:
            raw_start = self.offsets[min(start, len(self.offsets) - 1)]
            return Span(raw_start, raw_start, "")
        raw_start = self.offsets[start]
        raw_end = self.offsets[end - 1] + 1
        return Span(raw_start, raw_end, self.raw[raw_start:raw_end])


@dataclass(frozen=True, slots=True)
class Signal:
    """One finding of one detector. Detectors return signals; they never decide.

    kind="label":   `name` is a taxonomy label (`hate/antisemitism/holocaust`).
    kind="target":  `name` is a target group (`jews`, `women`, ...), see taxonomy.GROUPS.
    kind="context": `name` is a non-violating context (`counter_speech`, `news`, ...),
                    see taxonomy.CONTEXTS.
    """

    detector: str
    kind: SignalKind
    name: str
    score: float
    spans: tuple[Span, ...] = ()
    trope: str | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "detector": self.detector,
            "kind": self.kind,
            "name": self.name,
            "score": round(self.score, 4),
            "spans": [s.to_json() for s in self.spans],
        }
        if self.trope:
            out["trope"] = self.trope
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a verdict came out as it did: the evidence, not a decision."""

    lang: str
    hits: tuple[Signal, ...] = ()
    targets: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    truncated: bool = False
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "hits": [h.to_json() for h in self.hits],
            "targets": list(self.targets),
            "contexts": list(self.contexts),
            "truncated": self.truncated,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The scan contract's output record (see docs/scan.md)."""

    id: str
    flagged: bool
    labels: tuple[str, ...]
    scores: Mapping[str, float]
    action: str
    explanation: Explanation

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "flagged": self.flagged,
            "labels": list(self.labels),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "action": self.action,
            "explanation": self.explanation.to_json(),
        }


@dataclass(frozen=True, slots=True)
class ScanError:
    """The record written in place of a verdict for an input that could not be scanned."""

    id: str | None
    line: int
    error: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "line": self.line, "error": self.error, "message": self.message}


@dataclass(frozen=True, slots=True)
class Example:
    """A text a detector documents, with the signal names it must produce on it."""

    text: str
    expects: tuple[str, ...]
    lang: str = "en"
    absent: tuple[str, ...] = field(default_factory=tuple)


# --- decisions and their effects (what `decide/` returns, `act/` executes, `store/` keeps) ---

Priority = Literal["low", "normal", "high", "urgent"]
PRIORITIES: tuple[str, ...] = ("low", "normal", "high", "urgent")
Recipient = Literal["author", "target", "moderators"]
RECIPIENTS: tuple[str, ...] = ("author", "target", "moderators")


@dataclass(frozen=True, slots=True, kw_only=True)
class Effect:
    """Base of every effect: the rule that asked for it and the policy version it came from."""

    kind: ClassVar[str] = ""
    rule_id: str
    policy_version: str

    def to_json(self) -> dict[str, Any]:
        return {"type": self.kind, **dataclasses.asdict(self)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Remove(Effect):
    """Take the content down."""

    kind: ClassVar[str] = "remove"


@dataclass(frozen=True, slots=True, kw_only=True)
class Hold(Effect):
    """Hide the content until a human decides; nothing is deleted."""

    kind: ClassVar[str] = "hold"


@dataclass(frozen=True, slots=True, kw_only=True)
class Label(Effect):
    """Show a visible label (an interstitial or notice) on the content."""

    kind: ClassVar[str] = "label"
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class ReduceReach(Effect):
    """Keep the content up but out of recommendations and ranked feeds."""

    kind: ClassVar[str] = "reduce_reach"


@dataclass(frozen=True, slots=True, kw_only=True)
class Enqueue(Effect):
    """Put the item in a human review queue."""

    kind: ClassVar[str] = "enqueue"
    queue: str
    priority: Priority = "normal"


@dataclass(frozen=True, slots=True, kw_only=True)
class Strike(Effect):
    """Add strikes to the author's record."""

    kind: ClassVar[str] = "strike"
    points: int = 1


@dataclass(frozen=True, slots=True, kw_only=True)
class Suspend(Effect):
    """Suspend the author's account; `days=None` means until an appeal or an admin lifts it."""

    kind: ClassVar[str] = "suspend"
    days: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Escalate(Effect):
    """Send to a specialist team (`trust_and_safety`, `law_enforcement`) with evidence kept."""

    kind: ClassVar[str] = "escalate"
    to: str = "trust_and_safety"


@dataclass(frozen=True, slots=True, kw_only=True)
class Notify(Effect):
    """Tell someone (the author, the targeted creator, moderators) using a message template."""

    kind: ClassVar[str] = "notify"
    who: Recipient
    template: str


EFFECT_TYPES: dict[str, type[Effect]] = {
    t.kind: t
    for t in (Remove, Hold, Label, ReduceReach, Enqueue, Strike, Suspend, Escalate, Notify)
}


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome for one item: action, the rule that fired, the policy version, the effects."""

    flagged: bool
    action: str
    rule_id: str
    policy_name: str
    policy_version: str
    effects: tuple[Effect, ...]
    # Switch values in force, sorted by name: a decision is explainable without the policy.
    switches: tuple[tuple[str, str], ...]
    decided_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "flagged": self.flagged,
            "action": self.action,
            "rule_id": self.rule_id,
            "policy_name": self.policy_name,
            "policy_version": self.policy_version,
            "effects": [e.to_json() for e in self.effects],
            "switches": dict(self.switches),
            "decided_at": self.decided_at.isoformat(),
        }


# --- enforcement: what a decision does to bastion's own records -------------------------------

# An item's visibility, least to most restrictive; a decision's effects set the strictest.
ITEM_STATUSES: tuple[str, ...] = ("visible", "labelled", "reduced", "held", "removed")


@dataclass(frozen=True, slots=True)
class QueueRequest:
    """Put the item in a review queue (`queue`, `priority`), because of `rule_id`."""

    queue: str
    priority: Priority
    rule_id: str


@dataclass(frozen=True, slots=True)
class Enforcement:
    """A decision's effects on bastion's own state, computed by `act/` and applied by `store/`.

    Effects outside bastion (the platform taking content down, notifications) travel in the
    decision feed (`act.feed`); this is what bastion itself must remember.
    """

    item_status: str = "visible"
    strikes: int = 0
    suspend: bool = False
    suspend_days: int | None = None  # with `suspend`: None means until lifted
    queue: tuple[QueueRequest, ...] = ()
    close_queue: bool = False  # a human decided: the item's open review entries are done

    def to_json(self) -> dict[str, Any]:
        return {
            "item_status": self.item_status,
            "strikes": self.strikes,
            "suspend": self.suspend,
            "suspend_days": self.suspend_days,
            "queue": [dataclasses.asdict(q) for q in self.queue],
            "close_queue": self.close_queue,
        }
