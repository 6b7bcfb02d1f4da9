"""The audit log: every transaction with before and after, the enterprise's own rows, RSE only."""

from __future__ import annotations

from tests.server.conftest import Actor
from tests.server.flows import (
    create_procuration,
    create_user,
    days,
    register,
    signed_in_user,
)


async def test_every_transaction_is_audited_newest_first(rse: Actor) -> None:
    await register(rse, "MELCC")
    proc = await create_procuration(rse)
    url = f"/procurations/{proc['id']}"
    tag = (await rse.client.get(url)).headers["ETag"]
    await rse.tx("PATCH", url, json={"end_date": days(200)}, headers={"If-Match": tag})
    await rse.tx("POST", f"{url}/revoke")
    entries = (await rse.client.get("/audit")).json()["items"]
    actions = [e["action"] for e in entries]
    assert actions[:5] == [
        "procuration.revoke",
        "procuration.modify",
        "procuration.create",
        "registration.activate",
        "registration.create",
    ]
    modify = entries[1]
    assert modify["actor"] == rse.user_code
    assert modify["object_id"] == proc["id"]
    assert modify["before"]["end_date"] == days(365)
    assert modify["after"]["end_date"] == days(200)
    assert entries[0]["before"]["state"] == "AC" and entries[0]["after"]["state"] == "RV"
    ids = [e["id"] for e in entries]
    assert ids == sorted(ids, reverse=True)


async def test_filters_and_paging(rse: Actor) -> None:
    await register(rse, "MELCC")
    await create_procuration(rse)
    await create_procuration(rse, description="GES")
    only = (await rse.client.get("/audit", params={"action": "procuration"})).json()["items"]
    assert [e["action"] for e in only] == ["procuration.create", "procuration.create"]
    exact = await rse.client.get("/audit", params={"action": "registration.create"})
    assert len(exact.json()["items"]) == 1
    mine = (await rse.client.get("/audit", params={"actor": rse.user_code})).json()["items"]
    assert mine and all(e["actor"] == rse.user_code for e in mine)
    assert (await rse.client.get("/audit", params={"since": days(1)})).json()["items"] == []
    page = (await rse.client.get("/audit", params={"limit": 2})).json()
    assert len(page["items"]) == 2 and page["next_cursor"]


async def test_each_enterprise_sees_its_own_rows_and_both_parties_see_a_refusal(
    rse: Actor, other_rse: Actor
) -> None:
    await register(rse, "MELCC")
    proc = await create_procuration(rse, type="externe", mandataire_id=other_rse.enterprise_id)
    await other_rse.tx("POST", f"/procurations/{proc['id']}/refuse", json={"reason": "Non"})
    theirs = (await other_rse.client.get("/audit")).json()["items"]
    assert "registration.create" not in [e["action"] for e in theirs]
    mandant = (await rse.client.get("/audit", params={"action": "procuration.refuse"})).json()
    [refusal] = mandant["items"]
    assert refusal["actor"] == other_rse.user_code
    assert refusal["after"]["refusal_reason"] == "Non"


async def test_only_an_rse_reads_the_audit_log(rse: Actor, service) -> None:
    code = await create_user(rse, "Turcotte", "Vanessa")
    vanessa = await signed_in_user(service, rse.enterprise_id, code)
    async with vanessa.client:
        assert (await vanessa.client.get("/audit")).status_code == 403
