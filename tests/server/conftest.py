"""Fixtures for the service's tests: a real app in process on a temporary SQLite database."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass

import httpx
import pytest

os.environ.setdefault("PROCURA_FAST_HASH_FOR_TESTS", "1")

from server.provisioning import create_enterprise
from server.testing import RunningService, running_service

PASSWORD = "correct horse battery staple"


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


@pytest.fixture
async def service(tmp_path) -> AsyncIterator[RunningService]:
    async with running_service(tmp_path, registration_auto_activate_seconds=0) as s:
        yield s


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
