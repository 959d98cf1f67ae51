"""Storage: one `Store` (items, verdicts, decisions, accounts, audit log), SQLite or PostgreSQL.

>>> from bastion.store import NewItem, open_store
>>> with open_store("sqlite://") as store:
...     store.put_item(NewItem(id="c1", text="hello")).item.id
'c1'
"""

from bastion.store.base import (
    AccountStore,
    ApiKeyStore,
    AuditLog,
    DecisionStore,
    ItemStore,
    Store,
    VerdictStore,
)
from bastion.store.records import (
    Account,
    ApiKeyRecord,
    AuditEntry,
    ChainBreak,
    ContentItem,
    DecisionFilter,
    DecisionRecord,
    NewAuditEntry,
    NewDecision,
    NewItem,
    NewRecord,
    NewVerdict,
    Page,
    PutItem,
    QueueEntry,
    Recorded,
    VerdictRecord,
)
from bastion.store.url import DEFAULT_URL, open_store

__all__ = [
    "DEFAULT_URL",
    "Account",
    "AccountStore",
    "ApiKeyRecord",
    "ApiKeyStore",
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
