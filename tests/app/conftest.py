"""Fixtures for the client core's tests: the real service in process and signed-in clients.

- `service`: the real FastAPI app on a temporary SQLite database (`server.testing`).
- `rse`: an `ApiClient` signed in as the RSE of «Les Champions inc.», over ASGI.
- `make_client(transport=None)`: more `ApiClient`s on the same app (closed after the test).
- `demo_service`, `make_demo_client`: the same, on the service's demo data (`server.demo`),
  whose sign-ins are in `demo_service.demo["sign_ins"]` (see `demo_sign_in`).
"""

from __future__ import annotations

import os

# Same algorithm, lower cost: sign-ins in these tests take milliseconds, not a second each.
os.environ.setdefault("PROCURA_FAST_HASH_FOR_TESTS", "1")

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.api import ApiClient
from server.provisioning import create_enterprise
from server.testing import RunningService, running_service

SERVICE_URL = "http://testserver"
PASSWORD = "correct horse battery staple"
ENTERPRISE_ID = "1006237700"
ENTERPRISE_NAME = "Les Champions inc."

ClientFactory = Callable[..., ApiClient]


@dataclass(frozen=True)
class Account:
    enterprise_id: str
    user_code: str
    password: str


@pytest.fixture
async def service(tmp_path: Path) -> AsyncIterator[RunningService]:
    async with running_service(tmp_path, registration_auto_activate_seconds=0) as running:
        yield running


@pytest.fixture
async def rse_account(service: RunningService) -> Account:
    done = await create_enterprise(
        service.db,
        enterprise_id=ENTERPRISE_ID,
        name=ENTERPRISE_NAME,
        rse_last_name="Grégoire",
        rse_first_name="François",
        rse_email="francois.gregoire@leschampions.com",
        password=PASSWORD,
        address="675, boul. René-Lévesque Est, Québec (Québec) G1R 5V7",
    )
    return Account(ENTERPRISE_ID, done.user_code, PASSWORD)


@pytest.fixture
async def make_client(service: RunningService) -> AsyncIterator[ClientFactory]:
    made: list[ApiClient] = []

    def make(transport: httpx.AsyncBaseTransport | None = None, **kwargs: object) -> ApiClient:
        client = ApiClient(SERVICE_URL, transport=transport or service.transport(), **kwargs)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


@pytest.fixture
async def demo_service(tmp_path: Path) -> AsyncIterator[RunningService]:
    async with running_service(
        tmp_path, seed_demo=True, registration_auto_activate_seconds=0
    ) as running:
        yield running


@pytest.fixture
async def make_demo_client(demo_service: RunningService) -> AsyncIterator[ClientFactory]:
    made: list[ApiClient] = []

    def make(**kwargs: object) -> ApiClient:
        client = ApiClient(SERVICE_URL, transport=demo_service.transport(), **kwargs)  # type: ignore[arg-type]
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


def demo_sign_in(service: RunningService, role_prefix: str) -> tuple[str, str]:
    """(user_code, password) of the demo sign-in whose role starts with `role_prefix`."""
    for sign_in in service.demo["sign_ins"]:
        if str(sign_in["role"]).startswith(role_prefix):
            return str(sign_in["user_code"]), str(sign_in["password"])
    raise LookupError(role_prefix)


@pytest.fixture
async def rse(make_client: ClientFactory, rse_account: Account) -> ApiClient:
    client = make_client()
    await client.login(rse_account.user_code, rse_account.password)
    return client
