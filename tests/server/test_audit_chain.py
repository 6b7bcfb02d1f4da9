"""The audit trail: append-only, hash-chained, and `procura-server verify-audit` finds tampering
(run as the operator runs it: a separate process given `--database-url`)."""

from __future__ import annotations

import asyncio
import itertools
import shutil
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text, update

from server import audit
from server.models import AuditRow
from server.testing import RunningService
from tests.server.conftest import USER, Actor

# The chain's lock differs per database (SQLite: one writer; PostgreSQL: an advisory lock).
pytestmark = pytest.mark.postgres


def cli() -> list[str]:
    script = shutil.which("procura-server", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "server.cli"]


async def verify_audit(service: RunningService) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        *cli(),
        "verify-audit",
        "--database-url",
        service.config.database_url,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def rows(service: RunningService) -> list[AuditRow]:
    async with service.db.read() as s:
        return list((await s.scalars(select(AuditRow).order_by(AuditRow.id))).all())


def as_tuple(row: AuditRow) -> tuple[Any, ...]:
    return tuple(getattr(row, c.key) for c in AuditRow.__table__.columns)


async def some_history(rse: Actor) -> None:
    code = (await rse.tx("POST", "/users", json=USER)).json()["user_code"]
    tag = (await rse.client.get(f"/users/{code}")).headers["ETag"]
    await rse.tx(
        "PATCH", f"/users/{code}", json={"first_name": "Sharon"}, headers={"If-Match": tag}
    )
    await rse.tx("POST", f"/users/{code}/suspend")
    await rse.tx("POST", f"/users/{code}/reactivate")


async def test_every_row_links_to_the_previous_one_from_the_genesis(
    service: RunningService, rse: Actor
) -> None:
    await some_history(rse)
    chain = await rows(service)
    assert len(chain) >= 6
    assert chain[0].prev_hash == audit.GENESIS
    for before, row in itertools.pairwise(chain):
        assert row.prev_hash == before.hash
        assert row.hash == audit.chain_hash(before.hash, row)
    async with service.db.read() as s:
        verdict = await audit.verify(s)
    assert verdict.ok and verdict.rows == len(chain)


async def test_the_trail_is_append_only_later_flows_never_touch_earlier_rows(
    service: RunningService, rse: Actor
) -> None:
    await some_history(rse)
    before = [as_tuple(r) for r in await rows(service)]
    await some_history(rse)
    await rse.client.post("/auth/logout")
    after = [as_tuple(r) for r in await rows(service)]
    assert len(after) > len(before)
    assert after[: len(before)] == before


async def test_concurrent_transactions_keep_one_unforked_chain(
    service: RunningService, rse: Actor
) -> None:
    results = await asyncio.gather(*(rse.tx("POST", "/users", json=USER) for _ in range(12)))
    assert [r.status_code for r in results] == [201] * 12
    chain = await rows(service)
    assert len({r.prev_hash for r in chain}) == len(chain)  # no two rows claim one parent
    async with service.db.read() as s:
        assert (await audit.verify(s)).ok


async def test_verify_audit_exits_0_on_an_intact_chain(service: RunningService, rse: Actor) -> None:
    await some_history(rse)
    code, out, err = await verify_audit(service)
    assert code == 0, err
    assert f"{len(await rows(service))} ligne(s) vérifiée(s)" in out


async def test_verify_audit_names_the_first_tampered_row_and_exits_non_zero(
    service: RunningService, rse: Actor
) -> None:
    await some_history(rse)
    chain = await rows(service)
    target = chain[len(chain) // 2].id
    async with service.db.write() as s:
        await s.execute(
            text("UPDATE audit SET after = :v WHERE id = :id"),
            {"v": '{"state": "actif", "note": "ajouté après coup"}', "id": target},
        )
        # A later row tampered too: the first one is the one to name.
        await s.execute(
            text("UPDATE audit SET actor = 'ZZZ99ZZ' WHERE id = :id"), {"id": chain[-1].id}
        )
    code, _out, err = await verify_audit(service)
    assert code != 0
    assert f"n° {target} " in err, err


async def first_bad(service: RunningService) -> int | None:
    async with service.db.read() as s:
        return (await audit.verify(s)).first_bad_id


TAMPERED = [
    ("action", "user.delete"),
    ("actor", "AAA22AA"),
    ("object_id", "AAA22AA"),
    ("outcome", "failure"),
    ("before", {"state": "revoque"}),
    ("at", datetime(2020, 1, 1, tzinfo=UTC)),
]


async def test_a_change_to_any_column_is_found_at_its_row(
    service: RunningService, rse: Actor
) -> None:
    await some_history(rse)
    chain = await rows(service)
    target = chain[-2]
    assert await first_bad(service) is None
    for column, value in TAMPERED:
        original = getattr(target, column)
        async with service.db.write() as s:
            await s.execute(
                update(AuditRow).where(AuditRow.id == target.id).values({column: value})
            )
        assert await first_bad(service) == target.id, column
        async with service.db.write() as s:  # put it back: the chain holds again
            await s.execute(
                update(AuditRow).where(AuditRow.id == target.id).values({column: original})
            )
        assert await first_bad(service) is None, column


async def test_a_deleted_row_breaks_the_link_of_the_next(
    service: RunningService, rse: Actor
) -> None:
    await some_history(rse)
    chain = await rows(service)
    async with service.db.write() as s:
        await s.execute(text("DELETE FROM audit WHERE id = :id"), {"id": chain[2].id})
    assert await first_bad(service) == chain[3].id


async def test_a_row_rewritten_with_a_recomputed_hash_still_breaks_the_next_link(
    service: RunningService, rse: Actor
) -> None:
    await some_history(rse)
    chain = await rows(service)
    victim = chain[3]
    victim.actor = "AAA22AA"
    forged = audit.chain_hash(victim.prev_hash, victim)
    async with service.db.write() as s:
        await s.execute(
            text("UPDATE audit SET actor = 'AAA22AA', hash = :h WHERE id = :id"),
            {"h": forged, "id": victim.id},
        )
    assert await first_bad(service) == chain[4].id
