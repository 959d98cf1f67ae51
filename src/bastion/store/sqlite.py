"""The embedded backend: SQLite, a WAL file or memory, writers serialised by BEGIN IMMEDIATE."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from bastion.store.sql import SQLStore


def is_memory(url: sa.URL) -> bool:
    return url.database in (None, "", ":memory:")


class SQLiteStore(SQLStore):
    """A `Store` on SQLite; one process-wide connection for `sqlite://` (memory)."""

    @classmethod
    def connect(cls, url: sa.URL) -> SQLiteStore:
        memory = is_memory(url)
        if memory:
            engine = sa.create_engine(
                url, poolclass=StaticPool, connect_args={"check_same_thread": False}
            )
        else:
            engine = sa.create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 30.0}
            )

        @sa.event.listens_for(engine, "connect")
        def on_connect(dbapi_conn: Any, record: Any) -> None:
            # Let SQLAlchemy, not the driver, say BEGIN (see the "begin" hook below).
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys = ON")
            if not memory:
                cur.execute("PRAGMA journal_mode = WAL")
                cur.execute("PRAGMA synchronous = FULL")  # acknowledged means on disk
            cur.close()

        @sa.event.listens_for(engine, "begin")
        def on_begin(conn: sa.Connection) -> None:
            # Writers take the lock up front, so two writers never deadlock upgrading a read.
            mode = conn.info.pop("bastion_begin", "IMMEDIATE")
            conn.exec_driver_sql(f"BEGIN {'DEFERRED' if mode == 'DEFERRED' else 'IMMEDIATE'}")

        return cls(engine, serialize=memory)
