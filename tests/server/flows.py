"""Steps the domain tests repeat: register to a ministry, create users and procurations."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import httpx

from server.notify import today
from tests.server.conftest import USER, Actor

ANSWERS: dict[str, dict[str, str]] = {
    "MELCC": {"deja_client": "oui", "numero_client": ""},
    "SAAQ": {"deja_client": "non", "commercant": "oui"},
    "MAMH": {"deja_client": "oui"},
    "ZE": {},
}

HALO_RIGHTS = [{"ministry": "MELCC", "access": "restricted", "services": ["HALO-DECL"]}]


def days(n: int) -> str:
    """Today (Québec) plus n days, as the API writes dates."""
    return (today() + timedelta(days=n)).isoformat()


async def register(actor: Actor, ministry: str = "MELCC") -> dict[str, Any]:
    r = await actor.tx(
        "POST", "/registrations", json={"ministry": ministry, "answers": ANSWERS[ministry]}
    )
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    return body


async def create_user(
    actor: Actor, last_name: str, first_name: str, role: str = "utilisateur"
) -> str:
    email = f"{first_name.lower()}.{last_name.lower()}@example.com"
    user = dict(
        USER,
        last_name=last_name,
        first_name=first_name,
        email=email,
        email_confirmation=email,
        role=role,
    )
    r = await actor.tx("POST", "/users", json=user)
    assert r.status_code == 201, r.text
    code: str = r.json()["user_code"]
    return code


def procuration_body(**over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": "interne",
        "end_date": days(365),
        "description": "Gestion des halocarbures",
        "remark": "",
        "rights": HALO_RIGHTS,
    }
    body.update(over)
    return body


async def create_procuration(actor: Actor, **over: Any) -> dict[str, Any]:
    r = await actor.tx("POST", "/procurations", json=procuration_body(**over))
    assert r.status_code == 201, r.text
    proc: dict[str, Any] = r.json()["procuration"]
    return proc


async def assign(actor: Actor, procuration_id: str, *codes: str, **over: Any) -> httpx.Response:
    return await actor.tx(
        "POST",
        f"/procurations/{procuration_id}/assignments",
        json={"user_codes": list(codes), **over},
    )


def errors_of(response: Any) -> dict[str, str]:
    assert response.status_code == 422, response.text
    return {e["field"]: e["code"] for e in response.json()["errors"]}


def iso(d: date) -> str:
    return d.isoformat()


async def signed_in_user(service: Any, enterprise_id: str, user_code: str) -> Actor:
    """Give a created user a final password and open a session for them (close its client)."""
    from sqlalchemy import update

    from server.models import UserRow
    from server.security import hash_password

    password = "Un-mot-de-passe-final-42"
    async with service.db.write() as s:
        await s.execute(
            update(UserRow)
            .where(UserRow.user_code == user_code)
            .values(password_hash=await hash_password(password), password_is_temporary=False)
        )
    token = await service.login(user_code, password)
    return Actor(enterprise_id, user_code, service.client(token))
