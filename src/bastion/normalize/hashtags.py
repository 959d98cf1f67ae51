"""Split CamelCase hashtags into words (#HitlerWasRight -> #Hitler Was Right) before casefolding."""

from __future__ import annotations

import re

from bastion.normalize.offsets import Edit, rewrite

_HASHTAG = re.compile(r"#(\w+)")  # "C#", "&#39;" are no tags: checked in `_split`
# Word starts inside a tag: "aB", "7B", and the "R" of "ZOGRules".
_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _split(m: re.Match[str]) -> Edit | None:
    word = m.group(1)
    if word.islower() or word.isupper():
        return None
    before = m.string[m.start() - 1 : m.start()]
    if before and (before.isalnum() or before in "_&"):
        return None
    cuts = [b.start() for b in _BOUNDARY.finditer(word)]
    if not cuts:
        return None
    start = m.start(1)
    pieces = [word[i:j] for i, j in zip([0, *cuts], [*cuts, len(word)], strict=True)]
    # Each inserted space maps to the capital after it: the split words map into the tag.
    src = [m.start()]
    for i, j in zip([0, *cuts], [*cuts, len(word)], strict=True):
        if i:
            src.append(start + i)
        src.extend(range(start + i, start + j))
    return "#" + " ".join(pieces), src


def split_hashtags(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Insert spaces at the word boundaries of CamelCase hashtags."""
    if "#" not in text:
        return text, offsets
    return rewrite(text, offsets, _HASHTAG.finditer(text), _split)
