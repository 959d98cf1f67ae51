"""Target-group mentions from the versioned `targets.yaml` catalogue, and the `targets` detector."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Literal, cast

import regex  # type: ignore[import-untyped, unused-ignore]  # lead: add types-regex to dev deps

from bastion.detect.classifiers.lexicon._catalogue import (
    LINE_KEY,
    Problems,
    closest,
    compile_regex,
    fold,
    read_catalogue,
)
from bastion.detect.classifiers.lexicon._prefilter import trie_pattern
from bastion.models import Example, NormalizedText, Signal
from bastion.plugin import Detector
from bastion.taxonomy import GROUPS

__all__ = [
    "Mention",
    "MentionKind",
    "TargetCatalogue",
    "TargetDetector",
    "TargetTerm",
    "default_targets",
    "find_mentions",
    "load_targets",
]

MentionKind = Literal["group", "state"]
KNOWN_LANGS = frozenset({"en", "fr"})
_CACHE_SIZE = 4096
# Only tokens of 4+ letters can be misspelt or glued group words.
_LONG_TOKENS = re.compile(r"[^\W\d_]{4,}")
# Group words are bounded by non-letters, so "jews123" and "#jews" still mention jews.
_LEFT, _RIGHT = r"(?<![^\W\d_])", r"(?![^\W\d_])"
_TERM_KEYS = frozenset(
    {"term", "forms", "lang", "slur", "proxy", "ambiguous", "before", "after", "fuzzy"}
    | {"not_before", "not_after", LINE_KEY}
)
_TOP_KEYS = frozenset(
    {"version", "updated", "people_nouns", "self_reference", "groups", "states", "echo"}
    | {"fuzzy", "glued", LINE_KEY}
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A group (or state) named in the text, with NORMALIZED offsets `[start, end)`."""

    start: int
    end: int
    group: str
    term: str
    slur: bool = False
    proxy: bool = False
    self_reference: bool = False
    kind: MentionKind = "group"
    fuzzy: bool = False  # matched a misspelling or inside a glued token
    trope: str | None = None  # "echo" for `(((name)))`


@dataclass(frozen=True, slots=True)
class TargetTerm:
    """One catalogue term with its surface forms and matching rules."""

    group: str
    term: str
    kind: MentionKind
    forms: tuple[str, ...]
    lang: frozenset[str]
    slur: bool
    proxy: bool
    ambiguous: bool
    fuzzy: bool
    before: regex.Pattern[str] | None
    after: regex.Pattern[str] | None
    not_before: regex.Pattern[str] | None
    not_after: regex.Pattern[str] | None
    line: int
    context_src: tuple[str, str] = ("", "")  # (before, after) word alternations, for macros

    @property
    def needs_context(self) -> bool:
        return self.before is not None or self.after is not None


