"""Fixtures for the service's tests: a real app in process on a temporary SQLite database, or
on PostgreSQL (127.0.0.1:5432) for the modules that run on both.

Backends: the modules in `BOTH_DATABASES` (and tests marked `postgres`) run once on SQLite and
once on PostgreSQL; every other test runs on SQLite. `PROCURA_TEST_DATABASE=postgres` (or
`sqlite`) runs the whole server suite on that one backend. PostgreSQL gets one database per
test session (migrated once) whose tables are emptied before each test; when the server does
not answer, the PostgreSQL variants are skipped with the reason shown in the summary.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import shutil
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

os.environ.setdefault("PROCURA_FAST_HASH_FOR_TESTS", "1")

from server.app import create_app
from server.config import ServerConfig
from server.provisioning import create_enterprise
from server.testing import RunningService

PASSWORD = "correct horse battery staple"

# Modules whose every test also runs on PostgreSQL (the rest: SQLite only, to stay fast).
BOTH_DATABASES = {"test_users", "test_idempotency", "test_race", "test_authz"}
# PROCURA_TEST_POSTGRES_URL, when set, is the only server tried (an admin database on it).
POSTGRES_URLS = (
    (os.environ["PROCURA_TEST_POSTGRES_URL"],)
    if os.environ.get("PROCURA_TEST_POSTGRES_URL")
    else (
        "postgresql://postgres@127.0.0.1:5432/test",
        "postgresql://root@127.0.0.1:5432/test",
    )
)


def _backends_for(metafunc: pytest.Metafunc) -> list[str]:
    forced = os.environ.get("PROCURA_TEST_DATABASE", "").strip().lower()
    if forced in ("postgres", "postgresql"):
        return ["postgres"]
    if forced == "sqlite":
        return ["sqlite"]
    module = metafunc.module.__name__.rpartition(".")[2]
    if module in BOTH_DATABASES or metafunc.definition.get_closest_marker("postgres"):
        return ["sqlite", "postgres"]
    return ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    backends = _backends_for(metafunc)
    if backends == ["sqlite"]:
        return  # the default: no parameter, test ids unchanged
    metafunc.parametrize(
        "backend",
        [
            pytest.param(b, id=b, marks=[pytest.mark.postgres] if b == "postgres" else [])
            for b in backends
        ],
        indirect=True,
    )


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgres': which database the service of this test runs on."""
    return str(getattr(request, "param", "sqlite"))


# ---- PostgreSQL: one database per test session ----------------------------------------------


@dataclass
class PostgresServer:
    admin_url: str  # the database we connect to in order to create ours
    url: str  # our own database, migrated


