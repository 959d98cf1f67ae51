"""The real server (`bastion serve`, several processes, a SQLite file) under the failures it
must survive: SIGKILL mid-load, a restart that resumes, a database that is missing then
back, and a rate limit that must hold across server processes.

Each test starts `bastion serve` as a subprocess (see `api.server`) and talks HTTP to it.
"""

from __future__ import annotations

import http.client
import json
import shutil
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.server import Server, audit_verify, create_key, server_env

THREADS = 8
BATCH = 20
KILL_AFTER = 24  # acknowledged requests before the SIGKILL,
KILL_AMID = 3  # and batches in flight when it comes
SAMPLES = (
    "I hope you have a lovely shabbat",
    "Hitler was right",
    "Bonne journée à tous, et merci pour la vidéo",
    "gas the jews",
    "what a great recipe, thanks for sharing",
    "go back to your country, you people ruin everything",
    "le match d'hier était incroyable",
    "I will find you and hurt you",
)


# --- what the clients sent, and what the database holds ------------------------------------


@dataclass
class Sent:
    """One request (a batch, or a single item) and what came back."""

    kind: str  # "batch" | "single"
    key: str | None  # the Idempotency-Key header, if sent
    items: list[dict[str, Any]]
    status: int | None = None  # None: no answer (the server died under it)
    answers: list[dict[str, Any]] = field(default_factory=list)  # one per item, on a 200
    error: str | None = None

    @property
    def path(self) -> str:
        return "/v1/moderate/batch" if self.kind == "batch" else "/v1/moderate"

    @property
    def body(self) -> dict[str, Any]:
        return {"items": self.items} if self.kind == "batch" else self.items[0]

    @property
    def ids(self) -> list[str]:
        return [str(item["id"]) for item in self.items]

    def item_key(self, i: int) -> str | None:
        """The idempotency key item `i` is stored under."""
        if self.key is None:
            return None
        return f"{self.key}:{i}" if self.kind == "batch" else self.key

    def again(self) -> Sent:
        """The same request, not sent yet."""
        return Sent(self.kind, self.key, self.items)


def item(thread: int, n: int, i: int) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": f"t{thread}-r{n}-i{i}",
        "text": SAMPLES[(thread + n + i) % len(SAMPLES)],
    }
    if (n + i) % 3 == 0:
        # The account fields are given: the item's stored context then does not depend on the
        # author's account, which changes between the first send and a resend.
        body["context"] = {
            "surface": "comment",
            "author_id": f"author-{(thread + i) % 5}",
            "account_age_days": 30,
            "prior_strikes": 0,
        }
    return body


