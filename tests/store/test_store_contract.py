"""Every backend (SQLite memory, SQLite file, PostgreSQL) passes the one store contract."""

from __future__ import annotations

from contracts.store import StoreContract


class TestStore(StoreContract):
    """Runs the contract once per backend of the `target` fixture (see conftest.py)."""
