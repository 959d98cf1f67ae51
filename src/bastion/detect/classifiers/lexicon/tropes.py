"""The versioned trope catalogue (`tropes.yaml`): validation, matching and the `tropes` detector."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
from bastion.detect.classifiers.lexicon._prefilter import Prefilter, literal_cover, trie_pattern
from bastion.detect.classifiers.lexicon.targets import (
    Mention,
    TargetCatalogue,
    default_targets,
)
from bastion.models import Example, NormalizedText, Signal
from bastion.plugin import Detector
from bastion.taxonomy import GROUPS, LABELS

__all__ = [
    "Condition",
    "TropeCatalogue",
    "TropeDetector",
    "TropeEntry",
    "TropeHit",
    "default_tropes",
    "load_tropes",
]

Side = Literal["before", "after", "both"]
Strength = Literal["strong", "weak"]

_ENTRY_KEYS = frozenset(
    {"id", "label", "also", "lang", "patterns", "strength", "score", "requires", "unless"}
    | {"group_label", "by_group", "examples", "traps", "note", LINE_KEY}
)
_REQUIRES_KEYS = frozenset({"near", "any", "all", "bare", "window", "side", LINE_KEY})
_UNLESS_KEYS = frozenset({"any", "window", "side", LINE_KEY})
_TOP_KEYS = frozenset({"version", "updated", "macros", "bare_filler", "entries", "clean", LINE_KEY})
_NEAR_SPECIAL = frozenset({"any", "state"})
_LANGS = frozenset({"en", "fr"})
_MACRO = regex.compile(r"\{\{(\w+)\}\}")
_WORD = regex.compile(r"\w+")
_ID = regex.compile(r"[a-z0-9][a-z0-9_]*")


@dataclass(frozen=True, slots=True)
class Condition:
    """A `requires` or `unless` block: at least one of near / any / all / bare must hold.

    `window` counts word tokens between the match and the evidence (None: the whole text);
    `side` says where the evidence may sit relative to the match.
    """

    near: frozenset[str] = frozenset()
    cues: regex.Pattern[str] | None = None
    cue_groups: frozenset[str] = frozenset()
    all: tuple[tuple[regex.Pattern[str] | None, frozenset[str]], ...] = ()
    bare: bool = False
    window: int | None = 8
    side: Side = "both"


@dataclass(frozen=True, slots=True)
class TropeEntry:
    """One validated catalogue entry."""

    id: str
    label: str | None
    also: tuple[str, ...]
    lang: tuple[str, ...]
    patterns: tuple[str, ...]  # macros expanded; compiled lazily by the catalogue
    sketches: tuple[str, ...]  # the same with group-vocabulary macros as placeholders
    # Per pattern: (True, condition) replaces the entry's `requires` (None: no condition).
    overrides: tuple[tuple[bool, Condition | None], ...]
    strength: Strength
    score: float
    requires: Condition | None
    unless: Condition | None
    group_label: bool
    by_group: Mapping[str, str]
    examples: tuple[tuple[str, str, tuple[str, ...]], ...]  # (lang, text, expected labels)
    traps: tuple[tuple[str, str], ...]  # (lang, text): must yield no label at all
    line: int
    note: str = ""

    def static_labels(self) -> tuple[str, ...]:
        return tuple(x for x in (self.label, *self.also) if x)


@dataclass(frozen=True, slots=True)
class TropeHit:
    """One match of one entry: normalized span, labels, and the mentions it leaned on."""

    entry: TropeEntry
    start: int
    end: int
    labels: tuple[str, ...]
    mentions: tuple[Mention, ...] = field(default=())


class _Scan:
    """Per-text lazy state shared by every candidate entry (tokens, mentions)."""

    __slots__ = (
        "_ends",
        "_mentions",
        "_starts",
        "_tokens",
        "catalogue",
        "lang",
        "raw_text",
        "text",
    )

    def __init__(self, text: str, raw_text: str, lang: str, catalogue: TropeCatalogue) -> None:
        self.text = text
        self.raw_text = raw_text
        self.lang = lang
        self.catalogue = catalogue
        self._tokens: list[tuple[int, int]] | None = None
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._mentions: tuple[Mention, ...] | None = None

    @property
    def tokens(self) -> list[tuple[int, int]]:
        if self._tokens is None:
            self._tokens = [m.span() for m in _WORD.finditer(self.text)]
            self._starts = [s for s, _ in self._tokens]
            self._ends = [e for _, e in self._tokens]
        return self._tokens

    @property
    def mentions(self) -> tuple[Mention, ...]:
        if self._mentions is None:
            self._mentions = self.catalogue.targets.mentions(self.raw_text, self.lang)
        return self._mentions

    def between(self, a: int, b: int) -> int:
        """Word tokens starting in `[a, b)`."""
        _ = self.tokens
        return bisect.bisect_left(self._starts, b) - bisect.bisect_left(self._starts, a)

    def region(self, s: int, e: int, window: int | None, side: Side) -> tuple[int, int]:
        if window is None:
            return 0, len(self.text)
        toks = self.tokens
        left, right = s, e
        if side != "after" and window > 0:
            i = bisect.bisect_right(self._ends, s)
            left = toks[max(0, i - window)][0] if i > 0 else s
        if side != "before" and window > 0:
            j = bisect.bisect_left(self._starts, e)
            right = toks[min(len(toks), j + window) - 1][1] if j < len(toks) else e
        return left, right

    def near(self, groups: frozenset[str], s: int, e: int, cond: Condition) -> list[Mention]:
        out: list[Mention] = []
        for m in self.mentions:
            if "state" in groups and m.kind == "state":
                pass
            elif m.kind != "group" or not ("any" in groups or m.group in groups):
                continue
            inside = s <= m.start and m.end <= e
            before = cond.side != "after" and m.end <= s
            after = cond.side != "before" and m.start >= e
            if (
                inside
                or cond.window is None
                or (before and self.between(m.end, s) <= cond.window)
                or (after and self.between(e, m.start) <= cond.window)
            ):
                out.append(m)
        return out

    def cue(
        self,
        pattern: regex.Pattern[str] | None,
        groups: frozenset[str],
        s: int,
        e: int,
        cond: Condition,
        outside: bool,
    ) -> bool:
        if groups and self.near(groups, s, e, cond):
            return True
        if pattern is None:
            return False
        a, b = self.region(s, e, cond.window, cond.side)
        if not outside and cond.side == "both":
            # anti-cues may overlap the match ("king zog", "baby shower")
            return pattern.search(self.text, a, b) is not None
        # Required cues are evidence *besides* the match, so they are looked for around it.
        if cond.side != "after" and pattern.search(self.text, a, s) is not None:
            return True
        return cond.side != "before" and pattern.search(self.text, e, b) is not None

    def bare(self, s: int, e: int) -> bool:
        filler = self.catalogue.bare_filler
        return all(self.text[a:b] in filler for a, b in self.tokens if b <= s or a >= e)

    def holds(
        self, cond: Condition, s: int, e: int, *, outside: bool = True
    ) -> tuple[bool, list[Mention]]:
        """Whether `cond` holds for the match `[s, e)`, and the mentions that made it hold."""
        if cond.near:
            found = self.near(cond.near, s, e, cond)
            if found:
                return True, found
        if (cond.cues is not None or cond.cue_groups) and self.cue(
            cond.cues, cond.cue_groups, s, e, cond, outside
        ):
            return True, []
        if cond.all and all(self.cue(p, g, s, e, cond, outside) for p, g in cond.all):
            return True, []
        if cond.bare and self.bare(s, e):
            return True, []
        return False, []


class TropeCatalogue:
    """A validated, compiled `tropes.yaml`, bound to the targets catalogue it refers to."""

    def __init__(
        self,
        source: str,
        version: int,
        updated: str,
        entries: Sequence[TropeEntry],
        targets: TargetCatalogue,
        bare_filler: frozenset[str],
        clean: Sequence[tuple[str, str]],
    ) -> None:
        self.source = source
        self.version = version
        self.updated = updated
        self.entries = tuple(entries)
        self.targets = targets
        self.bare_filler = bare_filler
        self.clean = tuple(clean)
        self._patterns: list[tuple[TropeEntry, str, Condition | None]] = []
        covers: dict[int, frozenset[str] | None] = {}
        for entry in self.entries:
            for full, sketch, (override, cond) in zip(
                entry.patterns, entry.sketches, entry.overrides, strict=True
            ):
                # The sketch is small to analyse; the full form only when it has no cover.
                cover = literal_cover(sketch)
                covers[len(self._patterns)] = cover if cover is not None else literal_cover(full)
                requires = cond if override else entry.requires
                self._patterns.append((entry, full, requires))
        # Patterns that inline whole group vocabularies are slow to parse: compile each on
        # first use (see `warm`), once per process.
        self._compiled: list[regex.Pattern[str] | None] = [None] * len(self._patterns)
        self.prefilter = Prefilter(covers)
        self.always_run = sorted({self._patterns[i][0].id for i in self.prefilter.always})

    def _pattern(self, pid: int) -> regex.Pattern[str]:
        compiled = self._compiled[pid]
        if compiled is None:
            compiled = self._compiled[pid] = compile_regex(self._patterns[pid][1])
        return compiled

    def warm(self) -> TropeCatalogue:
        """Compile every pattern now (servers call this at startup; tests check it)."""
        for pid in range(len(self._patterns)):
            self._pattern(pid)
        return self

    def hits(self, text: str, lang: str = "other") -> list[TropeHit]:
        """Every entry match in normalized `text`, deduplicated per label, in text order."""
        folded = fold(text)
        scan = _Scan(folded, text, lang, self)
        raw_hits: list[tuple[int, TropeHit]] = []
        for pid in sorted(self.prefilter.candidates(folded)):
            entry, _, requires = self._patterns[pid]
            for m in self._pattern(pid).finditer(folded):
                hit = self._check(entry, requires, scan, m.start(), m.end())
                if hit is not None:
                    raw_hits.append((pid, hit))
        kept: list[TropeHit] = []
        seen: dict[str, list[tuple[int, int]]] = {}
        for _, hit in raw_hits:  # earlier entries win: specific tropes precede generic ones
            labels = tuple(
                lab
                for lab in hit.labels
                if not any(a < hit.end and hit.start < b for a, b in seen.get(lab, ()))
            )
            if not labels:
                continue
            for lab in labels:
                seen.setdefault(lab, []).append((hit.start, hit.end))
            kept.append(TropeHit(hit.entry, hit.start, hit.end, labels, hit.mentions))
        kept.sort(key=lambda h: (h.start, h.end, h.entry.id))
        return kept

    def _check(
        self, entry: TropeEntry, requires: Condition | None, scan: _Scan, s: int, e: int
    ) -> TropeHit | None:
        if s == e:
            return None
        if entry.unless is not None and scan.holds(entry.unless, s, e, outside=False)[0]:
            return None
        used: list[Mention] = []
        if requires is not None:
            ok, used = scan.holds(requires, s, e)
            if not ok:
                return None
        labels: list[str] = [entry.label] if entry.label else []
        if entry.group_label:
            groups = sorted({m.group for m in used if m.kind == "group"})
            if not groups and not labels:
                return None  # nothing to report without a target ("them" in "kill them")
            labels += [entry.by_group.get(g, GROUPS[g]) for g in groups]
        labels += entry.also
        start = min([s, *(m.start for m in used)])
        end = max([e, *(m.end for m in used)])
        return TropeHit(entry, start, end, tuple(dict.fromkeys(labels)), tuple(used))


# -- loading ------------------------------------------------------------------------


class _Builder:
    """Validates raw YAML entries into `TropeEntry`s, collecting every problem."""

    def __init__(
        self,
        problems: Problems,
        macros: Mapping[str, str],
        targets: TargetCatalogue,
        placeholders: Mapping[str, str],
    ):
        self.problems = problems
        self.macros = macros
        self.targets = targets
        self.sketch_macros = {**macros, **placeholders}

    def expand(
        self, pattern: str, where: str, line: int | None, *, sketch: bool = False
    ) -> str | None:
        macros = self.sketch_macros if sketch else self.macros
        seen = 0
        while "{{" in pattern:
            seen += 1
            if seen > 10:
                self.problems.add(where, "macros nest too deep (a cycle?)", line)
                return None
            missing = [n for n in _MACRO.findall(pattern) if n not in macros]
            if missing:
                name = missing[0]
                self.problems.add(
                    where, f"unknown macro `{{{{{name}}}}}`{closest(name, macros)}", line
                )
                return None
            pattern = _MACRO.sub(lambda m: "(?:" + macros[m.group(1)] + ")", pattern)
        return pattern

    def compile(self, pattern: Any, where: str, line: int | None) -> tuple[str, str] | None:
        """(full, sketch) expansions of a pattern, validated by compiling the sketch.

        Built-in vocabulary macros are valid alternations by construction, so checking the
        pattern with a placeholder in their place finds every error the full form has.
        """
        if not isinstance(pattern, str) or not pattern:
            self.problems.add(where, f"pattern must be a non-empty string, got {pattern!r}", line)
            return None
        full = self.expand(pattern, where, line)
        sketch = self.expand(pattern, where, line, sketch=True)
        if full is None or sketch is None:
            return None
        try:
            compile_regex(sketch)
        except regex.error as exc:
            self.problems.add(where, f"bad regex `{pattern}`: {exc}", line)
            return None
        return full, sketch

    def label(self, value: Any, where: str, line: int | None) -> str | None:
        if not isinstance(value, str) or value not in LABELS:
            self.problems.add(where, f"unknown label `{value}`{closest(str(value), LABELS)}", line)
            return None
        return value

    def cues(
        self, value: Any, where: str, line: int | None
    ) -> tuple[regex.Pattern[str] | None, frozenset[str]]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            self.problems.add(where, "cue list must be a non-empty list of regexes or @group", line)
            return None, frozenset()
        groups: set[str] = set()
        regexes: list[str] = []
        for cue in value:
            if not isinstance(cue, str):
                self.problems.add(where, f"cue must be a string, got {cue!r}", line)
            elif cue.startswith("@"):
                name = cue[1:]
                if name not in GROUPS and name not in _NEAR_SPECIAL:
                    options = [*GROUPS, *_NEAR_SPECIAL]
                    self.problems.add(
                        where, f"unknown group cue `{cue}`{closest(name, options)}", line
                    )
                groups.add(name)
            else:
                expanded = self.expand(cue, where, line)
                if expanded is not None:
                    regexes.append(expanded)
        pattern: regex.Pattern[str] | None = None
        if regexes:
            try:
                pattern = compile_regex("(?:" + ")|(?:".join(regexes) + ")")
            except regex.error as exc:
                self.problems.add(where, f"bad cue regex: {exc}", line)
        return pattern, frozenset(groups)

    def condition(
        self, raw: Any, where: str, line: int | None, *, unless: bool
    ) -> Condition | None:
        if unless and isinstance(raw, list):
            raw = {"any": raw}
        if not isinstance(raw, dict):
            self.problems.add(where, "must be a mapping", line)
            return None
        allowed = _UNLESS_KEYS if unless else _REQUIRES_KEYS
        for key in raw:
            if key not in allowed:
                kind = "unless" if unless else "requires"
                self.problems.add(
                    where, f"unknown {kind} key `{key}`{closest(str(key), allowed)}", line
                )
        window = raw.get("window", 8)
        if window == "text":
            window = None
        elif not isinstance(window, int) or isinstance(window, bool) or window < 0:
            self.problems.add(
                where, f"`window` must be a token count >= 0 or `text`, got {window!r}", line
            )
            window = 8
        side = raw.get("side", "both")
        if side not in ("before", "after", "both"):
            self.problems.add(where, f"`side` must be before, after or both, got {side!r}", line)
            side = "both"
        near_raw = raw.get("near", [])
        near_list = [near_raw] if isinstance(near_raw, str) else near_raw
        near: set[str] = set()
        if not isinstance(near_list, list):
            self.problems.add(where, "`near` must be a group name or a list of them", line)
            near_list = []
        for name in near_list:
            if name not in GROUPS and name not in _NEAR_SPECIAL:
                options = [*GROUPS, *_NEAR_SPECIAL]
                self.problems.add(
                    where, f"unknown group `{name}` in `near`{closest(str(name), options)}", line
                )
            near.add(str(name))
        cues, cue_groups = (None, frozenset[str]())
        if "any" in raw:
            cues, cue_groups = self.cues(raw["any"], where, line)
        all_lists: list[tuple[regex.Pattern[str] | None, frozenset[str]]] = []
        if "all" in raw:
            if not isinstance(raw["all"], list) or not all(isinstance(x, list) for x in raw["all"]):
                self.problems.add(where, "`all` must be a list of cue lists", line)
            else:
                all_lists = [self.cues(x, where, line) for x in raw["all"]]
        bare = raw.get("bare", False)
        if not isinstance(bare, bool):
            self.problems.add(where, "`bare` must be true or false", line)
            bare = False
        if not (near or cues or cue_groups or all_lists or bare):
            self.problems.add(where, "needs at least one of `near`, `any`, `all`, `bare`", line)
        return Condition(
            near=frozenset(near),
            cues=cues,
            cue_groups=cue_groups,
            all=tuple(all_lists),
            bare=bare,
            window=window,
            side=cast(Side, side),
        )

    def samples(
        self, raw: Any, where: str, line: int | None
    ) -> list[tuple[str, str, tuple[str, ...]]]:
        if raw is None:
            return []
        if not isinstance(raw, dict):
            self.problems.add(where, "must map a language (en, fr) to a list of texts", line)
            return []
        out: list[tuple[str, str, tuple[str, ...]]] = []
        for lang, texts in raw.items():
            if lang == LINE_KEY:
                continue
            if lang not in _LANGS or not isinstance(texts, list):
                self.problems.add(where, f"`{lang}` must be en or fr with a list of texts", line)
                continue
            for item in texts:
                if isinstance(item, str):
                    out.append((lang, item, ()))
                elif isinstance(item, dict) and isinstance(item.get("text"), str):
                    expects = item.get("expects", [])
                    labels = tuple(
                        lab for lab in (self.label(x, where, line) for x in expects) if lab
                    )
                    out.append((lang, item["text"], labels))
                else:
                    self.problems.add(
                        where, f"sample must be a string or {{text, expects}}: {item!r}", line
                    )
        return out

    def entry(self, raw: Any, index: int) -> TropeEntry | None:
        if not isinstance(raw, dict):
            self.problems.add(f"entry #{index}", "must be a mapping")
            return None
        line = raw.get(LINE_KEY)
        eid = raw.get("id")
        if not isinstance(eid, str) and isinstance(eid, int):
            eid = str(eid)
        where = f"entry `{eid}`"
        if not isinstance(eid, str) or not _ID.fullmatch(eid):
            self.problems.add(f"entry #{index}", f"`id` must be snake_case, got {eid!r}", line)
            return None
        for key in raw:
            if key not in _ENTRY_KEYS:
                self.problems.add(
                    where, f"unknown key `{key}`{closest(str(key), _ENTRY_KEYS)}", line
                )
        group_label = raw.get("group_label")
        if group_label not in (None, "from_target"):
            self.problems.add(
                where, f"`group_label` must be `from_target`, got {group_label!r}", line
            )
        label = None
        if "label" in raw or group_label is None:
            label = self.label(raw.get("label"), where, line)
        also_raw = raw.get("also", [])
        also = tuple(
            x
            for x in (
                self.label(v, where, line)
                for v in (also_raw if isinstance(also_raw, list) else [also_raw])
            )
            if x
        )
        by_group_raw = raw.get("by_group", {})
        by_group: dict[str, str] = {}
        if isinstance(by_group_raw, dict):
            for g, lab in by_group_raw.items():
                if g == LINE_KEY:
                    continue
                if g not in GROUPS:
                    self.problems.add(
                        where, f"unknown group `{g}` in `by_group`{closest(str(g), GROUPS)}", line
                    )
                checked = self.label(lab, where, line)
                if checked:
                    by_group[str(g)] = checked
        lang = raw.get("lang", ["en", "fr"])
        if not isinstance(lang, list) or not lang or not set(lang) <= _LANGS:
            self.problems.add(where, f"`lang` must be a list from [en, fr], got {lang!r}", line)
            lang = ["en", "fr"]
        patterns = raw.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            self.problems.add(where, "`patterns` must be a non-empty list of regexes", line)
            patterns = []
        sources: list[Any] = []
        overrides: list[tuple[bool, Condition | None]] = []
        for p in patterns:
            if isinstance(p, dict):
                sources.append(p.get("re"))
                for key in p:
                    if key not in ("re", "requires", LINE_KEY):
                        self.problems.add(
                            where, f"unknown pattern key `{key}` (use `re`, `requires`)", line
                        )
                req = p.get("requires")
                if req == "none":
                    overrides.append((True, None))
                elif req is not None:
                    overrides.append(
                        (True, self.condition(req, f"{where} pattern requires", line, unless=False))
                    )
                else:
                    overrides.append((False, None))
            else:
                sources.append(p)
                overrides.append((False, None))
        compiled = [self.compile(p, where, line) for p in sources]
        strength = raw.get("strength")
        if strength not in ("strong", "weak"):
            self.problems.add(where, f"`strength` must be strong or weak, got {strength!r}", line)
            strength = "weak"
        score = raw.get("score")
        if not isinstance(score, int | float) or isinstance(score, bool) or not 0 < score <= 1:
            self.problems.add(where, f"`score` must be a number in (0, 1], got {score!r}", line)
            score = 0.5
        requires = None
        if "requires" in raw:
            requires = self.condition(raw["requires"], f"{where} requires", line, unless=False)
        elif strength == "weak":
            self.problems.add(where, "a weak entry needs a `requires` disambiguator", line)
        unless = None
        if "unless" in raw:
            unless = self.condition(raw["unless"], f"{where} unless", line, unless=True)
        if group_label and (requires is None or not requires.near):
            self.problems.add(where, "`group_label: from_target` needs `requires.near`", line)
        examples = self.samples(raw.get("examples"), f"{where} examples", line)
        traps = [
            (lg, text) for lg, text, _ in self.samples(raw.get("traps"), f"{where} traps", line)
        ]
        if any(c is None for c in compiled):
            return None
        pairs = [c for c in compiled if c is not None]
        return TropeEntry(
            id=eid,
            label=label,
            also=also,
            lang=tuple(lang),
            patterns=tuple(full for full, _ in pairs),
            sketches=tuple(sketch for _, sketch in pairs),
            overrides=tuple(overrides),
            strength=cast(Strength, strength),
            score=float(score),
            requires=requires,
            unless=unless,
            group_label=group_label == "from_target",
            by_group=by_group,
            examples=tuple(examples),
            traps=tuple(traps),
            line=line if isinstance(line, int) else 0,
            note=str(raw.get("note", "")),
        )


def _builtin_macros(targets: TargetCatalogue, echo_self: str) -> dict[str, str]:
    """Macros drawn from the targets catalogue, so group vocabularies live in one place."""
    echo = r"\(\(\(\s*(?!" + echo_self + r"\s*\)\)\))[^()\n]{1,40}?\s*\)\)\)"
    word = r"(?<![^\W\d_])(?:{})(?![^\W\d_])"
    return {
        "echo": echo,
        "jews": targets.macro("jews") + "|" + echo,
        "group": targets.macro() + "|" + echo,
        "slurs": word.format(trie_pattern(targets.forms(slurs_only=True))),
        "israel": word.format(trie_pattern(targets.forms(kind="state"))),
    }


def load_tropes(
    path: str | Path | None = None, targets: TargetCatalogue | None = None
) -> TropeCatalogue:
    """Read, validate and compile a trope catalogue (default: the packaged `tropes.yaml`).

    Raises `CatalogueError` listing every problem: file, line, entry id and what is wrong
    (an unknown label with the closest valid one, a bad regex with the regex error, an
    unknown `requires` key...).
    """
    targets = targets or default_targets()
    source, data = read_catalogue(path, "tropes.yaml")
    problems = Problems(source)
    if not isinstance(data, dict):
        problems.add("top level", "expected a mapping with `version` and `entries`")
        problems.raise_if_any()
    for key in data:
        if key not in _TOP_KEYS:
            problems.add("top level", f"unknown key `{key}`{closest(str(key), _TOP_KEYS)}")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        problems.add("top level", f"`version` must be an integer, got {version!r}")
        version = 0
    updated = str(data.get("updated", ""))
    macros = _builtin_macros(targets, r"(?:me|us|moi|nous|myself|ourselves|i|je|self|my ?self)")
    user_macros = data.get("macros", {}) or {}
    if not isinstance(user_macros, dict):
        problems.add("macros", "must map a name to a regex")
        user_macros = {}
    for name, value in user_macros.items():
        if name == LINE_KEY:
            continue
        if name in macros:
            problems.add("macros", f"`{name}` is built in (from targets.yaml); pick another name")
        elif not isinstance(value, str):
            problems.add("macros", f"`{name}` must be a regex string")
        else:
            macros[str(name)] = value
    placeholders = {name: r"[^\W\d_]+" for name in ("jews", "group", "slurs", "israel")}
    builder = _Builder(problems, macros, targets, placeholders)
    entries: list[TropeEntry] = []
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list) or not raw_entries:
        problems.add("top level", "`entries` must be a non-empty list")
        raw_entries = []
    ids: set[str] = set()
    for n, raw in enumerate(raw_entries):
        entry = builder.entry(raw, n)
        if entry is None:
            continue
        if entry.id in ids:
            problems.add(f"entry `{entry.id}`", "duplicate id", entry.line)
        ids.add(entry.id)
        entries.append(entry)
    filler_raw = data.get("bare_filler", [])
    filler = (
        frozenset(x for x in filler_raw if isinstance(x, str))
        if isinstance(filler_raw, list)
        else frozenset()
    )
    clean = [(lg, text) for lg, text, _ in builder.samples(data.get("clean"), "clean", None)]
    problems.raise_if_any()
    return TropeCatalogue(source, version, updated, entries, targets, filler, clean)


@functools.cache
def default_tropes() -> TropeCatalogue:
    """The packaged catalogue, loaded and compiled once per process."""
    return load_tropes()


class TropeDetector(Detector):
    """Reports catalogue tropes (antisemitic and generic hate patterns) with raw spans."""

    name: ClassVar[str] = "tropes"

    def __init__(self, catalogue: TropeCatalogue | None = None) -> None:
        self.catalogue = catalogue or default_tropes()

    def hits(self, item: NormalizedText) -> list[TropeHit]:
        return self.catalogue.hits(item.text, item.lang)

    def signals(self, item: NormalizedText) -> list[Signal]:
        out: list[Signal] = []
        for hit in self.hits(item):
            span = item.raw_span(hit.start, hit.end)
            for label in hit.labels:
                out.append(
                    Signal(
                        detector=self.name,
                        kind="label",
                        name=label,
                        score=hit.entry.score,
                        spans=(span,),
                        trope=hit.entry.id,
                        note=hit.entry.strength,
                    )
                )
        return out

    def examples(self) -> list[Example]:
        out: list[Example] = []
        for entry in self.catalogue.entries:
            for lang, text, expects in entry.examples:
                out.append(Example(text, expects or entry.static_labels(), lang))
            for lang, text in entry.traps:
                out.append(Example(text, (), lang, absent=LABELS))
        for lang, text in self.catalogue.clean:
            out.append(Example(text, (), lang, absent=LABELS))
        return out
