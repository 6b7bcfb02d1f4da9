"""Activation of registrations to ministries: by the operator, a timer, or at once."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.common import RegistrationState
from server import audit, notify
from server.db import Database
from server.models import RegistrationRow

if TYPE_CHECKING:
    from fastapi import FastAPI

log = logging.getLogger(__name__)


async def activate(
    s: AsyncSession,
    reg: RegistrationRow,
    *,
    actor: str | None = None,
    request_id: str | None = None,
) -> None:
    """Make a pending registration Actif, post «Inscription activée» to the enterprise and
    audit it, in the caller's transaction."""
    on = notify.today()
    before = {"state": reg.state, "state_on": reg.state_on.isoformat()}
    reg.state = RegistrationState.ACTIF.value
    reg.state_on = on
    await notify.registration_activated(s, reg.enterprise_id, reg.ministry, on)
    await audit.append(
        s,
        action="registration.activate",
        object_type="registration",
        object_id=reg.ministry,
        actor=actor,
        enterprise_id=reg.enterprise_id,
        before=before,
        after={"state": reg.state, "state_on": on.isoformat()},
        request_id=request_id,
    )


async def activate_registration(db: Database, enterprise_id: str, ministry: str) -> bool:
    """The operator's `procura-server activate-registration`: False when no request of that
    enterprise to that ministry is waiting."""
    async with db.write() as s:
        reg = await s.scalar(
            select(RegistrationRow).where(
                RegistrationRow.enterprise_id == enterprise_id,
                RegistrationRow.ministry == ministry.upper(),
                RegistrationRow.state == RegistrationState.EN_TRAITEMENT.value,
            )
        )
        if reg is None:
            return False
        await activate(s, reg)
        return True


async def activate_due(db: Database, older_than_seconds: int) -> int:
    """Activate every pending request made at least `older_than_seconds` ago."""
    cutoff = datetime.now(UTC) - timedelta(seconds=older_than_seconds)
    async with db.write() as s:
        due = (
            await s.scalars(
                select(RegistrationRow)
                .where(
                    RegistrationRow.state == RegistrationState.EN_TRAITEMENT.value,
                    RegistrationRow.requested_at <= cutoff,
                )
                .order_by(RegistrationRow.requested_at)
                .limit(500)
            )
        ).all()
        for reg in due:
            await activate(s, reg)
        return len(due)


async def activation_job(app: FastAPI) -> None:
    """Background job: with PROCURA_REGISTRATION_AUTO_ACTIVATE_SECONDS=N > 0, activate the
    requests older than N seconds (checked every N seconds, at most every 30 s). With 0 the
    request route activates at once, and without it only the operator does."""
    seconds = app.state.config.registration_auto_activate_seconds
    if not seconds or seconds <= 0:
        return
    period = float(min(seconds, 30))
    while True:
        try:
            count = await activate_due(app.state.db, seconds)
            if count:
                log.info("activated %d registration(s)", count)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("registration activation pass failed")
        await asyncio.sleep(period)
