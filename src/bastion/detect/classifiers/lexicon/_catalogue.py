"""Shared catalogue plumbing: YAML reading with line numbers, error collection and text folding."""

from __future__ import annotations

import difflib
import importlib.resources
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import regex  # type: ignore[import-untyped, unused-ignore]  # lead: add types-regex to dev deps
import yaml

from bastion.errors import ConfigError

__all__ = [
    "LINE_KEY",
    "CatalogueError",
    "Problems",
    "closest",
    "compile_regex",
    "fold",
    "read_catalogue",
]

# Key under which `_LineLoader` stores each mapping's 1-based line number.
LINE_KEY = "__line__"

PACKAGE = "bastion.detect.classifiers.lexicon"


class CatalogueError(ConfigError, ValueError):
    """A lexicon catalogue is invalid; `problems` lists every error found, one per line."""

    def __init__(self, source: str, problems: Sequence[str]) -> None:
        self.source = source
        self.problems = tuple(problems)
        plural = "s" if len(problems) != 1 else ""
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(
            f"{source}: {len(problems)} problem{plural} in lexicon catalogue:\n{lines}"
        )


class Problems:
    """Collects every validation error of one file, then fails once (compiler-style)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[str] = []

    def add(self, where: str, message: str, line: int | None = None) -> None:
        loc = f"{self.source}:{line}" if line else self.source
        self.items.append(f"{loc}: {where}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            raise CatalogueError(self.source, self.items)


class _LineLoader(yaml.SafeLoader):
    """Safe YAML loader that records each mapping's line, so errors can point at it."""


class _CLineLoader(yaml.CSafeLoader):
    """The same on libyaml (several times faster), used when PyYAML was built with it."""


def _construct_mapping(
    loader: yaml.SafeLoader | yaml.CSafeLoader, node: yaml.MappingNode
) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = (
    _CLineLoader if yaml.__with_libyaml__ else _LineLoader
)


def read_catalogue(path: str | Path | None, default_name: str) -> tuple[str, Any]:
    """The (display name, parsed YAML) of `path`, or of the packaged `default_name`."""
    if path is None:
        resource = importlib.resources.files(PACKAGE).joinpath(default_name)
        source, text = default_name, resource.read_text(encoding="utf-8")
    else:
        source, text = str(path), Path(path).read_text(encoding="utf-8")
    try:
        data = yaml.load(text, Loader=_LOADER)  # safe loaders only
    except yaml.YAMLError as exc:
        raise CatalogueError(source, [f"{source}: invalid YAML: {exc}"]) from exc
    return source, data


def closest(name: str, options: Iterable[str]) -> str:
    """` (did you mean `x`?)` for the closest option, or an empty string."""
    match = difflib.get_close_matches(name, list(options), n=1, cutoff=0.5)
    return f" (did you mean `{match[0]}`?)" if match else ""


def compile_regex(pattern: str) -> regex.Pattern[str]:
    """Compile a catalogue pattern; `regex.error` propagates for the caller to report."""
    return regex.compile(pattern, regex.V0)


# Characters the final normalizer rewrites 1:1 that the placeholder leaves alone;
# folding them here keeps patterns simple without changing any offset.
_QUOTES: Mapping[str, str] = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201b": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2013": "-",
    "\u2014": "-",
    "_": " ",  # "kill_all_jews": handles and hashtags glue words with underscores
}
_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    if ch in _QUOTES:
        return _QUOTES[ch]
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
        return base
    return ch


def fold(text: str) -> str:
    """Strip diacritics and unify quotes one character for one, so offsets stay valid."""
    if text.isascii():
        return text.replace("_", " ") if "_" in text else text
    table: dict[int, str] = {}
    for ch in set(text):
        if ord(ch) < 128:
            continue
        out = _FOLD_CACHE.get(ch)
        if out is None:
            out = _fold_char(ch)
            if len(_FOLD_CACHE) < 20_000:
                _FOLD_CACHE[ch] = out
        if out != ch:
            table[ord(ch)] = out
    return text.translate(table) if table else text
