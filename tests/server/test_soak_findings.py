"""What the soak on PostgreSQL (bench/server_soak.py) found, on SQLite and PostgreSQL.

- Concurrent changes of one record: of several requests carrying the same ETag, exactly one
  wins and the others are told it changed (412). Two PATCHes both answered 200 with the same
  new version, and the first change was lost.
- A replayed transaction carries its ETag, as the first answer did.
- A client that goes away before its body is read is not a crash (no 500, no traceback).
"""

from __future__ import annotations

import asyncio
import logging
import uuid

import httpx
import pytest

from server.testing import RunningService
from tests.server.conftest import Actor
from tests.server.flows import assign, create_procuration, create_user, days, register

pytestmark = pytest.mark.postgres

AT_ONCE = 6


async def test_end_date_changes_with_one_etag_at_once_only_one_wins(rse: Actor) -> None:
    await register(rse)
    proc = await create_procuration(rse)
    url = f"/procurations/{proc['id']}"
    etag = (await rse.client.get(url)).headers["etag"]

    answers = await asyncio.gather(
        *(
            rse.tx("PATCH", url, json={"end_date": days(300 + i)}, headers={"If-Match": etag})
            for i in range(AT_ONCE)
        )
    )

    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] + [412] * (AT_ONCE - 1), [a.text for a in answers]
    winner = next(a for a in answers if a.status_code == 200).json()["procuration"]
    now = (await rse.client.get(url)).json()
    assert now["end_date"] == winner["end_date"]
    assert now["version"] == winner["version"] == proc["version"] + 1


async def test_user_changes_with_one_etag_at_once_only_one_wins(rse: Actor) -> None:
    code = await create_user(rse, "Turcotte", "Vanessa")
    url = f"/users/{code}"
    etag = (await rse.client.get(url)).headers["etag"]

    answers = await asyncio.gather(
        *(
            rse.tx("PATCH", url, json={"phone_extension": str(100 + i)}, headers={"If-Match": etag})
            for i in range(AT_ONCE)
        )
    )

    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] + [412] * (AT_ONCE - 1), [a.text for a in answers]
    winner = next(a for a in answers if a.status_code == 200).json()["user"]
    assert (await rse.client.get(url)).json()["phone_extension"] == winner["phone_extension"]


async def test_one_assignment_revoked_twice_at_once_is_revoked_once(rse: Actor) -> None:
    await register(rse)
    proc = await create_procuration(rse)
    code = await create_user(rse, "McReady", "Sharron")
    made = await assign(rse, proc["id"], code)
    assert made.status_code == 201, made.text
    url = f"/assignments/{made.json()['assignments'][0]['id']}"

    answers = await asyncio.gather(*(rse.tx("DELETE", url) for _ in range(AT_ONCE)))

    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] + [422] * (AT_ONCE - 1), [a.text for a in answers]
    receipts = (await rse.client.get("/receipts", params={"kind": "assignment.revoke"})).json()
    assert len(receipts["items"]) == 1


async def test_a_replayed_creation_carries_its_etag(rse: Actor) -> None:
    """A client that lost the answer of POST /procurations and retried got the stored body
    without its ETag, and could not go on to change the end date without reading again."""
    await register(rse)
    body = {
        "type": "interne",
        "end_date": days(365),
        "rights": [{"ministry": "MELCC", "access": "unrestricted", "services": []}],
    }
    key = {"Idempotency-Key": str(uuid.uuid4())}
    first = await rse.client.post("/procurations", json=body, headers=key)
    again = await rse.client.post("/procurations", json=body, headers=key)
    assert first.status_code == again.status_code == 201, first.text
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert again.headers["ETag"] == first.headers["ETag"]


async def test_a_client_gone_before_its_body_is_read_is_no_crash(
    service: RunningService, rse: Actor, caplog: pytest.LogCaptureFixture
) -> None:
    """DELETE /assignments/{id} reads its (empty) body to refuse one; the client had timed out
    and the read raised ClientDisconnect: a 500 and two tracebacks in the service's log."""
    token = rse.client.headers["Authorization"]
    sent: list[dict[str, object]] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.disconnect"}

    async def send(message: dict[str, object]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "DELETE",
        "scheme": "http",
        "path": "/api/v1/assignments/1",
        "raw_path": b"/api/v1/assignments/1",
        "query_string": b"",
        "root_path": "",
        "headers": [
            (b"host", b"testserver"),
            (b"authorization", token.encode()),
            (b"idempotency-key", uuid.uuid4().hex.encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    with caplog.at_level(logging.INFO):
        await service.app(scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    assert status == 400
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    # and the service goes on answering
    assert (await rse.client.get("/me")).status_code == httpx.codes.OK