async def _pg_admin(url: str, sql: str) -> None:
    import asyncpg

    from server.db import normalise_url

    plain = normalise_url(url).replace("postgresql+asyncpg://", "postgresql://")
    conn = await asyncpg.connect(plain, timeout=5)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    from sqlalchemy.engine import make_url

    from server.db import migrate

    name = f"procura_test_{os.getpid()}_{secrets.token_hex(3)}"
    problems = []
    for admin in POSTGRES_URLS:
        try:
            asyncio.run(_pg_admin(admin, f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # refused, no such role, no such database...
            problems.append(f"{make_url(admin).render_as_string()}: {exc!s:.120}")
            continue
        break
    else:
        pytest.skip(
            "PostgreSQL not reachable for the PostgreSQL variants (" + "; ".join(problems) + ")"
        )
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    server = PostgresServer(admin, url)
    try:
        migrate(url)
        yield server
    finally:
        with contextlib.suppress(Exception):
            asyncio.run(_pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


async def empty_postgres(url: str) -> None:
    """Empty every table (much faster than a new database per test)."""
    from server.models import Base

    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    await _pg_admin(url, f"TRUNCATE {tables} RESTART IDENTITY CASCADE")


ServiceFactory = Callable[..., contextlib.AbstractAsyncContextManager[RunningService]]


@pytest.fixture
def service_factory(
    backend: str, tmp_path: Path, sqlite_template: Path, request: pytest.FixtureRequest
) -> ServiceFactory:
    """`async with service_factory(throttle_per_user_code=2) as s:` a service with its own
    configuration, on this test's backend (on PostgreSQL, every table emptied first)."""

    # Asked here, outside the event loop: a skip for a missing server shows in the summary.
    pg: PostgresServer | None = (
        request.getfixturevalue("postgres_server") if backend == "postgres" else None
    )

    @contextlib.asynccontextmanager
    async def make(**config: Any) -> AsyncIterator[RunningService]:
        config.setdefault("registration_auto_activate_seconds", 0)
        if pg is not None:
            await empty_postgres(pg.url)
            async with _started(pg.url, **config) as s:
                yield s
        else:
            folder = tmp_path
            if (folder / "procura-test.db").exists():  # a second service in the same test
                folder = tmp_path / f"db-{uuid.uuid4().hex[:8]}"
                folder.mkdir()
            shutil.copyfile(sqlite_template, folder / "procura-test.db")
            async with _started(f"sqlite+aiosqlite:///{folder / 'procura-test.db'}", **config) as s:
                yield s

    return make


@contextlib.asynccontextmanager
async def _started(database_url: str, **config: Any) -> AsyncIterator[RunningService]:
    """Like `server.testing.running_service`, on a database already migrated (per session)."""
    cfg = ServerConfig(database_url=database_url, **config)
    app = create_app(cfg, run_migrations=False)
    async with app.router.lifespan_context(app):
        yield RunningService(app, cfg)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated once; each test starts from a copy (migrations take time)."""
    from server.db import migrate

    path = tmp_path_factory.mktemp("template") / "procura-template.db"
    migrate(f"sqlite:///{path}")
    return path


@pytest.fixture
async def service(service_factory: ServiceFactory) -> AsyncIterator[RunningService]:
    async with service_factory() as s:
        yield s


@dataclass
class Actor:
    """A signed-in RSE of an enterprise, with an httpx client carrying its token."""

    enterprise_id: str
    user_code: str
    client: httpx.AsyncClient

    async def tx(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        """A transaction with a fresh Idempotency-Key."""
        headers = dict(kwargs.pop("headers", {}) or {})  # type: ignore[call-overload]
        headers.setdefault("Idempotency-Key", str(uuid.uuid4()))
        return await self.client.request(method, url, headers=headers, **kwargs)  # type: ignore[arg-type]


async def make_actor(service: RunningService, enterprise_id: str, name: str) -> Actor:
    done = await create_enterprise(
        service.db,
        enterprise_id=enterprise_id,
        name=name,
        rse_last_name="Grégoire",
        rse_first_name="François",
        rse_email="francois@example.com",
        password=PASSWORD,
        address="675, boul. René-Lévesque Est, Québec (Québec) G1R 5V7",
    )
    token = await service.login(done.user_code, PASSWORD)
    return Actor(enterprise_id, done.user_code, service.client(token))


@pytest.fixture
async def rse(service) -> AsyncIterator[Actor]:
    actor = await make_actor(service, "1006237700", "Les Champions inc.")
    async with actor.client:
        yield actor


@pytest.fixture
async def other_rse(service) -> AsyncIterator[Actor]:
    actor = await make_actor(service, "2200000001", "Autre Entreprise ltée")
    async with actor.client:
        yield actor


USER = {
    "last_name": "McReady",
    "first_name": "Sharron",
    "email": "sharron.mcready@leschampions.com",
    "email_confirmation": "sharron.mcready@leschampions.com",
    "phone": "514 522-6699",
    "phone_extension": "1234",
    "role": "utilisateur",
}


def api_routes(app: Any) -> list[tuple[str, str, Any]]:
    """Every (method, full path, APIRoute) of the app under /api/v1, read from `app.routes`
    (FastAPI ≥ 0.130 nests included routers: walk them through `iter_route_contexts`)."""
    from fastapi.routing import APIRoute

    from server.app import API_PREFIX

    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: included routes are flattened into app.routes
        pairs = [(r.path, r) for r in app.routes if isinstance(r, APIRoute)]
    else:
        pairs = [
            (ctx.path, ctx.original_route)
            for ctx in iter_route_contexts(app.routes)
            if isinstance(ctx.original_route, APIRoute)
        ]
    out = []
    for path, route in pairs:
        if path and path.startswith(API_PREFIX):
            out.extend((method, path, route) for method in sorted(route.methods))
    assert out, "no API route found: the walk over app.routes is broken"
    return sorted(out, key=lambda t: (t[1], t[0]))
