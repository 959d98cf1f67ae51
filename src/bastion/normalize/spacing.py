"""Join letters spaced out to dodge filters ("H i t l e r", "j.e.w.s") and collapse whitespace."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bastion.normalize.offsets import Edit, rewrite

# One character standing alone: a letter, a digit or a leet symbol.
_UNIT = r"(?:[^\W_]|[@$€])"
# Between units: 1-3 separator characters, the same throughout the run (so "y a-t-il"
# or "kill  all" with a wider gap end the run).
_SEP = r"[ ._*·•~+|/\\-]{1,3}"
_SPACED = re.compile(rf"(?<![\w'@$€]){_UNIT}(?P<sep>{_SEP}){_UNIT}(?:(?P=sep){_UNIT})+(?![\w'@$€])")
# Where a run may start (searched in " " + text, so a match starts at the character
# before the first unit): two lone units in a row. Scanning for this and matching
# `_SPACED` only there is much faster than searching with `_SPACED`.
_SEP_CHAR = r"[ ._*·•~+|/\\-]"
_MAYBE_ONE = re.compile(rf"{_SEP_CHAR}[\w@$€]{_SEP_CHAR}")
_MAYBE_TWO = re.compile(rf"[^\w'@$€][\w@$€]{_SEP_CHAR}{{1,3}}[\w@$€]{_SEP_CHAR}")
# Real one-letter words (EN "a", "I", "o"; FR "a", "à", "y", "ô"): a run of these only
# is a sentence ("il y a a..."), not an obfuscated word.
_ONE_LETTER_WORDS = "aioy"
_LETTER = re.compile(r"[^\W\d_]")
_WS_RUN = re.compile(r"\s{2,}|[^\S ]")  # single spaces are left alone
_OTHER_WS = re.compile(r"[^\S ]")


def _join(m: re.Match[str]) -> Edit | None:
    step = len(m.group("sep")) + 1
    word = m.group()[::step]
    if not _LETTER.search(word) or not word.strip(_ONE_LETTER_WORDS):
        return None  # digits only ("1 2 3"), or real words ("il y a a")
    return word, range(m.start(), m.end(), step)


def join_spaced_letters(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Merge runs of 3+ single characters split by a repeated separator into one word."""
    padded = " " + text + " "
    if _MAYBE_ONE.search(padded) is None:
        return text, offsets
    return rewrite(text, offsets, _runs(text, padded), _join)


def _runs(text: str, padded: str) -> Iterator[re.Match[str]]:
    pos = 0
    while (hint := _MAYBE_TWO.search(padded, pos)) is not None:
        unit = hint.start()  # padded[unit + 1] is text[unit]
        m = _SPACED.match(text, unit)
        if m is None:
            pos = unit + 1
        else:
            pos = m.end()
            yield m


def collapse_whitespace(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Collapse every whitespace run to one space (kept at its first character) and strip."""
    if "  " in text or (not text.isprintable() and _OTHER_WS.search(text) is not None):
        text, offsets = rewrite(text, offsets, _WS_RUN.finditer(text), _one_space)
    if text[:1] == " ":
        text, offsets = text[1:], offsets[1:]
    if text[-1:] == " ":
        text, offsets = text[:-1], offsets[:-2] + offsets[-1:]
    return text, offsets


def _one_space(m: re.Match[str]) -> tuple[str, list[int]]:
    return " ", [m.start()]
