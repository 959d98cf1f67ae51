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
from collections.abc import Collection, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self, final

from bastion.errors import ConflictError, InputError
from bastion.models import ITEM_STATUSES, PRIORITIES, Enforcement
from bastion.store.audit import GENESIS, canonical_json, check_link
from bastion.store.records import (
    Account,
    ApiKeyRecord,
    AuditEntry,
    ChainBreak,
    ContentItem,
    DecisionFilter,
    DecisionRecord,
    NewAuditEntry,
    NewDecision,
    NewItem,
    NewRecord,
    NewVerdict,
    Page,
    PutItem,
    QueueEntry,
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


def _json_value(what: str, value: object) -> Any:
    """`value` as a backend gives it back (`as_json`), or an `InputError` saying why it is not
    JSON (a set, NaN, a lone surrogate...)."""
    try:
        return as_json(value)
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


# --- records checked and completed, for every backend ------------------------------------------


def valid_item(item: NewItem) -> ContentItem:
    """`item` checked, with an id (a new uuid if it has none) and a time (now if none)."""
    if not isinstance(item, NewItem):
        raise InputError(f"expected a NewItem, not {type(item).__name__}")
    if not isinstance(item.context, Mapping):
        raise InputError(f"item.context must be a mapping, not {type(item.context).__name__}")
    return ContentItem(
        id=_check_str("item.id", item.id) if item.id is not None else uuid.uuid4().hex,
        text=_check_str("item.text", item.text, max_len=MAX_TEXT, empty=True),
        lang=_check_opt("item.lang", item.lang, max_len=16),
        surface=_check_name("item.surface", item.surface),
        author_id=_check_opt("item.author_id", item.author_id),
        created_at=_check_time("item.created_at", item.created_at or _now()),
        idempotency_key=_check_opt("item.idempotency_key", item.idempotency_key),
        context=_json_value("item.context", dict(item.context)),
    )


def check_replay(item: NewItem, new: ContentItem, stored: ContentItem) -> None:
    """Pass if `new` (from `item`) is the same content as `stored`, which has its id or key.

    Time, key and moderation status are not content; an item sent without id takes the
    stored one. Raises `ConflictError` naming the id or key that clashes.
    """
    mine = replace(new, created_at=stored.created_at, idempotency_key=None, status=stored.status)
    if item.id is None:
        mine = replace(mine, id=stored.id)
    if mine != replace(stored, idempotency_key=None):
        by = (
            f"idempotency key {new.idempotency_key!r}"
            if new.idempotency_key is not None and new.idempotency_key == stored.idempotency_key
            else f"id {stored.id!r}"
        )
        raise ConflictError(
            f"{by} is already used by item {stored.id!r} with different content; "
            "use a new key (or id) for new content"
        )


def valid_verdict(item_id: str, verdict: NewVerdict) -> VerdictRecord:
    """`verdict` on `item_id` checked (its id is 0 until stored)."""
    if not isinstance(verdict, NewVerdict):
        raise InputError(f"expected a NewVerdict, not {type(verdict).__name__}")
    return VerdictRecord(
        id=0,
        item_id=_check_str("item_id", item_id),
        flagged=bool(verdict.flagged),
        labels=_check_labels("verdict.labels", verdict.labels),
        scores=_check_scores("verdict.scores", verdict.scores),
        action=_check_str("verdict.action", verdict.action, max_len=64),
        explanation=_json_value("verdict.explanation", dict(verdict.explanation)),
        created_at=_check_time("verdict.created_at", verdict.created_at or _now()),
    )


def valid_decision(item_id: str, decision: NewDecision) -> DecisionRecord:
    """`decision` on `item_id` checked (its id is 0 until stored)."""
    if not isinstance(decision, NewDecision):
        raise InputError(f"expected a NewDecision, not {type(decision).__name__}")
    effects = tuple(_json_value("decision.effects", list(decision.effects)))
    switches = dict(decision.switches)
    for name, value in switches.items():
        _check_name("decision.switches key", name)
        _check_str(f"decision.switches[{name!r}]", value, max_len=64)
    return DecisionRecord(
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
        decided_by=_check_str("decision.decided_by", decision.decided_by),
        note=_check_opt("decision.note", decision.note, max_len=10_000),
        switches=switches,
        context=None
        if decision.context is None
        else _json_value("decision.context", dict(decision.context)),
    )


def valid_enforcement(enforcement: Enforcement) -> Enforcement:
    """`enforcement` checked: a known item status, queue names, sane strikes and days."""
    if not isinstance(enforcement, Enforcement):
        raise InputError(f"expected an Enforcement, not {type(enforcement).__name__}")
    if enforcement.item_status not in ITEM_STATUSES:
        raise InputError(
            f"item status {enforcement.item_status!r} is not one of {', '.join(ITEM_STATUSES)}"
        )
    if isinstance(enforcement.strikes, bool) or not isinstance(enforcement.strikes, int):
        raise InputError(f"strikes must be an integer, not {enforcement.strikes!r}")
    days = enforcement.suspend_days
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 1):
        raise InputError(f"suspend_days must be an integer >= 1 or None, not {days!r}")
    for q in enforcement.queue:
        _check_str("queue name", q.queue, max_len=64)
        if q.priority not in PRIORITIES:
            raise InputError(f"queue priority {q.priority!r} is not one of {PRIORITIES}")
        _check_str("queue rule_id", q.rule_id)
    return enforcement


