"""A policy with mistakes fails with every error, each at its line:col, compiler-style."""

from __future__ import annotations

import pytest
from policy_helpers import FIXTURES, check_snapshot, compiled, errors_of

from bastion.decide import PolicyInvalid, PolicySource, compile_policy, load_policy
from bastion.errors import ConfigError

RULES_TAIL = """
  - id: fallback
    then: {action: allow}
"""


def test_a_policy_with_many_mistakes_reports_them_all_in_file_order() -> None:
    source = PolicySource((FIXTURES / "broken.yaml").read_text(), "policy.yaml")
    with pytest.raises(PolicyInvalid) as info:
        compile_policy(source)
    check_snapshot("broken_errors.txt", str(info.value) + "\n")
    check_snapshot("broken_rendered.txt", info.value.render() + "\n")


def test_policy_invalid_is_a_config_error_so_the_cli_exits_2() -> None:
    with pytest.raises(ConfigError):
        compiled("version: 1\nname: x\nrules: []\n")


def test_unknown_label_names_the_closest_label() -> None:
    errors = errors_of(
        """\
        version: 1
        name: p
        rules:
          - id: a
            when: {labels_any: [hate/antisemtism]}
            then: {action: remove}
          - id: b
            then: {action: allow}
        """
    )
    assert errors == [
        "policy.yaml:5:25: unknown label `hate/antisemtism` (did you mean `hate/antisemitism`?)"
    ]


def test_unknown_labels_are_caught_in_scores_and_violating_labels_too() -> None:
    errors = errors_of(
        """\
        version: 1
        name: p
        violating_labels: [thraet]
        rules:
          - id: a
            when: {score_at_least: {harrasment: 0.5}}
            then: {action: review}
          - id: b
            then: {action: allow}
        """
    )
    assert errors == [
        "policy.yaml:3:20: unknown label `thraet` (did you mean `threat`?)",
        "policy.yaml:6:29: unknown label `harrasment` (did you mean `harassment`?)",
    ]


def test_unknown_action_lists_the_actions() -> None:
    errors = errors_of("version: 1\nname: p\nrules:\n  - id: a\n    then: {action: ban}\n")
    assert errors == [
        "policy.yaml:5:20: unknown action `ban` (expected one of `allow`, `label`, `review`, "
        "`reduce_reach`, `hold`, `remove`, `suspend`, `escalate`)"
    ]


def test_unknown_switch_and_unknown_switch_value_are_both_reported() -> None:
    errors = errors_of(
        """\
        version: 1
        name: p
        switches:
          strict: {values: ["on", "off"], default: "on", help: be strict}
        rules:
          - id: a
            when: {switch: {strikt: "on"}}
            then: {action: hold}
          - id: b
            when: {switch: {strict: maybe}}
            then: {action: hold}
          - id: c
            then: {action: allow}
        """
    )
    assert errors == [
        "policy.yaml:7:21: unknown switch `strikt` (did you mean `strict`?)",
        "policy.yaml:10:29: switch `strict` has no value `maybe` (expected one of `on`, `off`)",
    ]


def test_a_switch_default_must_be_one_of_its_values() -> None:
    errors = errors_of(
        """\
        version: 1
        name: p
        switches:
          slogans: {values: [review, allow, review], default: alow, help: h}
        rules:
          - id: a
            then: {action: allow}
        """
    )
    assert errors == [
        "policy.yaml:4:37: switch `slogans` lists the value `review` twice",
        "policy.yaml:4:55: switch `slogans` has no value `alow` for its default "
        "(did you mean `allow`?)",
    ]


def test_unknown_condition_key_names_the_closest_condition() -> None:
    errors = errors_of(
        "version: 1\nname: p\nrules:\n  - id: a\n    when: {label_any: [hate]}\n"
        "    then: {action: remove}\n" + RULES_TAIL
    )
    assert errors == [
        "policy.yaml:5:12: unknown condition `label_any` (did you mean `labels_any`?)"
    ]


def test_unknown_context_surface_and_effect_are_reported() -> None:
    errors = errors_of(
        """\
        version: 1
        name: p
        rules:
          - id: a
            when: {contexts_any: [counterspeech], surface: [comments]}
            then:
              action: allow
              effects: [notfy]
          - id: b
            then: {action: allow}
        """
    )
    assert errors == [
        "policy.yaml:5:27: unknown context `counterspeech` (did you mean `counter_speech`?)",
        "policy.yaml:5:53: unknown surface `comments` (did you mean `comment`?)",
        "policy.yaml:8:17: unknown effect `notfy` (did you mean `notify`?)",
    ]


