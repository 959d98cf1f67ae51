"""The production backend: PostgreSQL through psycopg 3, optionally inside one schema."""

from __future__ import annotations

import re

import sqlalchemy as sa

from bastion.errors import ConfigError
from bastion.store.sql import JSON_CODEC, SQLStore

_SCHEMA = re.compile(r"[a-z_][a-z0-9_]{0,62}")
CONNECT_TIMEOUT_S = 5


class PostgresStore(SQLStore):
    """A `Store` on PostgreSQL; `schema` puts every table in that schema (created if missing)."""

    @classmethod
    def connect(cls, url: sa.URL, schema: str | None = None) -> PostgresStore:
        connect_args: dict[str, object] = {
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "bastion",
        }
        if schema is not None:
            if not _SCHEMA.fullmatch(schema):
                raise ConfigError(f"schema {schema!r} must be lower-case letters, digits and `_`")
            connect_args["options"] = f"-c search_path={schema}"
        engine = sa.create_engine(url, pool_pre_ping=True, connect_args=connect_args, **JSON_CODEC)
        store = cls(engine)
        if schema is not None:
            with store._tx(write=True) as conn:
                conn.exec_driver_sql(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        return store
