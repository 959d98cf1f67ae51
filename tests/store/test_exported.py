"""`bastion.store.__all__` is the storage API; changing it is a decision, so a test pins it."""

from __future__ import annotations

import bastion.store


def test_the_store_api_is_pinned() -> None:
    assert sorted(bastion.store.__all__) == sorted(
        [
            "DEFAULT_URL",
            "Account",
            "ApiKeyRecord",
            "ApiKeyStore",
            "AccountStore",
            "AuditEntry",
            "AuditLog",
            "ChainBreak",
            "ContentItem",
            "DecisionFilter",
            "DecisionRecord",
            "DecisionStore",
            "ItemStore",
            "NewAuditEntry",
            "NewDecision",
            "NewItem",
            "NewRecord",
            "NewVerdict",
            "Page",
            "PutItem",
            "QueueEntry",
            "Recorded",
            "Store",
            "VerdictRecord",
            "VerdictStore",
            "open_store",
        ]
    )
    for name in bastion.store.__all__:
        assert hasattr(bastion.store, name), name


def test_the_docstring_example_runs() -> None:
    import doctest

    assert doctest.testmod(bastion.store).failed == 0
