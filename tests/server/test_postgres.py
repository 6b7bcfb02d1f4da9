"""PostgreSQL specifics: the migrated schema (64-bit ids, partial unique index, instants with a
zone), several service processes on one database, and the visible skip when it is absent.

The domain suites themselves run on PostgreSQL through `tests/server/conftest.py` (the
`backend` fixture): see `BOTH_DATABASES` there, or set PROCURA_TEST_DATABASE=postgres.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from server import audit
from server.app import create_app
from server.config import ServerConfig
from server.db import Database, migrate
from server.testing import RunningService
from tests.server.conftest import USER, PostgresServer, empty_postgres, make_actor

ROOT = Path(__file__).resolve().parents[2]


async def pg_fetch(url: str, sql: str) -> list[tuple[object, ...]]:
    db = Database(url)
    try:
        async with db.read() as s:
            return [tuple(r) for r in (await s.execute(text(sql))).all()]
    finally:
        await db.dispose()


async def test_ids_are_64_bit_and_instants_keep_their_zone(
    postgres_server: PostgresServer,
) -> None:
    columns = dict(
        (f"{t}.{c}", kind)
        for t, c, kind in await pg_fetch(
            postgres_server.url,
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'public'",
        )
    )
    for table in ("users", "sessions", "audit", "assignments", "messages", "login_failures"):
        assert columns[f"{table}.id"] == "bigint", table
    assert columns["sessions.expires_at"] == "timestamp with time zone"
    assert columns["audit.at"] == "timestamp with time zone"
    assert columns["sessions.token_hash"] == "bytea"


async def test_the_one_holding_per_mandant_index_is_partial_and_unique(
    postgres_server: PostgresServer,
) -> None:
    [(definition,)] = await pg_fetch(
        postgres_server.url,
        "SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_assignments_active_holder'",
    )
    assert "UNIQUE" in str(definition)
    assert "WHERE active" in str(definition)


async def test_two_service_processes_on_one_database_keep_one_audit_chain(
    postgres_server: PostgresServer,
) -> None:
    """Two apps (two engines and pools, as two workers have) write at once: the advisory lock
    keeps the chain unforked."""
    await empty_postgres(postgres_server.url)
    config = ServerConfig(database_url=postgres_server.url, registration_auto_activate_seconds=0)
    first, second = (
        create_app(config, run_migrations=False),
        create_app(config, run_migrations=False),
    )
    async with first.router.lifespan_context(first), second.router.lifespan_context(second):
        one = RunningService(first, config)
        two = RunningService(second, config)
        a = await make_actor(one, "1006237700", "Les Champions inc.")
        b = await make_actor(two, "2200000001", "Autre Entreprise ltée")
        b.client = two.client(b.client.headers["Authorization"].removeprefix("Bearer "))
        async with a.client, b.client:
            answers = await asyncio.gather(
                *(actor.tx("POST", "/users", json=USER) for actor in (a, b) * 8)
            )
        assert [r.status_code for r in answers] == [201] * 16
        async with one.db.read() as s:
            verdict = await audit.verify(s)
        assert verdict.ok and verdict.rows >= 20


async def test_migrations_go_down_and_up_again_on_postgres(
    postgres_server: PostgresServer,
) -> None:
    from alembic import command

    from server.db import alembic_config
    from tests.server.conftest import _pg_admin

    name = postgres_server.url.rsplit("/", 1)[1] + "_mig"
    admin = postgres_server.admin_url
    await _pg_admin(admin, f'CREATE DATABASE "{name}"')
    url = postgres_server.url.rsplit("/", 1)[0] + "/" + name
    try:
        await asyncio.to_thread(migrate, url)
        await asyncio.to_thread(command.downgrade, alembic_config(url), "base")
        tables = await pg_fetch(
            url, "SELECT table_name FROM information_schema.tables WHERE table_schema='public'"
        )
        assert {t for (t,) in tables} <= {"alembic_version"}
        await asyncio.to_thread(migrate, url)
    finally:
        await _pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_without_a_postgres_server_the_variants_are_skipped_with_a_visible_reason() -> None:
    env = {
        **os.environ,
        "PROCURA_TEST_POSTGRES_URL": "postgresql://postgres@127.0.0.1:9/test",
        "PROCURA_TEST_DATABASE": "",
    }
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-rs",
            "-v",
            "-p",
            "no:cacheprovider",
            "tests/server/test_users.py::test_unknown_body_field_is_refused",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "test_unknown_body_field_is_refused[postgres] SKIPPED" in done.stdout, done.stdout
    assert "1 passed, 1 skipped" in done.stdout, done.stdout
    assert "SKIPPED" in done.stdout and "PostgreSQL not reachable" in done.stdout, done.stdout
