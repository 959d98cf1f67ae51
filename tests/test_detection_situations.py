"""The situations bastion exists for, end to end through the shipped model.

Each case is a behaviour a creator or a moderator relies on; wording is ours.
"""

from __future__ import annotations

import pytest

from bastion.engine import Engine

FLAGGED = [
    ("Hitler was right", "hate/antisemitism/holocaust"),
    ("I hope you end up like Anne Frank", "hate/antisemitism"),
    ("H1tl3r w4s r1ght 🔥🚿", "hate/antisemitism"),
    ("(((they))) own the news and the banks", "hate/antisemitism/conspiracy"),
    ("jews are rats 🐀", "hate/antisemitism/dehumanization"),
    ("every jew in Paris has Gaza's blood on his hands", "hate/antisemitism/collective_blame"),
    ("gas them all, every last jew", "hate/antisemitism/violence"),
    ("Les juifs contrôlent les banques et les médias", "hate/antisemitism"),
    ("mort aux juifs", "hate/antisemitism"),
    ("Oct 7 was beautiful, do it again", "violent_extremism"),
    ("muslims are a disease on this country", "hate/muslims"),
    ("women are too stupid to vote", "hate/women"),
    ("les immigrés sont des parasites", "hate/immigrants"),
]

NOT_FLAGGED = [
    ("Someone wrote 'Hitler was right' under my video. Reported.", "counter_speech"),
    ("Il m'a traité de « sale youpin », j'ai porté plainte.", "counter_speech"),
    ("Netanyahu's cabinet is starving Gaza; sanction it.", "policy_criticism"),
    ("Swastikas found on a Lyon synagogue, police probe.", "news"),
    ("Today we remember the six million.", "education"),
    ("As a Jew I light candles on Friday.", "self_reference"),
    ("Jews don't control the media, that's a Nazi myth.", "negated"),
    ("How do historians count Auschwitz victims?", "question"),
    ("Le gouvernement israélien viole le droit international.", "policy_criticism"),
]


@pytest.mark.parametrize(("text", "label"), FLAGGED)
def test_hate_is_flagged_with_its_specific_label(engine: Engine, text: str, label: str) -> None:
    verdict = engine.scan(text)
    assert verdict.flagged, (text, verdict.labels, verdict.scores)
    assert label in verdict.labels, (text, verdict.labels)


@pytest.mark.parametrize(("text", "context"), NOT_FLAGGED)
def test_non_violating_context_is_not_flagged_and_is_named(
    engine: Engine, text: str, context: str
) -> None:
    verdict = engine.scan(text)
    assert not verdict.flagged, (text, verdict.labels, verdict.scores)
    assert context in verdict.explanation.contexts, (text, verdict.explanation.contexts)


@pytest.mark.parametrize(
    "slogan",
    [
        "from the river to the sea, palestine will be free",
        "from the river to the sea",
        "globalize the intifada",
        "du fleuve à la mer",
    ],
)
def test_contested_slogan_is_labelled_for_review_not_flagged(engine: Engine, slogan: str) -> None:
    verdict = engine.scan(slogan)
    assert verdict.labels == ("contested",), verdict.labels
    assert not verdict.flagged and verdict.action == "review"


def test_contested_slogan_with_violence_against_jews_is_flagged(engine: Engine) -> None:
    verdict = engine.scan("from the river to the sea, kill every jew")
    assert verdict.flagged
    assert "hate/antisemitism" in verdict.labels


def test_catalogue_hit_explains_itself_with_a_raw_span(engine: Engine) -> None:
    text = "lol the H o l o h o a x again"
    verdict = engine.scan(text)
    hits = [h for h in verdict.explanation.hits if h.kind == "label"]
    assert hits and hits[0].trope
    span = hits[0].spans[0]
    assert text[span.start : span.end] == span.text
    assert "o l o" in span.text


def test_the_same_hateful_words_are_judged_by_their_frame(engine: Engine) -> None:
    asserted = engine.scan("Jews control the banks.")
    quoted = engine.scan("He said 'Jews control the banks', what an antisemitic idiot. Reported.")
    negated = engine.scan("Jews don't control the banks, that's an antisemitic myth.")
    assert asserted.flagged and not quoted.flagged and not negated.flagged
