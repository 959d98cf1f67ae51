"""What a policy decides on: the detectors' evidence and the item's context."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from bastion.errors import InputError

SURFACES = ("comment", "video", "caption", "profile")


class AssessmentLike(Protocol):
    """Anything with labels, scores and contexts: `detect.cascade.Assessment`, `Evidence`."""

    @property
    def labels(self) -> Sequence[str]: ...
    @property
    def scores(self) -> Mapping[str, float]: ...
    @property
    def contexts(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class Evidence:
    """Labels, scores and contexts given directly (tests, `policy test` cases, other detectors)."""

    labels: tuple[str, ...] = ()
    scores: Mapping[str, float] = field(default_factory=dict)
    contexts: tuple[str, ...] = ()


# The item-context fields a case or an API request may set, and their JSON types.
_CONTEXT_FIELDS: dict[str, tuple[type, ...]] = {
    "surface": (str,),
    "account_age_days": (int,),
    "prior_strikes": (int,),
    "reach": (int,),
    "target_in_harassment_wave": (bool,),
}


@dataclass(frozen=True, slots=True)
class ItemContext:
    """Where the item appeared and who wrote it; `None` means unknown.

    A condition on an unknown field never matches (neither `_below` nor `_at_least`).
    """

    surface: str | None = None
    account_age_days: int | None = None
    prior_strikes: int | None = None
    reach: int | None = None
    target_in_harassment_wave: bool = False

    @classmethod
    def from_json(cls, obj: Any, where: str = "context") -> ItemContext:
        """Build from a JSON object, raising `InputError` that names `where` for a bad field."""
        if obj is None:
            return cls()
        if not isinstance(obj, dict):
            raise InputError(f"{where}: expected an object")
        values: dict[str, Any] = {}
        for key, value in obj.items():
            types = _CONTEXT_FIELDS.get(key)
            if types is None:
                raise InputError(
                    f"{where}: unknown field `{key}` (expected one of "
                    + ", ".join(f"`{k}`" for k in _CONTEXT_FIELDS)
                    + ")"
                )
            if value is None:
                continue
            # bool is an int in Python; a count given as `true` is a mistake.
            if not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
                raise InputError(f"{where}: `{key}` must be {types[0].__name__}, got {value!r}")
            if isinstance(value, int) and not isinstance(value, bool) and value < 0:
                raise InputError(f"{where}: `{key}` must not be negative, got {value}")
            if key == "surface" and value not in SURFACES:
                raise InputError(
                    f"{where}: unknown surface `{value}` (expected one of "
                    + ", ".join(f"`{s}`" for s in SURFACES)
                    + ")"
                )
            values[key] = value
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return {
            "surface": self.surface,
            "account_age_days": self.account_age_days,
            "prior_strikes": self.prior_strikes,
            "reach": self.reach,
            "target_in_harassment_wave": self.target_in_harassment_wave,
        }
