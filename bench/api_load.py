"""Load `POST /v1/moderate` of a running `bastion serve` over loopback, for a bounded time.

Prints requests/s, latency p50/p99 and the status codes seen. Loopback only: the
URL must point at 127.0.0.1 or localhost.

    bastion keys create --role client            # prints KEY
    bastion serve --host 127.0.0.1 --port 8765 &
    .venv/bin/python bench/api_load.py --key KEY [--seconds 20] [--concurrency 8]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import time
from collections import Counter
from urllib.parse import urlparse

import httpx

TEXTS = [
    "Great video, thanks for explaining Hanukkah!",
    "Hitler was right",
    "Someone wrote 'Hitler was right' under my video. Reported.",
    "les juifs contrôlent les banques",
    "I love my muslim neighbours",
    "women are a plague on this country",
    "from the river to the sea",
    "Netanyahu's cabinet is starving Gaza; sanction it.",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def run(url: str, key: str, seconds: float, concurrency: int) -> None:
    host = urlparse(url).hostname
    if host not in {"127.0.0.1", "localhost", "::1"}:
        raise SystemExit(f"refusing to load {host}: loopback only")
    counter = itertools.count()
    latencies: list[float] = []
    statuses: Counter[int] = Counter()
    deadline = time.perf_counter() + seconds
    headers = {"Authorization": f"Bearer {key}"}

    async def worker(client: httpx.AsyncClient) -> None:
        while time.perf_counter() < deadline:
            n = next(counter)
            body = {"id": f"load-{time.time_ns()}-{n}", "text": TEXTS[n % len(TEXTS)]}
            started = time.perf_counter()
            response = await client.post(f"{url}/v1/moderate", json=body, headers=headers)
            latencies.append(time.perf_counter() - started)
            statuses[response.status_code] += 1

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=10) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    print(f"requests: {len(latencies)} in {elapsed:.1f}s = {len(latencies) / elapsed:,.0f} req/s")
    print(
        f"latency p50 {percentile(latencies, 0.5) * 1e3:.1f} ms, "
        f"p99 {percentile(latencies, 0.99) * 1e3:.1f} ms"
    )
    print(f"status codes: {dict(statuses)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:8765")
    parser.add_argument("--key", required=True)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    asyncio.run(run(args.url, args.key, args.seconds, args.concurrency))


if __name__ == "__main__":
    main()
