from __future__ import annotations

from bastion.decide import default_decision


def test_confident_hate_is_removed_and_flagged() -> None:
    flagged, action, _ = default_decision(
        ["hate/antisemitism/holocaust", "hate/antisemitism", "hate"], {"hate": 0.97}
    )
    assert (flagged, action) == (True, "remove")


def test_unsure_hate_is_held_for_a_human() -> None:
    assert default_decision(["hate/women", "hate"], {"hate/women": 0.6, "hate": 0.6})[:2] == (
        True,
        "hold",
    )


def test_confident_threat_is_escalated() -> None:
    assert default_decision(["threat"], {"threat": 0.95})[:2] == (True, "escalate")


def test_contested_slogan_goes_to_review_without_removal() -> None:
    assert default_decision(["contested"], {"contested": 0.9})[:2] == (False, "review")


def test_nothing_found_is_allowed() -> None:
    assert default_decision([], {"hate": 0.1})[:2] == (False, "allow")
