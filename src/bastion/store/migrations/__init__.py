"""Alembic migrations of the store schema, run by `bastion.store.migrate.upgrade`."""
