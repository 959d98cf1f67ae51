"""`default_decision`: the shipped default policy behind the engine's old three-tuple interface.

Pure: no I/O after the policy is first loaded, no clock. `bastion scan` applies
this; the rules themselves live in `data/policies/default.yaml`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from bastion.decide.context import Evidence, ItemContext
from bastion.decide.parse import DEFAULT_VIOLATING_LABELS
from bastion.decide.policy import decide, load_default_policy
from bastion.decide.validators import ACTIONS

# A label violates the default policy when it is one of these or below one of them.
FLAGGING_LABELS = DEFAULT_VIOLATING_LABELS

# `decided_at` is not part of the three-tuple, so any fixed instant will do.
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_NO_CONTEXT = ItemContext()

__all__ = ["ACTIONS", "FLAGGING_LABELS", "default_decision"]


def default_decision(labels: Sequence[str], scores: Mapping[str, float]) -> tuple[bool, str, str]:
    """(flagged, action, rule id) under the default policy, its switches at their defaults."""
    decision = decide(
        load_default_policy(), Evidence(tuple(labels), scores), _NO_CONTEXT, now=_EPOCH
    )
    return decision.flagged, decision.action, decision.rule_id
