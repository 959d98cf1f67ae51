"""The shipped Alembic migrations build the schema from empty, match the code, and go both ways."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from contracts.store import StoreFixtures, StoreTarget

from bastion.store import NewItem, open_store
from bastion.store._schema import metadata
from bastion.store.migrate import MIGRATIONS, current_revision, downgrade, head_revision, upgrade

TABLES = {
    "items",
    "verdicts",
    "decisions",
    "decision_labels",
    "accounts",
    "audit_log",
    "audit_head",
    "review_queue",
    "api_keys",
    "feed_cursors",
}


def test_migrations_ship_in_the_package_without_an_ini() -> None:
    assert (MIGRATIONS / "env.py").is_file()
    assert (MIGRATIONS / "script.py.mako").is_file()
    assert head_revision() == "0002"


class TestMigrations(StoreFixtures):
    """Runs on every backend of the `target` fixture."""

    def test_opening_an_empty_database_migrates_it_to_head(self, target: StoreTarget) -> None:
        with target.open() as store:
            assert current_revision(store.engine) == head_revision()
            names = set(sa.inspect(store.engine).get_table_names())
            assert names >= TABLES | {"alembic_version"}
            assert store.verify() is None

    def test_the_migrated_schema_matches_the_code(self, target: StoreTarget) -> None:
        with target.open() as store, store.engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(ctx, metadata) == []

    def test_downgrade_to_base_and_upgrade_again(self, target: StoreTarget) -> None:
        with target.open() as store:
            store.put_item(NewItem(id="c", text="x"))
            downgrade(store.engine, "base")
            assert current_revision(store.engine) is None
            assert not TABLES & set(sa.inspect(store.engine).get_table_names())
            upgrade(store.engine)
            assert current_revision(store.engine) == head_revision()
            assert store.get_item("c") is None
            store.put_item(NewItem(id="c", text="x"))

    def test_reopening_a_migrated_database_keeps_its_data(self, target: StoreTarget) -> None:
        if not target.persistent:
            return
        with target.open() as store:
            store.put_item(NewItem(id="c", text="x"))
        with open_store(target.url, schema=target.schema) as store:
            assert store.get_item("c") is not None
            assert current_revision(store.engine) == head_revision()
