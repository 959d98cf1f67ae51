"""The moderation pipeline: scan (normalize + detect) -> decide by policy -> enforce -> record.

Edges (the API, the CLI) call `ModerationService`; it holds one `Engine`, one compiled policy
(with the operator's switch values) and one store, and acknowledges an item only once its
item, verdict, decision, enforcement and audit entry are committed together.
`BatchingModerator` groups concurrent calls into one scan and one transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from bastion.act import enforcement
from bastion.decide import CompiledPolicy, Evidence, ItemContext, decide, manual_decision
from bastion.engine import Engine, ScanInput
from bastion.errors import InputError
from bastion.models import Verdict
from bastion.store import Account, NewDecision, NewItem, NewRecord, NewVerdict, Recorded, Store


@dataclass(frozen=True, slots=True)
class ModerationRequest:
    """One item to moderate; `context` holds the `ItemContext` fields.

    Unknown `account_age_days` and `prior_strikes` are filled from the author's account when
    bastion knows it; an author seen for the first time gets an account whose age is the
    given `account_age_days` (else 0).
    """

    text: str
    id: str | None = None
    lang: str | None = None
    author_id: str | None = None
    context: ItemContext = field(default_factory=ItemContext)
    idempotency_key: str | None = None


@dataclass(frozen=True, slots=True)
class ReviewRequest:
    """A human's decision on a stored item (see `decide.manual_decision` for the options)."""

    item_id: str
    action: str
    note: str | None = None
    labels: tuple[str, ...] | None = None  # None: keep the labels of the latest decision
    label: str | None = None
    suspend_days: int | None = None
    escalate_to: str | None = None
    strikes: int = 0
    expected_decision_id: int | None = None


def _now() -> datetime:
    return datetime.now(UTC)


class ModerationService:
    def __init__(
        self,
        engine: Engine,
        policy: CompiledPolicy,
        store: Store,
        clock: Callable[[], datetime] = _now,
        switches: Mapping[str, str] | None = None,
    ) -> None:
        """`switches`: the operator's switch values (checked now: a bad one is a ConfigError)."""
        self.engine = engine
        self.policy = policy
        self.store = store
        self.switches = dict(switches or {})
        policy.switch_values(self.switches)
        self._clock = clock

    def moderate(self, requests: Sequence[ModerationRequest], *, actor: str) -> list[Recorded]:
        """Scan, decide, enforce and record every request in one transaction (all or none).

        A replay (same idempotency key or id, same content) records nothing new and returns
        what was first recorded.
        """
        return self.commit(requests, self.scan(requests), actor=actor)

    def scan(self, requests: Sequence[ModerationRequest]) -> list[Verdict]:
        """The detectors' verdicts on the requests' texts (no database: run it outside
        the write transaction, where it does not hold up other writers)."""
        return self.engine.scan_batch([ScanInput(r.id or "", r.text, r.lang) for r in requests])

    def commit(
        self,
        requests: Sequence[ModerationRequest],
        verdicts: Sequence[Verdict],
        *,
        actor: str | Sequence[str],
    ) -> list[Recorded]:
        """Decide on scanned requests by policy, plan the enforcement, and record everything
        in one transaction. `actor`: who sent the requests, or each one's sender.

        The authors' accounts (age, strikes) are read just before, not inside, the write
        transaction: the write lock, which every server process shares, is held only for the
        writes themselves.
        """
        actors = [actor] * len(requests) if isinstance(actor, str) else list(actor)
        authors = {r.author_id for r in requests if r.author_id}
        accounts = self.store.get_accounts(authors) if authors else {}
        now = self._clock()
        records = [
            self._record(req, verdict, sender, accounts, now)
            for req, verdict, sender in zip(requests, verdicts, actors, strict=True)
        ]
        return self.store.record_many(records)

    def _record(
        self,
        req: ModerationRequest,
        verdict: Verdict,
        actor: str,
        accounts: Mapping[str, Account],
        now: datetime,
    ) -> NewRecord:
        """What the store keeps of one moderated request."""
        account = accounts.get(req.author_id) if req.author_id else None
        context = _with_account(req.context, account, now)
        evidence = Evidence(
            tuple(verdict.labels), verdict.scores, tuple(verdict.explanation.contexts)
        )
        decision = decide(self.policy, evidence, context, now=now, switches=self.switches)
        age = req.context.account_age_days
        return NewRecord(
            item=NewItem(
                text=req.text,
                id=req.id,
                lang=req.lang,
                surface=req.context.surface or "comment",
                author_id=req.author_id,
                idempotency_key=req.idempotency_key,
                context=req.context.to_json(),  # as sent: a retry must match it
            ),
            verdict=NewVerdict.from_verdict(verdict, created_at=now),
            decision=NewDecision(
                flagged=decision.flagged,
                action=decision.action,
                rule_id=decision.rule_id,
                policy_version=decision.policy_version,
                labels=tuple(verdict.labels),
                scores=dict(verdict.scores),
                effects=[e.to_json() for e in decision.effects],
                created_at=now,
                switches=dict(decision.switches),
                context=context.to_json(),
            ),
            actor=actor,
            enforcement=enforcement(decision.effects),
            account_created_at=now - timedelta(days=age) if age is not None else None,
        )

    def review(self, request: ReviewRequest, *, actor: str) -> Recorded:
        """Record a human's decision on a stored item, with its enforcement, audited with the
        decision and item status before and after. The item leaves its review queues.

        `InputError` for an unknown item (from the store); `ConflictError` if
        `expected_decision_id` is no longer the item's latest decision.
        """
        labels = request.labels
        if labels is None:
            latest = self.store.decisions_for(request.item_id)
            labels = latest[-1].labels if latest else ()
        decision = manual_decision(
            self.policy,
            request.action,
            now=self._clock(),
            labels=labels,
            label=request.label,
            suspend_days=request.suspend_days,
            escalate_to=request.escalate_to,
            strikes=request.strikes,
            switches=self.switches,
        )
        return self.store.review(
            request.item_id,
            NewDecision(
                flagged=decision.flagged,
                action=decision.action,
                rule_id=decision.rule_id,
                policy_version=decision.policy_version,
                labels=labels,
                effects=[e.to_json() for e in decision.effects],
                created_at=decision.decided_at,
                decided_by=actor,
                note=request.note,
                switches=dict(decision.switches),
            ),
            enforcement(decision.effects, reviewed=True),
            actor=actor,
            expected_decision_id=request.expected_decision_id,
        )


