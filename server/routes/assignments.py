"""Assignments of procurations to users: list, assign, revoke, and what a user holds."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import rules, validation
from app.domain.common import Page, ProcurationState, ProcurationType, UserState
from app.domain.errors import FieldError, RuleViolation, field_error
from app.domain.models import (
    Assignment,
    AssignmentCreate,
    AssignmentResult,
    AssignmentRevokeResult,
    EnterpriseRef,
)
from server import notify
from server.deps import DB, RSE, Config, SignedIn
from server.errors import not_found
from server.models import AssignmentRow, EnterpriseRow, ProcurationRow, UserRow
from server.pagination import decode_cursor, encode_cursor, page_limit
from server.routes.procurations import (
    Loaded,
    audit_both,
    effective_state,
    load_visible,
    mandataire_only,
    not_active,
    procuration_recap,
    visible_to,
)
from server.routes.users import load_user
from server.transactions import Tx, table_section

router = APIRouter(tags=["Gestion des procurations"])

ASSIGNMENT_COLUMNS = [
    ("Nom de famille et prénom", "Last and first name"),
    ("Code d'utilisateur", "User code"),
    ("Date de début", "Start date"),
    ("Date de fin", "End date"),
]


def assigning_enterprise(p: ProcurationRow) -> str:
    """Whose users hold it: the mandant's for an internal one, the mandataire's otherwise."""
    if p.type == ProcurationType.EXTERNE.value and p.mandataire_id:
        return p.mandataire_id
    return p.mandant_id


def assignment_model(
    a: AssignmentRow,
    user: UserRow,
    p: ProcurationRow | None = None,
    mandant_name: str | None = None,
    on: date | None = None,
) -> Assignment:
    running = a.active and (on is None or a.end_date >= on)
    return Assignment(
        id=str(a.id),
        procuration_id=a.procuration_id,
        user_code=user.user_code,
        last_name=user.last_name,
        first_name=user.first_name,
        start_date=a.start_date,
        end_date=a.end_date,
        active=running,
        procuration_description=p.description if p is not None else "",
        mandant=(
            EnterpriseRef(id=a.mandant_id, name=mandant_name) if mandant_name is not None else None
        ),
    )


def assignment_table(rows: list[tuple[AssignmentRow, UserRow]]) -> dict[str, Any]:
    """«Informations sur l'assignation», as the procedure's receipt shows it."""
    return table_section(
        "Informations sur l'assignation",
        "Assignment information",
        ASSIGNMENT_COLUMNS,
        [
            [
                f"{u.last_name}, {u.first_name}",
                u.user_code,
                a.start_date.isoformat(),
                a.end_date.isoformat(),
            ]
            for a, u in rows
        ],
    )


def _snapshot(a: AssignmentRow, user: UserRow) -> dict[str, Any]:
    return {
        "procuration_id": a.procuration_id,
        "user_code": user.user_code,
        "start_date": a.start_date.isoformat(),
        "end_date": a.end_date.isoformat(),
        "active": a.active,
    }


@router.get(
    "/procurations/{procuration_id}/assignments",
    response_model=list[Assignment],
    summary="Assignations d'une procuration",
    description=(
        "Les assignations en cours puis terminées, pour le mandant et, pour une procuration "
        "externe, le mandataire (dont ce sont les utilisateurs)."
    ),
)
async def list_assignments(procuration_id: str, caller: RSE, db: DB) -> list[Assignment]:
    on = notify.today()
    async with db.read() as s:
        loaded = await load_visible(s, caller.enterprise_id, procuration_id, on)
        rows = (
            await s.execute(
                select(AssignmentRow, UserRow)
                .join(UserRow, UserRow.id == AssignmentRow.user_id)
                .where(AssignmentRow.procuration_id == loaded.row.id)
                .order_by(
                    AssignmentRow.active.desc(),
                    UserRow.last_name,
                    UserRow.first_name,
                    AssignmentRow.id,
                )
            )
        ).all()
    models = [assignment_model(a, u, loaded.row, loaded.mandant_name, on) for a, u in rows]
    return sorted(models, key=lambda m: not m.active)


async def _users_by_code(
    s: AsyncSession, enterprise_id: str, codes: list[str]
) -> dict[str, UserRow]:
    wanted = {c.strip().upper() for c in codes}
    found = (
        await s.scalars(
            select(UserRow).where(
                UserRow.enterprise_id == enterprise_id, UserRow.user_code.in_(wanted)
            )
        )
    ).all()
    return {u.user_code: u for u in found}


@router.post(
    "/procurations/{procuration_id}/assignments",
    status_code=201,
    response_model=AssignmentResult,
    summary="Assigner une procuration à des utilisateurs",
    description=(
        "Interne : par le ou la RSE du mandant, à ses utilisateurs. Externe : par le ou la RSE "
        "du mandataire, à ses propres utilisateurs (un membre du personnel d'un cabinet peut "
        "détenir une procuration de chacun de ses clients). Chaque utilisateur doit être actif "
        "et ne détenir aucune procuration en cours de ce mandant "
        "(`user_already_holds_procuration` sur `user_codes[i]`). Période comprise dans celle "
        "de la procuration; par défaut, d'aujourd'hui (ou du début) à la fin de la procuration."
    ),
)
async def assign(procuration_id: str, body: AssignmentCreate, caller: RSE, tx: Tx) -> JSONResponse:
    on = notify.today()
    async with tx.run(caller, body) as s:
        loaded = await load_visible(s, caller.enterprise_id, procuration_id, on)
        p = loaded.row
        if assigning_enterprise(p) != caller.enterprise_id:
            raise mandataire_only()
        if effective_state(p, on) is not ProcurationState.AC:
            raise not_active()
        errors: list[FieldError] = validation.check_assignment(
            body, proc_start=p.start_date, proc_end=p.end_date, today=on
        )
        start = body.start_date or max(p.start_date, on)
        end = body.end_date or p.end_date
        if not errors and end < on:
            errors.append(field_error("end_date", "end_date_in_past"))
        # Ended assignments of this mandant free their holders before anything is checked.
        await notify.expire_assignments(s, on, mandant_id=p.mandant_id)
        users = await _users_by_code(s, caller.enterprise_id, body.user_codes)
        holders = set(
            (
                await s.scalars(
                    select(AssignmentRow.user_id).where(
                        AssignmentRow.mandant_id == p.mandant_id, AssignmentRow.active
                    )
                )
            ).all()
        )
        seen: set[str] = set()
        chosen: list[tuple[int, UserRow]] = []
        for i, raw in enumerate(body.user_codes):
            f = f"user_codes[{i}]"
            code = raw.strip().upper()
            user = users.get(code)
            if code in seen:
                errors.append(field_error(f, "invalid_value"))
            elif user is None:
                errors.append(field_error(f, "user_unknown"))
            elif user.state != UserState.ACTIF.value:
                errors.append(field_error(f, "user_not_active"))
            elif user.id in holders:
                errors.append(field_error(f, "user_already_holds_procuration"))
            else:
                chosen.append((i, user))
            seen.add(code)
        if errors:
            raise RuleViolation(errors)
        now = datetime.now(UTC)
        made: list[tuple[AssignmentRow, UserRow]] = []
        for i, user in chosen:
            a = AssignmentRow(
                procuration_id=p.id,
                user_id=user.id,
                mandant_id=p.mandant_id,
                start_date=start,
                end_date=end,
                active=True,
                ended_at=None,
                created_at=now,
            )
            try:
                # The partial unique index decides when another RSE assigned the same user a
                # procuration of this mandant at the same moment (PostgreSQL's concurrent case).
                async with s.begin_nested():
                    s.add(a)
            except IntegrityError:
                errors.append(field_error(f"user_codes[{i}]", "user_already_holds_procuration"))
                continue
            made.append((a, user))
        if errors:
            raise RuleViolation(errors)
        receipt = await tx.receipt(
            "assignment.create",
            procuration_recap(
                "Assignation d'une procuration",
                "Assignment of a procuration",
                p,
                loaded.mandataire_name,
                on,
                assignment_table(made),
            ),
        )
        for a, user in made:
            await audit_both(
                tx, "assignment.create", "assignment", str(a.id), p, after=_snapshot(a, user)
            )
        result = AssignmentResult(
            assignments=[assignment_model(a, u, p, loaded.mandant_name, on) for a, u in made],
            receipt=receipt,
        )
        return await tx.done(result, 201)


@router.delete(
    "/assignments/{assignment_id}",
    response_model=AssignmentRevokeResult,
    summary="Révoquer une assignation",
    description=(
        "Par qui pouvait l'assigner : le ou la RSE du mandant (procuration interne) ou du "
        "mandataire (externe). L'utilisateur n'agit plus avec cette procuration et peut en "
        "recevoir une autre de ce mandant. Le mandant d'une procuration externe voit ses "
        "assignations mais ne les révoque pas : 403 `not-mandataire`, dont le `detail` (code "
        "`not_mandataire_revoke_assignment`) le dit; une assignation déjà terminée : 422 "
        "`state_transition_invalid` sur `state`."
    ),
)
async def revoke_assignment(assignment_id: str, caller: RSE, tx: Tx) -> JSONResponse:
    on = notify.today()
    if not (assignment_id.isascii() and assignment_id.isdigit()) or len(assignment_id) > 18:
        raise not_found()
    async with tx.run(caller) as s:
        a = await s.get(AssignmentRow, int(assignment_id))
        if a is None:
            raise not_found()
        loaded: Loaded = await load_visible(s, caller.enterprise_id, a.procuration_id, on)
        # The procuration is locked first, as a PATCH of its end date does before it moves
        # the assignments' (no deadlock); then the assignment, as it is now: of two
        # revocations at once, the second finds it ended.
        await s.refresh(a, with_for_update=True)
        p = loaded.row
        if assigning_enterprise(p) != caller.enterprise_id:
            raise mandataire_only("not_mandataire_revoke_assignment")
        user = await s.get(UserRow, a.user_id)
        assert user is not None
        if not a.active:
            raise RuleViolation([field_error("state", "state_transition_invalid")])
        before = _snapshot(a, user)
        a.active = False
        a.ended_at = datetime.now(UTC)
        receipt = await tx.receipt(
            "assignment.revoke",
            procuration_recap(
                "Révocation d'une assignation",
                "Revocation of an assignment",
                p,
                loaded.mandataire_name,
                on,
                assignment_table([(a, user)]),
            ),
        )
        await audit_both(
            tx,
            "assignment.revoke",
            "assignment",
            str(a.id),
            p,
            before=before,
            after=_snapshot(a, user),
        )
        result = AssignmentRevokeResult(
            assignment=assignment_model(a, user, p, loaded.mandant_name, on), receipt=receipt
        )
        return await tx.done(result)


async def held_by(
    s: AsyncSession, user: UserRow, viewer_enterprise_id: str, on: date
) -> list[Assignment]:
    """The assignments of a user, each with its procuration's description and mandant."""
    rows = (
        await s.execute(
            select(AssignmentRow, ProcurationRow, EnterpriseRow.name)
            .join(ProcurationRow, ProcurationRow.id == AssignmentRow.procuration_id)
            .join(EnterpriseRow, EnterpriseRow.id == AssignmentRow.mandant_id)
            .where(AssignmentRow.user_id == user.id, visible_to(viewer_enterprise_id))
            .order_by(AssignmentRow.active.desc(), EnterpriseRow.name, AssignmentRow.id)
        )
    ).all()
    models = [assignment_model(a, user, p, name, on) for a, p, name in rows]
    return sorted(models, key=lambda m: not m.active)


