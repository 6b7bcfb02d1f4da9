"""Fresh enterprises for client tests: onboarded in the live service's database, as the operator
does (`server.provisioning.create_enterprise`), then signed in through the real API.

Tests that change an enterprise's registrations or messages use their own enterprise, so they
do not depend on what other tests did to the shared demo data.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from app.domain.errors import RuleViolation
from server.db import Database
from server.provisioning import create_enterprise


@dataclass(frozen=True)
class FreshEnterprise:
    enterprise_id: str
    name: str
    user_code: str
    password: str


async def onboard(database_url: str, name: str) -> FreshEnterprise:
    """A new enterprise with a random 10-digit number and its RSE (final password).

    A coroutine for the test's own (qasync) loop: `run_async(onboard(url, "…"))`. (Not a
    thread with its own loop: Python's garbage collector could then delete Qt objects there.)
    """
    password = "Essai-Procura-" + secrets.token_hex(6)
    db = Database(database_url)
    try:
        for _ in range(50):
            enterprise_id = "7" + f"{secrets.randbelow(10**9):09d}"
            try:
                made = await create_enterprise(
                    db,
                    enterprise_id=enterprise_id,
                    name=name,
                    rse_last_name="Essai",
                    rse_first_name="Rosalie",
                    rse_email="rosalie.essai@example.ca",
                    address="1, rue de l'Essai, Québec (Québec) G1A 1A1",
                    password=password,
                )
            except RuleViolation:  # the number is taken: draw another
                continue
            return FreshEnterprise(made.enterprise_id, name, made.user_code, password)
        raise RuntimeError("no free identification number found")
    finally:
        await db.dispose()


async def activate_registration(database_url: str, enterprise_id: str, ministry: str) -> bool:
    """The operator's activation of a pending registration (`procura-server
    activate-registration`)."""
    from server.registrations_ops import activate_registration as activate

    db = Database(database_url)
    try:
        return await activate(db, enterprise_id, ministry)
    finally:
        await db.dispose()


async def open_context(base_url: str, user_code: str, password: str) -> Any:
    """An `ui.context.AppContext` signed in as `user_code`, with its enterprise and the
    catalogue loaded (as the sign-in screen leaves it). Close `ctx.api` after the test."""
    from app.api.client import ApiClient
    from app.settings import Settings
    from ui.context import AppContext

    api = ApiClient(base_url)
    try:
        await api.login(user_code, password)
        me = await api.me()
        ctx = AppContext(api=api, me=me, settings=Settings())
        ctx.enterprise = await api.enterprise()
        ctx.ministries = await api.ministries()
    except BaseException:
        await api.aclose()
        raise
    return ctx


async def give_external_procuration(
    api: Any,
    mandataire_id: str,
    description: str,
    *,
    ministry: str = "RQ",
    services: tuple[str, ...] = ("RQ-TVQ-DECL",),
    days: int = 365,
) -> Any:
    """As the client's RSE (`api` signed in): register to `ministry` if needed (the live
    service activates at once), then give `mandataire_id` an external procuration on it.
    Returns the `Procuration` created."""
    from app.api.client import new_idempotency_key
    from app.domain.common import RegistrationState
    from app.domain.models import ProcurationCreate, RightIn
    from app.receipts.french import QUEBEC

    registrations = {r.ministry: r.state for r in await api.registrations()}
    if registrations.get(ministry) is not RegistrationState.ACTIF:
        questions = {m.code: m.questions for m in await api.ministries()}[ministry]
        answers = {q.code: ("non" if q.kind == "yes_no" else "") for q in questions}
        await api.register(ministry, answers, idempotency_key=new_idempotency_key())
    today = datetime.now(QUEBEC).date()
    body = ProcurationCreate(
        type="externe",
        mandataire_id=mandataire_id,
        start_date=today,
        end_date=today + timedelta(days=days),
        description=description,
        rights=[
            RightIn(
                ministry=ministry,
                access="restricted" if services else "unrestricted",
                services=list(services),
            )
        ],
    )
    result = await api.create_procuration(body, idempotency_key=new_idempotency_key())
    return result.procuration
