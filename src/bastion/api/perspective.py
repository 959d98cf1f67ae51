"""The Perspective-compatible view of a verdict: bastion scores -> Perspective attributes.

Each attribute is the highest of the bastion scores it maps from (docs/api.md):

- TOXICITY        <- any label (hate and its sub-labels, harassment, threat, violent_extremism)
- SEVERE_TOXICITY <- threat, violent_extremism, and dehumanizing or violent hate sub-labels
- IDENTITY_ATTACK <- hate and its sub-labels (attacks on a group for who they are)
- INSULT          <- harassment
- THREAT          <- threat, violent_extremism
- PROFANITY       <- harassment (bastion has no profanity detector; the nearest signal)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

ATTRIBUTES: tuple[str, ...] = (
    "TOXICITY",
    "SEVERE_TOXICITY",
    "IDENTITY_ATTACK",
    "INSULT",
    "THREAT",
    "PROFANITY",
)
LANGUAGES: tuple[str, ...] = ("en", "fr")


def _is_hate(label: str) -> bool:
    return label == "hate" or label.startswith("hate/")


def _severe(label: str) -> bool:
    return label in ("threat", "violent_extremism") or (
        _is_hate(label) and label.rsplit("/", 1)[-1] in ("violence", "dehumanization")
    )


_SOURCES: dict[str, Callable[[str], bool]] = {
    "TOXICITY": lambda label: label != "contested",
    "SEVERE_TOXICITY": _severe,
    "IDENTITY_ATTACK": _is_hate,
    "INSULT": lambda label: label == "harassment",
    "THREAT": lambda label: label in ("threat", "violent_extremism"),
    "PROFANITY": lambda label: label == "harassment",
}


def attribute_score(attribute: str, scores: Mapping[str, float]) -> float:
    """The Perspective probability of `attribute` for bastion label `scores` (0 if none apply)."""
    picks = [v for label, v in scores.items() if _SOURCES[attribute](label)]
    return round(max(picks, default=0.0), 4)
