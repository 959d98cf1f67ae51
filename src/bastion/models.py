"""Frozen data types passed between the pipeline stages.

Data flows one way: raw text -> `NormalizedText` -> `Signal`s (from detectors)
-> `Verdict`. Every offset a user sees is an offset into the *raw* text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

SignalKind = Literal["label", "target", "context"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range `[start, end)` of the raw text, with the text it covers."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Text after normalization, with a map back to the raw text.

    `offsets[i]` is the raw index of the character `text[i]` came from; it has
    `len(text) + 1` entries, the last one being `len(raw)`, so a normalized
    half-open range `[a, b)` maps to raw `[offsets[a], offsets[b - 1] + 1)`.
    """

    raw: str
    text: str
    offsets: Sequence[int]
    lang: str = "other"
    lang_score: float = 0.0
    truncated: bool = False

    def raw_span(self, start: int, end: int) -> Span:
        """The raw-text span that normalized range `[start, end)` came from."""
        if end <= start:
            raw_start = self.offsets[min(start, len(self.offsets) - 1)]
            return Span(raw_start, raw_start, "")
        raw_start = self.offsets[start]
        raw_end = self.offsets[end - 1] + 1
        return Span(raw_start, raw_end, self.raw[raw_start:raw_end])


@dataclass(frozen=True, slots=True)
class Signal:
    """One finding of one detector. Detectors return signals; they never decide.

    kind="label":   `name` is a taxonomy label (`hate/antisemitism/holocaust`).
    kind="target":  `name` is a target group (`jews`, `women`, ...), see taxonomy.GROUPS.
    kind="context": `name` is a non-violating context (`counter_speech`, `news`, ...),
                    see taxonomy.CONTEXTS.
    """

    detector: str
    kind: SignalKind
    name: str
    score: float
    spans: tuple[Span, ...] = ()
    trope: str | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "detector": self.detector,
            "kind": self.kind,
            "name": self.name,
            "score": round(self.score, 4),
            "spans": [s.to_json() for s in self.spans],
        }
        if self.trope:
            out["trope"] = self.trope
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a verdict came out as it did: the evidence, not a decision."""

    lang: str
    hits: tuple[Signal, ...] = ()
    targets: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    truncated: bool = False
    rule: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "hits": [h.to_json() for h in self.hits],
            "targets": list(self.targets),
            "contexts": list(self.contexts),
            "truncated": self.truncated,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class Verdict:
    """The scan contract's output record (see docs/scan.md)."""

    id: str
    flagged: bool
    labels: tuple[str, ...]
    scores: Mapping[str, float]
    action: str
    explanation: Explanation

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "flagged": self.flagged,
            "labels": list(self.labels),
            "scores": {k: round(v, 4) for k, v in self.scores.items()},
            "action": self.action,
            "explanation": self.explanation.to_json(),
        }


@dataclass(frozen=True, slots=True)
class ScanError:
    """The record written in place of a verdict for an input that could not be scanned."""

    id: str | None
    line: int
    error: str
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "line": self.line, "error": self.error, "message": self.message}


@dataclass(frozen=True, slots=True)
class Example:
    """A text a detector documents, with the signal names it must produce on it."""

    text: str
    expects: tuple[str, ...]
    lang: str = "en"
    absent: tuple[str, ...] = field(default_factory=tuple)
