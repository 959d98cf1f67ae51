"""The storage interface: narrow ABCs whose final public methods validate, then call `_methods`.

Backends implement the abstract `_methods` only; everything a caller can get
wrong is checked here, once, with an `InputError` that says what and where.
"""

from __future__ import annotations

import base64
import json
import math
import re
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self, final

from bastion.errors import InputError
from bastion.store.audit import GENESIS, canonical_json, check_link
from bastion.store.records import (
    Account,
    AuditEntry,
    ChainBreak,
    ContentItem,
    DecisionFilter,
    DecisionRecord,
    NewAuditEntry,
    NewDecision,
    NewItem,
    NewVerdict,
    Page,
    PutItem,
    Recorded,
    VerdictRecord,
)

MAX_ID = 255
MAX_TEXT = 1_000_000
MAX_PAGE = 1000
_NAME = re.compile(r"[a-z][a-z0-9_]{0,31}")
_LABEL = re.compile(r"[a-z0-9_\-]+(/[a-z0-9_\-]+)*")

# --- validation shared by every backend -------------------------------------------------------


def _check_str(what: str, value: object, *, max_len: int = MAX_ID, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise InputError(f"{what} must be a string, not {type(value).__name__}")
    if not value and not empty:
        raise InputError(f"{what} must not be empty")
    if len(value) > max_len:
        raise InputError(f"{what} is {len(value)} characters long; the limit is {max_len}")
    if "\x00" in value:
        raise InputError(f"{what} contains a NUL character; remove it")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as e:
        raise InputError(f"{what} is not valid Unicode (lone surrogate at {e.start})") from None
    return value


def _check_opt(what: str, value: object, *, max_len: int = MAX_ID) -> str | None:
    return None if value is None else _check_str(what, value, max_len=max_len)


def _check_name(what: str, value: object) -> str:
    if not isinstance(value, str) or not _NAME.fullmatch(value):
        raise InputError(f"{what} {value!r} must be snake_case, 1-32 characters (e.g. `comment`)")
    return value


def _check_time(what: str, value: object) -> datetime:
    if not isinstance(value, datetime):
        raise InputError(f"{what} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InputError(f"{what} {value.isoformat()} has no time zone; pass an aware datetime")
    return value.astimezone(UTC)


def _check_json(what: str, value: object) -> None:
    try:
        canonical_json(value).encode("utf-8")
    except (TypeError, ValueError) as e:
        raise InputError(f"{what} is not JSON-serialisable: {e}") from None


def _check_labels(what: str, labels: object) -> tuple[str, ...]:
    if isinstance(labels, str) or not isinstance(labels, Sequence):
        raise InputError(f"{what} must be a list of labels, not {type(labels).__name__}")
    for label in labels:
        if not isinstance(label, str) or not _LABEL.fullmatch(label):
            raise InputError(f"{what}: {label!r} is not a label like `hate/antisemitism`")
    return tuple(labels)


def _check_scores(what: str, scores: object) -> dict[str, float]:
    if not isinstance(scores, Mapping):
        raise InputError(f"{what} must be a mapping of label to score")
    out: dict[str, float] = {}
    for k, v in scores.items():
        if not isinstance(k, str) or not _LABEL.fullmatch(k):
            raise InputError(f"{what}: {k!r} is not a label like `hate/antisemitism`")
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            raise InputError(f"{what}[{k!r}] must be a number, not {v!r}")
        if not 0.0 <= v <= 1.0:
            raise InputError(f"{what}[{k!r}] = {v} is outside 0..1")
        out[k] = float(v)
    return out


def _check_limit(limit: object) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise InputError(f"limit must be an integer from 1 to {MAX_PAGE}, not {limit!r}")
    return limit


def encode_cursor(created_at: datetime, id_: int) -> str:
    """The opaque cursor that resumes a listing after the decision (created_at, id)."""
    raw = canonical_json({"t": created_at.isoformat(timespec="microseconds"), "id": id_})
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    """The (created_at, id) a cursor from `encode_cursor` points after."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        t = datetime.fromisoformat(data["t"])
        id_ = data["id"]
        if t.tzinfo is None or isinstance(id_, bool) or not isinstance(id_, int):
            raise ValueError
    except (ValueError, TypeError, KeyError):
        raise InputError(
            f"cursor {cursor[:40]!r} is not one this store gave out; "
            "pass the `next_cursor` of the previous page"
        ) from None
    return t.astimezone(UTC), id_


def _now() -> datetime:
    return datetime.now(UTC)


# --- the narrow interfaces --------------------------------------------------------------------


class ItemStore(ABC):
    """Content items, written once, found by id or idempotency key."""

    @final
    def put_item(self, item: NewItem) -> PutItem:
        """Store `item`; a replay (same id or idempotency key, same content) returns the first.

        Raises `InputError` if the id or key is already taken by different content.
        """
        if not isinstance(item, NewItem):
            raise InputError(f"put_item takes a NewItem, not {type(item).__name__}")
        if not isinstance(item.context, Mapping):
            raise InputError(f"item.context must be a mapping, not {type(item.context).__name__}")
        _check_json("item.context", dict(item.context))
        new = ContentItem(
            id=_check_str("item.id", item.id) if item.id is not None else uuid.uuid4().hex,
            text=_check_str("item.text", item.text, max_len=MAX_TEXT, empty=True),
            lang=_check_opt("item.lang", item.lang, max_len=16),
            surface=_check_name("item.surface", item.surface),
            author_id=_check_opt("item.author_id", item.author_id),
            created_at=_check_time("item.created_at", item.created_at or _now()),
            idempotency_key=_check_opt("item.idempotency_key", item.idempotency_key),
            context=as_json(dict(item.context)),
        )
        stored, created = self._put_item(new)
        if not created:
            mine = replace(new, created_at=stored.created_at, idempotency_key=None)
            if item.id is None:
                mine = replace(mine, id=stored.id)
            if mine != replace(stored, idempotency_key=None):
                by = (
                    f"idempotency key {new.idempotency_key!r}"
                    if new.idempotency_key is not None
                    and new.idempotency_key == stored.idempotency_key
                    else f"id {stored.id!r}"
                )
                raise InputError(
                    f"{by} is already used by item {stored.id!r} with different content; "
                    "use a new key (or id) for new content"
                )
        return PutItem(stored, created)

    @final
    def get_item(self, item_id: str) -> ContentItem | None:
        """The item with this id, or None."""
        return self._get_item(_check_str("item_id", item_id))

    @final
    def get_item_by_key(self, idempotency_key: str) -> ContentItem | None:
        """The item stored with this idempotency key, or None."""
        return self._get_item_by_key(_check_str("idempotency_key", idempotency_key))

    @abstractmethod
    def _put_item(self, item: ContentItem) -> tuple[ContentItem, bool]:
        """Insert `item` unless its id or key exists; return the stored one and if it is new."""

    @abstractmethod
    def _get_item(self, item_id: str) -> ContentItem | None: ...

    @abstractmethod
    def _get_item_by_key(self, key: str) -> ContentItem | None: ...


class VerdictStore(ABC):
    """Detector verdicts, any number per item."""

    @final
    def put_verdict(self, item_id: str, verdict: NewVerdict) -> VerdictRecord:
        """Store a verdict on a stored item (`InputError` if the item is unknown)."""
        if not isinstance(verdict, NewVerdict):
            raise InputError(f"put_verdict takes a NewVerdict, not {type(verdict).__name__}")
        _check_json("verdict.explanation", dict(verdict.explanation))
        return self._put_verdict(
            VerdictRecord(
                id=0,
                item_id=_check_str("item_id", item_id),
                flagged=bool(verdict.flagged),
                labels=_check_labels("verdict.labels", verdict.labels),
                scores=_check_scores("verdict.scores", verdict.scores),
                action=_check_str("verdict.action", verdict.action, max_len=64),
                explanation=dict(verdict.explanation),
                created_at=_check_time("verdict.created_at", verdict.created_at or _now()),
            )
        )

    @final
    def verdicts_for(self, item_id: str) -> list[VerdictRecord]:
        """The verdicts on an item, oldest first."""
        return self._verdicts_for(_check_str("item_id", item_id))

    @abstractmethod
    def _put_verdict(self, verdict: VerdictRecord) -> VerdictRecord:
        """Insert `verdict` (its id is 0) and return it with its new id."""

    @abstractmethod
    def _verdicts_for(self, item_id: str) -> list[VerdictRecord]: ...


class DecisionStore(ABC):
    """Policy decisions per item, listed newest first with filters and keyset cursors."""

    @final
    def put_decision(self, item_id: str, decision: NewDecision) -> DecisionRecord:
        """Store a decision on a stored item (`InputError` if the item is unknown)."""
        if not isinstance(decision, NewDecision):
            raise InputError(f"put_decision takes a NewDecision, not {type(decision).__name__}")
        effects = tuple(decision.effects)
        _check_json("decision.effects", list(effects))
        return self._put_decision(
            DecisionRecord(
                id=0,
                item_id=_check_str("item_id", item_id),
                verdict_id=decision.verdict_id,
                flagged=bool(decision.flagged),
                action=_check_str("decision.action", decision.action, max_len=64),
                rule_id=_check_str("decision.rule_id", decision.rule_id),
                policy_version=_check_str("decision.policy_version", decision.policy_version),
                labels=_check_labels("decision.labels", decision.labels),
                scores=_check_scores("decision.scores", decision.scores),
                effects=effects,
                created_at=_check_time("decision.created_at", decision.created_at or _now()),
            )
        )

    @final
    def get_decision(self, decision_id: int) -> DecisionRecord | None:
        """The decision with this id, or None."""
        if isinstance(decision_id, bool) or not isinstance(decision_id, int):
            raise InputError(f"decision id must be an integer, not {decision_id!r}")
        return self._get_decision(decision_id)

    @final
    def decisions_for(self, item_id: str) -> list[DecisionRecord]:
        """The decisions on an item, oldest first."""
        return self._decisions_for(_check_str("item_id", item_id))

    @final
    def list_decisions(
        self, where: DecisionFilter | None = None, *, cursor: str | None = None, limit: int = 50
    ) -> Page[DecisionRecord]:
        """Decisions newest first (by created_at, then id); `cursor` resumes a listing."""
        where = where or DecisionFilter()
        if where.action is not None:
            _check_str("filter.action", where.action, max_len=64)
        if where.label is not None:
            _check_labels("filter.label", [where.label])
        if where.item_id is not None:
            _check_str("filter.item_id", where.item_id)
        since = _check_time("filter.since", where.since) if where.since is not None else None
        until = _check_time("filter.until", where.until) if where.until is not None else None
        where = replace(where, since=since, until=until)
        after = decode_cursor(cursor) if cursor is not None else None
        limit = _check_limit(limit)
        rows = self._list_decisions(where, after, limit + 1)
        if len(rows) > limit:
            last = rows[limit - 1]
            return Page(tuple(rows[:limit]), encode_cursor(last.created_at, last.id))
        return Page(tuple(rows), None)

    @abstractmethod
    def _put_decision(self, decision: DecisionRecord) -> DecisionRecord: ...

    @abstractmethod
    def _get_decision(self, decision_id: int) -> DecisionRecord | None: ...

    @abstractmethod
    def _decisions_for(self, item_id: str) -> list[DecisionRecord]: ...

    @abstractmethod
    def _list_decisions(
        self, where: DecisionFilter, after: tuple[datetime, int] | None, limit: int
    ) -> list[DecisionRecord]:
        """Up to `limit` decisions matching `where`, newest first, strictly after `after`."""


class AccountStore(ABC):
    """Author accounts: creation time (for account age) and strikes."""

    @final
    def put_account(self, account_id: str, created_at: datetime | None = None) -> Account:
        """Create the account if it is new; an existing account is returned unchanged."""
        now = _now()
        created = _check_time("created_at", created_at) if created_at is not None else now
        return self._put_account(_check_str("account_id", account_id), created, now)

    @final
    def get_account(self, account_id: str) -> Account | None:
        """The account with this id, or None."""
        return self._get_account(_check_str("account_id", account_id))

    @final
    def add_strikes(self, account_id: str, n: int = 1) -> Account:
        """Add `n` strikes (negative to lift them; never below 0) atomically."""
        if isinstance(n, bool) or not isinstance(n, int):
            raise InputError(f"strikes must be an integer, not {n!r}")
        account = self._add_strikes(_check_str("account_id", account_id), n, _now())
        if account is None:
            raise InputError(f"unknown account {account_id!r}; create it with put_account first")
        return account

    @abstractmethod
    def _put_account(self, account_id: str, created_at: datetime, now: datetime) -> Account: ...

    @abstractmethod
    def _get_account(self, account_id: str) -> Account | None: ...

    @abstractmethod
    def _add_strikes(self, account_id: str, n: int, now: datetime) -> Account | None:
        """The updated account, or None if it does not exist."""


class AuditLog(ABC):
    """Append-only audit entries in a sha256 hash chain, verifiable end to end."""

    @final
    def append(self, entry: NewAuditEntry) -> AuditEntry:
        """Add an entry at the end of the chain; concurrent appends are serialised."""
        if not isinstance(entry, NewAuditEntry):
            raise InputError(f"append takes a NewAuditEntry, not {type(entry).__name__}")
        _check_json("audit.before", entry.before)
        _check_json("audit.after", entry.after)
        return self._append(
            replace(
                entry,
                actor=_check_str("audit.actor", entry.actor),
                action=_check_str("audit.action", entry.action, max_len=64),
                subject=_check_str("audit.subject", entry.subject),
                policy_version=_check_opt("audit.policy_version", entry.policy_version),
                time=_check_time("audit.time", entry.time or _now()),
            )
        )

    @final
    def entries(self, after_seq: int = 0, limit: int = 100) -> list[AuditEntry]:
        """Entries with seq > `after_seq`, in chain order."""
        if isinstance(after_seq, bool) or not isinstance(after_seq, int) or after_seq < 0:
            raise InputError(f"after_seq must be an integer >= 0, not {after_seq!r}")
        return self._entries(after_seq, _check_limit(limit))

    @final
    def head(self) -> AuditEntry | None:
        """The last entry (publish its hash elsewhere to anchor the chain), or None if empty."""
        return self._head()

    @final
    def iter_entries(self, batch: int = MAX_PAGE) -> Iterator[AuditEntry]:
        """Every entry in chain order, fetched in batches."""
        seq = 0
        while True:
            rows = self._entries(seq, batch)
            yield from rows
            if len(rows) < batch:
                return
            seq = rows[-1].seq

    @final
    def verify(self) -> ChainBreak | None:
        """The first broken link of the chain (edited, missing or reordered entry), or None."""
        prev, seq = GENESIS, 0
        for entry in self.iter_entries():
            seq += 1
            reason = check_link(entry, seq, prev)
            if reason is not None:
                return ChainBreak(seq, reason, entry if entry.seq == seq else None)
            prev = entry.hash
        head_seq, head_hash = self._chain_head()
        if head_seq != seq or head_hash != prev:
            return ChainBreak(
                seq + 1,
                f"the chain ends at entry {seq} but was last appended at entry {head_seq} "
                "(entries removed from the end)",
                None,
            )
        return None

    @abstractmethod
    def _append(self, entry: NewAuditEntry) -> AuditEntry:
        """Lock the chain head, link `entry` (its time is set) after it, and insert it."""

    @abstractmethod
    def _entries(self, after_seq: int, limit: int) -> list[AuditEntry]: ...

    @abstractmethod
    def _head(self) -> AuditEntry | None: ...

    @abstractmethod
    def _chain_head(self) -> tuple[int, str]:
        """The (seq, hash) the store last appended, kept apart from the entries."""


class Store(ItemStore, VerdictStore, DecisionStore, AccountStore, AuditLog):
    """Everything bastion stores, behind one interface; see docs/storage.md."""

    url: str  # the database URL, password hidden

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """All store calls inside `with store.transaction():` commit together or not at all."""

    @abstractmethod
    def close(self) -> None:
        """Release the connections."""

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @final
    def record(
        self,
        item: NewItem,
        verdict: NewVerdict | None,
        decision: NewDecision,
        *,
        actor: str,
    ) -> Recorded:
        """Store an item, its verdict, its decision and the decision's audit entry atomically.

        A replay (same idempotency key or id, same content) writes nothing and returns
        what the first call stored, with `created=False`.
        """
        with self.transaction():
            put = self.put_item(item)
            if not put.created:
                decisions = self.decisions_for(put.item.id)
                if decisions:
                    verdicts = self.verdicts_for(put.item.id)
                    return Recorded(
                        put.item, verdicts[-1] if verdicts else None, decisions[-1], None, False
                    )
            stored_verdict = self.put_verdict(put.item.id, verdict) if verdict else None
            if stored_verdict is not None and decision.verdict_id is None:
                decision = replace(decision, verdict_id=stored_verdict.id)
            stored = self.put_decision(put.item.id, decision)
            entry = self.append(
                NewAuditEntry(
                    actor=actor,
                    action="decision",
                    subject=f"item:{put.item.id}",
                    policy_version=stored.policy_version,
                    before=None,
                    after=stored.to_json(),
                    time=stored.created_at,
                )
            )
            return Recorded(put.item, stored_verdict, stored, entry, put.created)


def as_json(value: Any) -> Any:
    """`value` after a JSON round trip (what a backend gives back for a JSON column)."""
    return json.loads(canonical_json(value))
