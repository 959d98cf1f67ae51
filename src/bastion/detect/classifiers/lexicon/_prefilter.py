"""Cheap candidate selection: find literal strings every match of a regex must contain."""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import regex  # type: ignore[import-untyped, unused-ignore]  # lead: add types-regex to dev deps

with warnings.catch_warnings():
    # sre_parse is deprecated as a public name but is the stdlib's only regex parser.
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sc
    import sre_parse

__all__ = ["Prefilter", "literal_cover", "trie_pattern"]

_MAX_SET = 64  # cap on the strings one exact set may hold before it is given up
_CLASS_MAX = 12  # character classes up to this size are treated as literal sets


@dataclass(frozen=True, slots=True)
class _Info:
    exact: frozenset[str] | None  # every string this node can match, when finite and small
    cover: frozenset[str] | None  # every match contains one of these (None: no usable cover)


# Words so frequent that a literal set holding one of them filters almost nothing.
_COMMON_WORDS = (
    "the a an and or of to in on at for is are was were be been this that these those it "
    "all every each some any my your our their his her we you they he she i me us them "
    "will would should must can could may might have has had do does did not no so just "
    "le la les un une des de du et ou a au aux en dans pour par sur ce ces cet cette est "
    "sont il ils elle elles on nous vous je tu me te se qui que quoi mais tout tous toutes "
    "better gonna gotta need needs like"
)
_COMMON = frozenset(_COMMON_WORDS.split())


def _quality(strings: frozenset[str] | None) -> tuple[int, int, int, int]:
    """Usable (2+ chars), then no common word, then longer shortest literal, then fewer."""
    if not strings:
        return (-1, -1, -1, 0)
    shortest = min(len(s) for s in strings)
    common = any(s.strip(" '") in _COMMON for s in strings)
    return (int(shortest >= 2), int(not common), min(4, shortest), -len(strings))


def _best(*options: frozenset[str] | None) -> frozenset[str] | None:
    best: frozenset[str] | None = None
    for option in options:
        if option is not None and _quality(option) > _quality(best):
            best = option
    return best if best and min(len(s) for s in best) > 0 else None


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MAX_SET:
        return None
    return frozenset(a + b for a, b in itertools.product(left, right))


def _class_set(items: Any) -> frozenset[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sc.LITERAL:
            chars.add(chr(av))
        elif op is sc.RANGE and av[1] - av[0] < _CLASS_MAX:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, big ranges: not a small literal set
            return None
    return frozenset(chars) if len(chars) <= _CLASS_MAX else None


def _seq(items: Any) -> _Info:
    run: frozenset[str] = frozenset({""})  # strings of the current run of exact nodes
    whole_exact = True
    candidates: list[frozenset[str] | None] = []
    for op, av in items:
        info = _node(op, av)
        if info.exact is not None:
            joined = _product(run, info.exact)
            if joined is not None:
                run = joined
                continue
            candidates.append(run)  # too many combinations: close the run, start anew
            run = info.exact
        else:
            candidates.extend((run, info.cover))
            run = frozenset({""})
        whole_exact = False
    candidates.append(run)
    return _Info(run if whole_exact else None, _best(*candidates))


def _node(op: Any, av: Any) -> _Info:
    if op is sc.LITERAL:
        s = frozenset({chr(av)})
        return _Info(s, s)
    if op is sc.IN:
        s2 = _class_set(av)
        return _Info(s2, s2)
    if op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
        return _Info(frozenset({""}), None)  # zero-width
    if op is sc.SUBPATTERN:
        return _seq(av[-1])
    if op is sc.BRANCH:
        infos = [_seq(branch) for branch in av[1]]
        exact: frozenset[str] | None = None
        if all(i.exact is not None for i in infos):
            merged = frozenset().union(*(i.exact for i in infos if i.exact is not None))
            exact = merged if len(merged) <= _MAX_SET else None
        covers = [i.cover if i.cover is not None else i.exact for i in infos]
        cover: frozenset[str] | None = None
        if all(c is not None and min((len(s) for s in c), default=0) > 0 for c in covers):
            cover = frozenset().union(*(c for c in covers if c is not None))
        return _Info(exact, cover)
    if op in (sc.MAX_REPEAT, sc.MIN_REPEAT, getattr(sc, "POSSESSIVE_REPEAT", None)):
        lo, hi, body = av
        inner = _seq(body)
        if hi == 1 and inner.exact is not None:  # `x?`
            opt = inner.exact | {""} if lo == 0 else inner.exact
            return _Info(frozenset(opt), inner.cover if lo else None)
        return _Info(None, _best(inner.cover, inner.exact) if lo >= 1 else None)
    if op is getattr(sc, "ATOMIC_GROUP", None):
        return _seq(av)
    return _Info(None, None)  # ANY, NOT_LITERAL, GROUPREF, CATEGORY...


def literal_cover(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, or None if none is known.

    Used only to skip patterns cheaply: None means "always run this pattern".
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = sre_parse.parse(pattern)
    except Exception:  # `regex`-only syntax: fall back to always running
        return None
    info = _seq(parsed.data)
    cover = _best(info.cover, info.exact)
    if cover is None or min(len(s) for s in cover) < 2:
        return None
    return cover


def trie_pattern(words: Iterable[str]) -> str:
    """A prefix-factored regex alternation of `words`, longest alternative first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: Mapping[str, Any]) -> str:
        ends = "" in node
        branches = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return f"(?:{body})?"
        return body

    return emit(trie)


class Prefilter:
    """Maps the literals found in a text to the ids of patterns that may match it."""

    def __init__(self, covers: Mapping[int, frozenset[str] | None]) -> None:
        self.always: frozenset[int] = frozenset(i for i, c in covers.items() if c is None)
        by_literal: dict[str, set[int]] = {}
        for pid, cover in covers.items():
            for lit in cover or ():
                by_literal.setdefault(lit, set()).add(pid)
        # A greedy trie match returns the longest literal at each position; every shorter
        # literal starting there is its prefix, so each literal also triggers its prefixes.
        self._ids: dict[str, frozenset[int]] = {}
        for lit in by_literal:
            ids: set[int] = set()
            for k in range(1, len(lit) + 1):
                ids |= by_literal.get(lit[:k], set())
            self._ids[lit] = frozenset(ids)
        self.literals = len(by_literal)
        # The stdlib engine with a lookahead (one match per start position) runs this
        # literal trie ~10x faster than `regex` in overlapped mode.
        self._regex: re.Pattern[str] | None = (
            re.compile("(?=(" + trie_pattern(by_literal) + "))") if by_literal else None
        )

    def candidates(self, text: str) -> set[int]:
        found = set(self.always)
        if self._regex is None:
            return found
        ids = self._ids
        for lit in set(self._regex.findall(text)):
            found |= ids[lit]
        return found
