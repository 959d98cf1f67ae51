"""`decide`: first match wins, switches, item context, effects as data, and purity."""

from __future__ import annotations

import builtins
import time
from datetime import UTC, datetime
from typing import Any

import pytest
from policy_helpers import compiled

from bastion.decide import (
    Decision,
    Enqueue,
    Escalate,
    Evidence,
    Hold,
    ItemContext,
    Label,
    Notify,
    Remove,
    Strike,
    decide,
    load_default_policy,
)
from bastion.errors import ConfigError

NOW = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
NO_CONTEXT = ItemContext()

ORDERED = """\
version: "3.1"
name: ordered
switches:
  slogans:
    values: [review, allow, remove]
    default: review
    help: contested slogans
  wave_strict:
    values: [on, off]
    default: on
    help: stricter in harassment waves
rules:
  - id: first
    when: {labels_any: [hate]}
    then:
      action: remove
      effects:
        - strike: {points: 2}
        - notify: {who: author, template: removed_hate}
  - id: second
    when: {labels_any: [hate/antisemitism]}
    then: {action: escalate}
  - id: wave
    when:
      switch: {wave_strict: on}
      target_in_harassment_wave: true
      surface: [comment, caption]
      any:
        - {labels_any: [harassment]}
        - {account_age_days_below: 7, prior_strikes_at_least: 1}
    then: {action: hold}
  - id: reach
    when: {reach_at_least: 10000, not: {contexts_any: [news]}, labels_any: [contested]}
    then:
      action: label
      effects: [{label: {name: contested_claim}}]
  - id: slogans.remove
    when: {labels_any: [contested], switch: {slogans: remove}}
    then: {action: remove}
  - id: slogans.review
    when: {labels_any: [contested], switch: {slogans: [review]}}
    then: {action: review}
  - id: threat.confident
    when: {score_at_least: {threat: 0.9}}
    then: {action: escalate, effects: [{escalate: {to: law_enforcement}}]}
  - id: fallback
    then: {action: allow}
"""


def run(
    labels: tuple[str, ...] = (),
    scores: dict[str, float] | None = None,
    contexts: tuple[str, ...] = (),
    context: ItemContext = NO_CONTEXT,
    switches: dict[str, str] | None = None,
) -> Decision:
    policy = compiled(ORDERED)
    evidence = Evidence(labels, scores or {}, contexts)
    return decide(policy, evidence, context, now=NOW, switches=switches)


def test_the_first_matching_rule_wins_even_when_a_later_one_is_more_specific() -> None:
    d = run(("hate/antisemitism", "hate"), {"hate": 0.9})
    assert (d.action, d.rule_id) == ("remove", "first")


def test_labels_match_their_descendants() -> None:
    assert run(("hate/antisemitism/holocaust",)).rule_id == "first"


def test_nothing_matching_falls_through_to_the_default_rule() -> None:
    d = run(("harassment",))
    assert (d.action, d.rule_id, d.flagged, d.effects) == ("allow", "fallback", False, ())


def test_switch_defaults_apply_and_an_operator_can_flip_them() -> None:
    assert run(("contested",)).rule_id == "slogans.review"
    assert run(("contested",), switches={"slogans": "remove"}).rule_id == "slogans.remove"
    assert run(("contested",), switches={"slogans": "allow"}).rule_id == "fallback"


def test_the_decision_records_the_switch_values_in_force() -> None:
    d = run(("contested",), switches={"slogans": "allow"})
    assert d.switches == (("slogans", "allow"), ("wave_strict", "on"))


def test_unknown_switch_or_value_at_decide_time_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="has no switch `slogan` \\(did you mean `slogans`"):
        run(switches={"slogan": "allow"})
    with pytest.raises(ConfigError, match="switch `slogans` has no value `maybe`"):
        run(switches={"slogans": "maybe"})


def test_yaml_on_and_off_stay_switch_values_not_booleans() -> None:
    assert compiled(ORDERED).switches[1].values == ("on", "off")


def test_comments_under_a_creator_in_a_harassment_wave_are_held() -> None:
    wave = ItemContext(surface="comment", target_in_harassment_wave=True)
    assert run(("harassment",), context=wave).rule_id == "wave"
    assert run(("harassment",), context=wave, switches={"wave_strict": "off"}).rule_id == (
        "fallback"
    )
    assert run(("harassment",), context=ItemContext(surface="video")).rule_id == "fallback"