# --- the narrow interfaces --------------------------------------------------------------------


class ItemStore(ABC):
    """Content items, written once, found by id or idempotency key."""

    @final
    def put_item(self, item: NewItem) -> PutItem:
        """Store `item`; a replay (same id or idempotency key, same content) returns the first.

        Raises `ConflictError` if the id or key is already taken by different content.
        """
        new = valid_item(item)
        stored, created = self._put_item(new)
        if not created:
            check_replay(item, new, stored)
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
        return self._put_verdict(valid_verdict(item_id, verdict))

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
        return self._put_decision(valid_decision(item_id, decision))

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
        return self._append(
            replace(
                entry,
                before=_json_value("audit.before", entry.before),
                after=_json_value("audit.after", entry.after),
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


class ApiKeyStore(ABC):
    """API keys by their sha256 hash; creating and revoking one is audited."""

    @final
    def add_api_key(self, key: ApiKeyRecord, *, actor: str) -> ApiKeyRecord:
        """Store a new key (its hash, never the secret)."""
        if not isinstance(key, ApiKeyRecord):
            raise InputError(f"expected an ApiKeyRecord, not {type(key).__name__}")
        if not re.fullmatch(r"[0-9a-f]{64}", key.key_hash):
            raise InputError("key_hash must be a sha256 hex digest")
        limit = key.rate_limit
        if limit is not None and (
            isinstance(limit, bool) or not isinstance(limit, int) or limit < 0
        ):
            raise InputError(f"rate_limit must be an integer >= 0 or None, not {limit!r}")
        checked = replace(
            key,
            id=_check_str("key id", key.id, max_len=16),
            role=_check_name("key role", key.role),
            name=_check_opt("key name", key.name, max_len=200),
            created_at=_check_time("key created_at", key.created_at),
            revoked_at=None,
        )
        return self._add_api_key(checked, _check_str("actor", actor))

    @final
    def api_key_by_hash(self, key_hash: str) -> ApiKeyRecord | None:
        """The key with this hash (revoked or not), or None."""
        return self._api_key_by_hash(_check_str("key_hash", key_hash, max_len=64))

    @final
    def api_keys(self) -> list[ApiKeyRecord]:
        """Every key, oldest first."""
        return self._api_keys()

    @final
    def revoke_api_key(self, key_id: str, *, actor: str) -> ApiKeyRecord:
        """Revoke a key for good (`InputError` if unknown); revoking twice changes nothing."""
        key = self._revoke_api_key(
            _check_str("key id", key_id, max_len=16), _check_str("actor", actor), _now()
        )
        if key is None:
            raise InputError(f"no API key with id {key_id!r} (see `bastion keys list`)")
        return key

    @abstractmethod
    def _add_api_key(self, key: ApiKeyRecord, actor: str) -> ApiKeyRecord: ...

    @abstractmethod
    def _api_key_by_hash(self, key_hash: str) -> ApiKeyRecord | None: ...

    @abstractmethod
    def _api_keys(self) -> list[ApiKeyRecord]: ...

    @abstractmethod
    def _revoke_api_key(self, key_id: str, actor: str, now: datetime) -> ApiKeyRecord | None: ...


class Store(ItemStore, VerdictStore, DecisionStore, AccountStore, ApiKeyStore, AuditLog):
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
        enforcement: Enforcement | None = None,
    ) -> Recorded:
        """`record_many` of one item."""
        rec = NewRecord(item, verdict, decision, actor, enforcement or Enforcement())
        return self.record_many([rec])[0]

    @final
    def record_many(self, records: Sequence[NewRecord]) -> list[Recorded]:
        """Store each item with its verdict, decision, enforcement and audit entry (by the
        record's actor), all in one transaction: every record or none.

        A replay (same idempotency key or id, same content) writes nothing for that record and
        returns what was first stored (the first decision, the item's current status), with
        `created=False`. An id or key taken by other
        content is a `ConflictError`, as is one used twice in `records`. Enforcement: the
        item's status, the author's strikes and suspension (the account is created on first
        sight), the review-queue entries.
        """
        if isinstance(records, NewRecord) or not isinstance(records, Sequence):
            raise InputError("record_many takes a list of NewRecord")
        checked: list[CheckedRecord] = []
        ids: set[str] = set()
        keys: set[str] = set()
        for n, rec in enumerate(records):
            if not isinstance(rec, NewRecord):
                raise InputError(f"records[{n}] is a {type(rec).__name__}, not a NewRecord")
            item = valid_item(rec.item)
            if rec.item.id is not None:
                if item.id in ids:
                    raise ConflictError(f"item id {item.id!r} appears twice in one batch")
                ids.add(item.id)
            if item.idempotency_key is not None:
                if item.idempotency_key in keys:
                    raise ConflictError(
                        f"idempotency key {item.idempotency_key!r} appears twice in one batch"
                    )
                keys.add(item.idempotency_key)
            created = rec.account_created_at
            checked.append(
                CheckedRecord(
                    new_item=rec.item,
                    item=item,
                    verdict=valid_verdict(item.id, rec.verdict) if rec.verdict else None,
                    decision=valid_decision(item.id, rec.decision),
                    actor=_check_str("actor", rec.actor),
                    enforcement=valid_enforcement(rec.enforcement),
                    account_created_at=(
                        _check_time("account_created_at", created) if created else None
                    ),
                )
            )
        if not checked:
            return []
        return self._record_many(checked)

    @final
    def review(
        self,
        item_id: str,
        decision: NewDecision,
        enforcement: Enforcement,
        *,
        actor: str,
        expected_decision_id: int | None = None,
    ) -> Recorded:
        """A human's decision on a stored item, applied with its enforcement and audited with
        the item's decision and status before and after, in one transaction.

        The item's open review-queue entries close if `enforcement.close_queue`.
        `expected_decision_id`: the latest decision the human saw; if another decision came
        since, nothing is written and `ConflictError` says so (two moderators, one item).
        """
        record = valid_decision(item_id, decision)
        if record.decided_by == "policy":
            raise InputError("a review is a human's decision: set decided_by to the actor")
        if expected_decision_id is not None and (
            isinstance(expected_decision_id, bool) or not isinstance(expected_decision_id, int)
        ):
            raise InputError(
                f"expected decision id must be an integer, not {expected_decision_id!r}"
            )
        return self._review(
            record,
            valid_enforcement(enforcement),
            _check_str("actor", actor),
            expected_decision_id,
        )

    @final
    def queue_entries_for(self, item_id: str) -> list[QueueEntry]:
        """The item's review-queue entries, open and closed, oldest first."""
        return self._queue_entries_for(_check_str("item_id", item_id))

    @final
    def get_accounts(self, account_ids: Collection[str]) -> dict[str, Account]:
        """The known accounts among `account_ids`, by id."""
        wanted = {_check_str("account_id", a) for a in account_ids}
        return self._get_accounts(wanted) if wanted else {}

    @final
    def decisions_after(self, after_id: int, limit: int = 100) -> list[DecisionRecord]:
        """Decisions with id > `after_id` in id order: the order they were committed in."""
        if isinstance(after_id, bool) or not isinstance(after_id, int) or after_id < 0:
            raise InputError(f"after_id must be an integer >= 0, not {after_id!r}")
        return self._decisions_after(after_id, _check_limit(limit))

    @final
    def feed_position(self, name: str) -> int:
        """The last decision id the feed consumer `name` has delivered (0: none yet)."""
        return self._feed_position(_check_name("feed name", name))

    @final
    def set_feed_position(self, name: str, last_id: int) -> None:
        """Remember that the feed consumer `name` has delivered every decision up to `last_id`
        (a position never moves back)."""
        if isinstance(last_id, bool) or not isinstance(last_id, int) or last_id < 0:
            raise InputError(f"last_id must be an integer >= 0, not {last_id!r}")
        self._set_feed_position(_check_name("feed name", name), last_id, _now())

    @abstractmethod
    def _record_many(self, records: list[CheckedRecord]) -> list[Recorded]:
        """Lock the audit chain, then write every record (see `record_many`) in one transaction."""

    @abstractmethod
    def _review(
        self,
        decision: DecisionRecord,
        enforcement: Enforcement,
        actor: str,
        expected_decision_id: int | None,
    ) -> Recorded: ...

    @abstractmethod
    def _queue_entries_for(self, item_id: str) -> list[QueueEntry]: ...

    @abstractmethod
    def _get_accounts(self, account_ids: set[str]) -> dict[str, Account]: ...

    @abstractmethod
    def _decisions_after(self, after_id: int, limit: int) -> list[DecisionRecord]: ...

    @abstractmethod
    def _feed_position(self, name: str) -> int: ...

    @abstractmethod
    def _set_feed_position(self, name: str, last_id: int, now: datetime) -> None: ...


@dataclass(frozen=True, slots=True)
class CheckedRecord:
    """A `NewRecord` after the checks: what a backend's `_record_many` writes."""

    new_item: NewItem  # as given: an item without id matches a stored one by key alone
    item: ContentItem
    verdict: VerdictRecord | None
    decision: DecisionRecord
    actor: str
    enforcement: Enforcement
    account_created_at: datetime | None


def decision_audit(decision: DecisionRecord, item_status: str) -> dict[str, Any]:
    """What the audit log keeps of a decision: the decision and the item status it left."""
    return {"decision": decision.to_json(), "item_status": item_status}


def as_json(value: Any) -> Any:
    """`value` after a JSON round trip (what a backend gives back for a JSON column)."""
    # Encoding refuses lone surrogates, which no database would take.
    return json.loads(json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8"))
