"""Registration to ministries: the table of every ministry, answers, activation, désinscription."""

from __future__ import annotations

from pathlib import Path

from server.registrations_ops import activate_due, activate_registration
from server.testing import running_service
from tests.server.conftest import Actor, make_actor
from tests.server.flows import ANSWERS, errors_of, register


async def test_the_table_lists_every_ministry_of_the_catalogue(rse: Actor) -> None:
    ministries = (await rse.client.get("/ministries")).json()
    table = (await rse.client.get("/registrations")).json()
    assert [r["ministry"] for r in table] == [m["code"] for m in ministries]
    assert len(table) == 13
    assert all(r["state"] is None and r["requested_on"] is None for r in table)


async def test_register_answers_each_question_then_is_active_with_receipt_and_message(
    rse: Actor,
) -> None:
    body = await register(rse, "MELCC")
    reg = body["registration"]
    assert reg["state"] == "actif"  # the test service activates at once (0 seconds)
    assert reg["requested_on"] == reg["state_on"]
    assert len(body["receipt"]["reference"]) == 9
    table = {r["ministry"]: r for r in (await rse.client.get("/registrations")).json()}
    assert table["MELCC"]["state"] == "actif"
    messages = (await rse.client.get("/messages")).json()["items"]
    assert [m["kind"] for m in messages] == ["registration_activated"]
    assert "Inscription activée" in messages[0]["subject"]


async def test_a_missing_or_unclear_answer_is_refused_on_its_question(rse: Actor) -> None:
    r = await rse.tx(
        "POST",
        "/registrations",
        json={"ministry": "SAAQ", "answers": {"deja_client": "peut-être", "autre": "x"}},
    )
    assert errors_of(r) == {
        "answers.deja_client": "answers_invalid",
        "answers.commercant": "answers_invalid",
        "answers.autre": "unknown_field",
    }
    unknown = await rse.tx("POST", "/registrations", json={"ministry": "XYZ", "answers": {}})
    assert errors_of(unknown) == {"ministry": "ministry_unknown"}


async def test_register_twice_is_refused_but_again_after_desinscription(rse: Actor) -> None:
    await register(rse, "MAMH")
    again = await rse.tx(
        "POST", "/registrations", json={"ministry": "MAMH", "answers": ANSWERS["MAMH"]}
    )
    assert errors_of(again) == {"ministry": "already_registered"}
    gone = await rse.tx("DELETE", "/registrations/MAMH")
    assert gone.status_code == 200, gone.text
    assert gone.json()["registration"]["state"] == "desactive"
    assert gone.json()["receipt"]["kind"] == "registration.delete"
    twice = await rse.tx("DELETE", "/registrations/MAMH")
    assert errors_of(twice) == {"ministry": "not_registered"}
    back = await register(rse, "MAMH")
    assert back["registration"]["state"] == "actif"


async def test_only_an_rse_registers(rse: Actor, service) -> None:
    from server.models import UserRow

    async with service.db.write() as s:
        from sqlalchemy import update

        await s.execute(
            update(UserRow).where(UserRow.user_code == rse.user_code).values(role="utilisateur")
        )
    r = await rse.tx("POST", "/registrations", json={"ministry": "ZE", "answers": {}})
    assert r.status_code == 403


async def test_without_auto_activation_the_operator_activates(tmp_path: Path) -> None:
    async with running_service(tmp_path, registration_auto_activate_seconds=None) as service:
        actor = await make_actor(service, "1006237700", "Les Champions inc.")
        async with actor.client:
            pending = await register(actor, "MELCC")
            assert pending["registration"]["state"] == "en_traitement"
            assert pending["receipt"]["recap"]["sections"][0]["rows"][2]["value"] == (
                "En traitement"
            )
            assert (await actor.client.get("/messages/unread-count")).json() == {"unread": 0}
            # A timer of one hour does not activate a request made just now.
            assert await activate_due(service.db, 3600) == 0
            assert await activate_registration(service.db, "1006237700", "MELCC")
            assert not await activate_registration(service.db, "1006237700", "MELCC")
            table = {r["ministry"]: r for r in (await actor.client.get("/registrations")).json()}
            assert table["MELCC"]["state"] == "actif"
            assert (await actor.client.get("/messages/unread-count")).json() == {"unread": 1}


async def test_the_timer_activates_requests_older_than_its_delay(tmp_path: Path) -> None:
    async with running_service(tmp_path, registration_auto_activate_seconds=None) as service:
        actor = await make_actor(service, "1006237700", "Les Champions inc.")
        async with actor.client:
            await register(actor, "SAAQ")
            assert await activate_due(service.db, 0) == 1
            table = {r["ministry"]: r for r in (await actor.client.get("/registrations")).json()}
            assert table["SAAQ"]["state"] == "actif"
