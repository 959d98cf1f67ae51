"""The stable label, target-group and context vocabularies (see docs/taxonomy.md).

These strings are part of the public contract: output records use them, and
policies refer to them. Add names; never rename one.
"""

from __future__ import annotations

# Protected target groups. `hate/<label>` is the label for hate aimed at them.
GROUPS: dict[str, str] = {
    "jews": "hate/antisemitism",
    "muslims": "hate/muslims",
    "black": "hate/black",
    "women": "hate/women",
    "lgbtq": "hate/lgbtq",
    "trans": "hate/trans",
    "disabled": "hate/disabled",
    "immigrants": "hate/immigrants",
    "asian": "hate/asian",
    "arabs": "hate/arabs",
    "latino": "hate/latino",
    "roma": "hate/roma",
    "christians": "hate/christians",
    "indigenous": "hate/indigenous",
}

# The groups fairness is measured across: each gets the very same functional tests.
CORE_GROUPS: tuple[str, ...] = (
    "jews",
    "muslims",
    "black",
    "women",
    "lgbtq",
    "trans",
    "disabled",
    "immigrants",
)

ANTISEMITISM_SUBTYPES: tuple[str, ...] = (
    "hate/antisemitism/holocaust",
    "hate/antisemitism/conspiracy",
    "hate/antisemitism/dehumanization",
    "hate/antisemitism/collective_blame",
    "hate/antisemitism/violence",
)

LABELS: tuple[str, ...] = (
    "hate",
    *sorted(set(GROUPS.values())),
    *ANTISEMITISM_SUBTYPES,
    "harassment",
    "threat",
    "violent_extremism",
    "contested",
)

# Non-violating contexts: seen, reported in the verdict, and never flagged alone.
CONTEXTS: tuple[str, ...] = (
    "counter_speech",  # condemning or calling out hate, including by reference
    "quote",  # the hateful words are quoted, not asserted
    "news",  # reporting on an event
    "education",  # history, remembrance, teaching
    "self_reference",  # speaker identifies with the group ("as a Jew…", "(((me)))")
    "negated",  # the hateful claim is negated or denied
    "question",  # a good-faith question
    "policy_criticism",  # criticism of a government's acts, not of a people
)


def parents(label: str) -> list[str]:
    """`hate/antisemitism/holocaust` -> [`hate/antisemitism`, `hate`]."""
    parts = label.split("/")
    return ["/".join(parts[:i]) for i in range(len(parts) - 1, 0, -1)]


def is_label(name: str) -> bool:
    return name in LABELS


def specificity_order(labels: set[str]) -> list[str]:
    """Most specific first (deeper paths first), ties broken alphabetically."""
    return sorted(labels, key=lambda lab: (-lab.count("/"), lab))
