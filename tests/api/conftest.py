"""API fixtures: the app in-process through httpx `ASGITransport`, on a real database."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from contracts.store import require_postgres
from fastapi import FastAPI

from bastion.api.app import create_app
from bastion.api.keys import ROLES, create_key
from bastion.engine import Engine
from bastion.settings import Settings
from bastion.store import open_store


@dataclass
class Api:
    """Calls the app in-process; `as_role` picks the `Authorization: Bearer` key sent."""

    app: FastAPI
    keys: dict[str, str] = field(default_factory=dict)

    def call(
        self, method: str, url: str, *, role: str | None = "client", **kw: Any
    ) -> httpx.Response:
        headers = dict(kw.pop("headers", {}) or {})
        if role is not None:
            headers["Authorization"] = f"Bearer {self.keys[role]}"

        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url="http://bastion") as c:
                return await c.request(method, url, headers=headers, **kw)

        return asyncio.run(go())


def make_keys(url: str, schema: str | None = None) -> dict[str, str]:
    with open_store(url, schema=schema) as store:
        return {role: create_key(store, role, actor="test")[0] for role in ROLES}


MakeApi = Callable[..., Api]


@pytest.fixture
def make_api(tmp_path: Path, engine: Engine) -> MakeApi:
    """An `Api` on a fresh SQLite file, with one key per role; settings overridable."""

    def make(**overrides: Any) -> Api:
        settings = Settings(**{"database_url": f"sqlite:///{tmp_path / 'api.db'}", **overrides})
        keys = make_keys(settings.database_url)
        return Api(create_app(settings, engine=engine), keys)

    return make


@pytest.fixture
def api(make_api: MakeApi) -> Api:
    return make_api()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_api(request: pytest.FixtureRequest, tmp_path: Path, engine: Engine) -> Iterator[Api]:
    """The same app on a SQLite file and on the real PostgreSQL (a fresh schema)."""
    if request.param == "sqlite":
        settings = Settings(database_url=f"sqlite:///{tmp_path / 'api.db'}")
        yield Api(create_app(settings, engine=engine), make_keys(settings.database_url))
        return
    url = require_postgres()
    schema = f"bastion_api_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    settings = Settings(database_url=url)
    app = create_app(settings, engine=engine, schema=schema)
    yield Api(app, make_keys(url, schema))
    app.state.backend.shutdown()
    eng = sa.create_engine(url)
    with eng.begin() as conn:
        conn.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    eng.dispose()
