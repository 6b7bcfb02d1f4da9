"""Procurations: the procedure's rules, who sees what, end-date changes, revoke and refuse."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date, timedelta

import pytest
from sqlalchemy import update

from app.domain.rules import latest_end_date
from server.models import ProcurationRow
from server.notify import run_reminders, today
from tests.server.conftest import Actor, make_actor
from tests.server.flows import (
    assign,
    create_procuration,
    create_user,
    days,
    errors_of,
    procuration_body,
    register,
)


@pytest.fixture
async def champions(rse: Actor) -> Actor:
    await register(rse, "MELCC")
    return rse


@pytest.fixture
async def third(service) -> AsyncIterator[Actor]:
    actor = await make_actor(service, "3300000002", "Tierce Entreprise inc.")
    async with actor.client:
        yield actor


async def expire(service, procuration_id: str, end: date | None = None) -> None:
    """Move a procuration's end into the past, as time would."""
    async with service.db.write() as s:
        await s.execute(
            update(ProcurationRow)
            .where(ProcurationRow.id == procuration_id)
            .values(end_date=end or today() - timedelta(days=1))
        )


async def test_the_procedures_nine_digit_mandataire_is_refused(champions: Actor) -> None:
    body = procuration_body(type="externe", mandataire_id="123456789")
    r = await champions.tx("POST", "/procurations", json=body)
    assert errors_of(r) == {"mandataire_id": "identification_number_invalid"}


async def test_a_mandataire_must_exist_and_not_be_oneself(champions: Actor) -> None:
    unknown = procuration_body(type="externe", mandataire_id="9999999999")
    assert errors_of(await champions.tx("POST", "/procurations", json=unknown)) == {
        "mandataire_id": "mandataire_unknown"
    }
    itself = procuration_body(type="externe", mandataire_id=champions.enterprise_id)
    assert errors_of(await champions.tx("POST", "/procurations", json=itself)) == {
        "mandataire_id": "mandataire_is_self"
    }


async def test_three_years_less_one_day_at_most(champions: Actor) -> None:
    # The procedure's own dates: 2019-11-29 → 2022-11-28 is the longest period.
    assert latest_end_date(date(2019, 11, 29)) == date(2022, 11, 28)
    too_long = procuration_body(start_date="2019-11-29", end_date="2022-11-29")
    assert errors_of(await champions.tx("POST", "/procurations", json=too_long)) == {
        "end_date": "end_date_too_late"
    }
    start = today() - timedelta(days=200)
    latest = latest_end_date(start)
    ok = await create_procuration(
        champions, start_date=start.isoformat(), end_date=latest.isoformat()
    )
    assert ok["end_date"] == latest.isoformat()
    over = procuration_body(
        start_date=start.isoformat(), end_date=(latest + timedelta(days=1)).isoformat()
    )
    assert errors_of(await champions.tx("POST", "/procurations", json=over)) == {
        "end_date": "end_date_too_late"
    }
    past = procuration_body(end_date=days(-1), start_date=days(-30))
    assert errors_of(await champions.tx("POST", "/procurations", json=past)) == {
        "end_date": "end_date_in_past"
    }


async def test_start_defaults_to_today_and_the_receipt_spells_the_dates(champions: Actor) -> None:
    r = await champions.tx("POST", "/procurations", json=procuration_body(end_date="2099-01-01"))
    assert r.status_code == 422  # beyond three years
    r = await champions.tx("POST", "/procurations", json=procuration_body())
    assert r.status_code == 201, r.text
    proc = r.json()["procuration"]
    assert proc["start_date"] == today().isoformat()
    assert proc["state"] == "AC" and proc["assigned"] is False and proc["type"] == "interne"
    assert r.headers["ETag"]
    recap = r.json()["receipt"]["recap"]
    rows = {row["label_fr"]: row["value"] for row in recap["sections"][0]["rows"]}
    assert rows["Type de procuration"] == "Interne"
    assert rows["Description"] == "Gestion des halocarbures"
    assert rows["État de la procuration"] == "Actif"
    assert rows["Date de fin"].endswith(str(today().year + 1))
    assert any(
        m in rows["Date de fin"]
        for m in (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        )
    )
    rights = recap["sections"][1]
    assert rights["title_fr"] == "Droits d'accès"
    values = [row["value"] for row in rights["rows"]]
    assert "Avec restriction" in values
    assert (
        "Gestion des halocarbures › Transmettre la déclaration annuelle de gestion des "
        "halocarbures" in values
    )


async def test_rights_need_an_active_registration(rse: Actor) -> None:
    r = await rse.tx("POST", "/procurations", json=procuration_body())
    assert errors_of(r) == {"rights[0].ministry": "registration_not_active"}
    await register(rse, "MELCC")
    await rse.tx("DELETE", "/registrations/MELCC")
    r = await rse.tx("POST", "/procurations", json=procuration_body())
    assert errors_of(r) == {"rights[0].ministry": "registration_not_active"}