def _with_account(context: ItemContext, account: Account | None, now: datetime) -> ItemContext:
    """`context` with its unknown account age and strikes taken from the stored account."""
    if account is None:
        return context
    age = context.account_age_days
    if age is None:
        age = max(0, (now - account.created_at).days)
    strikes = context.prior_strikes if context.prior_strikes is not None else account.strikes
    return replace(context, account_age_days=age, prior_strikes=strikes)


def recorded_json(rec: Recorded) -> dict[str, Any]:
    """The API's answer for a moderated item (the same on a replay)."""
    return {
        "id": rec.item.id,
        "flagged": rec.decision.flagged if rec.decision else False,
        "action": rec.decision.action if rec.decision else None,
        "status": rec.item.status,
        "verdict": rec.verdict.to_json() if rec.verdict else None,
        "decision": rec.decision.to_json() if rec.decision else None,
        "replayed": not rec.created,
    }


# --- group commit -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Job:
    requests: Sequence[ModerationRequest]
    actor: str
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future[list[Recorded]]


class BatchingModerator:
    """Moderates for many concurrent callers with one worker thread: the requests waiting
    when it is free are scanned together and committed in one transaction (group commit),
    which shares the commit's disk sync and the model's vector work among them.

    Each caller still gets its own outcome: if a group fails on one caller's bad input (a
    reused idempotency key, say), each caller's requests are retried alone, so only that
    caller sees the error. Nothing is acknowledged before its commit.
    """

    def __init__(
        self,
        service: Callable[[], ModerationService],
        max_items: int = 256,
    ) -> None:
        """`service` gives the service to use for each group (it may reconnect)."""
        self._service = service
        self._max_items = max_items
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    async def moderate(
        self, requests: Sequence[ModerationRequest], *, actor: str
    ) -> list[Recorded]:
        """`ModerationService.moderate`, awaited while the worker thread does it."""
        self._start()
        loop = asyncio.get_running_loop()
        future: asyncio.Future[list[Recorded]] = loop.create_future()
        self._jobs.put(_Job(requests, actor, loop, future))
        return await future

    def close(self) -> None:
        """Finish the queued work, then stop the worker thread."""
        with self._lock:
            thread, self._thread = self._thread, None
        if thread is not None:
            self._jobs.put(None)
            thread.join()

    def _start(self) -> None:
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="bastion-moderator", daemon=True
                )
                self._thread.start()

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            group = [job]
            size = len(job.requests)
            stop = False
            while size < self._max_items:
                try:
                    more = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                group.append(more)
                size += len(more.requests)
            self._process(group)
            if stop:
                return

    def _process(self, group: list[_Job]) -> None:
        requests = [r for job in group for r in job.requests]
        try:
            service = self._service()
            verdicts = service.scan(requests)
        except Exception as e:  # every waiting caller must hear of it
            for job in group:
                _settle(job, error=e)
            return
        try:
            recorded = service.commit(
                requests, verdicts, actor=[job.actor for job in group for _ in job.requests]
            )
        except InputError as e:
            if len(group) == 1:
                _settle(group[0], error=e)
                return
            start = 0
            for job in group:  # one caller's bad input: the others still go through
                end = start + len(job.requests)
                try:
                    _settle(
                        job,
                        result=service.commit(job.requests, verdicts[start:end], actor=job.actor),
                    )
                except Exception as e:
                    _settle(job, error=e)
                start = end
            return
        except Exception as e:
            for job in group:
                _settle(job, error=e)
            return
        start = 0
        for job in group:
            n = len(job.requests)
            _settle(job, result=recorded[start : start + n])
            start += n


def _settle(
    job: _Job, *, result: list[Recorded] | None = None, error: BaseException | None = None
) -> None:
    def resolve() -> None:
        if job.future.done():  # the caller went away
            return
        if error is not None:
            job.future.set_exception(error)
        else:
            assert result is not None
            job.future.set_result(result)

    with contextlib.suppress(RuntimeError):  # the caller's event loop is closed: nobody waits
        job.loop.call_soon_threadsafe(resolve)
