"""Squeeze stretched words ("jeeeews", "killlll") and repeated punctuation ("!!!!")."""

from __future__ import annotations

import re

from bastion.normalize.offsets import Edit, rewrite

_VOWELS = frozenset("aeiouy")
# Any character 3+ times, or "!!", "??" (a plain backreference scans far faster than
# one restricted to letters; `_squeeze` sorts out what to do with each run).
_REPEAT = re.compile(r"(.)\1\1+|!!|\?\?", re.DOTALL)
_TRIPLE = re.compile(r"(.)\1\1", re.DOTALL)  # fast pre-check: no alternation


def _squeeze(m: re.Match[str]) -> Edit | None:
    start, end = m.span()
    run = m.group()
    ch = run[0]
    if ch in "!?" or ch in _VOWELS:
        keep = 1  # "!!!!" -> "!", "sooooo" -> "so"
    elif ch == ".":
        if len(run) <= 3:
            return None  # an ellipsis
        keep = 3
    elif ch.isalpha():
        if run == "www":
            return None  # a web address
        keep = 2  # "killlll" -> "kill"
    else:
        return None  # "(((", "1111", "---": kept as they are
    # The last kept character maps to the run's last one, so a match ending on the run
    # ("kill" in "killlll") spans all of it; a single kept character does so only at the
    # end of a word ("so" <- "sooooo", "oven!" <- "0v3n!!!!"), else it keeps the start.
    if keep > 1:
        return ch * keep, [*range(start, start + keep - 1), end - 1]
    text = m.string
    at_word_end = start > 0 and text[start - 1].isalnum() and not text[end : end + 1].isalnum()
    return ch, [end - 1 if at_word_end else start]


def squeeze_repeats(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Vowel runs of 3+ become one letter, consonant runs two; "!!!" becomes "!"."""
    if _TRIPLE.search(text) is None and "!!" not in text and "??" not in text:
        return text, offsets
    return rewrite(text, offsets, _REPEAT.finditer(text), _squeeze)
