"""Frozen records the store takes (`New…`) and gives back, with their JSON forms."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Generic, TypeVar

from bastion.models import Enforcement, Verdict

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
    status: str = "visible"  # what the latest decision did to it; not part of its content

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
            "status": self.status,
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
    decided_by: str = "policy"  # or the human's actor id
    note: str | None = None  # a human's reason
    switches: Mapping[str, str] = field(default_factory=dict)
    context: Mapping[str, JSON] | None = None  # the item context the policy decided on


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
    decided_by: str = "policy"
    note: str | None = None
    switches: Mapping[str, str] = field(default_factory=dict)
    context: Mapping[str, JSON] | None = None

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
            "decided_by": self.decided_by,
            "note": self.note,
            "switches": dict(self.switches),
            "context": None if self.context is None else dict(self.context),
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
    suspended_at: datetime | None = None
    suspended_until: datetime | None = None  # None while suspended: until lifted

    def suspended(self, now: datetime) -> bool:
        """Whether the account is suspended at `now`."""
        if self.suspended_at is None:
            return False
        return self.suspended_until is None or now < self.suspended_until

    def to_json(self) -> dict[str, JSON]:
        return {
            "id": self.id,
            "created_at": _iso(self.created_at),
            "strikes": self.strikes,
            "updated_at": _iso(self.updated_at),
            "suspended_at": _iso(self.suspended_at) if self.suspended_at else None,
            "suspended_until": _iso(self.suspended_until) if self.suspended_until else None,
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
class NewRecord:
    """One moderated item for `Store.record_many`: what it is, what was found and decided,
    who sent it (`actor`, for the audit log) and what the decision does to bastion's
    records (`enforcement`, from `act/`).

    `account_created_at`: when the author's account was created, if the platform said so; an
    author seen for the first time is created with it (else now).
    """

    item: NewItem
    verdict: NewVerdict | None
    decision: NewDecision
    actor: str
    enforcement: Enforcement = field(default_factory=Enforcement)
    account_created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """An item waiting in (or done with) a review queue."""

    id: int
    item_id: str
    decision_id: int
    queue: str
    priority: str
    rule_id: str
    created_at: datetime
    closed_at: datetime | None
    closed_by: int | None  # the decision that closed it

    def to_json(self) -> dict[str, JSON]:
        return {
            "id": self.id,
            "item_id": self.item_id,
            "decision_id": self.decision_id,
            "queue": self.queue,
            "priority": self.priority,
            "rule_id": self.rule_id,
            "created_at": _iso(self.created_at),
            "closed_at": _iso(self.closed_at) if self.closed_at else None,
            "closed_by": self.closed_by,
        }


@dataclass(frozen=True, slots=True)
class ApiKeyRecord:
    """A stored API key: its sha256 only, never the secret."""

    id: str
    key_hash: str
    role: str
    name: str | None
    created_at: datetime
    rate_limit: int | None = None  # requests per minute; None: the server's setting
    revoked_at: datetime | None = None

    def to_json(self) -> dict[str, JSON]:
        """Everything but the hash."""
        return {
            "id": self.id,
            "role": self.role,
            "name": self.name,
            "created_at": _iso(self.created_at),
            "rate_limit": self.rate_limit,
            "revoked_at": _iso(self.revoked_at) if self.revoked_at else None,
        }


@dataclass(frozen=True, slots=True)
class Recorded:
    """What `Store.record` wrote (or, on a replay, found): item, verdict, decision, audit entry."""

    item: ContentItem
    verdict: VerdictRecord | None
    decision: DecisionRecord | None
    audit: AuditEntry | None
    created: bool
