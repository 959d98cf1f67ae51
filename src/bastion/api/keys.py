"""API keys: random, shown once, stored as sha256 hashes in the `api_keys` table of the store's
database (created on first use, beside the store's own tables)."""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from bastion.errors import DependencyError, InputError
from bastion.store.sql import _DOWN, SQLStore, dependency_error

ROLES: tuple[str, ...] = ("client", "moderator", "admin")  # each role can do what those before can

_metadata = sa.MetaData()
api_keys = sa.Table(
    "api_keys",
    _metadata,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("name", sa.String(200), nullable=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)


@dataclass(frozen=True, slots=True)
class ApiKey:
    """A stored key (never the secret): its public id and role."""

    id: str
    role: str
    name: str | None = None

    @property
    def actor(self) -> str:
        return f"key:{self.id}"


def hash_key(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def role_allows(role: str, needed: str) -> bool:
    return ROLES.index(role) >= ROLES.index(needed)


class KeyStore:
    """Creates and checks API keys in the store's database; caches keys it has seen."""

    def __init__(self, store: SQLStore) -> None:
        self._engine = store.engine
        self._url = store.url
        self._cache: dict[str, ApiKey] = {}
        self._lock = threading.Lock()
        try:
            _metadata.create_all(self._engine)
        except _DOWN as e:
            raise dependency_error(self._url, e) from e

    def create(self, role: str, name: str | None = None) -> tuple[str, ApiKey]:
        """A new key of `role`: (the secret, to show once; the stored key)."""
        if role not in ROLES:
            raise InputError(f"unknown role `{role}` (expected one of {', '.join(ROLES)})")
        key = ApiKey(secrets.token_hex(6), role, name)
        secret = f"bst_{key.id}_{secrets.token_urlsafe(32)}"
        row = {
            "id": key.id,
            "key_hash": hash_key(secret),
            "role": role,
            "name": name,
            "created_at": datetime.now(UTC),
        }
        try:
            with self._engine.begin() as conn:
                conn.execute(api_keys.insert().values(**row))
        except _DOWN as e:
            raise dependency_error(self._url, e) from e
        return secret, key

    def check(self, secret: str) -> ApiKey | None:
        """The key for `secret`, or None; `DependencyError` if the database is down."""
        digest = hash_key(secret)
        with self._lock:
            hit = self._cache.get(digest)
        if hit is not None:
            return hit
        try:
            with self._engine.connect() as conn:
                row = conn.execute(
                    sa.select(api_keys.c.id, api_keys.c.role, api_keys.c.name).where(
                        api_keys.c.key_hash == digest
                    )
                ).first()
        except _DOWN as e:
            raise dependency_error(self._url, e) from e
        if row is None:
            return None
        key = ApiKey(row.id, row.role, row.name)
        with self._lock:
            self._cache[digest] = key
        return key


__all__ = ["ROLES", "ApiKey", "DependencyError", "KeyStore", "hash_key", "role_allows"]
