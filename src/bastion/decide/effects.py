"""Effects and decisions: what a policy asks for, as frozen data that `act/` executes later."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Literal

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
