"""Assignments: one procuration per user and mandant, the firm's staff, revocation, the race."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import update

from server.models import AssignmentRow
from server.notify import run_reminders, today
from tests.server.conftest import Actor, make_actor
from tests.server.flows import (
    assign,
    create_procuration,
    create_user,
    days,
    errors_of,
    register,
    signed_in_user,
)


@pytest.fixture
async def champions(rse: Actor) -> Actor:
    await register(rse, "MELCC")
    return rse


@pytest.fixture
async def firm(other_rse: Actor) -> Actor:
    """The accounting firm: mandataire of its clients."""
    return other_rse


@pytest.fixture
async def client_two(service) -> AsyncIterator[Actor]:
    actor = await make_actor(service, "3300000002", "Boulangerie du Vieux-Port inc.")
    async with actor.client:
        await register(actor, "MELCC")
        yield actor


async def test_assign_an_internal_procuration_with_its_receipt(champions: Actor) -> None:
    vanessa = await create_user(champions, "Turcotte", "Vanessa")
    proc = await create_procuration(champions, start_date=days(-10), end_date=days(300))
    r = await assign(champions, proc["id"], vanessa, start_date=days(-10), end_date=days(290))
    assert r.status_code == 201, r.text
    [made] = r.json()["assignments"]
    assert made["user_code"] == vanessa and made["active"] is True
    assert made["start_date"] == days(-10) and made["end_date"] == days(290)
    table = r.json()["receipt"]["recap"]["sections"][-1]
    assert table["title_fr"] == "Informations sur l'assignation"
    assert table["columns_fr"] == [
        "Nom de famille et prénom",
        "Code d'utilisateur",
        "Date de début",
        "Date de fin",
    ]
    assert table["table"] == [["Turcotte, Vanessa", vanessa, days(-10), days(290)]]
    assert (await champions.client.get(f"/procurations/{proc['id']}")).json()["assigned"] is True
    listed = (await champions.client.get(f"/procurations/{proc['id']}/assignments")).json()
    assert [a["user_code"] for a in listed] == [vanessa]
    user = (await champions.client.get(f"/users/{vanessa}")).json()
    assert user["procuration_id"] == proc["id"]


async def test_defaults_to_the_procurations_end_and_stays_inside_it(champions: Actor) -> None:
    code = await create_user(champions, "Turcotte", "Vanessa")
    proc = await create_procuration(champions, end_date=days(100))
    outside = await assign(champions, proc["id"], code, end_date=days(101))
    assert errors_of(outside) == {"end_date": "assignment_outside_procuration"}
    r = await assign(champions, proc["id"], code)
    assert r.json()["assignments"][0]["start_date"] == today().isoformat()
    assert r.json()["assignments"][0]["end_date"] == days(100)


async def test_a_user_holds_one_procuration_of_an_enterprise(champions: Actor) -> None:
    code = await create_user(champions, "Turcotte", "Vanessa")
    first = await create_procuration(champions, description="Bilan de phosphore")
    second = await create_procuration(champions, description="GES")
    assert (await assign(champions, first["id"], code)).status_code == 201
    r = await assign(champions, second["id"], code)
    assert errors_of(r) == {"user_codes[0]": "user_already_holds_procuration"}
    free = await champions.client.get("/users", params={"has_procuration": "false"})
    assert code not in [u["user_code"] for u in free.json()["items"]]


async def test_an_ended_assignment_frees_its_holder(champions: Actor, service) -> None:
    code = await create_user(champions, "Turcotte", "Vanessa")
    first = await create_procuration(champions, start_date=days(-30), end_date=days(300))
    second = await create_procuration(champions)
    await assign(champions, first["id"], code, start_date=days(-30), end_date=days(5))
    async with service.db.write() as s:  # five days later, seen from today
        await s.execute(update(AssignmentRow).values(end_date=today() - timedelta(days=1)))
    assert (await champions.client.get(f"/procurations/{first['id']}")).json()["assigned"] is False
    assert (await assign(champions, second["id"], code)).status_code == 201


async def test_users_must_be_active_and_of_the_assigning_enterprise(
    champions: Actor, other_rse: Actor
) -> None:
    proc = await create_procuration(champions)
    suspended = await create_user(champions, "Morin", "Chantal")
    await champions.tx("POST", f"/users/{suspended}/suspend")
    stranger = await create_user(other_rse, "Roy", "Patrick")
    r = await assign(champions, proc["id"], suspended, stranger)
    assert errors_of(r) == {
        "user_codes[0]": "user_not_active",
        "user_codes[1]": "user_unknown",
    }
    assert errors_of(await assign(champions, proc["id"])) == {"user_codes": "users_required"}


async def test_external_only_the_mandataire_assigns_its_own_staff(
    champions: Actor, firm: Actor
) -> None:
    proc = await create_procuration(champions, type="externe", mandataire_id=firm.enterprise_id)
    own = await create_user(champions, "Turcotte", "Vanessa")
    assert (await assign(champions, proc["id"], own)).status_code == 403
    staff = await create_user(firm, "Bergeron", "Alexandre")
    r = await assign(firm, proc["id"], staff)
    assert r.status_code == 201, r.text
    assert r.json()["receipt"]["enterprise_id"] == firm.enterprise_id
    # The mandant sees who acts for it.
    seen = (await champions.client.get(f"/procurations/{proc['id']}/assignments")).json()
    assert [a["user_code"] for a in seen] == [staff]


async def test_a_firms_staff_member_holds_one_procuration_of_each_client(
    champions: Actor, client_two: Actor, firm: Actor, service
) -> None:
    staff = await create_user(firm, "Bergeron", "Alexandre")
    a = await create_procuration(champions, type="externe", mandataire_id=firm.enterprise_id)
    b = await create_procuration(client_two, type="externe", mandataire_id=firm.enterprise_id)
    c = await create_procuration(
        champions, type="externe", mandataire_id=firm.enterprise_id, description="GES"
    )
    assert (await assign(firm, a["id"], staff)).status_code == 201
    assert (await assign(firm, b["id"], staff)).status_code == 201
    # But only one of each client.
    assert errors_of(await assign(firm, c["id"], staff)) == {
        "user_codes[0]": "user_already_holds_procuration"
    }
    held = (await firm.client.get(f"/users/{staff}/assignments")).json()
    assert sorted(h["mandant"]["name"] for h in held) == [
        "Boulangerie du Vieux-Port inc.",
        "Les Champions inc.",
    ]
    assert {h["procuration_description"] for h in held} == {"Gestion des halocarbures"}
    # The staff member sees the same from their own session.
    alexandre = await signed_in_user(service, firm.enterprise_id, staff)
    async with alexandre.client:
        mine = (await alexandre.client.get("/me/assignments")).json()
        assert sorted(m["id"] for m in mine) == sorted(h["id"] for h in held)
        assert (await alexandre.client.get(f"/users/{staff}/assignments")).status_code == 403


async def test_revoke_an_assignment(champions: Actor, firm: Actor) -> None:
    proc = await create_procuration(champions, type="externe", mandataire_id=firm.enterprise_id)
    staff = await create_user(firm, "Bergeron", "Alexandre")
    made = (await assign(firm, proc["id"], staff)).json()["assignments"][0]
    url = f"/assignments/{made['id']}"
    refused = await champions.tx("DELETE", url)
    assert refused.status_code == 403
    problem = refused.json()
    # Same type as any other operation reserved to the mandataire, worded for revoking.
    assert problem["type"].endswith("/not-mandataire")
    assert "révoquer l'assignation" in problem["detail"]
    assert "revoke the assignment" in problem["detail_en"]
    r = await firm.tx("DELETE", url)
    assert r.status_code == 200, r.text
    assert r.json()["assignment"]["active"] is False
    assert r.json()["receipt"]["kind"] == "assignment.revoke"
    assert errors_of(await firm.tx("DELETE", url)) == {"state": "state_transition_invalid"}
    assert (await champions.client.get(f"/procurations/{proc['id']}")).json()["assigned"] is False
    # Free again for a procuration of the same client.
    assert (await assign(firm, proc["id"], staff)).status_code == 201


async def test_another_enterprise_cannot_touch_an_assignment(
    champions: Actor, other_rse: Actor
) -> None:
    code = await create_user(champions, "Turcotte", "Vanessa")
    proc = await create_procuration(champions)
    made = (await assign(champions, proc["id"], code)).json()["assignments"][0]
    assert (await other_rse.tx("DELETE", f"/assignments/{made['id']}")).status_code == 404
    assert (await other_rse.tx("DELETE", "/assignments/999999")).status_code == 404
    assert (await other_rse.client.get(f"/users/{code}/assignments")).status_code == 404


async def test_an_assignment_ending_within_30_days_is_reminded(champions: Actor, service) -> None:
    code = await create_user(champions, "Turcotte", "Vanessa")
    proc = await create_procuration(champions, end_date=days(200))
    await assign(champions, proc["id"], code, end_date=days(12))
    assert await run_reminders(service.db) == 1
    got = await champions.client.get("/messages", params={"kind": "assignment_ending"})
    [message] = got.json()["items"]
    assert "Vanessa Turcotte" in message["subject"]
    assert "12 jours" in message["subject"]


@pytest.mark.postgres
async def test_two_rses_assigning_the_last_free_user_exactly_one_succeeds(
    service, champions: Actor
) -> None:
    # A second RSE of the same enterprise, signed in with its own session.
    second_rse = await create_user(champions, "Tremblay", "Isabelle", role="rse")
    other = await signed_in_user(service, champions.enterprise_id, second_rse)
    async with other.client:
        last_free = await create_user(champions, "Turcotte", "Vanessa")
        a = await create_procuration(champions, description="Bilan de phosphore")
        b = await create_procuration(champions, description="GES")
        for _ in range(3):
            first, second = await asyncio.gather(
                assign(champions, a["id"], last_free), assign(other, b["id"], last_free)
            )
            statuses = sorted([first.status_code, second.status_code])
            assert statuses == [201, 422], (first.text, second.text)
            loser = first if first.status_code == 422 else second
            assert errors_of(loser) == {"user_codes[0]": "user_already_holds_procuration"}
            held = (await champions.client.get(f"/users/{last_free}/assignments")).json()
            [active] = [h for h in held if h["active"]]
            # Free the user for the next round.
            assert (await champions.tx("DELETE", f"/assignments/{active['id']}")).status_code == 200