def test_any_of_combines_account_age_and_prior_strikes() -> None:
    young_repeat = ItemContext(
        surface="caption", target_in_harassment_wave=True, account_age_days=2, prior_strikes=1
    )
    assert run(context=young_repeat).rule_id == "wave"
    old = ItemContext(
        surface="caption", target_in_harassment_wave=True, account_age_days=200, prior_strikes=1
    )
    assert run(context=old).rule_id == "fallback"


def test_unknown_item_context_never_matches_a_numeric_condition() -> None:
    unknown_age = ItemContext(surface="comment", target_in_harassment_wave=True, prior_strikes=3)
    assert run(context=unknown_age).rule_id == "fallback"


def test_reach_and_a_negated_context_select_a_label_rule() -> None:
    big = ItemContext(reach=50_000)
    d = run(("contested",), context=big)
    assert (d.rule_id, d.action, d.flagged) == ("reach", "label", False)
    assert d.effects == (Label(rule_id="reach", policy_version="3.1", name="contested_claim"),)
    assert run(("contested",), contexts=("news",), context=big).rule_id == "slogans.review"


def test_score_thresholds_use_the_scores_of_present_labels_only() -> None:
    assert run(("threat",), {"threat": 0.95}).rule_id == "threat.confident"
    assert run(("threat",), {"threat": 0.5}).rule_id == "fallback"
    assert run((), {"threat": 0.99}).rule_id == "fallback"


def test_effects_carry_the_rule_id_and_policy_version() -> None:
    d = run(("hate",))
    assert d.effects == (
        Remove(rule_id="first", policy_version="3.1"),
        Strike(rule_id="first", policy_version="3.1", points=2),
        Notify(rule_id="first", policy_version="3.1", who="author", template="removed_hate"),
    )
    assert all(e.rule_id == d.rule_id and e.policy_version == "3.1" for e in d.effects)
    assert (d.policy_name, d.policy_version) == ("ordered", "3.1")


def test_a_listed_effect_replaces_the_one_the_action_implies() -> None:
    d = run(("threat",), {"threat": 0.95})
    assert d.effects == (
        Hold(rule_id="threat.confident", policy_version="3.1"),
        Escalate(rule_id="threat.confident", policy_version="3.1", to="law_enforcement"),
    )


def test_hold_implies_a_high_priority_review_queue_entry() -> None:
    wave = ItemContext(surface="comment", target_in_harassment_wave=True)
    d = run(("harassment",), context=wave)
    assert d.effects == (
        Hold(rule_id="wave", policy_version="3.1"),
        Enqueue(rule_id="wave", policy_version="3.1", queue="review", priority="high"),
    )


def test_flagged_means_a_flagging_action_or_a_violating_label() -> None:
    wave = ItemContext(surface="comment", target_in_harassment_wave=True)
    assert run(("harassment",), context=wave).flagged  # hold, no violating label
    assert not run(("contested",)).flagged  # review
    assert run(("hate",)).flagged


def test_decide_is_deterministic_and_records_the_given_time() -> None:
    a = run(("hate",), {"hate": 0.9})
    b = run(("hate",), {"hate": 0.9})
    assert a == b and a.decided_at == NOW
    assert a.to_json() == b.to_json()


def test_decide_reads_no_clock_and_does_no_io(monkeypatch: pytest.MonkeyPatch) -> None:
    policy = compiled(ORDERED)  # compiling reads nothing either, but do it before the traps

    def trap(*_: Any, **__: Any) -> Any:
        raise AssertionError("decide must not read the clock or open files")

    monkeypatch.setattr(time, "time", trap)
    monkeypatch.setattr(time, "monotonic", trap)
    monkeypatch.setattr(builtins, "open", trap)
    past = datetime(1999, 12, 31, tzinfo=UTC)
    d = decide(policy, Evidence(("hate",), {"hate": 0.9}), NO_CONTEXT, now=past)
    assert d.decided_at == past


def test_a_cascade_assessment_can_be_decided_directly() -> None:
    from bastion.detect.cascade import Assessment

    a = Assessment(("threat",), {"threat": 0.97}, (), (), (), "test")
    d = decide(load_default_policy(), a, NO_CONTEXT, now=NOW)
    assert (d.action, d.rule_id, d.flagged) == ("escalate", "default.threat", True)


def test_a_decision_serialises_to_json_with_its_effects() -> None:
    out = run(("hate",)).to_json()
    assert out["rule_id"] == "first" and out["policy_version"] == "3.1"
    assert out["effects"][1] == {
        "type": "strike",
        "rule_id": "first",
        "policy_version": "3.1",
        "points": 2,
    }
    assert out["decided_at"] == "2026-01-02T03:04:05+00:00"
