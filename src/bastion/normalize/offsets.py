"""Rewrite text with regex matches while keeping the map back to raw offsets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

# A replacement: the new text, and for each of its characters the index in the
# *current* text it comes from (so the raw offset is `offsets[index]`).
Edit = tuple[str, Sequence[int]]


def rewrite(
    text: str,
    offsets: list[int],
    matches: Iterable[re.Match[str]],
    edit: Callable[[re.Match[str]], Edit | None],
) -> tuple[str, list[int]]:
    """Replace each match by `edit(match)` (None keeps it) and carry the offsets along.

    `offsets` has `len(text) + 1` entries; so has the returned list.
    """
    parts: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for m in matches:
        replacement = edit(m)
        if replacement is None:
            continue
        start, end = m.span()
        rep, src = replacement
        parts.append(text[pos:start])
        parts.append(rep)
        new_offsets.extend(offsets[pos:start])
        new_offsets.extend([offsets[i] for i in src])
        pos = end
    if not parts:
        return text, offsets
    parts.append(text[pos:])
    new_offsets.extend(offsets[pos:])
    return "".join(parts), new_offsets
