"""The race of DOMAIN.md: two RSEs of one enterprise assign the last free user at the same
moment, and exactly one succeeds — on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.models import AssignmentRow, UserRow
from server.testing import RunningService
from tests.server.conftest import Actor
from tests.server.flows import (
    assign,
    create_procuration,
    create_user,
    errors_of,
    register,
    signed_in_user,
)


@pytest.fixture
async def two_rses(service: RunningService, rse: Actor) -> AsyncIterator[tuple[Actor, Actor]]:
    await register(rse, "MELCC")
    code = await create_user(rse, "Tremblay", "Isabelle", role="rse")
    second = await signed_in_user(service, rse.enterprise_id, code)
    async with second.client:
        yield rse, second


async def active_holdings(service: RunningService, user_code: str) -> int:
    async with service.db.read() as s:
        return int(
            await s.scalar(
                select(func.count())
                .select_from(AssignmentRow)
                .join(UserRow, UserRow.id == AssignmentRow.user_id)
                .where(UserRow.user_code == user_code, AssignmentRow.active)
            )
            or 0
        )


def exactly_one_won(first: Any, second: Any) -> None:
    statuses = sorted([first.status_code, second.status_code])
    assert statuses == [201, 422], (first.text, second.text)
    loser = first if first.status_code == 422 else second
    assert errors_of(loser) == {"user_codes[0]": "user_already_holds_procuration"}


async def test_two_rses_assigning_the_last_free_user_at_once_exactly_one_succeeds(
    service: RunningService, two_rses: tuple[Actor, Actor]
) -> None:
    one, two = two_rses
    a = await create_procuration(one, description="Bilan de phosphore")
    b = await create_procuration(two, description="Émissions de GES")
    for round_ in range(5):
        last_free = await create_user(one, "Turcotte", f"Vanessa{round_}")
        first, second = await asyncio.gather(
            assign(one, a["id"], last_free), assign(two, b["id"], last_free)
        )
        exactly_one_won(first, second)
        assert await active_holdings(service, last_free) == 1
        offered = (await one.client.get("/users", params={"has_procuration": "false"})).json()
        assert last_free not in {u["user_code"] for u in offered["items"]}


async def test_two_rses_assigning_one_user_to_the_same_procuration_at_once(
    service: RunningService, two_rses: tuple[Actor, Actor]
) -> None:
    one, two = two_rses
    p = await create_procuration(one)
    last_free = await create_user(one, "Turcotte", "Vanessa")
    first, second = await asyncio.gather(
        assign(one, p["id"], last_free), assign(two, p["id"], last_free)
    )
    exactly_one_won(first, second)
    assert await active_holdings(service, last_free) == 1


async def test_when_both_pass_the_check_together_the_database_decides(
    service: RunningService, two_rses: tuple[Actor, Actor], backend: str, monkeypatch
) -> None:
    if backend != "postgres":
        pytest.skip(
            "SQLite runs one writer at a time: one request's check and insert cannot "
            "interleave with another's, so both can never pass the check together"
        )
    one, two = two_rses
    a = await create_procuration(one, description="Bilan de phosphore")
    b = await create_procuration(two, description="Émissions de GES")
    last_free = await create_user(one, "Turcotte", "Vanessa")
    # Hold each request just before it inserts its assignment, after its own check saw the
    # user free, until both are there: then both insert at once.
    both_checked = asyncio.Barrier(2)
    real_begin_nested = AsyncSession.begin_nested
    gated: list[str] = []

    class Gate:
        def __init__(self, session: AsyncSession) -> None:
            self.session = session
            self.inner: Any = None

        async def __aenter__(self) -> Any:
            await both_checked.wait()
            self.inner = real_begin_nested(self.session)
            return await self.inner.__aenter__()

        async def __aexit__(self, *exc: Any) -> Any:
            return await self.inner.__aexit__(*exc)

    def begin_nested(self: AsyncSession) -> Any:
        caller = sys._getframe(1).f_code
        if caller.co_name == "assign" and caller.co_filename.endswith("assignments.py"):
            gated.append(caller.co_name)
            return Gate(self)
        return real_begin_nested(self)

    monkeypatch.setattr(AsyncSession, "begin_nested", begin_nested)
    first, second = await asyncio.wait_for(
        asyncio.gather(assign(one, a["id"], last_free), assign(two, b["id"], last_free)),
        timeout=30,
    )
    assert len(gated) == 2  # both requests passed the service's own check
    exactly_one_won(first, second)
    assert await active_holdings(service, last_free) == 1


async def test_the_database_refuses_a_second_active_holding_of_one_mandant(
    service: RunningService, two_rses: tuple[Actor, Actor]
) -> None:
    one, _ = two_rses
    a = await create_procuration(one, description="A")
    b = await create_procuration(one, description="B")
    code = await create_user(one, "Turcotte", "Vanessa")
    async with service.db.read() as s:
        user_id = await s.scalar(select(UserRow.id).where(UserRow.user_code == code))
    assert user_id is not None

    def row(proc: str, active: bool) -> AssignmentRow:
        return AssignmentRow(
            procuration_id=proc,
            user_id=user_id,
            mandant_id=one.enterprise_id,
            start_date=date.today(),
            end_date=date.today(),
            active=active,
            created_at=datetime.now(UTC),
        )

    async with service.db.write() as s:
        s.add_all([row(a["id"], True), row(b["id"], False), row(b["id"], False)])
    with pytest.raises(IntegrityError):
        async with service.db.write() as s:
            s.add(row(b["id"], True))


async def test_two_processes_writing_one_sqlite_file_wait_for_each_other_without_blocking(
    tmp_path,
) -> None:
    """Two Database objects stand for two service processes (workers) on one file: the second
    writer waits for the first without stalling its event loop, then writes."""
    from sqlalchemy import text

    from server.db import Database, migrate

    url = f"sqlite+aiosqlite:///{tmp_path / 'shared.db'}"
    await asyncio.to_thread(migrate, url)
    first, second = Database(url), Database(url)
    holding, release, ticked = asyncio.Event(), asyncio.Event(), asyncio.Event()

    async def ticker() -> None:
        ticks = 0
        while not release.is_set():
            ticks += 1
            if ticks == 20:
                ticked.set()
            await asyncio.sleep(0.001)

    async def hold() -> None:
        async with first.write() as s:
            await s.execute(text("INSERT INTO login_failures (key, at) VALUES ('a', '2020-01-01')"))
            holding.set()
            await release.wait()

    async def wait_then_write() -> int:
        await holding.wait()
        async with second.write() as s:
            await s.execute(text("INSERT INTO login_failures (key, at) VALUES ('b', '2020-01-01')"))
            return int(await s.scalar(text("SELECT count(*) FROM login_failures")) or 0)

    try:
        holder = asyncio.ensure_future(hold())
        writer = asyncio.ensure_future(wait_then_write())
        await holding.wait()
        tick = asyncio.ensure_future(ticker())
        await asyncio.wait_for(ticked.wait(), 10)  # the loop runs while the second one waits
        assert not writer.done()
        release.set()
        assert await asyncio.wait_for(writer, 10) == 2
        await holder
        await tick
    finally:
        await first.dispose()
        await second.dispose()
