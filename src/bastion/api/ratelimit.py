"""A per-key token bucket, in memory: `rate` requests per minute, bursts of up to `rate`.

Each key may have its own rate (set when the key is created); else the server's setting.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable


class RateLimiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, last time)
        self._lock = threading.Lock()

    def take(self, key: str, per_minute: int | None = None) -> float | None:
        """None if `key` may go on; else the seconds until it may (for Retry-After).

        `per_minute`: this key's own rate, if it has one (0: unlimited).
        """
        rate = self.per_minute if per_minute is None else per_minute
        if rate <= 0:
            return None
        per_second = rate / 60.0
        now = self._clock()
        with self._lock:
            tokens, last = self._buckets.get(key, (float(rate), now))
            tokens = min(float(rate), tokens + (now - last) * per_second)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return None
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / per_second


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
