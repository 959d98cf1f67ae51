"""Decide: map an assessment (labels, scores, contexts) to an action, by policy."""

from bastion.decide.default import ACTIONS, FLAGGING_LABELS, default_decision

__all__ = ["ACTIONS", "FLAGGING_LABELS", "default_decision"]
