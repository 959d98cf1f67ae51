"""`enforcement(effects)`: what a decision's effects change in bastion's own records (pure)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest

from bastion.act import enforcement
from bastion.models import (
    Effect,
    Enforcement,
    Enqueue,
    Escalate,
    Hold,
    Label,
    Notify,
    QueueRequest,
    ReduceReach,
    Remove,
    Strike,
    Suspend,
)
from bastion.store.base import valid_enforcement

V = "2026.03.1"


def _label() -> Label:
    return Label(rule_id="r.label", policy_version=V, name="sensitive")


def _remove() -> Remove:
    return Remove(rule_id="r.remove", policy_version=V)


def _hold() -> Hold:
    return Hold(rule_id="r.hold", policy_version=V)


def _reduce() -> ReduceReach:
    return ReduceReach(rule_id="r.reduce", policy_version=V)


def _strike(points: int = 1) -> Strike:
    return Strike(rule_id="r.strike", policy_version=V, points=points)


def _suspend(days: int | None) -> Suspend:
    return Suspend(rule_id="r.suspend", policy_version=V, days=days)


def _notify() -> Notify:
    return Notify(rule_id="r.notify", policy_version=V, who="author", template="removed")


def test_no_effects_leave_the_item_visible_and_nothing_else() -> None:
    got = enforcement([])
    assert got == Enforcement()
    assert (got.item_status, got.strikes, got.suspend, got.suspend_days) == (
        "visible",
        0,
        False,
        None,
    )
    assert got.queue == () and not got.close_queue


@pytest.mark.parametrize(
    ("effect", "status"),
    [(_label(), "labelled"), (_reduce(), "reduced"), (_hold(), "held"), (_remove(), "removed")],
)
def test_each_visibility_effect_sets_its_status(effect: Effect, status: str) -> None:
    assert enforcement([effect]).item_status == status


@pytest.mark.parametrize(
    ("effects", "status"),
    [
        ([_label(), _remove()], "removed"),
        ([_reduce(), _hold()], "held"),
        ([_label(), _reduce()], "reduced"),
        ([_hold(), _label()], "held"),
        ([_label(), _reduce(), _hold(), _remove()], "removed"),
        ([_label(), _strike(), _notify()], "labelled"),
        ([_strike(), _suspend(3), _notify()], "visible"),
    ],
)
def test_the_strictest_status_wins_in_any_order(effects: list[Effect], status: str) -> None:
    for order in itertools.permutations(effects):
        assert enforcement(order).item_status == status, order


def test_strike_points_add_up() -> None:
    assert enforcement([_strike()]).strikes == 1
    assert enforcement([_strike(2), _remove(), _strike(), _strike(3)]).strikes == 6
    assert enforcement([_remove()]).strikes == 0


@pytest.mark.parametrize(
    ("days", "expected"),
    [
        ([3], 3),
        ([None], None),
        ([3, 7], 7),
        ([7, 3, 5], 7),
        ([3, None], None),
        ([None, 30, 7], None),
    ],
)
def test_the_longest_suspension_wins_and_until_lifted_is_longest(
    days: Sequence[int | None], expected: int | None
) -> None:
    for order in itertools.permutations(days):
        got = enforcement([_suspend(d) for d in order])
        assert got.suspend, order
        assert got.suspend_days == expected, order


def test_no_suspend_effect_suspends_nobody() -> None:
    got = enforcement([_remove(), _strike(3)])
    assert not got.suspend and got.suspend_days is None


def test_enqueue_and_escalate_become_queue_requests_in_order() -> None:
    got = enforcement(
        [
            Enqueue(rule_id="r.review", policy_version=V, queue="review", priority="high"),
            _remove(),
            Escalate(rule_id="r.threat", policy_version=V, to="law_enforcement"),
            Enqueue(rule_id="r.later", policy_version=V, queue="spot_check"),
            Escalate(rule_id="r.ts", policy_version=V),
        ]
    )
    assert got.queue == (
        QueueRequest("review", "high", "r.review"),
        QueueRequest("escalation:law_enforcement", "urgent", "r.threat"),
        QueueRequest("spot_check", "normal", "r.later"),
        QueueRequest("escalation:trust_and_safety", "urgent", "r.ts"),
    )
    assert got.item_status == "removed"


def test_a_review_closes_the_queue() -> None:
    assert not enforcement([_hold()]).close_queue
    assert enforcement([], reviewed=True).close_queue
    got = enforcement(
        [_remove(), Enqueue(rule_id="r", policy_version=V, queue="appeals")], reviewed=True
    )
    assert got.close_queue and got.item_status == "removed"
    assert got.queue == (QueueRequest("appeals", "normal", "r"),)
    # A human may choose a less strict visibility than before: it is exactly the effects'.
    assert enforcement([_label()], reviewed=True).item_status == "labelled"


def test_notify_changes_nothing_in_bastion() -> None:
    assert enforcement([_notify()]) == Enforcement()
    assert enforcement([_notify(), _hold()]) == enforcement([_hold()])


def test_effects_may_come_from_any_iterable() -> None:
    effects = (e for e in [_hold(), _strike(2), _suspend(1)])
    assert enforcement(effects) == Enforcement(
        item_status="held", strikes=2, suspend=True, suspend_days=1
    )


def test_what_it_computes_is_what_the_store_accepts() -> None:
    every = [
        _label(),
        _reduce(),
        _hold(),
        _remove(),
        _strike(2),
        _suspend(None),
        _notify(),
        Enqueue(rule_id="r", policy_version=V, queue="review", priority="low"),
        Escalate(rule_id="r", policy_version=V, to="law_enforcement"),
    ]
    got = enforcement(every, reviewed=True)
    assert valid_enforcement(got) is got