async def test_an_external_procuration_is_seen_by_both_parties_only(
    champions: Actor, other_rse: Actor, third: Actor
) -> None:
    proc = await create_procuration(
        champions, type="externe", mandataire_id=other_rse.enterprise_id
    )
    assert proc["mandataire"] == {"id": other_rse.enterprise_id, "name": "Autre Entreprise ltée"}
    received = (await other_rse.client.get("/procurations", params={"received": "true"})).json()
    assert [p["id"] for p in received["items"]] == [proc["id"]]
    assert received["items"][0]["mandant"] == {"id": "1006237700", "name": "Les Champions inc."}
    assert (await other_rse.client.get("/procurations")).json()["items"] == []
    own = (await champions.client.get("/procurations")).json()["items"]
    assert [p["id"] for p in own] == [proc["id"]]
    assert (await other_rse.client.get(f"/procurations/{proc['id']}")).status_code == 200
    assert (await third.client.get(f"/procurations/{proc['id']}")).status_code == 404
    assert (await third.client.get(f"/procurations/{proc['id']}/assignments")).status_code == 404
    assert (await third.tx("POST", f"/procurations/{proc['id']}/revoke")).status_code == 404
    assert (
        await third.tx("POST", f"/procurations/{proc['id']}/refuse", json={"reason": "x"})
    ).status_code == 404
    assert (await third.client.get("/procurations", params={"received": "true"})).json()[
        "items"
    ] == []
    messages = (await other_rse.client.get("/messages")).json()["items"]
    assert [m["kind"] for m in messages] == ["procuration_received"]
    assert messages[0]["related_id"] == proc["id"]
    assert "Les Champions inc." in messages[0]["subject"]


async def test_change_the_end_date_with_if_match(champions: Actor) -> None:
    proc = await create_procuration(champions)
    url = f"/procurations/{proc['id']}"
    tag = (await champions.client.get(url)).headers["ETag"]
    assert (await champions.tx("PATCH", url, json={"end_date": days(400)})).status_code == 428
    ok = await champions.tx("PATCH", url, json={"end_date": days(400)}, headers={"If-Match": tag})
    assert ok.status_code == 200, ok.text
    assert ok.json()["procuration"]["end_date"] == days(400)
    assert ok.json()["procuration"]["version"] == 2
    assert ok.json()["receipt"]["kind"] == "procuration.modify"
    stale = await champions.tx(
        "PATCH", url, json={"end_date": days(300)}, headers={"If-Match": tag}
    )
    assert stale.status_code == 412
    assert stale.json()["current"]["end_date"] == days(400)
    fresh = ok.headers["ETag"]
    too_late = await champions.tx(
        "PATCH", url, json={"end_date": days(3 * 366)}, headers={"If-Match": fresh}
    )
    assert errors_of(too_late) == {"end_date": "end_date_too_late"}
    unknown = await champions.tx(
        "PATCH", url, json={"end_date": days(10), "description": "x"}, headers={"If-Match": fresh}
    )
    assert errors_of(unknown) == {"description": "unknown_field"}


async def test_an_expired_procuration_cannot_be_changed(champions: Actor, service) -> None:
    proc = await create_procuration(champions)
    await expire(service, proc["id"])
    url = f"/procurations/{proc['id']}"
    got = await champions.client.get(url)
    assert got.json()["state"] == "EC"
    r = await champions.tx(
        "PATCH", url, json={"end_date": days(100)}, headers={"If-Match": got.headers["ETag"]}
    )
    assert errors_of(r) == {"state": "procuration_not_active"}
    assert errors_of(await champions.tx("POST", f"{url}/revoke")) == {
        "state": "procuration_not_active"
    }


async def test_only_the_mandant_changes_or_revokes(champions: Actor, other_rse: Actor) -> None:
    proc = await create_procuration(champions, type="externe", mandataire_id="2200000001")
    url = f"/procurations/{proc['id']}"
    tag = (await other_rse.client.get(url)).headers["ETag"]
    r = await other_rse.tx("PATCH", url, json={"end_date": days(30)}, headers={"If-Match": tag})
    assert r.status_code == 403
    assert (await other_rse.tx("POST", f"{url}/revoke")).status_code == 403
    revoked = await champions.tx("POST", f"{url}/revoke")
    assert revoked.status_code == 200, revoked.text
    assert revoked.json()["procuration"]["state"] == "RV"
    assert revoked.json()["receipt"]["kind"] == "procuration.revoke"
    kinds = [m["kind"] for m in (await other_rse.client.get("/messages")).json()["items"]]
    assert kinds == ["procuration_revoked", "procuration_received"]
    assert errors_of(await champions.tx("POST", f"{url}/revoke")) == {
        "state": "procuration_not_active"
    }


