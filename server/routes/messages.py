"""Secure messages to the enterprise: list, unread count, mark read."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sqlalchemy import func, select

from app.domain.common import MessageKind, Page
from app.domain.models import Message, UnreadCount
from server import notify
from server.app import BACKGROUND_JOBS
from server.deps import DB, Config, SignedIn
from server.errors import not_found
from server.models import MessageRow
from server.pagination import decode_cursor, encode_cursor, page_limit
from server.transactions import Tx

router = APIRouter(tags=["Messages"])

if notify.reminders_job not in BACKGROUND_JOBS:
    BACKGROUND_JOBS.append(notify.reminders_job)

# Reminders of an enterprise are brought up to date when someone of it looks at its messages.
_lazy = notify.LazyReminders()


def message_model(row: MessageRow) -> Message:
    return Message(
        id=str(row.id),
        kind=MessageKind(row.kind),
        subject=row.subject,
        body=row.body,
        created_at=row.created_at,
        read=row.read_at is not None,
        related_id=row.related_id,
    )


@router.get(
    "/messages",
    response_model=Page[Message],
    summary="Messages de l'entreprise",
    description=(
        "`sort=newest` (défaut) : les plus récents d'abord; `sort=unread_first` : les non lus "
        "d'abord, puis les plus récents. `unread=true` : non lus seulement; `kind` : un genre."
    ),
)
async def list_messages(
    caller: SignedIn,
    db: DB,
    config: Config,
    unread: bool | None = None,
    kind: MessageKind | None = None,
    sort: Literal["newest", "unread_first"] = "newest",
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[Message]:
    await _lazy.maybe_run(db, caller.enterprise_id)
    limit = page_limit(config, limit)
    offset = decode_cursor(cursor)
    stmt = select(MessageRow).where(MessageRow.enterprise_id == caller.enterprise_id)
    if unread is not None:
        stmt = stmt.where(
            MessageRow.read_at.is_(None) if unread else MessageRow.read_at.is_not(None)
        )
    if kind is not None:
        stmt = stmt.where(MessageRow.kind == kind.value)
    order: list[Any] = [MessageRow.created_at.desc(), MessageRow.id.desc()]
    if sort == "unread_first":
        order.insert(0, MessageRow.read_at.is_not(None))
    stmt = stmt.order_by(*order).offset(offset).limit(limit + 1)
    async with db.read() as s:
        rows = (await s.scalars(stmt)).all()
    return Page[Message](
        items=[message_model(r) for r in rows[:limit]],
        next_cursor=encode_cursor(offset, len(rows), limit),
    )


@router.get(
    "/messages/unread-count",
    response_model=UnreadCount,
    summary="Nombre de messages non lus",
)
async def unread_count(caller: SignedIn, db: DB) -> UnreadCount:
    await _lazy.maybe_run(db, caller.enterprise_id)
    async with db.read() as s:
        count = await s.scalar(
            select(func.count())
            .select_from(MessageRow)
            .where(MessageRow.enterprise_id == caller.enterprise_id, MessageRow.read_at.is_(None))
        )
    return UnreadCount(unread=count or 0)


@router.post(
    "/messages/{message_id}/read",
    response_model=Message,
    summary="Marquer un message comme lu",
    description="Sans effet sur un message déjà lu; répond le message.",
)
async def mark_read(message_id: str, caller: SignedIn, tx: Tx) -> JSONResponse:
    if not (message_id.isascii() and message_id.isdigit()) or len(message_id) > 18:
        raise not_found()
    async with tx.run(caller) as s:
        row = await s.scalar(
            select(MessageRow).where(
                MessageRow.id == int(message_id), MessageRow.enterprise_id == caller.enterprise_id
            )
        )
        if row is None:
            raise not_found()
        if row.read_at is None:
            row.read_at = datetime.now(UTC)
            await tx.audit("message.read", "message", message_id, after={"read": True})
        return await tx.done(message_model(row))
