"""Load `POST /v1/moderate` of a running `bastion serve` over loopback, for a bounded time.

Prints requests/s, latency percentiles (p50, p90, p99, max), the status codes seen, and the
server's peak memory. Loopback only. By default it starts its own server on a fresh SQLite
file (or `--database-url`, e.g. the local PostgreSQL) with an unlimited key, warms it up,
loads it, and stops it:

    .venv/bin/python bench/api_load.py [--seconds 20] [--concurrency 16]
    .venv/bin/python bench/api_load.py --database-url postgresql+psycopg://postgres@127.0.0.1/test

Or against a server you run (`--url`, `--key`), e.g. one started with
`bastion serve --port 8765` and a key from `bastion keys create --role client --rate-limit 0`.

The client is a small asyncio HTTP/1.1 keep-alive client with prebuilt requests, so that it
takes as little as possible of the CPU the server needs on the same machine.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

TEXTS = [
    "Great video, thanks for explaining Hanukkah!",
    "Hitler was right",
    "Someone wrote 'Hitler was right' under my video. Reported.",
    "les juifs contrôlent les banques",
    "I love my muslim neighbours",
    "women are a plague on this country",
    "from the river to the sea",
    "Netanyahu's cabinet is starving Gaza; sanction it.",
    "I hope you end up like Anne Frank",
    "Merci pour cette vidéo, très instructive !",
]
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def percentile(ordered: list[float], q: float) -> float:
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def build_request(host: str, port: int, key: str, n: int, run: str) -> bytes:
    body = json.dumps(
        {
            "id": f"load-{run}-{n}",
            "text": TEXTS[n % len(TEXTS)],
            "context": {"surface": "comment", "author_id": f"acct-{n % 97}"},
        }
    ).encode()
    head = (
        f"POST /v1/moderate HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Authorization: Bearer {key}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


async def read_response(reader: asyncio.StreamReader) -> int:
    """Read one response; return its status code."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    status = int(lines[0].split()[1])
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    if length:
        await reader.readexactly(length)
    return status


async def load(url: str, key: str, seconds: float, concurrency: int) -> dict[str, object]:
    parsed = urlparse(url)
    host, port = parsed.hostname or "", parsed.port or 80
    if host not in LOOPBACK:
        raise SystemExit(f"refusing to load {host}: loopback only")
    run = f"{os.getpid()}-{time.time_ns()}"
    counter = itertools.count()
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    deadline = time.perf_counter() + seconds

    async def worker() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while time.perf_counter() < deadline:
                request = build_request(host, port, key, next(counter), run)
                started = time.perf_counter()
                writer.write(request)
                status = await read_response(reader)
                latencies.append(time.perf_counter() - started)
                statuses[status] += 1
        finally:
            writer.close()

    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    ordered = sorted(latencies)
    client_cpu = (cpu1.ru_utime - cpu0.ru_utime) + (cpu1.ru_stime - cpu0.ru_stime)
    return {
        "requests": len(ordered),
        "seconds": round(elapsed, 2),
        "rps": round(len(ordered) / elapsed, 1),
        "p50_ms": round(percentile(ordered, 0.50) * 1e3, 2),
        "p90_ms": round(percentile(ordered, 0.90) * 1e3, 2),
        "p99_ms": round(percentile(ordered, 0.99) * 1e3, 2),
        "max_ms": round(ordered[-1] * 1e3, 2),
        "statuses": dict(statuses),
        "concurrency": concurrency,
        "client_cpu_share": round(client_cpu / elapsed, 2),
    }


def peak_rss_mb(pid: int) -> float | None:
    """The peak resident memory of process `pid` (Linux), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        return None
    return None


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time the processes `pids` have used so far (Linux)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def descendants(pid: int) -> list[int]:
    """`pid` and every process under it (Linux)."""
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children(current))
    return out


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux)."""
    out = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stat = Path(f"/proc/{name}/stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                out.append(int(name))
    return out


def bastion(*args: str, env: dict[str, str]) -> str:
    exe = Path(sys.executable).with_name("bastion")
    done = subprocess.run(
        [str(exe), *args], env=env, capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip()


def wait_healthy(url: str, proc: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"bastion serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"bastion serve did not answer {url}/healthz within {timeout:.0f}s")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", default=None, help="a running server (default: start one)")
    parser.add_argument("--key", default=None, help="its client key (with --url)")
    parser.add_argument("--database-url", default=None, help="database of the started server")
    parser.add_argument("--port", type=int, default=8765, help="port of the started server")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of load not counted")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    args = parser.parse_args()

    proc: subprocess.Popen[bytes] | None = None
    tmp = None
    if args.url is None:
        tmp = tempfile.TemporaryDirectory(prefix="bastion-bench-")
        db = args.database_url or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
        env = {**os.environ, "BASTION_DATABASE_URL": db}
        env.pop("BASTION_CONFIG", None)
        key = bastion("keys", "create", "--role", "client", "--rate-limit", "0", env=env)
        url = f"http://127.0.0.1:{args.port}"
        exe = Path(sys.executable).with_name("bastion")
        proc = subprocess.Popen(
            [str(exe), "serve", "--host", "127.0.0.1", "--port", str(args.port)], env=env
        )
        wait_healthy(url, proc)
    else:
        if not args.key:
            parser.error("--url needs --key")
        url, key = args.url.rstrip("/"), args.key
    try:
        if args.warmup > 0:
            asyncio.run(load(url, key, args.warmup, args.concurrency))
        servers = descendants(proc.pid) if proc is not None else []
        cpu_before = cpu_seconds(servers)
        figures = asyncio.run(load(url, key, args.seconds, args.concurrency))
        if proc is not None:
            # Server CPU per request: steadier than throughput on a shared, noisy machine.
            spent = cpu_seconds(servers) - cpu_before
            figures["server_cpu_ms_per_request"] = round(
                spent * 1e3 / max(1, int(str(figures["requests"]))), 3
            )
            # The server, its scan workers or its worker processes: each holds the model
            # (the scan workers share the server's copy).
            peaks = [p for pid in servers if (p := peak_rss_mb(pid)) is not None]
            figures["server_processes"] = len(peaks)
            figures["server_peak_rss_mb"] = max(peaks, default=peak_rss_mb(proc.pid))
            figures["database"] = (args.database_url or "sqlite").split(":")[0]
    finally:
        if proc is not None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        if tmp is not None:
            tmp.cleanup()
    if args.json:
        print(json.dumps(figures))
        return
    print(
        f"POST /v1/moderate, {figures['concurrency']} connections, {figures['seconds']}s: "
        f"{figures['requests']} requests = {figures['rps']} req/s"
    )
    print(
        f"latency p50 {figures['p50_ms']} ms, p90 {figures['p90_ms']} ms, "
        f"p99 {figures['p99_ms']} ms, max {figures['max_ms']} ms"
    )
    print(
        f"status codes: {figures['statuses']}; load client used {figures['client_cpu_share']} CPU"
    )
    if "server_cpu_ms_per_request" in figures:
        print(f"server CPU per request: {figures['server_cpu_ms_per_request']} ms")
    if "server_peak_rss_mb" in figures:
        print(
            f"server: {figures['server_processes']} processes, peak RSS "
            f"{figures['server_peak_rss_mb']} MB each at most, shared pages counted in each "
            f"({figures['database']})"
        )


if __name__ == "__main__":
    main()
