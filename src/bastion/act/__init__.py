"""Act: carry out a decision's effects.

`enforcement(effects)` is what they change in bastion's own records (item visibility, strikes,
suspension, review queues), applied by the store in the decision's own transaction; the
decision feed (`bastion.act.feed`) delivers every committed decision to the platform over
NATS JetStream, resuming where it stopped.
"""

from bastion.act.enforce import enforcement

__all__ = ["enforcement"]
