"""API keys: random secrets shown once, kept in the store as sha256 hashes, with a role and an
optional per-key rate limit; `KeyRing` checks them with a short cache."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from bastion.errors import InputError
from bastion.store import ApiKeyRecord, Store

ROLES: tuple[str, ...] = ("client", "moderator", "admin")  # each role can do what those before can
CACHE_SECONDS = 10.0  # a revoked key stops working within this long on a running server


@dataclass(frozen=True, slots=True)
class ApiKey:
    """A checked key (never the secret): its public id, role and own rate limit, if any."""

    id: str
    role: str
    name: str | None = None
    rate_limit: int | None = None

    @property
    def actor(self) -> str:
        """How the audit log names whoever used this key."""
        return f"key:{self.id}"


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def role_allows(role: str, needed: str) -> bool:
    return ROLES.index(role) >= ROLES.index(needed)


def create_key(
    store: Store,
    role: str,
    *,
    name: str | None = None,
    rate_limit: int | None = None,
    actor: str = "cli",
) -> tuple[str, ApiKeyRecord]:
    """A new key of `role`: (the secret, to show once; the stored key). Audited as `actor`."""
    if role not in ROLES:
        raise InputError(f"unknown role `{role}` (expected one of {', '.join(ROLES)})")
    key_id = secrets.token_hex(6)
    secret = f"bst_{key_id}_{secrets.token_urlsafe(32)}"
    record = ApiKeyRecord(
        id=key_id,
        key_hash=hash_key(secret),
        role=role,
        name=name,
        created_at=datetime.now(UTC),
        rate_limit=rate_limit,
    )
    return secret, store.add_api_key(record, actor=actor)


class KeyRing:
    """Checks secrets against the store, caching each answer for `ttl` seconds."""

    def __init__(
        self,
        store: Store,
        ttl: float = CACHE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._store = store
        self._ttl = ttl
        self._clock = clock
        self._cache: dict[str, tuple[float, ApiKey | None]] = {}
        self._lock = threading.Lock()

    def cached(self, secret: str) -> tuple[bool, ApiKey | None]:
        """(True, what `check` would answer) if the answer is cached and fresh, else (False, None):
        lets an event loop answer without a database call."""
        return self._cached(hash_key(secret))

    def check(self, secret: str) -> ApiKey | None:
        """The live key for `secret`, or None (unknown or revoked); `DependencyError` if the
        database is down and the answer is not cached."""
        digest = hash_key(secret)
        known, key = self._cached(digest)
        if known:
            return key
        now = self._clock()
        record = self._store.api_key_by_hash(digest)
        if record is not None and record.revoked_at is None:
            key = ApiKey(record.id, record.role, record.name, record.rate_limit)
        with self._lock:
            if len(self._cache) > 10_000:  # bad secrets must not grow it without bound
                self._cache.clear()
            self._cache[digest] = (now, key)
        return key

    def _cached(self, digest: str) -> tuple[bool, ApiKey | None]:
        with self._lock:
            hit = self._cache.get(digest)
        if hit is not None and self._clock() - hit[0] < self._ttl:
            return True, hit[1]
        return False, None


__all__ = ["ROLES", "ApiKey", "KeyRing", "create_key", "hash_key", "role_allows"]
