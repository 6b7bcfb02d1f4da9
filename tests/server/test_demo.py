"""The demo data: fixed sign-ins that work, the procedure's enterprise, the firm's 300 clients."""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain import rules
from server.audit import verify
from server.demo import BAKERY_ID, CHAMPIONS_ID, FIRM_ID, seed_demo
from server.models import ProcurationRow, UserRow
from server.testing import RunningService


@pytest.fixture
async def demo(service: RunningService) -> dict[str, Any]:
    started = time.perf_counter()
    result = await seed_demo(service.db)
    assert time.perf_counter() - started < 10
    return result


async def as_(service: RunningService, demo: dict[str, Any], code: str) -> Any:
    [sign_in] = [s for s in demo["sign_ins"] if s["user_code"] == code]
    token = await service.login(code, sign_in["password"])
    return service.client(token)


async def test_every_demo_sign_in_works_with_a_final_acceptable_password(
    service: RunningService, demo: dict[str, Any]
) -> None:
    codes = [s["user_code"] for s in demo["sign_ins"]]
    assert codes == ["FGR97HL", "EXG97HL", "MGA42CP", "ABE63RG", "BVP58TR"]
    for s in demo["sign_ins"]:
        assert rules.is_user_code(s["user_code"])
        assert rules.check_password(s["password"]) == []
        async with service.client() as c:
            r = await c.post(
                "/auth/login", json={"user_code": s["user_code"], "password": s["password"]}
            )
        assert r.status_code == 200, (s, r.text)
        assert r.json()["password_change_required"] is False


async def test_les_champions_as_in_the_procedure(
    service: RunningService, demo: dict[str, Any]
) -> None:
    async with await as_(service, demo, "FGR97HL") as c:
        me = (await c.get("/me")).json()
        assert me["first_name"] == "François" and me["enterprise"]["id"] == CHAMPIONS_ID
        enterprise = (await c.get("/enterprise")).json()
        assert "G1R 5V7" in enterprise["address"]
        table = {r["ministry"]: r["state"] for r in (await c.get("/registrations")).json()}
        assert table["MELCC"] == table["SAAQ"] == table["MAMH"] == "actif"
        assert table["ZE"] == "desactive" and table["CNESST"] == "en_traitement"
        procs = (await c.get("/procurations", params={"limit": 100})).json()["items"]
        by_name = {p["description"]: p for p in procs}
        assert {"Bilan de phosphore", "GES", "SAAQ", "SOMAEU", "Gestion des halocarbures"} <= set(
            by_name
        )
        states = Counter(p["state"] for p in procs)
        assert states["EC"] >= 2 and states["RV"] == 1 and states["AC"] >= 10
        assert (await c.get("/procurations", params={"ending_within_days": 30})).json()["items"]
        halo = by_name["Gestion des halocarbures"]
        held = (await c.get(f"/procurations/{halo['id']}/assignments")).json()
        assert [(a["user_code"], a["last_name"]) for a in held] == [("EXG97HL", "Turcotte")]
        users = (await c.get("/users", params={"limit": 100})).json()["items"]
        assert {"Turcotte", "McReady"} <= {u["last_name"] for u in users}
        assert len(users) >= 12
        free = (await c.get("/users", params={"has_procuration": "false"})).json()["items"]
        assert free, "some users are free to receive a procuration"
        receipt = (await c.get("/receipts/002909985")).json()
        assert receipt["kind"] == "assignment.create"
        assert receipt["recap"]["sections"][-1]["table"][0][:2] == ["Turcotte, Vanessa", "EXG97HL"]
        assert (await c.get("/receipts/605579971")).json()["kind"] == "user.create"
        assert (await c.get("/messages")).json()["items"]


async def test_the_firm_receives_about_300_procurations_and_assigns_them(
    service: RunningService, demo: dict[str, Any]
) -> None:
    async with await as_(service, demo, "MGA42CP") as c:
        received = (
            await c.get("/procurations", params={"received": "true", "limit": 1000})
        ).json()["items"]
        assert len(received) >= 300
        assert len({p["mandant"]["id"] for p in received}) == len(received)
        states = Counter(p["state"] for p in received)
        assert states["AC"] > 200 and states["EC"] >= 10 and states["RF"] >= 5
        assert states["RV"] >= 5
        assert sum(p["assigned"] for p in received) > 150
        soon = await c.get("/procurations", params={"received": "true", "ending_within_days": 30})
        assert len(soon.json()["items"]) >= 10
        held = (await c.get("/users/ABE63RG/assignments")).json()
        assert len({a["mandant"]["id"] for a in held if a["active"]}) >= 10
        messages = (await c.get("/messages", params={"unread": "true"})).json()["items"]
        assert {m["kind"] for m in messages} >= {"procuration_received", "procuration_ending"}
    async with await as_(service, demo, "BVP58TR") as c:
        [ext] = (await c.get("/procurations", params={"type": "externe"})).json()["items"]
        assert ext["mandataire"]["id"] == FIRM_ID and ext["assigned"] is True
        assert (await c.get("/directory/enterprises/" + FIRM_ID)).json()["name"] == (
            "Gagnon Comptables CPA inc."
        )
    async with await as_(service, demo, "FGR97HL") as c:
        assert BAKERY_ID not in {
            p["mandant"]["id"]
            for p in (await c.get("/procurations", params={"limit": 1000})).json()["items"]
        }


async def test_seeding_twice_changes_nothing_and_the_audit_chain_holds(
    service: RunningService, demo: dict[str, Any]
) -> None:
    async with service.db.read() as s:
        before = (
            await s.scalar(select(func.count()).select_from(UserRow)),
            await s.scalar(select(func.count()).select_from(ProcurationRow)),
        )
    again = await seed_demo(service.db)
    assert again["skipped"] is True
    assert again["sign_ins"] == demo["sign_ins"]
    async with service.db.read() as s:
        after = (
            await s.scalar(select(func.count()).select_from(UserRow)),
            await s.scalar(select(func.count()).select_from(ProcurationRow)),
        )
        assert (await verify(s)).ok
    assert after == before
