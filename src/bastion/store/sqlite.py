"""The embedded backend: SQLite, a WAL file or memory, writers serialised by BEGIN IMMEDIATE."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlalchemy as sa
from sqlalchemy.pool import StaticPool

from bastion.store.sql import JSON_CODEC, SQLStore

try:
    import fcntl
except ImportError:  # not on Windows: SQLite's busy handler alone queues the writers
    fcntl = None  # type: ignore[assignment]


def is_memory(url: sa.URL) -> bool:
    return url.database in (None, "", ":memory:")


class SQLiteStore(SQLStore):
    """A `Store` on SQLite; one process-wide connection for `sqlite://` (memory)."""

    @classmethod
    def connect(cls, url: sa.URL) -> SQLiteStore:
        memory = is_memory(url)
        if memory:
            engine = sa.create_engine(
                url,
                poolclass=StaticPool,
                connect_args={"check_same_thread": False},
                **JSON_CODEC,
            )
        else:
            engine = sa.create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 30.0}, **JSON_CODEC
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

        if memory:
            return cls(engine, serialize=True)
        return cls(engine, write_guard=WriterLock(f"{url.database}-writer.lock"))

    def close(self) -> None:
        super().close()
        if isinstance(self._write_guard, WriterLock):
            self._write_guard.close()


class WriterLock:
    """Queues the writers of every process on one database file, in the kernel.

    SQLite refuses a second writer with SQLITE_BUSY, and its busy handler then sleeps and
    retries (up to 100 ms a time); a blocking `flock` on a file beside the database instead
    wakes the next writer as soon as the lock is free, which keeps write latency flat when
    several server processes share the database.
    """

    def __init__(self, path: str) -> None:
        self._path = path
        self._thread_lock = threading.Lock()  # flock is per open file, not per thread
        self._fd: int | None = None

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._thread_lock:
            fd = self._open()
            if fd is None:
                yield
                return
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        with self._thread_lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None

    def _open(self) -> int | None:
        if fcntl is None:
            return None
        if self._fd is None:
            try:
                self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError:
                return None  # e.g. a read-only folder: SQLite's own locking still holds
        return self._fd
