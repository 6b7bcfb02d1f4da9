"""The change feed (GET /changes) and the conditional list GETs (ETag / If-None-Match → 304).

The strongest check is the first: a cache made of every list at a cursor, brought forward by
the feed alone, equals the lists read afresh — after a day of work by both parties of an
external procuration (and on PostgreSQL too, where commit order matters).
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from server import changes as change_log
from server import notify
from tests.server.conftest import Actor, make_actor
from tests.server.flows import (
    assign,
    create_procuration,
    create_user,
    days,
    register,
    signed_in_user,
)

KINDS = (
    "enterprise",
    "registrations",
    "users",
    "procurations",
    "received",
    "assignments",
    "receipts",
    "messages",
)
ID_FIELD = {"registrations": "ministry", "users": "user_code", "receipts": "reference"}


async def items(actor: Actor, url: str, **params: Any) -> list[dict[str, Any]]:
    """Every item of a list route, all pages."""
    out: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = dict(params, limit=1000, **({"cursor": cursor} if cursor else {}))
        r = await actor.client.get(url, params=query)
        assert r.status_code == 200, (url, r.text)
        body = r.json()
        out += body["items"]
        cursor = body["next_cursor"]
        if not cursor:
            return out


async def full_view(actor: Actor) -> dict[str, dict[str, Any]]:
    """What a cache loads from the lists: kind → id → object."""
    enterprise = (await actor.client.get("/enterprise")).json()
    registrations = (await actor.client.get("/registrations")).json()
    lists = {
        "enterprise": [enterprise],
        "registrations": registrations,
        "users": await items(actor, "/users"),
        "procurations": await items(actor, "/procurations"),
        "received": await items(actor, "/procurations", received="true"),
        "assignments": await items(actor, "/assignments"),
        "receipts": await items(actor, "/receipts"),
        "messages": await items(actor, "/messages"),
    }
    return {
        kind: {str(o[ID_FIELD.get(kind, "id")]): o for o in objects}
        for kind, objects in lists.items()
    }


async def cursor_now(actor: Actor) -> str:
    r = await actor.client.get("/changes")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["items"] == [] and body["has_more"] is False
    cursor: str = body["next_cursor"]
    return cursor


async def feed(actor: Actor, since: str, limit: int = 500) -> tuple[list[dict[str, Any]], str]:
    """Every change since `since`, all pages, and the cursor to go on with."""
    out: list[dict[str, Any]] = []
    while True:
        r = await actor.client.get("/changes", params={"since": since, "limit": limit})
        assert r.status_code == 200, r.text
        body = r.json()
        out += body["items"]
        since = body["next_cursor"]
        if not body["has_more"]:
            return out, since


def apply(view: dict[str, dict[str, Any]], changes: list[dict[str, Any]]) -> None:
    for c in changes:
        objects = view[c["kind"]]
        if c["op"] == "removed":
            assert c.get("object") is None
            objects.pop(c["id"], None)
        else:
            objects[c["id"]] = c["object"]


def ops(changes: list[dict[str, Any]]) -> set[tuple[str, str, str]]:
    return {(c["kind"], c["id"], c["op"]) for c in changes}


@pytest.fixture
async def firm(service: Any) -> Any:
    actor = await make_actor(service, "3300000003", "Cabinet Comptable Tremblay")
    async with actor.client:
        yield actor


# ---- the feed brings a cache to what the lists show ----------------------------------------------


@pytest.mark.postgres
async def test_a_cache_brought_forward_by_the_feed_equals_the_lists(
    service: Any, rse: Actor, firm: Actor
) -> None:
    await register(rse, "MELCC")
    staff = await create_user(firm, "Bergeron", "Alexandre")
    junior = await create_user(firm, "Lavoie", "Sophie")
    views = {a.enterprise_id: await full_view(a) for a in (rse, firm)}
    cursors = {a.enterprise_id: await cursor_now(a) for a in (rse, firm)}

    async def check(step: str) -> None:
        """Both caches, brought forward by the feed alone, equal the lists read afresh."""
        for actor in (rse, firm):
            e = actor.enterprise_id
            changes, cursors[e] = await feed(actor, cursors[e], limit=4)
            apply(views[e], changes)
            assert views[e] == await full_view(actor), f"{e} after {step}"

    # A day of work on both sides: every kind of write path, jobs and bulk updates included.
    await register(rse, "SAAQ")
    clerk = await create_user(rse, "Tremblay", "Julie")
    other = await create_user(rse, "Côté", "Marc", role="rse")
    internal = await create_procuration(rse, description="Interne")
    external = await create_procuration(
        rse, type="externe", mandataire_id=firm.enterprise_id, description="Externe"
    )
    second = await create_procuration(
        rse, type="externe", mandataire_id=firm.enterprise_id, description="Deuxième"
    )
    await check("creations")
    assert (await assign(rse, internal["id"], clerk)).status_code == 201
    assert (await assign(firm, external["id"], staff)).status_code == 201
    held = await assign(firm, second["id"], junior)
    assert held.status_code == 201
    await check("assignments")
    tag = (await rse.client.get(f"/procurations/{external['id']}")).headers["ETag"]
    r = await rse.tx(
        "PATCH", f"/procurations/{external['id']}", json={"end_date": days(200)},
        headers={"If-Match": tag},
    )  # fmt: skip
    assert r.status_code == 200, r.text
    await check("end date moved")
    r = await firm.tx("DELETE", f"/assignments/{held.json()['assignments'][0]['id']}")
    assert r.status_code == 200, r.text
    await check("assignment revoked")
    r = await firm.tx("POST", f"/procurations/{second['id']}/refuse", json={"reason": "Non."})
    assert r.status_code == 200, r.text
    await check("refused")
    r = await rse.tx("POST", f"/procurations/{external['id']}/revoke")  # bulk: ends its holders
    assert r.status_code == 200, r.text
    await check("procuration revoked")
    tag = (await rse.client.get(f"/users/{clerk}")).headers["ETag"]
    r = await rse.tx(
        "PATCH", f"/users/{clerk}", json={"last_name": "Tremblay-Roy"}, headers={"If-Match": tag}
    )
    assert r.status_code == 200, r.text
    await check("holder renamed")
    assert (await rse.tx("POST", f"/users/{other}/suspend")).status_code == 200
    await check("RSE suspended")
    assert (await rse.tx("POST", f"/users/{clerk}/revoke")).status_code == 200  # bulk: ends
    await check("holder revoked")
    assert (await rse.tx("POST", "/enterprise/express-code/suspend")).status_code == 200
    message = (await firm.client.get("/messages")).json()["items"][0]["id"]
    assert (await firm.tx("POST", f"/messages/{message}/read")).status_code == 200
    await check("express code, message read")
    person = await signed_in_user(service, firm.enterprise_id, staff)  # bulk password update
    await person.client.aclose()
    await check("temporary password replaced")


async def test_the_mandataire_sees_a_revoked_procuration_change_and_its_assignments_go(
    rse: Actor, firm: Actor
) -> None:
    await register(rse, "MELCC")
    staff = await create_user(firm, "Bergeron", "Alexandre")
    mark = {a.enterprise_id: await cursor_now(a) for a in (rse, firm)}
    proc = await create_procuration(rse, type="externe", mandataire_id=firm.enterprise_id)
    got, _ = await feed(firm, mark[firm.enterprise_id])
    assert ("received", proc["id"], "created") in ops(got)
    assert any(c["kind"] == "messages" and c["op"] == "created" for c in got)
    got, _ = await feed(rse, mark[rse.enterprise_id])
    assert ("procurations", proc["id"], "created") in ops(got)
    assert not any(c["kind"] == "received" for c in got)

    assigned = await assign(firm, proc["id"], staff)
    aid = assigned.json()["assignments"][0]["id"]
    mark = {a.enterprise_id: await cursor_now(a) for a in (rse, firm)}
    assert (await rse.tx("POST", f"/procurations/{proc['id']}/revoke")).status_code == 200
    for actor, kind in ((rse, "procurations"), (firm, "received")):
        got, _ = await feed(actor, mark[actor.enterprise_id])
        assert ("assignments", aid, "removed") in ops(got)
        [changed] = [c for c in got if c["kind"] == kind]
        assert changed["op"] == "changed"
        assert changed["object"]["state"] == "RV" and changed["object"]["assigned"] is False


async def test_an_assignment_revoked_leaves_both_views_and_the_holders_record_changes(
    rse: Actor,
) -> None:
    await register(rse, "MELCC")
    clerk = await create_user(rse, "Tremblay", "Julie")
    proc = await create_procuration(rse)
    aid = (await assign(rse, proc["id"], clerk)).json()["assignments"][0]["id"]
    mark = await cursor_now(rse)
    assert (await rse.tx("DELETE", f"/assignments/{aid}")).status_code == 200
    got, _ = await feed(rse, mark)
    assert ("assignments", aid, "removed") in ops(got)
    [user] = [c for c in got if c["kind"] == "users"]
    assert user["id"] == clerk and user["object"]["procuration_id"] is None
    [procuration] = [c for c in got if c["kind"] == "procurations"]
    assert procuration["object"]["assigned"] is False


# ---- isolation -----------------------------------------------------------------------------------


async def test_no_change_of_another_enterprise_reaches_the_feed(
    rse: Actor, other_rse: Actor
) -> None:
    mark = await cursor_now(rse)
    await register(other_rse, "MELCC")
    code = await create_user(other_rse, "Secret", "Personne")
    proc = await create_procuration(other_rse, description="Affaire confidentielle")
    got, cursor = await feed(rse, mark)
    assert got == []
    # Its cursor, given to another enterprise, still shows that one only its own changes.
    theirs, _ = await feed(rse, cursor)
    assert theirs == []
    r = await rse.client.get("/changes", params={"since": mark})
    for secret in (code, proc["id"], "Affaire confidentielle", "Secret", other_rse.enterprise_id):
        assert secret not in r.text


async def test_a_utilisateur_gets_only_the_kinds_of_their_view(service: Any, rse: Actor) -> None:
    await register(rse, "MELCC")
    clerk = await create_user(rse, "Tremblay", "Julie")
    colleague = await create_user(rse, "Roy", "Paul")
    person = await signed_in_user(service, rse.enterprise_id, clerk)
    async with person.client:
        mark = await cursor_now(person)
        mine = await create_procuration(rse, description="Pour Julie")
        theirs = await create_procuration(rse, description="Pour Paul")
        a_mine = (await assign(rse, mine["id"], clerk)).json()["assignments"][0]["id"]
        assert (await assign(rse, theirs["id"], colleague)).status_code == 201
        got, _ = await feed(person, mark)
        assert {c["kind"] for c in got} <= {"assignments", "receipts", "messages", "enterprise"}
        assert ("assignments", a_mine, "created") in ops(got)
        assert [c for c in got if c["kind"] == "assignments"] == [
            c for c in got if c["id"] == a_mine and c["kind"] == "assignments"
        ]
        assert not any(c["kind"] == "receipts" for c in got)  # the RSE's, not hers


# ---- paging, cursors -----------------------------------------------------------------------------


async def test_pages_follow_each_other_without_loss_or_repeat(rse: Actor) -> None:
    mark = await cursor_now(rse)
    codes = [await create_user(rse, f"Nom{i}", "Prénom") for i in range(7)]
    seen: list[str] = []
    since, pages = mark, 0
    while True:
        r = await rse.client.get("/changes", params={"since": since, "limit": 3})
        body = r.json()
        assert len(body["items"]) <= 3
        seen += [c["id"] for c in body["items"] if c["kind"] == "users"]
        since, pages = body["next_cursor"], pages + 1
        if not body["has_more"]:
            break
    assert sorted(seen) == sorted(codes) and len(seen) == len(set(seen))
    assert pages >= 5  # 7 users and 7 receipts, 3 changes at a time
    again, _ = await feed(rse, since)
    assert again == []


def forged(seq: int, day: date) -> str:
    raw = json.dumps([1, seq, day.isoformat()]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


async def test_an_old_or_unknown_cursor_is_gone_and_a_garbled_one_invalid(
    service: Any, rse: Actor
) -> None:
    mark = await cursor_now(rse)
    await create_user(rse, "Tremblay", "Julie")
    r = await rse.client.get("/changes", params={"since": forged(10**9, notify.today())})
    assert r.status_code == 410
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["type"].endswith("/cursor-expired")
    old_day = notify.today() - timedelta(days=31)
    r = await rse.client.get("/changes", params={"since": forged(0, old_day)})
    assert r.status_code == 410
    for garbage in ("nope", "W1tdXQ", base64.urlsafe_b64encode(b"[2,1,3]").decode()):
        r = await rse.client.get("/changes", params={"since": garbage})
        assert r.status_code == 422
        assert r.json()["errors"][0]["field"] == "since"

    # Pruned past the cursor: 410; the newest change is always kept, so a fresh one is valid.
    assert await change_log.prune(service.db, now=datetime.now(UTC) + timedelta(days=31)) > 0
    assert (await rse.client.get("/changes", params={"since": mark})).status_code == 410
    fresh = await cursor_now(rse)
    await create_user(rse, "Roy", "Paul")
    got, _ = await feed(rse, fresh)
    assert any(c["kind"] == "users" for c in got)


async def test_the_next_day_brings_what_dates_changed(
    rse: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    await register(rse, "MELCC")
    clerk = await create_user(rse, "Tremblay", "Julie")
    ending = await create_procuration(rse, end_date=days(0), description="Finit aujourd'hui")
    lasting = await create_procuration(rse, end_date=days(300), description="Dure")
    aid = (await assign(rse, lasting["id"], clerk, end_date=days(0))).json()["assignments"][0]["id"]
    mark = await cursor_now(rse)
    tomorrow = notify.today() + timedelta(days=1)
    monkeypatch.setattr(notify, "today", lambda: tomorrow)
    got, cursor = await feed(rse, mark, limit=1)
    by_key = {(c["kind"], c["id"]): c for c in got}
    assert by_key[("procurations", ending["id"])]["object"]["state"] == "EC"
    assert by_key[("assignments", aid)]["op"] == "removed"
    assert by_key[("procurations", lasting["id"])]["object"]["assigned"] is False
    again, _ = await feed(rse, cursor)
    assert not any(c["kind"] == "procurations" and c["id"] == ending["id"] for c in again)


# ---- conditional list GETs -----------------------------------------------------------------------


async def test_lists_answer_304_until_something_changes(rse: Actor, other_rse: Actor) -> None:
    await register(rse, "MELCC")
    first = await rse.client.get("/procurations")
    tag = first.headers["ETag"]
    same = await rse.client.get("/procurations", headers={"If-None-Match": tag})
    assert same.status_code == 304 and same.content == b""
    assert same.headers["ETag"] == tag
    # Another query of the same list, or another list, has its own tag.
    received = await rse.client.get("/procurations", params={"received": "true"})
    assert received.headers["ETag"] != tag
    users = await rse.client.get("/users", headers={"If-None-Match": tag})
    assert users.status_code == 200
    # Another enterprise's work changes nothing here; one's own does.
    await register(other_rse, "MELCC")
    await create_procuration(other_rse)
    assert (
        await rse.client.get("/procurations", headers={"If-None-Match": tag})
    ).status_code == 304
    await create_procuration(rse)
    changed = await rse.client.get("/procurations", headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed.headers["ETag"] != tag
    assert len(changed.json()["items"]) == 1


async def test_another_enterprises_work_keeps_the_lists_not_modified(
    rse: Actor, other_rse: Actor
) -> None:
    tag = (await rse.client.get("/users")).headers["ETag"]
    await create_user(other_rse, "Ailleurs", "Quelqu'un")
    r = await rse.client.get("/users", headers={"If-None-Match": tag})
    assert r.status_code == 304


async def test_a_tag_is_no_pass_without_a_valid_session(service: Any, rse: Actor) -> None:
    tag = (await rse.client.get("/users")).headers["ETag"]
    async with service.client() as anonymous:
        r = await anonymous.get("/users", headers={"If-None-Match": tag})
        assert r.status_code == 401
    async with service.client("not-a-token") as forged_session:
        r = await forged_session.get("/users", headers={"If-None-Match": tag})
        assert r.status_code == 401


async def test_the_contract_documents_the_feed_and_the_conditional_lists(service: Any) -> None:
    async with service.client() as c:
        spec = (await c.get("http://testserver/openapi.json")).json()
    feed_op = spec["paths"]["/api/v1/changes"]["get"]
    assert {"200", "410"} <= set(feed_op["responses"])
    assert {p["name"] for p in feed_op["parameters"]} >= {"since", "limit"}
    for path in ("/procurations", "/users", "/assignments", "/messages", "/receipts"):
        op = spec["paths"]["/api/v1" + path]["get"]
        assert "304" in op["responses"]
        assert any(p["name"] == "If-None-Match" for p in op["parameters"])
        assert "ETag" in op["responses"]["200"]["headers"]
