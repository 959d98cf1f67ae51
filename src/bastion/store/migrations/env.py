"""Alembic environment: migrate the connection that `bastion.store.migrate` hands over."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from bastion.store._schema import metadata

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:  # `alembic` run by hand with -x/ini `sqlalchemy.url`
        engine = sa.create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
        with engine.begin() as conn:
            context.configure(connection=conn, target_metadata=metadata, render_as_batch=True)
            context.run_migrations()
        return
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,  # SQLite alters tables by copy
        transaction_per_migration=False,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
