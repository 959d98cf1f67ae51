"""Frozen records the store takes (`New…`) and gives back, with their JSON forms."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from bastion.models import Verdict

JSON = Any  # a value `json.dumps` accepts: dict, list, str, int, float, bool, None

T = TypeVar("T")


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class NewItem:
    """A content item to store; `id=None` lets the store pick one, `created_at=None` means now."""

    text: str
    id: str | None = None
    lang: str | None = None
    surface: str = "comment"
    author_id: str | None = None
    created_at: datetime | None = None
    idempotency_key: str | None = None
    context: Mapping[str, JSON] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ContentItem:
    """A stored content item."""

    id: str
    text: str
    lang: str | None
    surface: str
    author_id: str | None
    created_at: datetime
    idempotency_key: str | None
    context: Mapping[str, JSON]

    def to_json(self) -> dict[str, JSON]:
        return {
            "id": self.id,
            "text": self.text,
            "lang": self.lang,
            "surface": self.surface,
            "author_id": self.author_id,
            "created_at": _iso(self.created_at),
            "idempotency_key": self.idempotency_key,
            "context": dict(self.context),
        }


@dataclass(frozen=True, slots=True)
class PutItem:
    """What `put_item` returns: the stored item, and whether this call created it."""

    item: ContentItem
    created: bool


@dataclass(frozen=True, slots=True)
class NewVerdict:
    """What the detectors said about an item (the scan contract's verdict)."""

    flagged: bool
    labels: Sequence[str]
    scores: Mapping[str, float]
    action: str
    explanation: Mapping[str, JSON] = field(default_factory=dict)
    created_at: datetime | None = None

    @classmethod
    def from_verdict(cls, verdict: Verdict, created_at: datetime | None = None) -> NewVerdict:
        return cls(
            flagged=verdict.flagged,
            labels=tuple(verdict.labels),
            scores=dict(verdict.scores),
            action=verdict.action,
            explanation=verdict.explanation.to_json(),
            created_at=created_at,
        )


@dataclass(frozen=True, slots=True)
class VerdictRecord:
    """A stored verdict."""

    id: int
    item_id: str
    flagged: bool
    labels: tuple[str, ...]
    scores: Mapping[str, float]
    action: str
    explanation: Mapping[str, JSON]
    created_at: datetime

    def to_json(self) -> dict[str, JSON]:
        return {
            "id": self.id,
            "item_id": self.item_id,
            "flagged": self.flagged,
            "labels": list(self.labels),
            "scores": dict(self.scores),
            "action": self.action,
            "explanation": dict(self.explanation),
            "created_at": _iso(self.created_at),
        }


@dataclass(frozen=True, slots=True)
class NewDecision:
    """What the policy decided about an item, and which rule of which version decided it."""

    flagged: bool
    action: str
    rule_id: str
    policy_version: str
    labels: Sequence[str] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    effects: Sequence[JSON] = ()
    verdict_id: int | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """A stored decision."""

    id: int
    item_id: str
    verdict_id: int | None
    flagged: bool
    action: str
    rule_id: str
    policy_version: str
    labels: tuple[str, ...]
    scores: Mapping[str, float]
    effects: tuple[JSON, ...]
    created_at: datetime

    def to_json(self) -> dict[str, JSON]:
        return {
            "id": self.id,
            "item_id": self.item_id,
            "verdict_id": self.verdict_id,
            "flagged": self.flagged,
            "action": self.action,
            "rule_id": self.rule_id,
            "policy_version": self.policy_version,
            "labels": list(self.labels),
            "scores": dict(self.scores),
            "effects": list(self.effects),
            "created_at": _iso(self.created_at),
        }


@dataclass(frozen=True, slots=True)
class DecisionFilter:
    """Which decisions `list_decisions` returns; a `label` also matches its sub-labels."""

    action: str | None = None
    label: str | None = None
    item_id: str | None = None
    since: datetime | None = None  # inclusive
    until: datetime | None = None  # exclusive


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of a keyset-paginated listing; pass `next_cursor` to get the next one."""

    items: tuple[T, ...]
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class Account:
    """An author account: when it was created, and its strikes."""

    id: str
    created_at: datetime
    strikes: int
    updated_at: datetime

    def to_json(self) -> dict[str, JSON]:
        return {
            "id": self.id,
            "created_at": _iso(self.created_at),
            "strikes": self.strikes,
            "updated_at": _iso(self.updated_at),
        }


@dataclass(frozen=True, slots=True)
class NewAuditEntry:
    """An audit event: who did what to which subject, under which policy, and the change."""

    actor: str
    action: str
    subject: str
    policy_version: str | None = None
    before: JSON = None
    after: JSON = None
    time: datetime | None = None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """A stored audit entry: `hash` = sha256(`prev_hash` + canonical JSON of `payload()`)."""

    seq: int
    time: datetime
    actor: str
    action: str
    subject: str
    policy_version: str | None
    before: JSON
    after: JSON
    prev_hash: str
    hash: str

    def payload(self) -> dict[str, JSON]:
        """The fields the hash covers (all but the hashes themselves)."""
        return {
            "seq": self.seq,
            "time": _iso(self.time),
            "actor": self.actor,
            "action": self.action,
            "subject": self.subject,
            "policy_version": self.policy_version,
            "before": self.before,
            "after": self.after,
        }

    def to_json(self) -> dict[str, JSON]:
        return {**self.payload(), "prev_hash": self.prev_hash, "hash": self.hash}


@dataclass(frozen=True, slots=True)
class ChainBreak:
    """Where `AuditLog.verify` found the chain broken; `entry` is None if the entry is missing."""

    seq: int
    reason: str
    entry: AuditEntry | None


@dataclass(frozen=True, slots=True)
class Recorded:
    """What `Store.record` wrote (or, on a replay, found): item, verdict, decision, audit entry."""

    item: ContentItem
    verdict: VerdictRecord | None
    decision: DecisionRecord | None
    audit: AuditEntry | None
    created: bool