def _one_edit(token: str, form: str) -> bool:
    """One adjacent swap, one missing or one extra letter (substitutions are not typos we chase)."""
    lt, lf = len(token), len(form)
    if lt == lf:
        diff = [i for i in range(lt) if token[i] != form[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and token[diff[0]] == form[diff[1]]
            and token[diff[1]] == form[diff[0]]
        )
    if abs(lt - lf) != 1:
        return False
    short, long = (token, form) if lt < lf else (form, token)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


class TargetCatalogue:
    """A validated, compiled `targets.yaml`: finds mentions in normalized text."""

    def __init__(
        self,
        source: str,
        version: int,
        updated: str,
        terms: Sequence[TargetTerm],
        self_before: Sequence[str],
        self_after: Sequence[str],
        echo: tuple[str, str],
        fuzzy_min: int,
        fuzzy_ignore: Iterable[str],
        glued: tuple[int, int, Sequence[str]],
    ) -> None:
        self.source = source
        self.version = version
        self.updated = updated
        self.terms = tuple(terms)
        self._by_form: dict[str, TargetTerm] = {f: t for t in self.terms for f in t.forms}
        forms = sorted(self._by_form, key=lambda f: (-len(f), f))
        # Internal tries run on the stdlib engine: ~4x faster than `regex` for this shape.
        self._exact = re.compile(_LEFT + "(?:" + trie_pattern(forms) + ")" + _RIGHT)
        self._self_before = regex.compile("(?:" + "|".join(self_before) + ")$")
        self._self_after = regex.compile("(?:" + "|".join(self_after) + ")")
        self._echo = regex.compile(echo[0])
        self._echo_self = regex.compile(echo[1])
        self._fuzzy_ignore = frozenset(fuzzy_ignore)
        self._fuzzy_min = fuzzy_min
        # SymSpell-style index: each fuzzy form and its one-letter deletions -> forms.
        self._fuzzy_index: dict[str, set[str]] = {}
        for term in self.terms:
            if not term.fuzzy:
                continue
            for form in term.forms:
                if len(form) < fuzzy_min or not form.isalpha():
                    continue
                for key in {form, *(form[:i] + form[i + 1 :] for i in range(len(form)))}:
                    self._fuzzy_index.setdefault(key, set()).add(form)
        self._fuzzy_max = max((len(f) for f in self._fuzzy_index), default=0) + 1
        glued_min, glued_form_min, glue = glued
        self._glued_min = glued_min
        glued_forms = [
            f
            for t in self.terms
            if t.kind == "group" and not t.ambiguous and not t.needs_context
            for f in t.forms
            if len(f) >= glued_form_min and f.isalpha()
        ]
        self._glued = re.compile(trie_pattern(glued_forms)) if glued_forms else None
        glue_alt = trie_pattern(sorted(set(glue)))
        self._glue_end = re.compile("(?:" + glue_alt + ")$")
        self._glue_start = re.compile("(?:" + glue_alt + ")")
        self._token_cache: dict[str, tuple[tuple[int, int, str, bool], ...]] = {}
        self._cache: dict[tuple[str, str], tuple[Mention, ...]] = {}

    # -- public -----------------------------------------------------------------

    def forms(
        self, group: str | None = None, *, slurs_only: bool = False, kind: MentionKind = "group"
    ) -> list[str]:
        """Context-free forms (longest first), e.g. to build `{{jews}}` trope macros."""
        out = {
            f
            for t in self.terms
            if t.kind == kind
            and (group is None or t.group == group)
            and (not slurs_only or (t.slur and not t.ambiguous))
            and not t.needs_context
            for f in t.forms
        }
        return sorted(out, key=lambda f: (-len(f), f))

    def macro(self, group: str | None = None) -> str:
        """A regex for every form of `group` (all groups if None), context words included.

        "black" alone is a colour, so the macro holds "black people", "les noirs"...
        """
        alts = [_LEFT + "(?:" + trie_pattern(self.forms(group)) + ")" + _RIGHT]
        for t in self.terms:
            if t.kind != "group" or not t.needs_context or group not in (None, t.group):
                continue
            forms = "(?:" + trie_pattern(sorted(t.forms)) + ")"
            before, after = t.context_src
            if after:
                alts.append(_LEFT + forms + r"[ \-]+" + after + _RIGHT)
            if before:  # a lookbehind, so "dehors les {{group}}" can consume "les" itself
                alts.append(r"(?<=" + _LEFT + before + " )" + forms + _RIGHT)
        return "|".join(alts)

    def groups(self) -> list[str]:
        return sorted({t.group for t in self.terms if t.kind == "group"})

    def mentions(self, text: str, lang: str = "other") -> tuple[Mention, ...]:
        """Every mention in normalized `text`; `lang` gates ambiguous terms."""
        gate = lang if lang in KNOWN_LANGS else ""
        key = (text, gate)
        hit = self._cache.get(key)
        if hit is None:
            hit = self._find(fold(text), gate)
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    # -- matching -----------------------------------------------------------------

    def _find(self, text: str, lang: str) -> tuple[Mention, ...]:
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        if "(((" in text:
            for m in self._echo.finditer(text):
                inner = m.group(1).strip()
                own = self._echo_self.fullmatch(inner) is not None
                found.append(
                    Mention(
                        m.start(),
                        m.end(),
                        "jews",
                        "(((x)))",
                        False,
                        True,
                        own,
                        "group",
                        False,
                        "echo",
                    )
                )
                taken.append(m.span())
        for m in self._exact.finditer(text):
            s, e = m.span()
            if any(a <= s and e <= b for a, b in taken):
                continue
            term = self._by_form[m.group()]
            if term.ambiguous and lang and lang not in term.lang:
                continue  # "retard" in French text is a delay
            if not self._context_ok(term, text, s, e):
                continue
            found.append(self._mention(term, text, s, e, fuzzy=False))
            taken.append((s, e))
        for m in _LONG_TOKENS.finditer(text):
            token = m.group()
            if token in self._by_form:
                continue
            s = m.start()
            if any(a < s + len(token) and s < b for a, b in taken):
                continue
            for off, end, form, fuzzy in self._token_hits(token):
                term = self._by_form[form]
                found.append(self._mention(term, text, s + off, s + end, fuzzy=fuzzy))
        found.sort(key=lambda x: (x.start, x.end))
        return tuple(found)

    def _context_ok(self, term: TargetTerm, text: str, s: int, e: int) -> bool:
        if term.not_after is not None and term.not_after.match(text, e):
            return False
        if term.not_before is not None and term.not_before.search(text, max(0, s - 40), s):
            return False
        if not term.needs_context:
            return True
        if term.after is not None and term.after.match(text, e):
            return True
        return term.before is not None and term.before.search(text, max(0, s - 40), s) is not None

    def _mention(self, term: TargetTerm, text: str, s: int, e: int, *, fuzzy: bool) -> Mention:
        own = bool(
            self._self_before.search(text, max(0, s - 60), s)
            or self._self_after.match(text[e : e + 30])
        )
        return Mention(
            s, e, term.group, term.term, term.slur, term.proxy, own, term.kind, fuzzy, None
        )

    def _token_hits(self, token: str) -> tuple[tuple[int, int, str, bool], ...]:
        """(start, end, form, fuzzy) inside one unmatched token; cached, tokens recur."""
        hit = self._token_cache.get(token)
        if hit is None:
            hit = self._token_scan(token)
            if len(self._token_cache) >= _CACHE_SIZE * 4:
                self._token_cache.clear()
            self._token_cache[token] = hit
        return hit

    def _token_scan(self, token: str) -> tuple[tuple[int, int, str, bool], ...]:
        n = len(token)
        if self._fuzzy_min - 1 <= n <= self._fuzzy_max and token not in self._fuzzy_ignore:
            cands = set(self._fuzzy_index.get(token, ()))
            for i in range(n):
                cands |= self._fuzzy_index.get(token[:i] + token[i + 1 :], set())
            for form in sorted(cands):
                if form[0] == token[0] and _one_edit(token, form):
                    return ((0, n, form, True),)
        if n < self._glued_min or self._glued is None:
            return ()
        out: list[tuple[int, int, str, bool]] = []
        last = 0
        for s in range(n):
            if s < last:
                continue
            m = self._glued.match(token, s)
            if m is None:
                continue
            e = m.end()
            prefix, suffix = token[:s], token[e:]
            left_glue = bool(prefix) and self._glue_end.search(prefix) is not None
            right_glue = bool(suffix) and self._glue_start.match(suffix) is not None
            left_ok = not prefix or left_glue
            right_ok = not suffix or right_glue
            if left_ok and right_ok and (left_glue or right_glue):
                out.append((s, e, m.group(), True))
                last = e
        return tuple(out)


# -- loading ------------------------------------------------------------------------


def _words_alt(words: Sequence[str], people: Sequence[str]) -> str:
    alts = [trie_pattern(people) if w == "@people" else w for w in words]
    return "(?:" + "|".join(alts) + ")"


def _words_regex(words: Sequence[str], people: Sequence[str], anchor: str) -> str:
    body = _words_alt(words, people)
    if anchor == "after":
        return r"[ \-]+" + body + _RIGHT
    return _LEFT + body + r"[ \-]+$"


def _str_list(value: Any) -> list[str] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return cast(list[str], value)
    return None


def _parse_term(
    raw: Any, group: str, kind: MentionKind, people: Sequence[str], problems: Problems
) -> TargetTerm | None:
    if not isinstance(raw, dict):
        problems.add(f"group `{group}`", "each term must be a mapping with a `term` key")
        return None
    line = raw.get(LINE_KEY)
    name = raw.get("term")
    where = f"term `{name}`"
    if not isinstance(name, str) or not name:
        problems.add(f"group `{group}`", "a term lacks a string `term`", line)
        return None
    for key in raw:
        if key not in _TERM_KEYS:
            problems.add(where, f"unknown key `{key}`{closest(str(key), _TERM_KEYS)}", line)
    forms = _str_list(raw.get("forms", [name]))
    if forms is None or not forms:
        problems.add(where, "`forms` must be a non-empty list of strings", line)
        return None
    for form in forms:
        if form != form.strip() or form != fold(form).lower() or "  " in form:
            problems.add(
                where, f"form `{form}` is not in normalized form (lowercase, no accents)", line
            )
    lang = _str_list(raw.get("lang", ["en", "fr"]))
    if lang is None:
        problems.add(where, "`lang` must be a list such as [en, fr]", line)
        lang = ["en", "fr"]
    patterns: dict[str, regex.Pattern[str] | None] = {}
    for key in ("before", "after", "not_before", "not_after"):
        words = raw.get(key)
        patterns[key] = None
        if words is None:
            continue
        word_list = _str_list(words)
        if word_list is None:
            problems.add(where, f"`{key}` must be a list of words or regexes", line)
            continue
        try:
            patterns[key] = compile_regex(_words_regex(word_list, people, key.removeprefix("not_")))
        except regex.error as exc:
            problems.add(where, f"bad regex in `{key}`: {exc}", line)
    flags: dict[str, bool] = {}
    for key in ("slur", "proxy", "ambiguous"):
        value = raw.get(key, False)
        if not isinstance(value, bool):
            problems.add(where, f"`{key}` must be true or false", line)
            value = False
        flags[key] = value
    needs_context = patterns["before"] is not None or patterns["after"] is not None
    fuzzy = raw.get("fuzzy", not flags["ambiguous"] and not needs_context)
    if not isinstance(fuzzy, bool):
        problems.add(where, "`fuzzy` must be true or false", line)
        fuzzy = False
    return TargetTerm(
        group=group,
        term=name,
        kind=kind,
        forms=tuple(forms),
        lang=frozenset(lang),
        slur=flags["slur"],
        proxy=flags["proxy"],
        ambiguous=flags["ambiguous"],
        fuzzy=fuzzy,
        before=patterns["before"],
        after=patterns["after"],
        not_before=patterns["not_before"],
        not_after=patterns["not_after"],
        line=line if isinstance(line, int) else 0,
        context_src=(
            _words_alt(_str_list(raw.get("before")) or [], people) if raw.get("before") else "",
            _words_alt(_str_list(raw.get("after")) or [], people) if raw.get("after") else "",
        ),
    )


def load_targets(path: str | Path | None = None) -> TargetCatalogue:
    """Read, validate and compile a targets catalogue (default: the packaged `targets.yaml`).

    Raises `CatalogueError` listing every problem (file, line, term, what is wrong).
    """
    source, data = read_catalogue(path, "targets.yaml")
    problems = Problems(source)
    if not isinstance(data, dict):
        problems.add("top level", "expected a mapping with `version`, `groups`, `states`")
        problems.raise_if_any()
    for key in data:
        if key not in _TOP_KEYS:
            problems.add("top level", f"unknown key `{key}`{closest(str(key), _TOP_KEYS)}")
    version = data.get("version")
    if not isinstance(version, int):
        problems.add("top level", "`version` must be an integer")
        version = 0
    updated = str(data.get("updated", ""))
    people = _str_list(data.get("people_nouns", [])) or []
    terms: list[TargetTerm] = []
    for section, kind in (("groups", "group"), ("states", "state")):
        block = data.get(section, {})
        if not isinstance(block, dict):
            problems.add(section, "must map a name to a list of terms")
            continue
        for group, items in block.items():
            if group == LINE_KEY:
                continue
            if kind == "group" and group not in GROUPS:
                problems.add(f"group `{group}`", f"not a taxonomy group{closest(group, GROUPS)}")
                continue
            if not isinstance(items, list):
                problems.add(f"{section[:-1]} `{group}`", "must be a list of terms")
                continue
            for item in items:
                term = _parse_term(item, group, cast(MentionKind, kind), people, problems)
                if term is not None:
                    terms.append(term)
    seen: dict[str, TargetTerm] = {}
    for term in terms:
        for form in term.forms:
            other = seen.setdefault(form, term)
            if other is not term:
                problems.add(
                    f"term `{term.term}`",
                    f"form `{form}` is also a form of `{other.term}` ({other.group})",
                    term.line,
                )
    selfref = data.get("self_reference", {})
    self_before = _str_list(selfref.get("before", [])) if isinstance(selfref, dict) else None
    self_after = _str_list(selfref.get("after", [])) if isinstance(selfref, dict) else None
    if not self_before or not self_after:
        problems.add("self_reference", "needs non-empty `before` and `after` regex lists")
        self_before, self_after = self_before or ["(?!)"], self_after or ["(?!)"]
    echo = data.get("echo", {})
    echo_pair = (
        (str(echo.get("pattern", "(?!)")), str(echo.get("self", "(?!)")))
        if isinstance(echo, dict)
        else ("(?!)", "(?!)")
    )
    for where, pats in (
        ("self_reference", [*self_before, *self_after]),
        ("echo", list(echo_pair)),
    ):
        for pat in pats:
            try:
                compile_regex(pat)
            except regex.error as exc:
                problems.add(where, f"bad regex `{pat}`: {exc}")
    fuzzy = data.get("fuzzy", {})
    fuzzy_min = fuzzy.get("min_length", 5) if isinstance(fuzzy, dict) else 5
    fuzzy_ignore = (_str_list(fuzzy.get("ignore", [])) if isinstance(fuzzy, dict) else None) or []
    glued = data.get("glued", {})
    glue = (_str_list(glued.get("glue", [])) if isinstance(glued, dict) else None) or []
    glued_min = glued.get("min_length", 8) if isinstance(glued, dict) else 8
    glued_form_min = glued.get("min_form_length", 4) if isinstance(glued, dict) else 4
    for name, value in (("fuzzy.min_length", fuzzy_min), ("glued.min_length", glued_min)):
        if not isinstance(value, int) or value < 3:
            problems.add(name, "must be an integer >= 3")
    problems.raise_if_any()
    return TargetCatalogue(
        source=source,
        version=version,
        updated=updated,
        terms=terms,
        self_before=self_before,
        self_after=self_after,
        echo=echo_pair,
        fuzzy_min=int(fuzzy_min),
        fuzzy_ignore=fuzzy_ignore,
        glued=(int(glued_min), int(glued_form_min), glue),
    )


@functools.cache
def default_targets() -> TargetCatalogue:
    """The packaged catalogue, loaded and compiled once per process."""
    return load_targets()


def find_mentions(item: NormalizedText, catalogue: TargetCatalogue | None = None) -> list[Mention]:
    """Group and state mentions in `item`, with normalized offsets, in text order."""
    return list((catalogue or default_targets()).mentions(item.text, item.lang))


class TargetDetector(Detector):
    """Reports each protected group a text names (a slur, a proxy, or a self-reference)."""

    name: ClassVar[str] = "targets"

    def __init__(self, catalogue: TargetCatalogue | None = None) -> None:
        self.catalogue = catalogue or default_targets()

    def signals(self, item: NormalizedText) -> list[Signal]:
        out: list[Signal] = []
        for m in self.catalogue.mentions(item.text, item.lang):
            if m.kind != "group":
                continue  # a state is not a protected group; find_mentions still reports it
            note = (
                "self_reference"
                if m.self_reference
                else "slur"
                if m.slur
                else "proxy"
                if m.proxy
                else None
            )
            score = 0.8 if (m.fuzzy or m.proxy) else 1.0
            out.append(
                Signal(
                    detector=self.name,
                    kind="target",
                    name=m.group,
                    score=score,
                    spans=(item.raw_span(m.start, m.end),),
                    trope=m.trope,
                    note=note,
                )
            )
        return out

    def examples(self) -> list[Example]:
        return [Example(ex.text, ex.expects, ex.lang, ex.absent) for ex in _EXAMPLES]


_EXAMPLES: tuple[Example, ...] = (
    Example("jews are rats", ("jews",)),
    Example("Ces juifs et ces musulmans", ("jews", "muslims"), "fr"),
    Example("filthy k1ke", ("jews",)),
    Example("(((Soros))) owns the news", ("jews",)),
    Example("As a Jew I light candles on Friday.", ("jews",)),
    Example("Je suis feuj et fier.", ("jews",), "fr"),
    Example("black people deserve respect", ("black",)),
    Example("a black cat crossed the road", (), absent=("black",)),
    Example("les noirs et les arabes", ("black", "arabs"), "fr"),
    Example("un chat noir", (), "fr", absent=("black",)),
    Example("Israel detains minors without charge.", (), absent=("jews",)),
    Example("zio parasites", ("jews",)),
    Example("jewsarescum", ("jews",)),
    Example("all the muslmis", ("muslims",)),
    Example("je suis en retard", (), "fr", absent=("disabled",)),
    Example("queer folks and trans women", ("lgbtq", "trans")),
    Example("My grandmother's jewelry", (), absent=("jews",)),
    Example("The Roma people of Europe", ("roma",)),
    Example("Rome and Roma are cities", (), absent=("roma",)),
)