@router.get(
    "/me/assignments",
    response_model=list[Assignment],
    summary="Mes procurations assignées",
    description=(
        "Pour toute personne connectée : les procurations qu'elle détient (de son entreprise "
        "ou des clients de son entreprise mandataire), en cours puis terminées."
    ),
)
async def my_assignments(caller: SignedIn, db: DB) -> list[Assignment]:
    on = notify.today()
    async with db.read() as s:
        user = await s.get(UserRow, caller.user_id)
        assert user is not None
        return await held_by(s, user, caller.enterprise_id, on)


@router.get(
    "/users/{user_code}/assignments",
    response_model=list[Assignment],
    summary="Procurations assignées à un utilisateur",
    description=(
        "Consultation d'une assignation à partir de l'utilisateur : ce qu'il détient, de son "
        "entreprise ou, pour le personnel d'un mandataire, de chacun des clients (`mandant`)."
    ),
)
async def user_assignments(user_code: str, caller: RSE, db: DB) -> list[Assignment]:
    on = notify.today()
    if not rules.is_user_code(user_code.upper()):
        raise not_found()
    async with db.read() as s:
        user = await load_user(s, caller.enterprise_id, user_code)
        return await held_by(s, user, caller.enterprise_id, on)


@router.get(
    "/assignments",
    response_model=Page[Assignment],
    summary="Assignations en cours de l'entreprise",
    description=(
        "Toutes les assignations en cours (actives, date de fin non passée) des procurations "
        "que l'entreprise voit : ses procurations internes et externes (aux utilisateurs du "
        "mandataire compris) et les procurations reçues comme mandataire (à ses "
        "utilisateurs), chacune avec `mandant` et `procuration_description`. Par numéro "
        "croissant, en pages (`limit`, `cursor`). C'est la liste `assignments` du fil des "
        "changements (GET /changes) : une assignation révoquée ou échue en sort."
    ),
)
async def list_current_assignments(
    caller: RSE,
    db: DB,
    config: Config,
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[Assignment]:
    on = notify.today()
    limit = page_limit(config, limit)
    offset = decode_cursor(cursor)
    stmt = (
        select(AssignmentRow, UserRow, ProcurationRow, EnterpriseRow.name)
        .join(UserRow, UserRow.id == AssignmentRow.user_id)
        .join(ProcurationRow, ProcurationRow.id == AssignmentRow.procuration_id)
        .join(EnterpriseRow, EnterpriseRow.id == AssignmentRow.mandant_id)
        .where(AssignmentRow.active, AssignmentRow.end_date >= on, visible_to(caller.enterprise_id))
        .order_by(AssignmentRow.id)
        .offset(offset)
        .limit(limit + 1)
    )
    async with db.read() as s:
        rows = (await s.execute(stmt)).all()
    items = [assignment_model(a, u, p, name, on) for a, u, p, name in rows[:limit]]
    return Page[Assignment](items=items, next_cursor=encode_cursor(offset, len(rows), limit))