async def test_refuse_is_the_mandataires_with_a_reason(champions: Actor, other_rse: Actor) -> None:
    proc = await create_procuration(champions, type="externe", mandataire_id="2200000001")
    url = f"/procurations/{proc['id']}/refuse"
    by_mandant = await champions.tx("POST", url, json={"reason": "Erreur"})
    assert by_mandant.status_code in (403, 404)
    no_reason = await other_rse.tx("POST", url, json={"reason": "  "})
    assert errors_of(no_reason) == {"reason": "reason_required"}
    staff = await create_user(other_rse, "Bergeron", "Alexandre")
    assert (await assign(other_rse, proc["id"], staff)).status_code == 201
    refused = await other_rse.tx("POST", url, json={"reason": "Nous ne sommes plus mandataires."})
    assert refused.status_code == 200, refused.text
    assert refused.json()["procuration"]["state"] == "RF"
    assert refused.json()["procuration"]["assigned"] is False
    assert refused.json()["receipt"]["enterprise_id"] == "2200000001"
    seen = (await champions.client.get(f"/procurations/{proc['id']}")).json()
    assert seen["state"] == "RF"
    assert seen["refusal_reason"] == "Nous ne sommes plus mandataires."
    messages = await champions.client.get("/messages", params={"kind": "procuration_refused"})
    [message] = messages.json()["items"]
    assert "Nous ne sommes plus mandataires." in message["body"]
    held = (await other_rse.client.get(f"/users/{staff}/assignments")).json()
    assert [a["active"] for a in held] == [False]
    again = await other_rse.tx("POST", url, json={"reason": "encore"})
    assert errors_of(again) == {"state": "procuration_not_active"}


async def test_an_internal_procuration_cannot_be_refused(champions: Actor) -> None:
    proc = await create_procuration(champions)
    r = await champions.tx("POST", f"/procurations/{proc['id']}/refuse", json={"reason": "x"})
    assert r.status_code == 403


@pytest.mark.postgres  # the effective state and the rights filter are SQL
async def test_filters_sort_and_paging(champions: Actor, service) -> None:
    await register(champions, "SAAQ")
    saaq = [{"ministry": "SAAQ", "access": "unrestricted", "services": []}]
    a = await create_procuration(champions, description="SAAQ", rights=saaq, end_date=days(10))
    b = await create_procuration(champions, description="Bilan de phosphore", end_date=days(200))
    c = await create_procuration(champions, description="GES", end_date=days(100))
    await expire(service, c["id"])

    async def ids(**params: object) -> list[str]:
        r = await champions.client.get("/procurations", params=params)
        assert r.status_code == 200, r.text
        return [p["id"] for p in r.json()["items"]]

    assert await ids(state="EC") == [c["id"]]
    assert await ids(state="AC", sort="-end_date") == [b["id"], a["id"]]
    assert await ids(ending_within_days=30) == [a["id"]]
    assert await ids(ministry="SAAQ") == [a["id"]]
    assert await ids(q="phosph") == [b["id"]]
    assert await ids(sort="description") == [b["id"], c["id"], a["id"]]
    first = (await champions.client.get("/procurations", params={"limit": 2})).json()
    assert len(first["items"]) == 2 and first["next_cursor"]
    rest = await champions.client.get(
        "/procurations", params={"limit": 2, "cursor": first["next_cursor"]}
    )
    assert len(rest.json()["items"]) == 1 and rest.json()["next_cursor"] is None
    bad = await champions.client.get("/procurations", params={"cursor": "garbage!"})
    assert errors_of(bad) == {"cursor": "invalid_value"}


async def test_a_procuration_ending_within_30_days_is_reminded_once(
    champions: Actor, other_rse: Actor, service
) -> None:
    proc = await create_procuration(
        champions, type="externe", mandataire_id="2200000001", end_date=days(20)
    )
    await create_procuration(champions, end_date=days(90))
    assert await run_reminders(service.db) == 2  # to the mandant and to the mandataire
    assert await run_reminders(service.db) == 0
    ending = await champions.client.get("/messages", params={"kind": "procuration_ending"})
    [message] = ending.json()["items"]
    assert message["related_id"] == proc["id"]
    assert "se termine dans 20 jours" in message["subject"]
    got = await other_rse.client.get("/messages", params={"kind": "procuration_ending"})
    assert len(got.json()["items"]) == 1


async def test_the_directory_names_a_mandataire(champions: Actor, other_rse: Actor) -> None:
    r = await champions.client.get("/directory/enterprises/2200000001")
    assert r.json() == {"id": "2200000001", "name": "Autre Entreprise ltée"}
    assert (await champions.client.get("/directory/enterprises/9999999999")).status_code == 404
    bad = await champions.client.get("/directory/enterprises/123456789")
    assert errors_of(bad) == {"enterprise_id": "identification_number_invalid"}
