"""The moderation pipeline: scan (normalize + detect) -> decide by policy -> record in the store.

Edges (the API, later the CLI and the queue worker) call `ModerationService`; it holds one
`Engine`, one compiled policy and one store, and acknowledges an item only once its item,
verdict, decision and audit entry are committed together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from bastion.decide import CompiledPolicy, Evidence, ItemContext, decide
from bastion.engine import Engine, ScanInput
from bastion.store import NewDecision, NewItem, NewVerdict, Recorded, Store


@dataclass(frozen=True, slots=True)
class ModerationRequest:
    """One item to moderate; `context` holds the `ItemContext` fields."""

    text: str
    id: str | None = None
    lang: str | None = None
    author_id: str | None = None
    context: ItemContext = field(default_factory=ItemContext)
    idempotency_key: str | None = None


def _now() -> datetime:
    return datetime.now(UTC)


class ModerationService:
    def __init__(
        self,
        engine: Engine,
        policy: CompiledPolicy,
        store: Store,
        clock: Callable[[], datetime] = _now,
    ) -> None:
        self.engine = engine
        self.policy = policy
        self.store = store
        self._clock = clock

    def moderate(self, requests: Sequence[ModerationRequest], *, actor: str) -> list[Recorded]:
        """Scan, decide and record every request in one transaction (all or none).

        A replay (same idempotency key or id, same content) records nothing new and returns
        what was first recorded.
        """
        verdicts = self.engine.scan_batch([ScanInput(r.id or "", r.text, r.lang) for r in requests])
        now = self._clock()
        out: list[Recorded] = []
        with self.store.transaction():
            for req, verdict in zip(requests, verdicts, strict=True):
                evidence = Evidence(
                    tuple(verdict.labels), verdict.scores, tuple(verdict.explanation.contexts)
                )
                decision = decide(self.policy, evidence, req.context, now=now)
                out.append(
                    self.store.record(
                        NewItem(
                            text=req.text,
                            id=req.id,
                            lang=req.lang,
                            surface=req.context.surface or "comment",
                            author_id=req.author_id,
                            idempotency_key=req.idempotency_key,
                            context=req.context.to_json(),
                        ),
                        NewVerdict.from_verdict(verdict, created_at=now),
                        NewDecision(
                            flagged=decision.flagged,
                            action=decision.action,
                            rule_id=decision.rule_id,
                            policy_version=decision.policy_version,
                            labels=tuple(verdict.labels),
                            scores=dict(verdict.scores),
                            effects=[e.to_json() for e in decision.effects],
                            created_at=now,
                        ),
                        actor=actor,
                    )
                )
        return out


def recorded_json(rec: Recorded) -> dict[str, Any]:
    """The API's answer for a moderated item (the same on a replay)."""
    return {
        "id": rec.item.id,
        "flagged": rec.decision.flagged if rec.decision else False,
        "action": rec.decision.action if rec.decision else None,
        "verdict": rec.verdict.to_json() if rec.verdict else None,
        "decision": rec.decision.to_json() if rec.decision else None,
        "replayed": not rec.created,
    }
