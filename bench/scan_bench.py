"""Benchmark `bastion scan` and the library call on mixed EN/FR texts.

Prints texts/s for the CLI (process start included and excluded), per-text
latency p50/p99 of `bastion.scan`, and peak RSS. Bounded: N texts, one pass.

    .venv/bin/python bench/scan_bench.py [--n 20000] [--latency-n 2000]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT.parent / "shared" / "data" / "train"


def corpus(n: int, seed: int = 7) -> list[dict[str, str]]:
    """A mixed EN/FR comment stream: real corpus rows plus bastion's suite, shuffled."""
    texts: list[tuple[str, str]] = []
    for name in ("davidson2017", "implicit_hate", "jikeli2023", "ftr", "mlma"):
        path = TRAIN / f"{name}.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts += [(r["text"], r["lang"]) for r in map(json.loads, fh)]
    from bastion.synth import build_rows

    texts += [(r.text, r.lang) for r in build_rows("suite")]
    rng = random.Random(seed)
    en = [t for t in texts if t[1] == "en"]
    fr = [t for t in texts if t[1] == "fr"]
    picked = rng.choices(en, k=n - n // 3) + rng.choices(fr, k=n // 3)
    rng.shuffle(picked)
    return [{"id": f"b{i}", "text": t} for i, (t, _) in enumerate(picked)]


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=20000)
    parser.add_argument("--latency-n", type=int, default=2000)
    args = parser.parse_args()

    rows = corpus(args.n)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        out = Path(tmp) / "out.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
        exe = Path(sys.executable).parent / "bastion"
        started = time.perf_counter()
        subprocess.run([str(exe), "scan", str(src), "--out", str(out), "--no-progress"], check=True)
        wall = time.perf_counter() - started
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        empty = Path(tmp) / "empty.jsonl"
        empty.write_text("")
        started = time.perf_counter()
        subprocess.run([str(exe), "scan", str(empty)], check=True, stdout=subprocess.DEVNULL)
        startup = time.perf_counter() - started
        assert sum(1 for _ in out.open()) == len(rows)

    import bastion

    bastion.scan("warm up")
    lat: list[float] = []
    for row in rows[: args.latency_n]:
        t0 = time.perf_counter()
        bastion.scan(row["text"])
        lat.append(time.perf_counter() - t0)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"texts: {len(rows)} (EN {len(rows) - len(rows) // 3}, FR {len(rows) // 3})")
    print(f"bastion scan, process start included: {len(rows) / wall:,.0f} texts/s ({wall:.1f}s)")
    print(
        f"bastion scan, process start excluded: {len(rows) / (wall - startup):,.0f} texts/s "
        f"(start-up {startup:.2f}s)"
    )
    print(f"bastion scan peak RSS: {child_rss:,.0f} MB")
    print(
        f"library bastion.scan latency over {len(lat)} texts: "
        f"p50 {percentile(lat, 0.5) * 1e3:.2f} ms, p99 {percentile(lat, 0.99) * 1e3:.2f} ms, "
        f"max {max(lat) * 1e3:.2f} ms"
    )
    print(f"library peak RSS: {rss:,.0f} MB")


if __name__ == "__main__":
    main()
