"""Character-level misspellings used by the spelling functionalities (EN and FR alike)."""

from __future__ import annotations

import random


def swap_adjacent(word: str, rng: random.Random) -> str:
    """Swap two neighbouring, different letters (inner ones preferred): "jews" -> "jwes"."""
    spots = [i for i in range(1, len(word) - 2) if word[i] != word[i + 1]]
    if not spots:
        spots = [i for i in range(len(word) - 1) if word[i] != word[i + 1]]
    if not spots:
        return word + word[-1]
    i = rng.choice(spots)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def drop_letter(word: str, rng: random.Random) -> str:
    """Drop one inner letter that is not a doubled one: "muslims" -> "muslms"."""
    spots = [i for i in range(1, len(word) - 1) if word[i] != word[i - 1]]
    i = rng.choice(spots) if spots else len(word) - 1
    return word[:i] + word[i + 1 :]
