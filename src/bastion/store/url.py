"""`open_store(url)`: pick the backend from a database URL and migrate the schema to the newest."""

from __future__ import annotations

import functools

import sqlalchemy as sa

from bastion.errors import ConfigError
from bastion.store import migrate
from bastion.store.postgres import PostgresStore
from bastion.store.sql import _DOWN, SQLStore, dependency_error
from bastion.store.sqlite import SQLiteStore

DEFAULT_URL = "sqlite:///bastion.db"


@functools.cache
def _head() -> str:
    return migrate.head_revision()


def parse_url(url: str) -> sa.URL:
    """The SQLAlchemy URL for `url`; `postgresql://` and `postgres://` mean psycopg 3."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError:
        raise ConfigError(
            f"database URL {url!r} does not parse; use sqlite:///PATH, sqlite:// (memory) "
            "or postgresql+psycopg://USER@HOST:PORT/DB"
        ) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def open_store(
    url: str = DEFAULT_URL, *, schema: str | None = None, upgrade: bool = True
) -> SQLStore:
    """Open the store at `url` and bring its schema to the newest revision.

    `ConfigError` for a URL that is not SQLite or PostgreSQL; `DependencyError` if the
    database cannot be reached. `schema` (PostgreSQL only) keeps the tables in that schema.
    """
    parsed = parse_url(url)
    store: SQLStore
    if parsed.get_backend_name() == "sqlite":
        if schema is not None:
            raise ConfigError("`schema` is for PostgreSQL; SQLite has one schema per file")
        store = SQLiteStore.connect(parsed)
    elif parsed.get_backend_name() == "postgresql":
        try:
            store = PostgresStore.connect(parsed, schema)
        except ImportError as e:
            raise ConfigError(f"database URL {url!r} needs a driver that is missing: {e}") from None
    else:
        raise ConfigError(
            f"database URL scheme {parsed.drivername!r} is not supported; "
            "use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB"
        )
    if upgrade:
        try:
            if migrate.current_revision(store.engine) != _head():
                migrate.upgrade(store.engine)
        except _DOWN as e:
            store.close()
            raise dependency_error(store.url, e) from e
    return store