def request(thread: int, n: int) -> Sent:
    """Thread `thread`'s `n`-th request: batches of BATCH items (with a key) between single
    items, every other one with a key (else replayed by its id alone). Half the threads start
    with a batch, half with a single item, so that both are in flight at any time."""
    if (thread + n) % 2 == 0:
        return Sent("batch", f"t{thread}-r{n}", [item(thread, n, i) for i in range(BATCH)])
    key = f"t{thread}-r{n}" if (thread + n // 2) % 2 == 0 else None
    return Sent("single", key, [item(thread, n, 0)])


def send(client: httpx.Client, sent: Sent) -> Sent:
    headers = {"Idempotency-Key": sent.key} if sent.key is not None else {}
    try:
        resp = client.post(sent.path, json=sent.body, headers=headers)
    except httpx.HTTPError as e:  # the connection died: no answer
        sent.error = repr(e)
        return sent
    sent.status = resp.status_code
    if resp.status_code == 200:
        data = resp.json()
        sent.answers = data["results"] if sent.kind == "batch" else [data]
    else:
        sent.error = resp.text
    return sent


def client(url: str, secret: str) -> httpx.Client:
    return httpx.Client(
        base_url=url, headers={"Authorization": f"Bearer {secret}"}, timeout=httpx.Timeout(30.0)
    )


@dataclass
class Stored:
    """The moderation rows of a bastion SQLite database, read directly."""

    items: dict[str, str | None]  # item id -> idempotency key
    verdicts: dict[str, list[int]]  # item id -> verdict ids
    decisions: dict[str, list[tuple[int, int | None]]]  # item id -> (decision id, verdict id)
    audited: Counter[str]  # item id -> audit entries with subject "item:<id>"
    audit_subjects: list[str]  # every audit entry's subject

    def decision_id(self, item_id: str) -> int:
        [(decision_id, _)] = self.decisions[item_id]
        return decision_id


def read_db(db: Path) -> Stored:
    with closing(sqlite3.connect(db)) as conn:
        items = {row[0]: row[1] for row in conn.execute("SELECT id, idempotency_key FROM items")}
        verdicts: dict[str, list[int]] = {}
        for item_id, vid in conn.execute("SELECT item_id, id FROM verdicts ORDER BY id"):
            verdicts.setdefault(item_id, []).append(vid)
        decisions: dict[str, list[tuple[int, int | None]]] = {}
        for item_id, did, vid in conn.execute(
            "SELECT item_id, id, verdict_id FROM decisions ORDER BY id"
        ):
            decisions.setdefault(item_id, []).append((did, vid))
        subjects = [row[0] for row in conn.execute("SELECT subject FROM audit_log ORDER BY seq")]
    audited = Counter(s.removeprefix("item:") for s in subjects if s.startswith("item:"))
    return Stored(items, verdicts, decisions, audited, subjects)


def check_complete(stored: Stored, sent: list[Sent]) -> None:
    """Nothing half-written: every stored item is one that was sent, under its key, with exactly
    one verdict, one decision (on that verdict) and one audit entry; nothing else is there."""
    expected = {
        item_id: s.item_key(i) for s in sent for i, item_id in enumerate(s.ids)
    }  # id -> key
    for item_id, key in stored.items.items():
        assert item_id in expected, f"stored item {item_id!r} was never sent"
        assert key == expected[item_id], f"item {item_id!r} stored under key {key!r}"
        assert len(stored.verdicts.get(item_id, [])) == 1, f"verdicts of {item_id!r}"
        assert len(stored.decisions.get(item_id, [])) == 1, f"decisions of {item_id!r}"
        [(_, verdict_id)] = stored.decisions[item_id]
        assert verdict_id == stored.verdicts[item_id][0], f"decision of {item_id!r}"
        assert stored.audited[item_id] == 1, f"audit entries of {item_id!r}"
    assert set(stored.verdicts) <= set(stored.items), "verdicts of items not stored"
    assert set(stored.decisions) <= set(stored.items), "decisions of items not stored"
    assert set(stored.audited) <= set(stored.items), "audit entries of items not stored"


def check_audit(env: dict[str, str]) -> None:
    proc = audit_verify(env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "hash chain intact" in proc.stdout


# --- 1 and 2: SIGKILL under load, then restart -------------------------------------------------


@dataclass
class Crash:
    """A database left by a server SIGKILLed while clients were sending."""

    tmp: Path
    db: Path
    secret: str
    sent: list[Sent]
    server_log: str


@pytest.fixture(scope="module")
def crash(tmp_path_factory: pytest.TempPathFactory) -> Crash:
    tmp = tmp_path_factory.mktemp("crash")
    db = tmp / "data" / "bastion.db"
    db.parent.mkdir()
    env = server_env(f"sqlite:///{db}", tmp / "tmp")
    secret = create_key(env)
    stop = threading.Event()
    per_thread: list[list[Sent]] = [[] for _ in range(THREADS)]

    def load(thread: int) -> None:
        with client(server.url, secret) as c:
            n = 0
            while not stop.is_set():
                sent = request(thread, n)
                per_thread[thread].append(sent)
                send(c, sent)
                n += 1

    def acknowledged() -> int:
        return sum(s.status == 200 for sents in per_thread for s in list(sents))

    def batches_in_flight() -> int:
        last = [sents[-1] for sents in per_thread if sents]
        return sum(s.kind == "batch" and s.status is None and s.error is None for s in last)

    with Server(env, tmp / "server.log", workers=2) as server:
        threads = [threading.Thread(target=load, args=(t,), daemon=True) for t in range(THREADS)]
        try:
            for t in threads:
                t.start()
            deadline = time.monotonic() + 45
            while (
                acknowledged() < KILL_AFTER or batches_in_flight() < KILL_AMID
            ) and time.monotonic() < deadline:
                time.sleep(0.005)
            stop.set()  # no new requests; those in flight now are cut off by:
            server.kill()  # every server process, SIGKILL
        finally:
            stop.set()
            for t in threads:
                t.join(timeout=60)
        log = server.output()
    assert not any(t.is_alive() for t in threads)
    sent = [s for sents in per_thread for s in sents]
    assert acknowledged() >= KILL_AFTER, f"too few requests answered before the kill:\n{log}"
    return Crash(tmp, db, secret, sent, log)


def test_sigkill_under_load_loses_nothing_acknowledged_and_leaves_nothing_half_written(
    crash: Crash,
) -> None:
    sent = crash.sent
    # Before the kill every answer was a 200; the kill cut some requests off mid-flight.
    errors = [s.error for s in sent if s.status is not None and s.status != 200]
    assert not errors, f"{errors}\n{crash.server_log}"
    assert any(s.kind == "batch" and s.status is None for s in sent), "no batch was cut off"
    assert any(s.kind == "batch" and s.status == 200 for s in sent)
    assert any(s.kind == "single" and s.status == 200 for s in sent)

    stored = read_db(crash.db)
    check_complete(stored, sent)
    for s in sent:
        present = [item_id in stored.items for item_id in s.ids]
        if s.status == 200:
            # Acknowledged: stored, and stored as answered.
            assert all(present), f"acknowledged {s.kind} {s.key or s.ids} was lost"
            for item_id, answer in zip(s.ids, s.answers, strict=True):
                assert answer["id"] == item_id and answer["replayed"] is False
                assert answer["decision"]["id"] == stored.decision_id(item_id)
        else:
            # Cut off: a batch is stored whole or not at all.
            assert all(present) or not any(present), f"batch {s.key} half stored: {present}"
    check_audit(server_env(f"sqlite:///{crash.db}", crash.tmp / "tmp"))


def test_restart_on_the_same_database_resumes_every_request(crash: Crash, tmp_path: Path) -> None:
    # A copy of the crashed database, so this test does not depend on the other one's order.
    data = tmp_path / "data"
    shutil.copytree(crash.db.parent, data)
    db = data / crash.db.name
    env = server_env(f"sqlite:///{db}", tmp_path / "tmp")
    before = read_db(db)
    failed = [s for s in crash.sent if s.status != 200]
    answered = [s for s in crash.sent if s.status == 200]
    resend = [s.again() for s in failed + answered[::3]]
    assert failed and answered

    with (
        Server(env, tmp_path / "server.log", workers=2) as server,
        client(server.url, crash.secret) as c,
        ThreadPoolExecutor(THREADS) as pool,
    ):
        results = list(pool.map(lambda s: send(c, s), resend))

    for s in results:
        assert s.status == 200, f"{s.kind} {s.key or s.ids}: {s.status} {s.error}"
        for item_id, answer in zip(s.ids, s.answers, strict=True):
            assert answer["id"] == item_id
            if item_id in before.items:  # stored before the crash: replayed, the same decision
                assert answer["replayed"] is True, item_id
                assert answer["decision"]["id"] == before.decision_id(item_id)
            else:
                assert answer["replayed"] is False, item_id
    replayed = Counter(a["replayed"] for s in results for a in s.answers)
    assert replayed[True] and replayed[False], replayed  # both kinds were resent
    for first in answered:  # and what was acknowledged before the crash answers the same
        for item_id, answer in zip(first.ids, first.answers, strict=True):
            assert answer["decision"]["id"] == before.decision_id(item_id)

    after = read_db(db)
    check_complete(after, crash.sent)
    every_id = [item_id for s in crash.sent for item_id in s.ids]
    assert len(every_id) == len(set(every_id))
    assert set(after.items) == set(every_id)  # each item once: nothing lost, nothing doubled
    for item_id in before.items:  # what was there is untouched
        assert after.decisions[item_id] == before.decisions[item_id]
    check_audit(env)


# --- 3: the database is missing, then there ------------------------------------------------


def test_a_missing_database_answers_503_until_it_is_there_then_200_without_restart(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "not-yet"
    db = folder / "bastion.db"
    env = server_env(f"sqlite:///{db}", tmp_path / "tmp")
    one = {"id": "d1", "text": "I hope you have a lovely shabbat"}
    batch = {"items": [{"id": "d2", "text": "Hitler was right"}, {"id": "d3", "text": "merci"}]}

    with (
        Server(env, tmp_path / "server.log", workers=1) as server,
        httpx.Client(base_url=server.url, timeout=30.0) as c,
    ):
        # No key can exist yet (keys live in that database): any token gets 503, not 401.
        anyone = {"Authorization": "Bearer bst_000000000000_not-a-key-yet"}
        for path, body in (("/v1/moderate", one), ("/v1/moderate/batch", batch)):
            for _ in range(2):  # and again: each request retries the database
                resp = c.post(path, json=body, headers=anyone)
                assert resp.status_code == 503, resp.text
                error = resp.json()["error"]
                assert error["code"] == 503 and error["status"] == "UNAVAILABLE"
                assert "database" in error["message"] and str(db) in error["message"]
                assert resp.headers["Retry-After"].isdigit()
        assert not folder.exists()

        folder.mkdir()
        secret = create_key(env)
        auth = {"Authorization": f"Bearer {secret}"}
        resp = c.post("/v1/moderate", json=one, headers=auth | {"Idempotency-Key": "d1"})
        assert resp.status_code == 200, resp.text
        assert resp.json()["id"] == "d1" and resp.json()["replayed"] is False
        resp = c.post("/v1/moderate/batch", json=batch, headers=auth)
        assert resp.status_code == 200, resp.text
        assert [r["id"] for r in resp.json()["results"]] == ["d2", "d3"]
        resp = c.get("/v1/items/d1", headers=auth)
        assert resp.status_code == 200 and resp.json()["item"]["id"] == "d1"

    stored = read_db(db)
    assert set(stored.items) == {"d1", "d2", "d3"}
    check_complete(
        stored,
        [Sent("single", "d1", [one]), Sent("batch", None, list(batch["items"]))],
    )
    check_audit(env)


# --- 4: one rate limit across server processes ---------------------------------------------


@pytest.fixture
def connections() -> Iterator[list[http.client.HTTPConnection]]:
    """Connections a test opens; all closed at its end."""
    conns: list[http.client.HTTPConnection] = []
    yield conns
    for conn in conns:
        conn.close()


def connect(
    server: Server, conns: list[http.client.HTTPConnection]
) -> tuple[http.client.HTTPConnection, int]:
    """A new connection to `server` (kept open by `conns`) and its client port."""
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
    conn.connect()
    conns.append(conn)
    port: int = conn.sock.getsockname()[1]
    return conn, port


def wait_for_processes(server: Server, conns: list[http.client.HTTPConnection], count: int) -> None:
    """Until `count` server processes accept connections (each loads the model first)."""
    owners: set[int] = set()
    deadline = time.monotonic() + 60
    while len(owners) < count:
        assert time.monotonic() < deadline, f"only {len(owners)} server processes answer"
        conn, port = connect(server, conns)
        conn.request("GET", "/healthz")
        resp = conn.getresponse()
        resp.read()
        assert resp.status == 200
        owner = server.socket_owner(port)
        if owner is not None:
            owners.add(owner)
        time.sleep(0.05)


def test_two_server_processes_share_one_rate_limit(
    tmp_path: Path, connections: list[http.client.HTTPConnection]
) -> None:
    env = server_env(f"sqlite:///{tmp_path / 'bastion.db'}", tmp_path / "tmp")
    secret = create_key(env, rate_limit=5)
    headers = {"Authorization": f"Bearer {secret}", "Content-Type": "application/json"}
    answers: list[tuple[int, str | None, int | None]] = []  # (status, Retry-After, process)

    with Server(env, tmp_path / "server.log", workers=2) as server:
        wait_for_processes(server, connections, 2)
        for n in range(12):  # each on a new connection, so the kernel spreads them
            conn, port = connect(server, connections)
            body = json.dumps({"id": f"r{n}", "text": "what a great recipe"})
            conn.request("POST", "/v1/moderate", body=body, headers=headers)
            resp = conn.getresponse()
            data = json.loads(resp.read())
            if resp.status == 429:
                assert data["error"]["status"] == "RESOURCE_EXHAUSTED"
            answers.append((resp.status, resp.getheader("Retry-After"), server.socket_owner(port)))

    assert [status for status, _, _ in answers] == [200] * 5 + [429] * 7, answers
    for status, retry_after, _ in answers:
        if status == 429:
            assert retry_after is not None and 1 <= int(retry_after) <= 12, answers
    processes = {process for _, _, process in answers}
    assert None not in processes and len(processes) == 2, f"not both processes hit: {answers}"
    assert set(read_db(tmp_path / "bastion.db").items) == {f"r{n}" for n in range(5)}
