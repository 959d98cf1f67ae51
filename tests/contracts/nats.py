"""The real NATS JetStream on 127.0.0.1:4222 for tests: started if it is down, else a skip
that says why."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Iterator
from typing import Any

import nats
import orjson
import pytest

from bastion.act.feed import stream_name

NATS_URL = os.environ.get("BASTION_TEST_NATS_URL", "nats://127.0.0.1:4222")
_HOST, _PORT = "127.0.0.1", 4222
START = [
    "start-stop-daemon",
    "--start",
    "--oknodo",
    "--background",
    "--exec",
    "/usr/sbin/nats-server",
    "--",
    "-a",
    _HOST,
    "-p",
    str(_PORT),
    "-js",
    "-sd",
    "/var/lib/nats-server",
    "-l",
    "/var/log/nats-server.log",
]


def _answers() -> bool:
    try:
        with socket.create_connection((_HOST, _PORT), timeout=2) as conn:
            return conn.recv(4).startswith(b"INFO")
    except OSError:
        return False


@functools.cache
def nats_status() -> str | None:
    """None once NATS answers (started if it was down), else why it cannot."""
    if "BASTION_TEST_NATS_URL" in os.environ or _answers():
        return None
    if not (shutil.which("start-stop-daemon") and os.path.exists("/usr/sbin/nats-server")):
        return f"NATS is down at {NATS_URL} and there is no /usr/sbin/nats-server to start"
    done = subprocess.run(START, capture_output=True, text=True, timeout=30, check=False)
    for _ in range(40):
        if _answers():
            return None
        time.sleep(0.25)
    return f"NATS is down at {NATS_URL} and `{' '.join(START)}` did not start it: {done.stderr}"


def require_nats() -> str:
    """The test NATS URL; skips the test, saying why, if NATS is down for good."""
    why = nats_status()
    if why is not None:
        pytest.skip(why)
    return NATS_URL


@contextlib.contextmanager
def fresh_subject_prefix() -> Iterator[str]:
    """A decision-feed subject prefix (and so a stream) of the caller's own, deleted after."""
    url = require_nats()
    prefix = f"bastiontest{uuid.uuid4().hex[:10]}.decisions"
    yield prefix

    async def drop() -> None:
        nc = await nats.connect(url)
        with contextlib.suppress(nats.js.errors.NotFoundError):
            await nc.jetstream().delete_stream(stream_name(prefix))
        await nc.close()

    asyncio.run(drop())


def published(prefix: str) -> list[tuple[str, dict[str, Any], str]]:
    """Every message of the prefix's stream, in order: (subject, payload, Nats-Msg-Id)."""

    async def read() -> list[tuple[str, dict[str, Any], str]]:
        nc = await nats.connect(require_nats())
        js = nc.jetstream()
        out: list[tuple[str, dict[str, Any], str]] = []
        try:
            info = await js.stream_info(stream_name(prefix))
        except nats.js.errors.NotFoundError:
            await nc.close()
            return out
        for seq in range(info.state.first_seq, info.state.last_seq + 1):
            msg = await js.get_msg(stream_name(prefix), seq)
            msg_id = (msg.headers or {})["Nats-Msg-Id"]
            out.append((msg.subject or "", orjson.loads(msg.data or b"{}"), msg_id))
        await nc.close()
        return out

    return asyncio.run(read())
