"""The functional-test vocabulary the general generators share (EN and FR alike)."""

from __future__ import annotations

from bastion.synth.base import SynthRow

SPELLING_FUNCTIONALITIES: tuple[str, ...] = (
    "spelling_swap",
    "spelling_missing_char",
    "spelling_no_space",
    "spelling_added_space",
    "spelling_leet",
)
HATEFUL_FUNCTIONALITIES: tuple[str, ...] = (
    "derogation_emotion",
    "derogation_attribute",
    "dehumanization",
    "derogation_implicit",
    "threat_direct",
    "threat_normative",
    "slur",
    "profanity_hateful",
    "pronoun_clause",
    "pronoun_sentence",
    "negated_positive",
    "question_hateful",
    "opinion_hateful",
    *SPELLING_FUNCTIONALITIES,
)
THREAT_FUNCTIONALITIES = frozenset({"threat_direct", "threat_normative"})

# Expected non-violating contexts per non-hateful functionality.
FUNCTIONALITY_CONTEXTS: dict[str, tuple[str, ...]] = {
    "slur_reclaimed": ("self_reference",),
    "negated_hateful": ("negated",),
    "counter_quote": ("counter_speech", "quote"),
    "counter_reference": ("counter_speech",),
}


def nongroup_row(lang: str, func: str, text: str, template: str, tags: tuple[str, ...]) -> SynthRow:
    """A row of a functionality aimed at no protected group (objects, people, other groups).

    Abuse of one person is labelled `harassment`, never hate; nothing here is flagged.
    """
    return SynthRow(
        text=text,
        lang=lang,
        hateful=False,
        functionality=func,
        labels=("harassment",) if func == "abuse_individual" else (),
        targets=(),
        contexts=(),
        template=template,
        tags=tags,
    )
