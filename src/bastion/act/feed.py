"""The decision feed: every committed decision, automated or human, published to NATS
JetStream in commit order, so that the platform carries out its effects (take the comment
down, hide it, notify the creator) and other services follow along.

Decisions are committed in id order (every write holds the audit head), so the feed keeps
one number, the last decision id it delivered, in the store: after a crash or a restart it
resumes right after it. A decision published but not yet recorded as delivered is published
again on resume; JetStream drops the copy (`Nats-Msg-Id` is the decision id, within the
stream's de-duplication window), so consumers see each decision once.

Subject: `<prefix>.<action>` (e.g. `bastion.decisions.remove`), stream `BASTION_DECISIONS`
(created if missing), payload: the decision's JSON (`FeedDecision.to_json()`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Sequence
from typing import Any, Protocol

import nats
import orjson
from nats.aio.client import Client
from nats.errors import Error as NatsError
from nats.js import JetStreamContext
from nats.js.api import StreamConfig
from nats.js.errors import NotFoundError

from bastion.errors import DependencyError

DEDUP_WINDOW_S = 600.0  # a re-published decision within this long is dropped by JetStream
log = logging.getLogger("bastion.feed")


def stream_name(subject_prefix: str) -> str:
    """The JetStream stream of a subject prefix: `bastion.decisions` -> `BASTION_DECISIONS`."""
    return "".join(c if c.isalnum() else "_" for c in subject_prefix).upper()


class FeedDecision(Protocol):
    """A stored decision as the feed sees it (`bastion.store.FeedDecision` is one)."""

    @property
    def id(self) -> int: ...
    @property
    def action(self) -> str: ...
    def to_json(self) -> dict[str, Any]: ...


class FeedSource(Protocol):
    """What the feed reads and writes in the store (a `bastion.store.Store` is one)."""

    def decisions_after(self, after_id: int, limit: int = 100) -> Sequence[FeedDecision]: ...
    def feed_position(self, name: str) -> int: ...
    def set_feed_position(self, name: str, last_id: int) -> None: ...


class DecisionFeed:
    """Publishes decisions after the store's feed position, and moves the position on."""

    def __init__(
        self,
        source: FeedSource,
        nats_url: str,
        subject_prefix: str = "bastion.decisions",
        *,
        name: str = "nats",
        batch: int = 500,
        idle_s: float = 0.25,
        connect_timeout_s: float = 5.0,
    ) -> None:
        self.source = source
        self.nats_url = nats_url
        self.subject_prefix = subject_prefix.rstrip(".")
        self.stream = stream_name(self.subject_prefix)
        self.name = name
        self.batch = batch
        self.idle_s = idle_s
        self.connect_timeout_s = connect_timeout_s

    def subject(self, decision: FeedDecision) -> str:
        return f"{self.subject_prefix}.{decision.action}"

    async def drain(self) -> int:
        """Publish every decision not yet delivered, then return how many were published.

        `DependencyError` if NATS cannot be reached (what was delivered stays delivered).
        """
        nc = await self._connect()
        try:
            js = nc.jetstream()
            await self._ensure_stream(js)
            total = 0
            while (sent := await self._publish_next(js)) > 0:
                total += sent
            return total
        finally:
            await nc.close()

    async def run(self, stop: asyncio.Event) -> None:
        """Publish continuously until `stop` is set; an unreachable NATS is retried with backoff
        (the decisions wait in the store meanwhile)."""
        backoff = 1.0
        while not stop.is_set():
            try:
                nc = await self._connect()
            except DependencyError as e:
                log.warning("%s; retrying in %.0f s", e, backoff)
                await _wait(stop, backoff)
                backoff = min(backoff * 2, 30.0)
                continue
            backoff = 1.0
            try:
                js = nc.jetstream()
                await self._ensure_stream(js)
                while not stop.is_set():
                    if await self._publish_next(js) == 0:
                        await _wait(stop, self.idle_s)
            except (NatsError, DependencyError, OSError) as e:
                log.warning("decision feed interrupted: %s; resuming", e)
                await _wait(stop, 1.0)
            finally:
                await nc.close()

    async def _publish_next(self, js: JetStreamContext) -> int:
        after = await asyncio.to_thread(self.source.feed_position, self.name)
        decisions = await asyncio.to_thread(self.source.decisions_after, after, self.batch)
        if not decisions:
            return 0
        await self._publish(js, decisions)
        await asyncio.to_thread(self.source.set_feed_position, self.name, decisions[-1].id)
        return len(decisions)

    async def _publish(self, js: JetStreamContext, decisions: Sequence[FeedDecision]) -> None:
        for decision in decisions:
            await js.publish(
                self.subject(decision),
                orjson.dumps(decision.to_json()),
                stream=self.stream,
                headers={"Nats-Msg-Id": f"decision-{decision.id}"},
            )

    async def _connect(self) -> Client:
        async def quiet(e: Exception) -> None:  # the failure is raised below, not logged twice
            log.debug("NATS: %s", e)

        try:
            # One attempt, then NoServersError (with reconnects disabled outright, nats-py
            # keeps waiting on a refused port); the feed does its own retrying.
            return await asyncio.wait_for(
                nats.connect(
                    self.nats_url,
                    connect_timeout=self.connect_timeout_s,
                    max_reconnect_attempts=1,
                    reconnect_time_wait=0.1,
                    error_cb=quiet,
                    name="bastion-feed",
                ),
                self.connect_timeout_s + 2,
            )
        except (NatsError, OSError, TimeoutError) as e:
            raise DependencyError(
                f"NATS at {self.nats_url} is unavailable: {e or type(e).__name__}; check that "
                "nats-server runs with JetStream (-js) and that BASTION_NATS_URL points at it"
            ) from e

    async def _ensure_stream(self, js: JetStreamContext) -> None:
        subjects = [f"{self.subject_prefix}.>"]
        try:
            info = await js.stream_info(self.stream)
        except NotFoundError:
            await js.add_stream(
                StreamConfig(name=self.stream, subjects=subjects, duplicate_window=DEDUP_WINDOW_S)
            )
            return
        if subjects[0] not in (info.config.subjects or []):
            config = info.config
            config.subjects = [*(config.subjects or []), *subjects]
            await js.update_stream(config)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), seconds)


class FeedThread:
    """`DecisionFeed.run` on its own event loop in a daemon thread (beside a server)."""

    def __init__(self, feed: DecisionFeed) -> None:
        self._feed = feed
        self._loop = asyncio.new_event_loop()
        self._stop = asyncio.Event()
        self._thread = threading.Thread(target=self._main, name="bastion-feed", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Ask the feed to stop after its current batch, and wait for it."""
        if self._thread.is_alive():
            self._loop.call_soon_threadsafe(self._stop.set)
            self._thread.join(timeout)

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._feed.run(self._stop))
        finally:
            self._loop.close()
