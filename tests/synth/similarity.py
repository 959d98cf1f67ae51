"""How the synth tests decide that two sentence frames are "lightly reworded" copies."""

from __future__ import annotations

from difflib import SequenceMatcher

NEAR_DUPLICATE = 0.7  # token-level similarity at which two frames count as "lightly reworded"


def near_duplicates(left: set[str], right: set[str]) -> list[tuple[float, str, str]]:
    """Pairs (similarity, left frame, right frame) at or above NEAR_DUPLICATE, closest first."""
    right_tokens = {r: r.split() for r in right}
    right_sets = {r: set(t) for r, t in right_tokens.items()}
    hits: list[tuple[float, str, str]] = []
    for a in left:
        a_tokens = a.split()
        a_set = set(a_tokens)
        for b, b_tokens in right_tokens.items():
            b_set = right_sets[b]
            if len(a_set & b_set) / len(a_set | b_set) < 0.4:
                continue  # cheap pre-check before the quadratic matcher
            ratio = SequenceMatcher(None, a_tokens, b_tokens, autojunk=False).ratio()
            if ratio >= NEAR_DUPLICATE:
                hits.append((round(ratio, 2), a, b))
    return sorted(hits, reverse=True)
