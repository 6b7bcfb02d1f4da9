"""Receipts: the enterprise's own, newest first, filters, and nobody else's."""

from __future__ import annotations

from tests.server.conftest import Actor
from tests.server.flows import (
    create_procuration,
    create_user,
    days,
    procuration_body,
    register,
    signed_in_user,
)


async def test_receipts_are_listed_newest_first_and_read_by_reference(rse: Actor) -> None:
    reg = await register(rse, "MELCC")
    proc = (await rse.tx("POST", "/procurations", json=procuration_body())).json()
    listed = (await rse.client.get("/receipts")).json()["items"]
    assert [r["reference"] for r in listed] == [
        proc["receipt"]["reference"],
        reg["receipt"]["reference"],
    ]
    one = await rse.client.get(f"/receipts/{reg['receipt']['reference']}")
    assert one.status_code == 200
    assert one.json() == reg["receipt"]
    assert one.json()["enterprise_name"] == "Les Champions inc."


async def test_another_enterprises_receipt_is_not_found(rse: Actor, other_rse: Actor) -> None:
    reg = await register(rse, "MELCC")
    reference = reg["receipt"]["reference"]
    assert (await other_rse.client.get(f"/receipts/{reference}")).status_code == 404
    assert (await other_rse.client.get("/receipts")).json()["items"] == []
    assert (await rse.client.get("/receipts/12345")).status_code == 404


async def test_filters_kind_reference_dates_and_paging(rse: Actor) -> None:
    await register(rse, "MELCC")
    await create_user(rse, "Turcotte", "Vanessa")
    await create_procuration(rse)
    kinds = {r["kind"] for r in (await rse.client.get("/receipts")).json()["items"]}
    assert kinds == {"registration.create", "user.create", "procuration.create"}

    async def refs(**params: object) -> list[str]:
        r = await rse.client.get("/receipts", params=params)
        assert r.status_code == 200, r.text
        return [x["reference"] for x in r.json()["items"]]

    [only] = await refs(kind="procuration")
    assert await refs(kind="procuration.create") == [only]
    assert await refs(kind="user.create") != [only]
    assert only in await refs(q=only[:9])
    assert len(await refs(**{"from": days(0), "to": days(0)})) == 3
    assert await refs(**{"from": days(1)}) == []
    assert await refs(to=days(-1)) == []
    page = (await rse.client.get("/receipts", params={"limit": 2})).json()
    assert len(page["items"]) == 2 and page["next_cursor"]
    rest = (
        await rse.client.get("/receipts", params={"limit": 2, "cursor": page["next_cursor"]})
    ).json()
    assert len(rest["items"]) == 1 and rest["next_cursor"] is None


async def test_a_user_sees_only_the_receipts_of_their_own_doings(rse: Actor, service) -> None:
    await register(rse, "MELCC")
    code = await create_user(rse, "Turcotte", "Vanessa")
    vanessa = await signed_in_user(service, rse.enterprise_id, code)
    async with vanessa.client:
        assert (await vanessa.client.get("/receipts")).json()["items"] == []
        some = (await rse.client.get("/receipts")).json()["items"][0]["reference"]
        assert (await vanessa.client.get(f"/receipts/{some}")).status_code == 404
