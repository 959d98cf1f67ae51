"""A database that is down is a DependencyError naming the URL, never its password."""

from __future__ import annotations

import contextlib
import socket
import threading
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa
from contracts.store import require_postgres

from bastion.errors import ConfigError, DependencyError, ExitCode
from bastion.store import NewItem, open_store
from bastion.store.url import parse_url


def test_an_unreachable_postgresql_is_a_dependency_error_without_the_password() -> None:
    url = "postgresql+psycopg://postgres:s3cret@127.0.0.1:1/test"
    with pytest.raises(DependencyError) as e:
        open_store(url)
    message = str(e.value)
    assert "127.0.0.1:1" in message and "s3cret" not in message and "***" in message
    assert "unavailable" in message
    assert e.value.exit_code == ExitCode.DEPENDENCY


def test_an_unopenable_sqlite_file_is_a_dependency_error(tmp_path: Path) -> None:
    with pytest.raises(DependencyError, match="no-such-dir"):
        open_store(f"sqlite:///{tmp_path / 'no-such-dir' / 'x.db'}")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@h/db", "not supported"),
        ("not a url", "does not parse"),
    ],
)
def test_a_bad_url_is_a_config_error(url: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        open_store(url)


def test_postgresql_urls_default_to_psycopg_3() -> None:
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"
    assert parse_url("postgres://u@h/db").drivername == "postgresql+psycopg"
    assert parse_url("sqlite://").drivername == "sqlite"


def test_schema_is_only_for_postgresql() -> None:
    with pytest.raises(ConfigError, match="PostgreSQL"):
        open_store("sqlite://", schema="x")


def test_the_default_url_is_a_sqlite_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store() as store:
        store.put_item(NewItem(id="c", text="x"))
    assert (tmp_path / "bastion.db").is_file()


class _Proxy:
    """A TCP relay to PostgreSQL that the test can cut and restore, like a server going down."""

    def __init__(self, upstream: tuple[str, int]) -> None:
        self.upstream = upstream
        self.port = 0
        self._open: list[socket.socket] = []
        self._listener: socket.socket | None = None

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen()
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        for s in [self._listener, *self._open]:
            if s is not None:
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
                s.close()
        self._open.clear()
        self._listener = None

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            self._open += [client, server]
            for a, b in ((client, server), (server, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)


def test_postgresql_going_down_and_back_loses_nothing() -> None:
    url = sa.make_url(require_postgres())
    proxy = _Proxy((url.host or "127.0.0.1", url.port or 5432))
    proxy.start()
    schema = f"bastion_test_down_{uuid.uuid4().hex[:8]}"
    try:
        with open_store(str(url.set(port=proxy.port)), schema=schema) as store:
            store.put_item(NewItem(id="before", text="x"))
            proxy.stop()
            with pytest.raises(DependencyError, match=f"127.0.0.1:{proxy.port}.* unavailable"):
                store.put_item(NewItem(id="during", text="x"))
            proxy.start()
            store.put_item(NewItem(id="after", text="x"))
            assert store.get_item("before") is not None and store.get_item("after") is not None
            assert store.get_item("during") is None
    finally:
        proxy.stop()
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        engine.dispose()
