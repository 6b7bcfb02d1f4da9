"""The change feed: what changed in the caller's view since a cursor, for offline caches.

`GET /changes` without `since` answers no change and the current cursor: take it BEFORE
loading the lists, then ask `GET /changes?since=<cursor>` from time to time. The answer lists
each object of the caller's view created, changed or removed since the cursor, with its
current state as its list route renders it (`app.domain.changes` names the kinds). Pages:
`limit` (default 500, at most the service's page maximum); while `has_more`, ask again with
`next_cursor` at once. A cursor older than the retention (30 days), or unknown to this
database, answers 410 Gone: reload every list and start again from a new cursor.

What "removed" means: the object left the caller's view — the list route that showed it no
longer does. Assignments leave it when they are revoked or reach their end date (the
`assignments` list holds those in force); a receipt or message leaves a view only if the
caller may no longer see it. Procurations never leave it: a refused, revoked or expired one
stays in the mandant's list and in the mandataire's received list with its state (as
`GET /procurations` shows it), so it comes as `changed`, and its assignments as `removed`.

Dates change the view too (an active procuration whose end date passes is shown EC, an
assignment past its end leaves the list): the cursor carries the day it was given, and on a
later day the feed first sends what those days changed, before the recorded changes.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Query
from pydantic import BaseModel
from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import catalogue
from app.domain.changes import Change, ChangeKind, ChangeOp, ChangesPage, kinds_for
from app.domain.common import ProcurationType
from app.domain.errors import RuleViolation, field_error
from server import changes, notify
from server.app import BACKGROUND_JOBS
from server.db import Database
from server.deps import DB, Caller, Config, SignedIn
from server.errors import PROBLEM, Problem
from server.models import (
    AssignmentRow,
    ChangeRow,
    MessageRow,
    ProcurationRow,
    ReceiptRow,
    RegistrationRow,
    UserRow,
)
from server.routes import enterprise as enterprise_routes
from server.routes.assignments import assignment_model
from server.routes.messages import message_model
from server.routes.procurations import Mandant, Mandataire, assigned_sql, to_model, visible_to
from server.routes.registrations import registration_model
from server.routes.users import to_model as user_model
from server.transactions import receipt_model

log = logging.getLogger(__name__)

router = APIRouter(tags=["Synchronisation"])

DEFAULT_LIMIT = 500
_KIND_ORDER = {kind: i for i, kind in enumerate(ChangeKind)}


# ---- cursor ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a client stands: every recorded change up to `seq` is in its cache, rendered as
    of `day`. While the feed is sending what the days from `day` to `target` changed,
    `target` is set and `after` is the last (kind, id) sent of that set."""

    seq: int
    day: date
    target: date | None = None
    after: tuple[str, str] | None = None

    def encode(self) -> str:
        data: list[Any] = [1, self.seq, self.day.isoformat()]
        if self.target is not None:
            data += [self.target.isoformat(), list(self.after) if self.after else None]
        raw = json.dumps(data, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    @classmethod
    def decode(cls, text: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
            data = json.loads(raw)
            if not isinstance(data, list) or data[0] != 1:
                raise ValueError(text)
            seq, day = int(data[1]), date.fromisoformat(data[2])
            if seq < 0:
                raise ValueError(text)
            if len(data) == 3:
                return cls(seq, day)
            after = data[4]
            if after is not None:
                if not (isinstance(after, list) and len(after) == 2):
                    raise ValueError(text)
                ChangeKind(after[0])  # a known kind, or ValueError
                if not isinstance(after[1], str):
                    raise ValueError(text)
            return cls(seq, day, date.fromisoformat(data[3]), tuple(after) if after else None)
        except (ValueError, TypeError, IndexError, KeyError, binascii.Error, UnicodeDecodeError):
            raise RuleViolation([field_error("since", "invalid_value")]) from None


def cursor_gone() -> Problem:
    return Problem(
        410,
        "cursor-expired",
        "Curseur de synchronisation périmé",
        "Ce curseur est trop ancien ou inconnu de ce service : rechargez toutes les listes, "
        "puis reprenez avec le curseur que donne GET /changes sans « since ».",
        detail_en="This cursor is too old or unknown to this service: reload every list, then "
        "go on with the cursor GET /changes gives without 'since'.",
    )


# ---- rendering: each object as its list route shows it ----------------------------------------

Key = tuple[ChangeKind, str]


@dataclass(frozen=True, slots=True)
class _View:
    """What rendering needs: the reader, whose view, and the day states are computed for."""

    s: AsyncSession
    db: Database
    caller: Caller
    on: date


def _numbers(ids: list[str]) -> list[int]:
    return [int(i) for i in ids if i.isdigit() and len(i) <= 18]


async def _procurations(v: _View, ids: list[str], *, received: bool) -> dict[str, BaseModel]:
    e = v.caller.enterprise_id
    stmt = (
        select(ProcurationRow, Mandant.name, Mandataire.name, assigned_sql(v.on))
        .join(Mandant, Mandant.id == ProcurationRow.mandant_id)
        .outerjoin(Mandataire, Mandataire.id == ProcurationRow.mandataire_id)
        .where(ProcurationRow.id.in_(ids))
    )
    if received:
        stmt = stmt.where(
            ProcurationRow.type == ProcurationType.EXTERNE.value,
            ProcurationRow.mandataire_id == e,
        )
    else:
        stmt = stmt.where(ProcurationRow.mandant_id == e)
    rows = (await v.s.execute(stmt)).all()
    return {p.id: to_model(p, mn, dn, bool(a), v.on) for p, mn, dn, a in rows}


async def _given(v: _View, ids: list[str]) -> dict[str, BaseModel]:
    return await _procurations(v, ids, received=False)


async def _received(v: _View, ids: list[str]) -> dict[str, BaseModel]:
    return await _procurations(v, ids, received=True)


async def _assignments(v: _View, ids: list[str]) -> dict[str, BaseModel]:
    """Assignments in force of procurations the enterprise sees (a utilisateur: their own)."""
    stmt = (
        select(AssignmentRow, UserRow, ProcurationRow, Mandant.name)
        .join(UserRow, UserRow.id == AssignmentRow.user_id)
        .join(ProcurationRow, ProcurationRow.id == AssignmentRow.procuration_id)
        .join(Mandant, Mandant.id == AssignmentRow.mandant_id)
        .where(
            AssignmentRow.id.in_(_numbers(ids)),
            AssignmentRow.active,
            AssignmentRow.end_date >= v.on,
            visible_to(v.caller.enterprise_id),
        )
    )
    if not v.caller.is_rse:
        stmt = stmt.where(AssignmentRow.user_id == v.caller.user_id)
    rows = (await v.s.execute(stmt)).all()
    return {str(a.id): assignment_model(a, u, p, name, v.on) for a, u, p, name in rows}


async def _users(v: _View, ids: list[str]) -> dict[str, BaseModel]:
    e = v.caller.enterprise_id
    users = (
        await v.s.scalars(
            select(UserRow).where(UserRow.user_code.in_(ids), UserRow.enterprise_id == e)
        )
    ).all()
    held_rows = (
        await v.s.execute(
            select(AssignmentRow.user_id, ProcurationRow)
            .join(ProcurationRow, ProcurationRow.id == AssignmentRow.procuration_id)
            .where(
                AssignmentRow.user_id.in_([u.id for u in users]),
                AssignmentRow.active,
                AssignmentRow.mandant_id == e,
            )
        )
    ).all()
    held = {uid: p for uid, p in held_rows}
    return {u.user_code: user_model(u, held.get(u.id)) for u in users}


async def _registrations(v: _View, ids: list[str]) -> dict[str, BaseModel]:
    rows = (
        await v.s.scalars(
            select(RegistrationRow).where(
                RegistrationRow.enterprise_id == v.caller.enterprise_id,
                RegistrationRow.ministry.in_(ids),
            )
        )
    ).all()
    by_ministry = {r.ministry: r for r in rows}
    known = catalogue.by_code()
    return {c: registration_model(known[c], by_ministry.get(c)) for c in ids if c in known}


async def _receipts(v: _View, ids: list[str]) -> dict[str, BaseModel]:
    stmt = select(ReceiptRow).where(
        ReceiptRow.reference.in_(ids), ReceiptRow.enterprise_id == v.caller.enterprise_id
    )
    if not v.caller.is_rse:  # a utilisateur sees the receipts of their own doings
        stmt = stmt.where(ReceiptRow.user_id == v.caller.user_id)
    rows = (await v.s.scalars(stmt)).all()
    return {r.reference: receipt_model(r, v.caller.enterprise_name) for r in rows}


async def _messages(v: _View, ids: list[str]) -> dict[str, BaseModel]:
    rows = (
        await v.s.scalars(
            select(MessageRow).where(
                MessageRow.id.in_(_numbers(ids)),
                MessageRow.enterprise_id == v.caller.enterprise_id,
            )
        )
    ).all()
    return {str(m.id): message_model(m) for m in rows}


async def _enterprise(v: _View, ids: list[str]) -> dict[str, BaseModel]:
    e = v.caller.enterprise_id
    if e not in ids:
        return {}
    return {e: await enterprise_routes.get_enterprise(v.caller, v.db)}


_RENDERERS: dict[ChangeKind, Callable[[_View, list[str]], Awaitable[dict[str, BaseModel]]]] = {
    ChangeKind.ENTERPRISE: _enterprise,
    ChangeKind.REGISTRATIONS: _registrations,
    ChangeKind.USERS: _users,
    ChangeKind.PROCURATIONS: _given,
    ChangeKind.RECEIVED: _received,
    ChangeKind.ASSIGNMENTS: _assignments,
    ChangeKind.RECEIPTS: _receipts,
    ChangeKind.MESSAGES: _messages,
}


async def render(v: _View, keys: Iterable[Key]) -> dict[Key, dict[str, Any]]:
    """The current JSON of each object of `keys` that is in the caller's view; the others
    are absent (they left it, or never were in it)."""
    wanted: dict[ChangeKind, list[str]] = {}
    for kind, oid in keys:
        wanted.setdefault(kind, []).append(oid)
    out: dict[Key, dict[str, Any]] = {}
    for kind, ids in wanted.items():
        for oid, model in (await _RENDERERS[kind](v, ids)).items():
            out[(kind, oid)] = model.model_dump(mode="json")
    return out


def _items(
    keys: Iterable[tuple[Key, set[ChangeOp]]], rendered: dict[Key, dict[str, Any]]
) -> list[Change]:
    items: list[Change] = []
    for key, ops in keys:
        obj = rendered.get(key)
        kind, oid = key
        if obj is not None:
            op = ChangeOp.CREATED if ChangeOp.CREATED in ops else ChangeOp.CHANGED
            items.append(Change(kind=kind, id=oid, op=op, object=obj))
        elif ops != {ChangeOp.CREATED}:
            # Created and gone (or never visible to this caller) since the cursor: the client
            # cannot hold it, so there is nothing to remove.
            items.append(Change(kind=kind, id=oid, op=ChangeOp.REMOVED))
    return items


# ---- what the days changed ---------------------------------------------------------------------


async def dated_keys(
    s: AsyncSession, caller: Caller, since: date, until: date, after: tuple[str, str] | None
) -> list[tuple[Key, set[ChangeOp]]]:
    """The objects whose rendering changed because days went by, from `since` (included) to
    `until` (excluded), ordered by (kind, id) and after `after`: active procurations that fell
    due (now EC), assignments in force that reached their end (now out of the list) and the
    procurations they made `assigned`."""
    found: dict[Key, set[ChangeOp]] = {}
    if since >= until:
        return []
    e = caller.enterprise_id
    ending = and_(ProcurationRow.end_date >= since, ProcurationRow.end_date < until)
    if caller.is_rse:
        for pid, mandant in (
            await s.execute(
                select(ProcurationRow.id, ProcurationRow.mandant_id).where(
                    ProcurationRow.state == "AC", ending, visible_to(e)
                )
            )
        ).all():
            kind = ChangeKind.PROCURATIONS if mandant == e else ChangeKind.RECEIVED
            found[(kind, pid)] = {ChangeOp.CHANGED}
    stmt = (
        select(AssignmentRow.id, ProcurationRow.id, ProcurationRow.mandant_id)
        .join(ProcurationRow, ProcurationRow.id == AssignmentRow.procuration_id)
        .where(
            AssignmentRow.active,
            AssignmentRow.end_date >= since,
            AssignmentRow.end_date < until,
            visible_to(e),
        )
    )
    if not caller.is_rse:
        stmt = stmt.where(AssignmentRow.user_id == caller.user_id)
    for aid, pid, mandant in (await s.execute(stmt)).all():
        found[(ChangeKind.ASSIGNMENTS, str(aid))] = {ChangeOp.REMOVED}
        if caller.is_rse:
            kind = ChangeKind.PROCURATIONS if mandant == e else ChangeKind.RECEIVED
            found[(kind, pid)] = {ChangeOp.CHANGED}
    ordered = sorted(found.items(), key=lambda kv: (_KIND_ORDER[kv[0][0]], kv[0][1]))
    if after is not None:
        last = (_KIND_ORDER[ChangeKind(after[0])], after[1])
        ordered = [kv for kv in ordered if (_KIND_ORDER[kv[0][0]], kv[0][1]) > last]
    return ordered


# ---- the route ---------------------------------------------------------------------------------


@router.get(
    "/changes",
    response_model=ChangesPage,
    summary="Changements depuis un curseur (synchronisation hors ligne)",
    description=(
        "Sans `since` : aucun changement, seulement `next_cursor`, le curseur actuel — "
        "prenez-le AVANT de charger les listes. Avec `since` : les objets de votre vue créés "
        "(`created`), modifiés (`changed`) ou sortis de votre vue (`removed`) depuis ce "
        "curseur, chacun une fois, dans son état actuel tel que sa liste le montre "
        "(`object`; absent pour `removed`). `kind` nomme la liste : `enterprise` "
        "(GET /enterprise, Enterprise, id = numéro d'entreprise), `registrations` "
        "(Registration, id = code du ministère), `users` (User, id = code d'utilisateur), "
        "`procurations` (Procuration données), `received` (Procuration reçues comme "
        "mandataire), `assignments` (Assignment en cours, GET /assignments), `receipts` "
        "(Receipt, id = numéro de référence), `messages` (Message). Un utilisateur non RSE "
        "ne reçoit que enterprise, registrations, receipts (les siens), messages et "
        "assignments (les siennes). Tant que `has_more` est vrai, redemandez aussitôt avec "
        "`next_cursor`. Une procuration refusée, révoquée ou échue reste dans les listes "
        "(avec son état) : elle vient comme `changed`; ses assignations comme `removed`. "
        "Curseur de plus de 30 jours ou inconnu : 410, rechargez toutes les listes."
    ),
    responses={
        410: {
            "description": "Curseur trop ancien ou inconnu : tout recharger (`cursor-expired`)",
            "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }
    },
)
async def list_changes(
    caller: SignedIn,
    db: DB,
    config: Config,
    since: Annotated[
        str | None, Query(max_length=200, description="Le `next_cursor` d'une réponse précédente")
    ] = None,
    limit: Annotated[int | None, Query(ge=1)] = None,
) -> ChangesPage:
    limit = min(limit or DEFAULT_LIMIT, config.max_page_size)
    cursor = Cursor.decode(since) if since is not None else None
    on = notify.today()
    kinds = kinds_for(caller.role)
    async with db.read() as s:
        view = _View(s, db, caller, on)
        # The head first: every change up to it is committed (seq follows commit order), so
        # rows read below it are complete, and the next cursor may skip to it.
        head = await s.scalar(select(func.max(ChangeRow.seq))) or 0
        if cursor is None:
            return ChangesPage(items=[], next_cursor=Cursor(head, on).encode(), has_more=False)
        oldest = await s.scalar(select(func.min(ChangeRow.seq)))
        if (
            cursor.seq > head
            or (oldest is not None and cursor.seq < oldest - 1)
            or cursor.day < on - changes.RETENTION
        ):
            raise cursor_gone()

        if cursor.target is not None or cursor.day < on:
            target = cursor.target or on
            pending = await dated_keys(s, caller, cursor.day, target, cursor.after)
            page = pending[:limit]
            rendered = await render(view, (k for k, _ in page))
            if len(pending) > limit:
                last = page[-1][0]
                following = Cursor(cursor.seq, cursor.day, target, (last[0].value, last[1]))
            else:
                following = Cursor(cursor.seq, target)
            # The recorded changes come next, even when the dated ones are done.
            return ChangesPage(
                items=_items(page, rendered), next_cursor=following.encode(), has_more=True
            )

        rows = (
            await s.execute(
                select(ChangeRow.seq, ChangeRow.kind, ChangeRow.object_id, ChangeRow.op)
                .where(
                    ChangeRow.enterprise_id == caller.enterprise_id,
                    ChangeRow.seq > cursor.seq,
                    ChangeRow.seq <= head,
                    ChangeRow.kind.in_([k.value for k in kinds]),
                )
                .order_by(ChangeRow.seq)
                .limit(limit + 1)
            )
        ).all()
        has_more = len(rows) > limit
        rows = rows[:limit]
        collapsed: OrderedDict[Key, set[ChangeOp]] = OrderedDict()
        for _seq, kind, oid, op in rows:
            key = (ChangeKind(kind), oid)
            ops = collapsed.pop(key, set())
            ops.add(ChangeOp(op))
            collapsed[key] = ops  # in the order of each object's latest change
        rendered = await render(view, collapsed.keys())
        upto = rows[-1][0] if has_more else head
        return ChangesPage(
            items=_items(collapsed.items(), rendered),
            next_cursor=Cursor(max(upto, cursor.seq), max(cursor.day, on)).encode(),
            has_more=has_more,
        )


async def prune_job(app: FastAPI) -> None:
    """Background job: drop the changes older than the retention, at start then every 6 h."""
    while True:
        try:
            gone = await changes.prune(app.state.db)
            if gone:
                log.info("pruned %d change(s) older than %s", gone, changes.RETENTION)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("pruning the change feed failed")
        await asyncio.sleep(changes.PRUNE_EVERY_SECONDS)


if prune_job not in BACKGROUND_JOBS:
    BACKGROUND_JOBS.append(prune_job)
