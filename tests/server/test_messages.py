"""Secure messages: what each transaction posts, to whom, unread count and marking read."""

from __future__ import annotations

import uuid

from tests.server.conftest import Actor
from tests.server.flows import create_procuration, register


async def test_each_enterprise_reads_only_its_messages(rse: Actor, other_rse: Actor) -> None:
    await register(rse, "MELCC")
    await register(rse, "SAAQ")
    mine = (await rse.client.get("/messages")).json()["items"]
    assert len(mine) == 2
    assert (await other_rse.client.get("/messages")).json()["items"] == []
    assert (await other_rse.client.get("/messages/unread-count")).json() == {"unread": 0}
    stranger = await other_rse.tx("POST", f"/messages/{mine[0]['id']}/read")
    assert stranger.status_code == 404
    assert (await rse.client.get("/messages/unread-count")).json() == {"unread": 2}


async def test_mark_read_is_idempotent_and_lowers_the_count(rse: Actor) -> None:
    await register(rse, "MELCC")
    await register(rse, "MAMH")
    newest, older = (await rse.client.get("/messages")).json()["items"]
    assert "Affaires municipales" in newest["subject"]
    key = str(uuid.uuid4())
    r = await rse.tx("POST", f"/messages/{older['id']}/read", headers={"Idempotency-Key": key})
    assert r.status_code == 200, r.text
    assert r.json()["read"] is True
    again = await rse.tx("POST", f"/messages/{older['id']}/read", headers={"Idempotency-Key": key})
    assert again.json() == r.json()
    assert (await rse.client.get("/messages/unread-count")).json() == {"unread": 1}
    missing_key = await rse.client.post(f"/messages/{older['id']}/read")
    assert missing_key.status_code == 400
    unread = (await rse.client.get("/messages", params={"unread": "true"})).json()["items"]
    assert [m["id"] for m in unread] == [newest["id"]]


async def test_unread_first_lifts_an_older_unread_message(rse: Actor) -> None:
    await register(rse, "MELCC")
    await register(rse, "MAMH")
    newest, older = (await rse.client.get("/messages")).json()["items"]
    await rse.tx("POST", f"/messages/{newest['id']}/read")
    by_date = (await rse.client.get("/messages")).json()["items"]
    assert [m["id"] for m in by_date] == [newest["id"], older["id"]]
    lifted = (await rse.client.get("/messages", params={"sort": "unread_first"})).json()["items"]
    assert [m["id"] for m in lifted] == [older["id"], newest["id"]]


async def test_a_procuration_received_and_refused_tells_the_other_party(
    rse: Actor, other_rse: Actor
) -> None:
    await register(rse, "MELCC")
    before = (await rse.client.get("/messages/unread-count")).json()["unread"]
    proc = await create_procuration(rse, type="externe", mandataire_id=other_rse.enterprise_id)
    received = (await other_rse.client.get("/messages")).json()["items"]
    assert [(m["kind"], m["related_id"]) for m in received] == [
        ("procuration_received", proc["id"])
    ]
    # The mandant is not told of what it did itself.
    assert (await rse.client.get("/messages/unread-count")).json()["unread"] == before
    await other_rse.tx(
        "POST", f"/procurations/{proc['id']}/refuse", json={"reason": "Mandat terminé"}
    )
    [refused] = (await rse.client.get("/messages", params={"kind": "procuration_refused"})).json()[
        "items"
    ]
    assert refused["related_id"] == proc["id"]
    assert "Autre Entreprise ltée" in refused["subject"]
    assert "Mandat terminé" in refused["body"]
