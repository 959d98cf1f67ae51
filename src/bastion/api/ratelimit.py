"""A per-key token bucket: `rate` requests per minute, bursts of up to `rate`.

Each key may have its own rate (set when the key is created); else the server's setting.
The buckets live in this process, or, when `bastion serve` runs several processes, in one
small file they all map into memory, guarded by `flock`, so that a key's limit is the same
whichever process answers.
"""

from __future__ import annotations

import hashlib
import math
import mmap
import os
import struct
import threading
import time
from collections.abc import Callable

try:
    import fcntl
except ImportError:  # Windows: one server process only, buckets in memory
    fcntl = None  # type: ignore[assignment]

SHARED_SLOTS = 4096  # keys tracked at once in a shared file; the longest idle is evicted
_SLOT = struct.Struct("<16sdd")  # key id (padded), tokens, time of last take (monotonic)
_PROBE = 8


class RateLimiter:
    def __init__(
        self,
        per_minute: int,
        clock: Callable[[], float] = time.monotonic,
        shared_file: str | None = None,
    ) -> None:
        """`shared_file`: the buckets' file, shared with the other server processes."""
        self.per_minute = per_minute
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last time)
        self._lock = threading.Lock()
        self._shared = _SharedBuckets(shared_file) if shared_file and fcntl else None

    def take(self, key: str, per_minute: int | None = None) -> float | None:
        """None if `key` may go on; else the seconds until it may (for Retry-After).

        `per_minute`: this key's own rate, if it has one (0: unlimited).
        """
        rate = self.per_minute if per_minute is None else per_minute
        if rate <= 0:
            return None
        now = self._clock()
        with self._lock:
            if self._shared is not None:
                return self._shared.update(key, lambda state: _take(state, rate, now))
            state, wait = _take(self._buckets.get(key), rate, now)
            self._buckets[key] = state
            return wait


def _take(
    state: tuple[float, float] | None, rate: int, now: float
) -> tuple[tuple[float, float], float | None]:
    """One request against a bucket: its new (tokens, time) and the wait (None: allowed)."""
    per_second = rate / 60.0
    tokens, last = state if state is not None else (float(rate), now)
    tokens = min(float(rate), tokens + max(0.0, now - last) * per_second)
    if tokens >= 1.0:
        return (tokens - 1.0, now), None
    return (tokens, now), (1.0 - tokens) / per_second


class _SharedBuckets:
    """Buckets in a memory-mapped file, one slot per key (open addressing), under `flock`."""

    def __init__(self, path: str) -> None:
        size = SHARED_SLOTS * _SLOT.size
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        if os.fstat(self._fd).st_size < size:
            os.ftruncate(self._fd, size)
        self._map = mmap.mmap(self._fd, size)

    def update(
        self,
        key: str,
        step: Callable[[tuple[float, float] | None], tuple[tuple[float, float], float | None]],
    ) -> float | None:
        name = key.encode("utf-8")[:16].ljust(16, b"\0")
        start = int.from_bytes(hashlib.blake2b(name, digest_size=4).digest(), "little")
        fcntl.flock(self._fd, fcntl.LOCK_EX)
        try:
            slot = None
            oldest, oldest_time = start % SHARED_SLOTS, math.inf
            for i in range(_PROBE):
                n = (start + i) % SHARED_SLOTS
                found, tokens, last = _SLOT.unpack_from(self._map, n * _SLOT.size)
                if found == name:
                    slot = n
                    break
                seen = -math.inf if found == bytes(16) else last  # an empty slot first
                if seen < oldest_time:
                    oldest, oldest_time = n, seen
            if slot is None:
                slot, state = oldest, None
            else:
                state = (tokens, last)
            (tokens, last), wait = step(state)
            _SLOT.pack_into(self._map, slot * _SLOT.size, name, tokens, last)
            return wait
        finally:
            fcntl.flock(self._fd, fcntl.LOCK_UN)


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
