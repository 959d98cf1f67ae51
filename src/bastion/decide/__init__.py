"""Decide: map an assessment (labels, scores, contexts) plus item context to a decision, by policy.

YAML text -> `parse_policy` -> validators -> `compile_policy` -> `CompiledPolicy`
-> `decide` -> `Decision` (with effects as data; `act/` executes them).
"""

from bastion.decide.context import SURFACES, AssessmentLike, Evidence, ItemContext
from bastion.decide.default import ACTIONS, FLAGGING_LABELS, default_decision
from bastion.decide.policy import (
    FLAGGING_ACTIONS,
    MANUAL_RULE,
    CompiledPolicy,
    CompiledRule,
    Switch,
    compile_policy,
    decide,
    load_default_policy,
    load_policy,
    manual_decision,
)
from bastion.decide.source import Location, PolicyError, PolicyInvalid, PolicySource
from bastion.models import (
    Decision,
    Effect,
    Enqueue,
    Escalate,
    Hold,
    Label,
    Notify,
    ReduceReach,
    Remove,
    Strike,
    Suspend,
)

__all__ = [
    "ACTIONS",
    "FLAGGING_ACTIONS",
    "FLAGGING_LABELS",
    "MANUAL_RULE",
    "SURFACES",
    "AssessmentLike",
    "CompiledPolicy",
    "CompiledRule",
    "Decision",
    "Effect",
    "Enqueue",
    "Escalate",
    "Evidence",
    "Hold",
    "ItemContext",
    "Label",
    "Location",
    "Notify",
    "PolicyError",
    "PolicyInvalid",
    "PolicySource",
    "ReduceReach",
    "Remove",
    "Strike",
    "Suspend",
    "Switch",
    "compile_policy",
    "decide",
    "default_decision",
    "load_default_policy",
    "load_policy",
    "manual_decision",
]
