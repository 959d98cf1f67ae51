"""The audit hash chain: canonical JSON, entry hashes, and the check of one link."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from bastion.store.records import AuditEntry

GENESIS = "0" * 64  # the `prev_hash` of the first entry


def canonical_json(value: Any) -> str:
    """JSON with sorted keys, no spaces, UTF-8 text kept as is; NaN/Infinity are refused."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def entry_hash(prev_hash: str, payload: dict[str, Any]) -> str:
    """sha256 hex of `prev_hash` followed by the canonical JSON of `payload`."""
    return hashlib.sha256((prev_hash + canonical_json(payload)).encode("utf-8")).hexdigest()


def check_link(entry: AuditEntry, expected_seq: int, expected_prev: str) -> str | None:
    """Why `entry` does not follow the entry before it, or None if it does."""
    if entry.seq != expected_seq:
        return f"entry {expected_seq} is missing (next entry is {entry.seq})"
    if entry.prev_hash != expected_prev:
        return f"entry {entry.seq}: prev_hash does not match the hash of entry {entry.seq - 1}"
    if entry_hash(entry.prev_hash, entry.payload()) != entry.hash:
        return f"entry {entry.seq}: its content does not match its hash (edited)"
    return None
