"""Placeholder normalizer (NFKC + casefold); replaced by the full pipeline."""

from __future__ import annotations

import unicodedata

from bastion.models import NormalizedText

MAX_CHARS = 5000


def normalize(raw: str, lang: str | None = None) -> NormalizedText:
    truncated = len(raw) > MAX_CHARS
    raw = raw[:MAX_CHARS]
    chars: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(raw):
        for out in unicodedata.normalize("NFKC", ch).casefold():
            chars.append(out)
            offsets.append(i)
    offsets.append(len(raw))
    return NormalizedText(raw=raw, text="".join(chars), offsets=offsets, lang=lang or "en",
                          truncated=truncated)
