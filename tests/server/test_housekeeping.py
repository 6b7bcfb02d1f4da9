"""Housekeeping forgets ended sessions, old sign-in failures and expired idempotency keys,
and the health check can look at the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update

from server.housekeeping import purge
from server.models import IdempotencyRow, LoginFailureRow, SessionRow
from tests.server.conftest import USER, Actor


async def _count(service, model) -> int:  # type: ignore[no-untyped-def]
    async with service.db.read() as s:
        return int(await s.scalar(select(func.count()).select_from(model)) or 0)


async def test_purge_keeps_what_still_serves_and_drops_the_rest(service, rse: Actor) -> None:
    await rse.tx("POST", "/users", json=USER)
    async with service.client() as anonymous:
        await anonymous.post("/auth/login", json={"user_code": "ZZZ99ZZ", "password": "wrong"})
    assert await _count(service, IdempotencyRow) == 1
    assert await _count(service, LoginFailureRow) == 2

    nothing = await purge(service.db, service.config)
    assert nothing == {"sessions": 0, "login_failures": 0, "idempotency_keys": 0}

    long_ago = datetime.now(UTC) - timedelta(days=40)
    async with service.db.write() as s:
        await s.execute(update(IdempotencyRow).values(created_at=long_ago))
        await s.execute(update(LoginFailureRow).values(at=long_ago))
        await s.execute(update(SessionRow).values(expires_at=long_ago))
    gone = await purge(service.db, service.config)
    assert gone["idempotency_keys"] == 1
    assert gone["login_failures"] == 2
    assert gone["sessions"] >= 1
    assert await _count(service, SessionRow) == 0


async def test_health_can_check_the_database(service) -> None:
    async with service.client() as c:
        bare = (await c.get("/health")).json()
        deep = (await c.get("/health", params={"database": "true"})).json()
    assert "database" not in bare
    assert deep["database"] == "ok"
