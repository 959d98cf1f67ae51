"""The shipped default.yaml decides exactly as the hard-coded default policy did."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

import pytest

from bastion.decide import (
    Evidence,
    ItemContext,
    decide,
    default_decision,
    load_default_policy,
)
from bastion.taxonomy import LABELS

NOW = datetime(2026, 1, 1, tzinfo=UTC)


def legacy_default_decision(
    labels: Sequence[str], scores: Mapping[str, float]
) -> tuple[bool, str, str]:
    """A frozen copy of the hard-coded `default_decision` this policy file replaced."""

    def under(label: str, roots: Sequence[str]) -> bool:
        return any(label == root or label.startswith(root + "/") for root in roots)

    violating = [lab for lab in labels if under(lab, ("hate", "threat", "violent_extremism"))]
    if violating:
        score = max(scores.get(lab, 0.0) for lab in violating)
        if score < 0.85:
            return True, "hold", "default.violating.low_confidence"
        if "threat" in labels:
            return True, "escalate", "default.threat"
        return True, "remove", "default.violating"
    if any(under(lab, ("contested", "harassment")) for lab in labels):
        return False, "review", "default.review"
    return False, "allow", "default.allow"


SCORES = (None, 0.0, 0.5, 0.8499, 0.85, 0.9, 1.0)
PICKS = (
    "hate",
    "hate/antisemitism",
    "hate/antisemitism/holocaust",
    "hate/women",
    "threat",
    "violent_extremism",
    "harassment",
    "contested",
)


def table() -> list[tuple[tuple[str, ...], dict[str, float]]]:
    """Every label alone and every pair and triple of `PICKS`, each under several scores."""
    rows: list[tuple[tuple[str, ...], dict[str, float]]] = [((), {}), ((), {"hate": 0.99})]
    combos: list[tuple[str, ...]] = [(lab,) for lab in LABELS]
    combos += list(itertools.combinations(PICKS, 2)) + list(itertools.combinations(PICKS, 3))
    for n, labels in enumerate(combos):
        for i, score in enumerate(SCORES):
            scores = {} if score is None else {labels[0]: score}
            # A second, different score for the other labels exercises the max.
            other = SCORES[(i + n) % len(SCORES)]
            if other is not None:
                scores.update({lab: other for lab in labels[1:]})
            rows.append((labels, scores))
    return rows


TABLE = table()


def test_the_table_is_large_and_covers_every_outcome() -> None:
    outcomes = {legacy_default_decision(labels, scores)[1] for labels, scores in TABLE}
    assert len(TABLE) > 500
    assert outcomes == {"allow", "review", "hold", "escalate", "remove"}


@pytest.mark.parametrize(("labels", "scores"), TABLE[:: max(1, len(TABLE) // 40)])
def test_default_policy_matches_the_hard_coded_default_on_a_sample(
    labels: tuple[str, ...], scores: dict[str, float]
) -> None:
    assert default_decision(labels, scores) == legacy_default_decision(labels, scores)


def test_default_policy_matches_the_hard_coded_default_on_every_combination() -> None:
    mismatches = [
        (labels, scores, default_decision(labels, scores), legacy_default_decision(labels, scores))
        for labels, scores in TABLE
        if default_decision(labels, scores) != legacy_default_decision(labels, scores)
    ]
    assert mismatches == []


def test_default_policy_has_the_documented_switches() -> None:
    policy = load_default_policy()
    switches = {s.name: (s.values, s.default) for s in policy.switches}
    assert switches == {
        "contested_slogans": (("review", "allow", "remove"), "review"),
        "harassment_wave_strict": (("on", "off"), "on"),
    }
    assert all(s.help for s in policy.switches)
    assert policy.rules[-1].when is None


@pytest.mark.parametrize(
    ("value", "action", "rule"),
    [
        ("review", "review", "default.review"),
        ("allow", "allow", "default.contested.allow"),
        ("remove", "remove", "default.contested.remove"),
    ],
)
def test_contested_slogans_switch_selects_the_action(value: str, action: str, rule: str) -> None:
    d = decide(
        load_default_policy(),
        Evidence(("contested",), {"contested": 0.9}),
        ItemContext(),
        now=NOW,
        switches={"contested_slogans": value},
    )
    assert (d.action, d.rule_id) == (action, rule)


def test_allowing_contested_slogans_still_reviews_harassment() -> None:
    d = decide(
        load_default_policy(),
        Evidence(("contested", "harassment"), {}),
        ItemContext(),
        now=NOW,
        switches={"contested_slogans": "allow"},
    )
    assert d.action == "review"


def test_harassment_under_a_creator_in_a_wave_is_held_for_creator_protection() -> None:
    wave = ItemContext(surface="comment", target_in_harassment_wave=True)
    policy = load_default_policy()
    d = decide(policy, Evidence(("harassment",), {"harassment": 0.7}), wave, now=NOW)
    assert (d.action, d.rule_id, d.flagged) == ("hold", "default.harassment_wave", True)
    assert d.effects[-1].kind == "enqueue"
    relaxed = decide(
        policy,
        Evidence(("harassment",), {"harassment": 0.7}),
        wave,
        now=NOW,
        switches={"harassment_wave_strict": "off"},
    )
    assert relaxed.action == "review"


def test_brand_new_accounts_commenting_during_a_wave_get_reduced_reach() -> None:
    new = ItemContext(surface="comment", target_in_harassment_wave=True, account_age_days=1)
    d = decide(load_default_policy(), Evidence(), new, now=NOW)
    assert (d.action, d.rule_id) == ("reduce_reach", "default.harassment_wave.new_account")
    assert decide(load_default_policy(), Evidence(), ItemContext(), now=NOW).action == "allow"


def test_engine_verdicts_use_the_default_policy_rule_ids(engine: object) -> None:
    from bastion.engine import Engine

    assert isinstance(engine, Engine)
    verdict = engine.scan("Hitler was right")
    assert verdict.explanation.rule.endswith("default.violating")
    assert (verdict.flagged, verdict.action) == (True, "remove")
