"""The enterprise's audit log, newest first (RSE only)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from app.domain.common import Page
from app.domain.models import AuditEntry
from app.receipts.french import QUEBEC
from server.deps import DB, RSE, Config
from server.models import AuditRow
from server.pagination import decode_cursor, encode_cursor, page_limit

router = APIRouter(tags=["Journal d'audit"])


def entry_model(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        actor=row.actor,
        action=row.action,
        object_type=row.object_type,
        object_id=row.object_id,
        before=row.before,
        after=row.after,
        outcome=row.outcome,
        request_id=row.request_id,
    )


@router.get(
    "/audit",
    response_model=Page[AuditEntry],
    summary="Journal d'audit de l'entreprise",
    description=(
        "Chaque transaction, avec l'état avant et après. `action` : une action exacte "
        "(`procuration.create`) ou une famille (`procuration`); `actor` : un code "
        "d'utilisateur; `since`, `until` : dates (heure du Québec) incluses."
    ),
)
async def list_audit(
    caller: RSE,
    db: DB,
    config: Config,
    action: Annotated[str | None, Query(max_length=64)] = None,
    actor: Annotated[str | None, Query(max_length=7)] = None,
    since: date | None = None,
    until: date | None = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[AuditEntry]:
    limit = page_limit(config, limit)
    offset = decode_cursor(cursor)
    stmt = select(AuditRow).where(AuditRow.enterprise_id == caller.enterprise_id)
    if action:
        a = action.strip()
        stmt = stmt.where(
            AuditRow.action == a if "." in a else AuditRow.action.like(f"{a.replace('%', '')}.%")
        )
    if actor:
        stmt = stmt.where(AuditRow.actor == actor.strip().upper())
    if since is not None:
        stmt = stmt.where(AuditRow.at >= datetime.combine(since, time.min, tzinfo=QUEBEC))
    if until is not None and until < date.max:  # up to 9999-12-31 is no bound
        end = datetime.combine(until + timedelta(days=1), time.min, tzinfo=QUEBEC)
        stmt = stmt.where(AuditRow.at < end)
    stmt = stmt.order_by(AuditRow.id.desc()).offset(offset).limit(limit + 1)
    async with db.read() as s:
        rows = (await s.scalars(stmt)).all()
    return Page[AuditEntry](
        items=[entry_model(r) for r in rows[:limit]],
        next_cursor=encode_cursor(offset, len(rows), limit),
    )
