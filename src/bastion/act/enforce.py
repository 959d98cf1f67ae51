"""`enforcement(effects)`: what a decision's effects change in bastion's own records (pure)."""

from __future__ import annotations

from collections.abc import Iterable

from bastion.models import (
    ITEM_STATUSES,
    Effect,
    Enforcement,
    Enqueue,
    Escalate,
    Hold,
    Label,
    QueueRequest,
    ReduceReach,
    Remove,
    Strike,
    Suspend,
)

_STATUS_OF: dict[type[Effect], str] = {
    Label: "labelled",
    ReduceReach: "reduced",
    Hold: "held",
    Remove: "removed",
}
_RANK = {status: i for i, status in enumerate(ITEM_STATUSES)}


def enforcement(effects: Iterable[Effect], *, reviewed: bool = False) -> Enforcement:
    """The strictest visibility the effects ask for, the strikes and suspension, the queues.

    `reviewed`: a human made this decision, so the item leaves the review queues (its
    visibility is then exactly what the human chose, even if less strict than before).
    An escalation is a queue too: the specialist team's (`escalation:<to>`, urgent).
    """
    status = "visible"
    strikes = 0
    suspend = False
    suspend_days: int | None = None
    queue: list[QueueRequest] = []
    for effect in effects:
        new_status = _STATUS_OF.get(type(effect))
        if new_status is not None and _RANK[new_status] > _RANK[status]:
            status = new_status
        if isinstance(effect, Strike):
            strikes += effect.points
        elif isinstance(effect, Suspend):
            # The longest suspension wins; None (until lifted) is longer than any.
            if not suspend or (suspend_days is not None and effect.days is None):
                suspend_days = effect.days
            elif suspend_days is not None and effect.days is not None:
                suspend_days = max(suspend_days, effect.days)
            suspend = True
        elif isinstance(effect, Enqueue):
            queue.append(QueueRequest(effect.queue, effect.priority, effect.rule_id))
        elif isinstance(effect, Escalate):
            queue.append(QueueRequest(f"escalation:{effect.to}", "urgent", effect.rule_id))
    return Enforcement(
        item_status=status,
        strikes=strikes,
        suspend=suspend,
        suspend_days=suspend_days,
        queue=tuple(queue),
        close_queue=reviewed,
    )
