"""Normalized text -> the group-masked strings the linear model reads."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bastion.detect.classifiers.context import Frame, condemned_frame
from bastion.detect.classifiers.features import mask
from bastion.detect.classifiers.lexicon import find_mentions
from bastion.models import NormalizedText
from bastion.normalize import normalize


def masked(item: NormalizedText) -> tuple[str, str]:
    """(uniformly masked text, text with Jews kept distinct) for one item."""
    return mask(item.text, find_mentions(item))


def model_input(item: NormalizedText) -> tuple[tuple[str, str], Frame | None]:
    """What the model reads: the condemning frame if there is one, else the text; masked.

    Training and scanning both go through here, so the model learns on exactly
    what it will see.
    """
    frame = condemned_frame(item)
    return (masked_text(frame.text) if frame else masked(item)), frame


def masked_text(text: str) -> tuple[str, str]:
    """Mask an already-normalized string (e.g. a frame with its quotes cut out)."""
    item = NormalizedText(raw=text, text=text, offsets=range(len(text) + 1))
    return masked(item)


def prepare_texts(
    texts: Sequence[str],
    langs: Sequence[str | None],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[str], list[str]]:
    """Normalize and mask many raw texts (training uses this; scanning masks per item)."""
    uniform: list[str] = []
    jewish: list[str] = []
    total = len(texts)
    for n, (text, lang) in enumerate(zip(texts, langs, strict=True)):
        (u, j), _ = model_input(normalize(text, lang))
        uniform.append(u)
        jewish.append(j)
        if progress and n % 2000 == 0:
            progress(n, total)
    if progress:
        progress(total, total)
    return uniform, jewish
