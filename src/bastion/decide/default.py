"""The built-in default policy: which labels violate, and the action each gets.

Pure: no I/O, no clock. The versioned policy engine will replace this table
with policy files; this is what `bastion scan` applies out of the box.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

ACTIONS = ("allow", "label", "review", "reduce_reach", "hold", "remove", "suspend", "escalate")

# A label violates the default policy when it is one of these or below one of them.
FLAGGING_LABELS = ("hate", "threat", "violent_extremism")
# Content that a human should see, but that stays up meanwhile.
REVIEW_LABELS = ("contested", "harassment")
# At or above this score the action is automatic; below it, a human decides.
AUTO_ACTION_SCORE = 0.85


def _under(label: str, roots: Sequence[str]) -> bool:
    return any(label == root or label.startswith(root + "/") for root in roots)


def default_decision(labels: Sequence[str], scores: Mapping[str, float]) -> tuple[bool, str, str]:
    """(flagged, action, rule id) for the given labels and scores."""
    violating = [lab for lab in labels if _under(lab, FLAGGING_LABELS)]
    if violating:
        score = max(scores.get(lab, 0.0) for lab in violating)
        if score < AUTO_ACTION_SCORE:
            return True, "hold", "default.violating.low_confidence"
        if "threat" in labels:
            return True, "escalate", "default.threat"
        return True, "remove", "default.violating"
    if any(_under(lab, REVIEW_LABELS) for lab in labels):
        return False, "review", "default.review"
    return False, "allow", "default.allow"