def test_a_policy_without_a_final_default_rule_is_rejected() -> None:
    errors = errors_of(
        "version: 1\nname: p\nrules:\n  - id: a\n    when: {labels_any: [hate]}\n"
        "    then: {action: remove}\n"
    )
    assert errors == [
        "policy.yaml:4:5: missing default rule: the last rule `a` has a `when`; end `rules` "
        "with a rule without `when` so every item gets a decision"
    ]


def test_rules_after_a_catch_all_are_reported_as_unreachable() -> None:
    errors = errors_of(
        "version: 1\nname: p\nrules:\n  - id: a\n    then: {action: allow}\n"
        "  - id: b\n    then: {action: remove}\n"
    )
    assert errors == [
        "policy.yaml:6:5: this rule is never reached: rule `a` before it has no `when` and "
        "matches everything; move the default rule to the end"
    ]


def test_duplicate_rule_ids_point_at_the_second_and_name_the_first() -> None:
    errors = errors_of(
        "version: 1\nname: p\nrules:\n  - id: a\n    when: {labels_any: [hate]}\n"
        "    then: {action: remove}\n  - id: a\n    then: {action: allow}\n"
    )
    assert errors == ["policy.yaml:7:9: duplicate rule id `a` (first defined on line 4)"]


def test_wrong_types_are_reported_with_what_was_found() -> None:
    errors = errors_of(
        """\
        version: 1
        name: [p]
        rules:
          - id: a
            when:
              score_below: {hate: 1.5}
              reach_at_least: many
              target_in_harassment_wave: "yes"
            then: {action: hold}
          - id: b
            then: allow
        """
    )
    assert errors == [
        "policy.yaml:2:7: `name` must be a non-empty string, got a list",
        "policy.yaml:6:27: the threshold for `hate` must be a number from 0 to 1, "
        "got a number `1.5`",
        "policy.yaml:7:23: `reach_at_least` must be an integer >= 0, got a string `many`",
        "policy.yaml:8:34: `target_in_harassment_wave` must be true or false, got a string `yes`",
        "policy.yaml:11:11: `then` must be a mapping, got a string",
    ]


def test_unknown_and_missing_keys_and_duplicate_keys_are_reported() -> None:
    errors = errors_of(
        """\
        name: p
        name: q
        rulez: []
        """
    )
    assert errors == [
        "policy.yaml:1:1: the policy is missing `rules`",
        "policy.yaml:1:1: the policy is missing `version`",
        "policy.yaml:2:1: duplicate key `name` in the policy (first on line 1)",
        "policy.yaml:3:1: unknown key `rulez` in the policy (did you mean `rules`?)",
    ]


def test_effect_parameters_are_checked() -> None:
    errors = errors_of(
        """\
        version: 1
        name: p
        rules:
          - id: a
            then:
              action: label
              effects:
                - enqueue: {priority: asap}
                - notify: {who: everyone, template: t, extra: 1}
        """
    )
    assert errors == [
        "policy.yaml:6:15: action `label` needs a `label: {name: ...}` effect saying which "
        "label to show",
        "policy.yaml:8:11: effect `enqueue` is missing `queue`",
        "policy.yaml:8:31: `priority` of effect `enqueue` cannot be `asap` "
        "(expected one of `low`, `normal`, `high`, `urgent`)",
        "policy.yaml:9:25: `who` of effect `notify` cannot be `everyone` "
        "(expected one of `author`, `target`, `moderators`)",
        "policy.yaml:9:48: unknown key `extra` in effect `notify` "
        "(expected one of `who`, `template`)",
    ]


def test_invalid_yaml_is_one_error_at_the_yaml_problem() -> None:
    errors = errors_of("version: 1\nname: [p\nrules: []\n")
    assert len(errors) == 1 and errors[0].startswith("policy.yaml:3:")
    assert "invalid YAML" in errors[0]


def test_an_empty_policy_is_an_error_not_a_crash() -> None:
    assert errors_of("") == ["policy.yaml:1:1: the policy is empty"]


def test_a_missing_policy_file_is_a_config_error_naming_it() -> None:
    with pytest.raises(ConfigError, match=r"cannot read policy /nonexistent/policy\.yaml"):
        load_policy("/nonexistent/policy.yaml")
