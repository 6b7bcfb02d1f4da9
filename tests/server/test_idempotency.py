"""Exactly-once transactions: Idempotency-Key replays and conflicts, ETag / If-Match."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update

from server import transactions
from server.models import IdempotencyRow, ReceiptRow, UserRow
from server.testing import RunningService
from tests.server.conftest import USER, Actor
from tests.server.flows import create_procuration, days, register


def key() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


async def count(service: RunningService, model: Any) -> int:
    async with service.db.read() as s:
        return int(await s.scalar(select(func.count()).select_from(model)) or 0)


async def test_same_key_and_body_replays_the_same_answer_and_receipt_for_each_kind(
    service: RunningService, rse: Actor
) -> None:
    await register(rse, "MELCC")
    code = (await rse.tx("POST", "/users", json=USER)).json()["user_code"]
    proc = await create_procuration(rse)
    tag = (await rse.client.get(f"/users/{code}")).headers["ETag"]
    calls = [
        ("POST", "/users", {"json": USER}),
        ("POST", "/procurations", {"json": {**_proc_body(), "description": "Autre"}}),
        ("PATCH", f"/users/{code}", {"json": {"first_name": "S."}, "headers": {"If-Match": tag}}),
        ("POST", f"/users/{code}/suspend", {}),
        ("POST", f"/procurations/{proc['id']}/revoke", {}),
    ]
    for method, url, kwargs in calls:
        headers = {**kwargs.pop("headers", {}), **key()}
        first = await rse.client.request(method, url, headers=headers, **kwargs)
        receipts = await count(service, ReceiptRow)
        again = await rse.client.request(method, url, headers=headers, **kwargs)
        assert first.status_code in (200, 201), (url, first.text)
        assert again.status_code == first.status_code, (url, again.text)
        assert again.json() == first.json()
        assert again.headers["Idempotent-Replayed"] == "true"
        assert "Idempotent-Replayed" not in first.headers
        assert await count(service, ReceiptRow) == receipts  # nothing done twice


def _proc_body() -> dict[str, Any]:
    return {
        "type": "interne",
        "end_date": days(300),
        "rights": [{"ministry": "MELCC", "access": "unrestricted"}],
    }


async def test_a_replay_shows_the_temporary_password_the_database_keeps_only_sealed(
    service: RunningService, rse: Actor
) -> None:
    headers = key()
    first = await rse.tx("POST", "/users", json=USER, headers=headers)
    again = await rse.tx("POST", "/users", json=USER, headers=headers)
    temporary = first.json()["temporary_password"]
    assert again.json()["temporary_password"] == temporary
    async with service.db.read() as s:
        stored = (await s.scalars(select(IdempotencyRow.response))).all()
    assert stored and all(temporary not in str(r) for r in stored)
    assert any("sealed:" in str(r) for r in stored)


async def test_same_key_with_another_body_or_route_is_422(
    service: RunningService, rse: Actor
) -> None:
    headers = key()
    assert (await rse.tx("POST", "/users", json=USER, headers=headers)).status_code == 201
    other = await rse.tx("POST", "/users", json=dict(USER, first_name="Autre"), headers=headers)
    assert other.status_code == 422
    assert other.json()["type"].endswith("/idempotency-key-reused")
    code = (await rse.client.get("/users")).json()["items"][0]["user_code"]
    elsewhere = await rse.tx("POST", f"/users/{code}/suspend", headers=headers)
    assert elsewhere.status_code == 422
    assert (await rse.client.get(f"/users/{code}")).json()["state"] == "actif"


async def test_a_missing_or_too_long_key_is_400(rse: Actor) -> None:
    assert (await rse.client.post("/users", json=USER)).status_code == 400
    long = {"Idempotency-Key": "k" * 256}
    assert (await rse.client.post("/users", json=USER, headers=long)).status_code == 400
    ok = {"Idempotency-Key": "k" * 255}
    assert (await rse.client.post("/users", json=USER, headers=ok)).status_code == 201


async def test_keys_belong_to_their_caller(
    service: RunningService, rse: Actor, other_rse: Actor
) -> None:
    headers = key()
    mine = await rse.tx("POST", "/users", json=USER, headers=headers)
    theirs = await other_rse.tx("POST", "/users", json=USER, headers=headers)
    assert mine.status_code == theirs.status_code == 201
    assert "Idempotent-Replayed" not in theirs.headers
    assert mine.json()["user_code"] != theirs.json()["user_code"]
    assert theirs.json()["receipt"]["enterprise_id"] == other_rse.enterprise_id


async def test_while_the_first_request_runs_the_same_key_is_409(
    service: RunningService, rse: Actor, monkeypatch
) -> None:
    claimed = asyncio.Event()
    release = asyncio.Event()
    real_claim = transactions.Transaction._claim
    calls = 0

    async def slow_claim(self: Any, caller: Any, fp: str) -> None:
        nonlocal calls
        calls += 1
        await real_claim(self, caller, fp)
        if calls == 1:  # the first one holds its claim, as a slow request would
            claimed.set()
            await release.wait()

    monkeypatch.setattr(transactions.Transaction, "_claim", slow_claim)
    headers = key()
    first = asyncio.ensure_future(rse.tx("POST", "/users", json=USER, headers=headers))
    await claimed.wait()
    second = await rse.tx("POST", "/users", json=USER, headers=headers)
    assert second.status_code == 409, second.text
    assert second.json()["type"].endswith("/idempotency-in-progress")
    assert second.headers["Retry-After"]
    release.set()
    done = await first
    assert done.status_code == 201
    third = await rse.tx("POST", "/users", json=USER, headers=headers)
    assert third.json() == done.json()
    assert await count(service, UserRow) == 2  # the RSE and one user


async def test_two_identical_requests_at_once_do_the_work_once(
    service: RunningService, rse: Actor
) -> None:
    headers = key()
    answers = await asyncio.gather(
        *(rse.tx("POST", "/users", json=USER, headers=headers) for _ in range(4))
    )
    statuses = sorted(a.status_code for a in answers)
    assert statuses.count(201) >= 1 and set(statuses) <= {201, 409}, statuses
    created = {a.json()["user_code"] for a in answers if a.status_code == 201}
    assert len(created) == 1
    assert await count(service, UserRow) == 2


async def test_a_failed_attempt_releases_its_key(service: RunningService, rse: Actor) -> None:
    code = (await rse.tx("POST", "/users", json=USER)).json()["user_code"]
    headers = key()
    refused = await rse.tx("POST", f"/users/{code}/reactivate", headers=headers)  # still actif
    assert refused.status_code == 422
    assert await count(service, IdempotencyRow) == 1  # only the creation's
    await rse.tx("POST", f"/users/{code}/suspend")
    retried = await rse.tx("POST", f"/users/{code}/reactivate", headers=headers)
    assert retried.status_code == 200, retried.text
    assert "Idempotent-Replayed" not in retried.headers


async def test_an_abandoned_claim_is_taken_over(service: RunningService, rse: Actor) -> None:
    headers = key()
    caller_id = await _user_id(service, rse.user_code)
    async with service.db.write() as s:
        s.add(
            IdempotencyRow(
                user_id=caller_id,
                key=transactions.key_digest(headers["Idempotency-Key"]),
                fingerprint="x" * 64,
                state="running",
                created_at=datetime.now(UTC) - timedelta(minutes=5),
            )
        )
    # A different fingerprint is still another request: 422, never a takeover.
    assert (await rse.tx("POST", "/users", json=USER, headers=headers)).status_code == 422
    async with service.db.write() as s:
        await s.execute(update(IdempotencyRow).values(fingerprint=_fingerprint_of_user_post()))
    r = await rse.tx("POST", "/users", json=USER, headers=headers)
    assert r.status_code == 201, r.text


def _fingerprint_of_user_post() -> str:
    from types import SimpleNamespace

    from app.domain.models import UserCreate

    request = SimpleNamespace(method="POST", url=SimpleNamespace(path="/api/v1/users"))
    return transactions.fingerprint(request, UserCreate(**USER))  # type: ignore[arg-type]


async def _user_id(service: RunningService, code: str) -> int:
    async with service.db.read() as s:
        found = await s.scalar(select(UserRow.id).where(UserRow.user_code == code))
    assert found is not None
    return int(found)


async def test_a_replay_answers_what_was_done_even_after_later_changes(
    service: RunningService, rse: Actor
) -> None:
    headers = key()
    first = await rse.tx("POST", "/users", json=USER, headers=headers)
    code = first.json()["user_code"]
    await rse.tx("POST", f"/users/{code}/suspend")
    again = await rse.tx("POST", "/users", json=USER, headers=headers)
    assert again.json()["user"]["state"] == "actif"  # the answer of the day, not re-run
    assert await count(service, UserRow) == 2


# ---- ETag / If-Match ---------------------------------------------------------------------------


async def test_patch_without_if_match_is_428_and_with_a_stale_one_412(
    service: RunningService, rse: Actor
) -> None:
    await register(rse, "MELCC")
    code = (await rse.tx("POST", "/users", json=USER)).json()["user_code"]
    proc = await create_procuration(rse)
    for url, body in (
        (f"/users/{code}", {"first_name": "Sharon"}),
        (f"/procurations/{proc['id']}", {"end_date": days(100)}),
    ):
        tag = (await rse.client.get(url)).headers["ETag"]
        missing = await rse.tx("PATCH", url, json=body)
        assert missing.status_code == 428, (url, missing.text)
        ok = await rse.tx("PATCH", url, json=body, headers={"If-Match": tag})
        assert ok.status_code == 200, (url, ok.text)
        assert ok.headers["ETag"] != tag
        stale = await rse.tx("PATCH", url, json=body, headers={"If-Match": tag})
        assert stale.status_code == 412, (url, stale.text)
        assert stale.headers["ETag"] == ok.headers["ETag"]
        assert (await rse.client.get(url)).headers["ETag"] == ok.headers["ETag"]
        weak = await rse.tx(
            "PATCH", url, json=body, headers={"If-Match": f"W/{ok.headers['ETag']}"}
        )
        assert weak.status_code == 200, (url, weak.text)
