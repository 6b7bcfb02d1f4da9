"""User records through the API: the procedure's example, rules, ETags, transitions."""

from __future__ import annotations

import uuid

from tests.server.conftest import USER, Actor


async def test_create_user_answers_code_temporary_password_and_receipt(rse: Actor) -> None:
    r = await rse.tx("POST", "/users", json=USER)
    assert r.status_code == 201, r.text
    body = r.json()
    assert len(body["user_code"]) == 7
    assert len(body["temporary_password"]) >= 12
    receipt = body["receipt"]
    assert len(receipt["reference"]) == 9 and receipt["reference"].isdigit()
    assert receipt["transmitted_by"] == "François Grégoire"
    rows = receipt["recap"]["sections"][0]["rows"]
    assert {
        "label_fr": "Téléphone (travail)",
        "label_en": "Phone (work)",
        "value": "514 522-6699 poste 1234",
    } in rows
    assert r.headers["ETag"]


async def test_each_rule_is_one_error_on_its_field(rse: Actor) -> None:
    bad = dict(
        USER,
        phone="514 522-669",
        phone_extension="12345",
        email_confirmation="autre@leschampions.com",
        last_name="",
    )
    r = await rse.tx("POST", "/users", json=bad)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("application/problem+json")
    codes = {e["field"]: e["code"] for e in r.json()["errors"]}
    assert codes == {
        "last_name": "required",
        "phone": "phone_invalid",
        "phone_extension": "phone_extension_too_long",
        "email_confirmation": "email_mismatch",
    }
    assert all(e["message_fr"] and e["message_en"] for e in r.json()["errors"])


async def test_unknown_body_field_is_refused(rse: Actor) -> None:
    r = await rse.tx("POST", "/users", json=dict(USER, state="actif"))
    assert r.status_code == 422
    assert r.json()["errors"] == [
        {
            "field": "state",
            "code": "unknown_field",
            "message_fr": "Ce champ n'est pas reconnu.",
            "message_en": "This field is not recognised.",
        }
    ]


async def test_same_key_same_body_replays_the_same_receipt(rse: Actor) -> None:
    key = str(uuid.uuid4())
    first = await rse.tx("POST", "/users", json=USER, headers={"Idempotency-Key": key})
    again = await rse.tx("POST", "/users", json=USER, headers={"Idempotency-Key": key})
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again.headers["Idempotent-Replayed"] == "true"
    users = (await rse.client.get("/users")).json()["items"]
    assert sum(u["last_name"] == "McReady" for u in users) == 1


async def test_same_key_other_body_is_422_and_missing_key_400(rse: Actor) -> None:
    key = str(uuid.uuid4())
    await rse.tx("POST", "/users", json=USER, headers={"Idempotency-Key": key})
    other = await rse.tx(
        "POST", "/users", json=dict(USER, first_name="Autre"), headers={"Idempotency-Key": key}
    )
    assert other.status_code == 422
    missing = await rse.client.post("/users", json=USER)
    assert missing.status_code == 400


async def test_patch_needs_if_match_and_refuses_a_stale_one(rse: Actor) -> None:
    created = (await rse.tx("POST", "/users", json=USER)).json()
    code = created["user_code"]
    got = await rse.client.get(f"/users/{code}")
    tag = got.headers["ETag"]
    assert (await rse.tx("PATCH", f"/users/{code}", json={"first_name": "S."})).status_code == 428
    ok = await rse.tx(
        "PATCH", f"/users/{code}", json={"first_name": "Sharon"}, headers={"If-Match": tag}
    )
    assert ok.status_code == 200, ok.text
    stale = await rse.tx(
        "PATCH", f"/users/{code}", json={"first_name": "Shar"}, headers={"If-Match": tag}
    )
    assert stale.status_code == 412
    assert stale.json()["current"]["first_name"] == "Sharon"


async def test_suspend_reactivate_revoke_and_no_way_back(rse: Actor) -> None:
    code = (await rse.tx("POST", "/users", json=USER)).json()["user_code"]
    assert (await rse.tx("POST", f"/users/{code}/suspend")).json()["user"]["state"] == "suspendu"
    assert (await rse.tx("POST", f"/users/{code}/suspend")).status_code == 422
    assert (await rse.tx("POST", f"/users/{code}/reactivate")).json()["user"]["state"] == "actif"
    assert (await rse.tx("POST", f"/users/{code}/revoke")).json()["user"]["state"] == "revoque"
    assert (await rse.tx("POST", f"/users/{code}/reactivate")).status_code == 422


async def test_another_enterprise_sees_nothing(rse: Actor, other_rse: Actor) -> None:
    code = (await rse.tx("POST", "/users", json=USER)).json()["user_code"]
    assert (await other_rse.client.get(f"/users/{code}")).status_code == 404
    assert (await other_rse.tx("POST", f"/users/{code}/suspend")).status_code == 404
    listed = (await other_rse.client.get("/users")).json()["items"]
    assert code not in {u["user_code"] for u in listed}
