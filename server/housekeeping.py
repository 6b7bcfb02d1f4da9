"""Housekeeping while the service lives: forget what no longer serves (ended sessions, old
sign-in failures, idempotency keys past their retention)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from sqlalchemy import delete, or_

from server.config import ServerConfig
from server.db import Database
from server.models import IdempotencyRow, LoginFailureRow, SessionRow

log = logging.getLogger(__name__)

EVERY = timedelta(hours=1)


async def purge(db: Database, config: ServerConfig, now: datetime | None = None) -> dict[str, int]:
    """Delete what has outlived its purpose; returns how many rows of each kind went."""
    now = now or datetime.now(UTC)
    async with db.write() as s:
        sessions = await s.execute(
            delete(SessionRow).where(
                or_(
                    SessionRow.expires_at < now - timedelta(days=1),
                    SessionRow.revoked_at < now - timedelta(days=1),
                )
            )
        )
        failures = await s.execute(
            delete(LoginFailureRow).where(
                LoginFailureRow.at < now - timedelta(seconds=config.throttle_window_seconds)
            )
        )
        keys = await s.execute(
            delete(IdempotencyRow).where(
                IdempotencyRow.created_at < now - timedelta(days=config.idempotency_days)
            )
        )
    counts = {
        "sessions": sessions.rowcount or 0,  # type: ignore[attr-defined]
        "login_failures": failures.rowcount or 0,  # type: ignore[attr-defined]
        "idempotency_keys": keys.rowcount or 0,  # type: ignore[attr-defined]
    }
    if any(counts.values()):
        log.info("housekeeping: %s", counts)
    return counts


async def housekeeping_job(app: FastAPI) -> None:
    while True:
        try:
            await purge(app.state.db, app.state.config)
        except Exception:
            log.warning("housekeeping failed; will retry", exc_info=True)
        await asyncio.sleep(EVERY.total_seconds())
