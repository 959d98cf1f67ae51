"""The moderation service's group commit: callers waiting together share one transaction,
and one caller's bad input or a database failure reaches exactly the callers concerned."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from bastion.decide import ItemContext, load_default_policy
from bastion.engine import Engine
from bastion.errors import ConflictError, DependencyError
from bastion.models import Verdict
from bastion.service import BatchingModerator, ModerationRequest, ModerationService, _Job
from bastion.store import Recorded, Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(f"sqlite:///{tmp_path / 'service.db'}") as s:
        yield s


class CountingService(ModerationService):
    """Counts the transactions (`commit` calls) it is asked for."""

    commits = 0

    def commit(
        self,
        requests: Sequence[ModerationRequest],
        verdicts: Sequence[Verdict],
        *,
        actor: str | Sequence[str],
    ) -> list[Recorded]:
        self.commits += 1
        return super().commit(requests, verdicts, actor=actor)


def test_callers_waiting_together_share_one_transaction(engine: Engine, store: Store) -> None:
    service = CountingService(engine, load_default_policy(), store)
    release = threading.Event()

    def held_service() -> ModerationService:
        release.wait(10)  # a group being committed: the other callers queue up meanwhile
        return service

    moderator = BatchingModerator(held_service)

    async def callers() -> list[list[Recorded]]:
        calls = [
            asyncio.ensure_future(
                moderator.moderate([ModerationRequest(text=f"hello {n}", id=f"g{n}")], actor="k")
            )
            for n in range(20)
        ]
        await asyncio.sleep(0)  # every caller has queued its request by now
        release.set()
        return list(await asyncio.gather(*calls))

    try:
        results = asyncio.run(callers())
    finally:
        moderator.close()
    assert [r.item.id for [r] in results] == [f"g{n}" for n in range(20)]
    assert all(r.created for [r] in results)
    # The worker may have taken the first caller alone before the others queued; never more.
    assert service.commits <= 2
    assert len(store.decisions_after(0, 100)) == 20


def test_a_bad_caller_in_a_group_fails_alone(engine: Engine, store: Store) -> None:
    service = ModerationService(engine, load_default_policy(), store)
    service.moderate([ModerationRequest(text="first", idempotency_key="taken")], actor="k")
    moderator = BatchingModerator(lambda: service)
    good = [ModerationRequest(text="good one", id="ok1"), ModerationRequest(text="two", id="ok2")]
    bad = [ModerationRequest(text="other content", idempotency_key="taken")]

    async def group_of_two() -> list[object]:
        loop = asyncio.get_running_loop()
        jobs = [_job(loop, good), _job(loop, bad)]
        await asyncio.to_thread(moderator._process, jobs)
        return await asyncio.gather(*(j.future for j in jobs), return_exceptions=True)

    ok, failed = asyncio.run(group_of_two())
    assert isinstance(failed, ConflictError) and "taken" in str(failed)
    assert isinstance(ok, list) and [r.item.id for r in ok] == ["ok1", "ok2"]
    assert store.get_item("ok1") is not None and store.get_item("ok2") is not None


def test_a_database_that_is_down_fails_every_caller_of_the_group(engine: Engine) -> None:
    def down() -> ModerationService:
        raise DependencyError("database sqlite:///x is unavailable: test")

    moderator = BatchingModerator(down)

    async def group_of_two() -> list[object]:
        loop = asyncio.get_running_loop()
        jobs = [
            _job(loop, [ModerationRequest(text="a")]),
            _job(loop, [ModerationRequest(text="b")]),
        ]
        await asyncio.to_thread(moderator._process, jobs)
        return await asyncio.gather(*(j.future for j in jobs), return_exceptions=True)

    assert all(isinstance(r, DependencyError) for r in asyncio.run(group_of_two()))


def test_an_authors_strikes_reach_the_policy(engine: Engine, store: Store) -> None:
    service = ModerationService(engine, load_default_policy(), store)
    store.put_account("u1")
    store.add_strikes("u1", 4)
    [rec] = service.moderate(
        [ModerationRequest(text="hello", author_id="u1", context=ItemContext(surface="comment"))],
        actor="k",
    )
    assert rec.decision is not None and rec.decision.context is not None
    assert rec.decision.context["prior_strikes"] == 4
    assert rec.item.context["prior_strikes"] is None  # the item keeps what was sent


def _job(loop: asyncio.AbstractEventLoop, requests: list[ModerationRequest]) -> _Job:
    """A caller waiting on `loop` (what `BatchingModerator.moderate` queues)."""
    return _Job(requests, "key:test", loop, loop.create_future())
