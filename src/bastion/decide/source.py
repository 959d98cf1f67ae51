"""Policy text with its file name, and the compiler-style errors that point into it."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bastion.errors import ConfigError


@dataclass(frozen=True, slots=True)
class PolicySource:
    """The YAML text of a policy and the name errors use for it (a path or `policy.yaml`)."""

    text: str
    name: str = "policy.yaml"

    @classmethod
    def from_path(cls, path: str | Path) -> PolicySource:
        """Read a policy file; a missing or unreadable file is a `ConfigError`."""
        p = Path(path)
        try:
            return cls(p.read_text(encoding="utf-8"), str(path))
        except OSError as exc:
            raise ConfigError(f"cannot read policy {path}: {exc.strerror}") from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(f"cannot read policy {path}: not UTF-8 ({exc.reason})") from exc


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A 1-based line:column in a policy source."""

    source: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.source}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Name:
    """A string from the policy and where it was written, so a validator can point at it."""

    value: str
    location: Location


@dataclass(frozen=True, slots=True)
class PolicyError:
    """One problem in a policy: where, and a lower-case message with symbols in backticks."""

    location: Location
    message: str

    def render(self) -> str:
        return f"{self.location}: {self.message}"

    def render_with_source(self, text: str) -> str:
        """The one-line error, then the offending source line with a caret under the column."""
        lines = text.splitlines()
        head = self.render()
        if not 1 <= self.location.line <= len(lines):
            return head
        number = str(self.location.line)
        pad = " " * len(number)
        line = lines[self.location.line - 1]
        caret = " " * (self.location.column - 1) + "^"
        return f"{head}\n {pad} |\n {number} | {line}\n {pad} | {caret}"


class PolicyInvalid(ConfigError):
    """A policy that does not validate; `errors` holds every problem found, in file order."""

    def __init__(self, errors: Iterable[PolicyError], source: PolicySource | None = None) -> None:
        self.errors: tuple[PolicyError, ...] = tuple(
            sorted(set(errors), key=lambda e: (e.location, e.message))
        )
        self.source = source
        super().__init__("\n".join(e.render() for e in self.errors))

    def render(self) -> str:
        """Every error with its source line and a caret, then a count (`policy check` output)."""
        text = self.source.text if self.source else ""
        parts = [e.render_with_source(text) for e in self.errors]
        n = len(self.errors)
        where = self.source.name if self.source else "policy"
        parts.append(f"{where}: {n} error{'s' if n != 1 else ''}; the policy was not loaded")
        return "\n".join(parts)


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """` (did you mean `x`?)` for the closest choice, else the choices when there are few."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    if close:
        return f" (did you mean `{close[0]}`?)"
    if len(choices) <= 10:
        return " (expected one of " + ", ".join(f"`{c}`" for c in choices) + ")"
    return ""
