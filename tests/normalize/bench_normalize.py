"""Time `normalize` per text (run by hand: `python tests/normalize/bench_normalize.py`).

Not a test: timings depend on the machine, so no thresholds are asserted anywhere.
"""

from __future__ import annotations

import time

from bastion.normalize import normalize
from bastion.normalize.langid import detect_language

SAMPLES: dict[str, list[str]] = {
    "plain EN ~120c": [
        "I honestly think the council should fix the roads before spending more money on "
        "the new stadium, it's a waste of time.",
        "Today we remember the six million. Never again means never again, for everyone, "
        "everywhere, and we teach our kids that.",
    ],
    "plain FR ~120c": [
        "Je pense que le gouvernement devrait s'occuper des hôpitaux avant de dépenser "
        "autant d'argent pour les Jeux, c'est honteux.",
    ],
    "obfuscated ~120c": [
        "H 1 t l e r was r1ght!!!! the j3ws and R0th$child own the b@nks 🐀🐀 #HitlerWasRight "
        "(((them))) jeeeews ѕhоuld g@s",
        "k i l l  a l l  j.e.w.s 🔥🔥 back in the 0v3n, 6MWE 1488 ⚡⚡ Z.O.G runs DC, "
        "the ԍоyim know \u200bshut it down",
    ],
    "short": ["I hate them.", "Je les déteste.", "gas them all", "mort aux juifs"],
}


def bench(texts: list[str], lang: str | None, seconds: float = 1.0) -> float:
    for t in texts:
        normalize(t, lang)
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in texts:
            normalize(t, lang)
        n += len(texts)
    return (time.perf_counter() - start) / n * 1e6


def main() -> None:
    detect_language("warm up the model")
    for name, texts in SAMPLES.items():
        avg = sum(map(len, texts)) / len(texts)
        print(
            f"{name:18s} avg {avg:5.0f} chars: {bench(texts, None):6.1f} us/text with langid, "
            f"{bench(texts, 'en'):6.1f} us/text with lang given"
        )


if __name__ == "__main__":
    main()
