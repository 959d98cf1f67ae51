"""Undo leetspeak (h1tl3r, r0th$child, g@s) inside words that mix letters with digits or symbols."""

from __future__ import annotations

import re

LEET: dict[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
    "9": "g",
    "@": "a",
    "$": "s",
    "!": "i",
    "|": "l",
    "€": "e",
}
_TABLE = str.maketrans(LEET)
_SYMBOLS = frozenset("@$|€")

_LEET_CHAR = re.compile(r"[0134579@$!|€]")
_TOKEN_REST = re.compile(r"[\w@$!|€]*")
_TOKEN_SYMBOLS = frozenset("_@$!|€")
_URL_PARTS = frozenset("/=&")
_NOT_LETTERS = "0123456789_@$!|€"


def _affix(part: str, inner_is_leet: bool) -> str:
    # A symbol or two stuck to a word are leet ("jew$", "ki||"); one digit only when
    # the word is leet already ("k1k3"); "6mwe", "hitler88", "b4", "$$$cash" stay.
    if (len(part) <= 2 and all(c in _SYMBOLS for c in part)) or (inner_is_leet and len(part) == 1):
        return part.translate(_TABLE)
    return part


def _unleet_token(token: str, next_char: str) -> str:
    lead = 1 if token[0] == "@" else 0  # @mention
    core = token[lead:].rstrip("!")  # trailing "!" is punctuation
    tail = token[lead + len(core) :]
    # prefix (digits/symbols) + inner (first to last letter) + suffix (digits/symbols)
    rest = core.lstrip(_NOT_LETTERS)
    inner = rest.rstrip(_NOT_LETTERS)
    if not inner:
        return token  # a number, a price, "1488"
    prefix, suffix = core[: len(core) - len(rest)], rest[len(inner) :]
    mapped = inner.translate(_TABLE)
    inner_is_leet = mapped != inner
    if inner_is_leet and "@" in inner and next_char == ".":
        return token  # an e-mail address
    return (
        token[:lead] + _affix(prefix, inner_is_leet) + mapped + _affix(suffix, inner_is_leet) + tail
    )


def unleet(text: str) -> str:
    """Map leet characters to letters; one character to one, so offsets are unchanged."""
    if _LEET_CHAR.search(text) is None:
        return text
    parts: list[str] = []
    emitted = scanned = 0
    # Start from each leet character and widen to its token: cheaper than tokenizing
    # the whole text, since most texts have few digits or symbols.
    for m in _LEET_CHAR.finditer(text):
        i = m.start()
        if i < scanned:
            continue
        start = i
        while start > scanned and (text[start - 1].isalnum() or text[start - 1] in _TOKEN_SYMBOLS):
            start -= 1
        rest = _TOKEN_REST.match(text, i)
        end = rest.end() if rest else i + 1
        scanned = end
        if start and text[start - 1] in _URL_PARTS:
            continue
        token = text[start:end]
        mapped = _unleet_token(token, text[end : end + 1])
        if mapped != token:
            parts.append(text[emitted:start])
            parts.append(mapped)
            emitted = end
    if not parts:
        return text
    parts.append(text[emitted:])
    return "".join(parts)
