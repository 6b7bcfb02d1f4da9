"""User records: list, create, consult, modify, suspend, reactivate, revoke, reset password."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sqlalchemy import Boolean, Integer, String, and_, bindparam, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import rules, validation
from app.domain.common import ROLE_LABELS_FR, USER_STATE_LABELS_FR, Page, Role, UserState
from app.domain.errors import RuleViolation, field_error
from app.domain.models import (
    PasswordResetResult,
    User,
    UserCreate,
    UserCreated,
    UserPatch,
    UserResult,
)
from server.db import Prepared
from server.deps import DB, RSE, Config
from server.errors import not_found
from server.models import AssignmentRow, ProcurationRow, SessionRow, UserRow
from server.pagination import decode_cursor, encode_cursor
from server.records import absent, shape
from server.security import hash_password
from server.transactions import (
    IfMatch,
    Tx,
    check_if_match,
    etag,
    reads_to_change,
    recap,
    section,
)

router = APIRouter(tags=["Utilisateurs"])

ROLE_LABELS_EN = {
    Role.RA: "Authorized representative",
    Role.RSE: "Electronic services officer",
    Role.UTILISATEUR: "User",
}


def user_etag(user: UserRow) -> str:
    return etag("user", user.user_code, user.version)


async def load_user(s: AsyncSession, enterprise_id: str, user_code: str) -> UserRow:
    stmt = select(UserRow).where(
        UserRow.user_code == user_code.upper(), UserRow.enterprise_id == enterprise_id
    )
    user = await s.scalar(stmt.with_for_update() if reads_to_change(s) else stmt)
    if user is None:
        raise not_found()
    return user


async def held_procuration(s: AsyncSession, user: UserRow) -> ProcurationRow | None:
    """The procuration of the user's own enterprise this user holds, if any."""
    return await s.scalar(
        select(ProcurationRow)
        .join(AssignmentRow, AssignmentRow.procuration_id == ProcurationRow.id)
        .where(
            AssignmentRow.user_id == user.id,
            AssignmentRow.active,
            AssignmentRow.mandant_id == user.enterprise_id,
        )
    )


def to_model(user: UserRow, procuration: ProcurationRow | None = None) -> User:
    return User(
        user_code=user.user_code,
        last_name=user.last_name,
        first_name=user.first_name,
        role=Role(user.role),
        state=UserState(user.state),
        email=user.email,
        phone=user.phone,
        phone_extension=user.phone_extension,
        created_on=user.created_at.date(),
        password_change_required=user.password_is_temporary,
        procuration_id=procuration.id if procuration else None,
        procuration_description=procuration.description if procuration else None,
        version=user.version,
    )


def user_recap(title_fr: str, title_en: str, user: UserRow) -> dict[str, Any]:
    role = Role(user.role)
    return recap(
        title_fr,
        title_en,
        section(
            "Renseignements sur l'utilisateur",
            "User information",
            [
                ("Code d'utilisateur", "User code", user.user_code),
                ("Nom de famille", "Last name", user.last_name),
                ("Prénom", "First name", user.first_name),
                ("Courriel", "Email", user.email),
                (
                    "Téléphone (travail)",
                    "Phone (work)",
                    rules.format_phone(user.phone, user.phone_extension),
                ),
                ("Rôle", "Role", f"{ROLE_LABELS_FR[role]}"),
                ("État", "State", USER_STATE_LABELS_FR[UserState(user.state)]),
            ],
        ),
    )


def _snapshot(user: UserRow) -> dict[str, Any]:
    return {
        "last_name": user.last_name,
        "first_name": user.first_name,
        "email": user.email,
        "phone": user.phone,
        "phone_extension": user.phone_extension,
        "role": user.role,
        "state": user.state,
    }


SortKey = Literal[
    "last_name",
    "-last_name",
    "user_code",
    "-user_code",
    "role",
    "-role",
    "state",
    "-state",
    "created",
    "-created",
]


# ---- the quick reads (server.records) ---------------------------------------------------------

_USER = shape(UserRow)
_HELD = shape(ProcurationRow)


def _quick_select() -> tuple[Any, Any]:
    """(statement, its holding subquery): each user of `:eid`, with the procuration of
    that enterprise they hold, if any."""
    eid = bindparam("eid", type_=String)
    holding = (
        select(AssignmentRow.user_id, AssignmentRow.procuration_id)
        .where(AssignmentRow.active, AssignmentRow.mandant_id == eid)
        .subquery()
    )
    return (
        select(*_USER.columns, *_HELD.columns)
        .outerjoin(holding, holding.c.user_id == UserRow.id)
        .outerjoin(ProcurationRow, ProcurationRow.id == holding.c.procuration_id)
        .where(UserRow.enterprise_id == eid)
    ), holding


def _record(values: Any) -> tuple[Any, Any]:
    return _USER.make(values), _HELD.make(values, _USER.width)


_ONE = Prepared(_quick_select()[0].where(UserRow.user_code == bindparam("code", type_=String)))


@cache
def _list_statement(sort: str) -> Prepared:
    """One prepared statement per sort; each filter is `(:f IS NULL OR ...)`."""
    stmt, holding = _quick_select()
    like = bindparam("like", type_=String)
    has = bindparam("has", type_=Boolean)
    stmt = stmt.where(
        or_(
            absent("like"),
            func.lower(UserRow.last_name).like(like),
            func.lower(UserRow.first_name).like(like),
            func.lower(UserRow.user_code).like(like),
        ),
        or_(absent("role"), UserRow.role == bindparam("role", type_=String)),
        or_(absent("state"), UserRow.state == bindparam("state", type_=String)),
        or_(
            absent("has", Boolean),
            and_(has, holding.c.user_id.is_not(None)),
            and_(~has, holding.c.user_id.is_(None)),
        ),
    )
    column = {
        "last_name": UserRow.last_name,
        "user_code": UserRow.user_code,
        "role": UserRow.role,
        "state": UserRow.state,
        "created": UserRow.created_at,
    }[sort.lstrip("-")]
    order = column.desc() if sort.startswith("-") else column.asc()
    return Prepared(
        stmt.order_by(order, UserRow.first_name, UserRow.id)
        .offset(bindparam("offset", type_=Integer))
        .limit(bindparam("limit", type_=Integer))
    )


@router.get("/users", response_model=Page[User], summary="Liste des dossiers des utilisateurs")
async def list_users(
    caller: RSE,
    db: DB,
    config: Config,
    q: Annotated[str | None, Query(max_length=100, description="Nom, prénom ou code")] = None,
    role: Role | None = None,
    state: UserState | None = None,
    has_procuration: bool | None = None,
    sort: SortKey = "last_name",
    limit: Annotated[int | None, Query(ge=1)] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Page[User]:
    limit = min(limit or config.default_page_size, config.max_page_size)
    offset = decode_cursor(cursor)
    params: dict[str, Any] = {
        "eid": caller.enterprise_id,
        "like": f"%{q.strip().lower()}%" if q else None,
        "role": role.value if role else None,
        "state": state.value if state else None,
        "has": has_procuration,
        "offset": offset,
        "limit": limit + 1,
    }
    rows = [_record(r) for r in await db.rows(_list_statement(sort), params)]
    items = [to_model(u, p) for u, p in rows[:limit]]
    return Page[User](items=items, next_cursor=encode_cursor(offset, len(rows), limit))


@router.post(
    "/users",
    status_code=201,
    response_model=UserCreated,
    summary="Création du dossier d'un utilisateur",
)
async def create_user(body: UserCreate, caller: RSE, tx: Tx, config: Config) -> JSONResponse:
    errors = validation.check_user_create(body)
    if errors:
        raise RuleViolation(errors)
    temporary = rules.new_temporary_password()
    password_hash = await hash_password(temporary)
    now = datetime.now(UTC)
    async with tx.run(caller, body) as s:
        user: UserRow | None = None
        for _ in range(20):
            candidate = UserRow(
                user_code=rules.new_user_code(),
                enterprise_id=caller.enterprise_id,
                last_name=body.last_name.strip(),
                first_name=body.first_name.strip(),
                email=body.email.strip(),
                phone=rules.digits_only(body.phone),
                phone_extension=(body.phone_extension or "").strip() or None,
                role=body.role,
                state=UserState.ACTIF.value,
                password_hash=password_hash,
                password_is_temporary=True,
                temporary_expires_at=now + timedelta(hours=config.temporary_password_hours),
                created_at=now,
                version=1,
            )
            try:
                async with s.begin_nested():
                    s.add(candidate)
            except IntegrityError:
                continue
            user = candidate
            break
        assert user is not None, "no free user code after 20 attempts"
        receipt = await tx.receipt(
            "user.create",
            user_recap("Création du dossier d'un utilisateur", "Creation of a user record", user),
        )
        await tx.audit("user.create", "user", user.user_code, after=_snapshot(user))
        result = UserCreated(
            user=to_model(user),
            user_code=user.user_code,
            temporary_password=temporary,
            receipt=receipt,
        )
        return await tx.done(result, 201, headers={"ETag": user_etag(user)})


@router.get("/users/{user_code}", response_model=User, summary="Consultation d'un dossier")
async def get_user(user_code: str, caller: RSE, db: DB) -> JSONResponse:
    found = await db.rows(_ONE, {"eid": caller.enterprise_id, "code": user_code.upper()})
    if not found:
        raise not_found()
    user, proc = _record(found[0])
    return JSONResponse(
        to_model(user, proc).model_dump(mode="json"), headers={"ETag": user_etag(user)}
    )


@router.patch(
    "/users/{user_code}",
    response_model=UserResult,
    summary="Modification d'un dossier (If-Match requis)",
)
async def patch_user(
    user_code: str, body: UserPatch, caller: RSE, tx: Tx, if_match: IfMatch = None
) -> JSONResponse:
    errors = validation.check_user_patch(body)
    if errors:
        raise RuleViolation(errors)
    async with tx.run(caller, body) as s:
        user = await load_user(s, caller.enterprise_id, user_code)
        check_if_match(if_match, user_etag(user), to_model(user, await held_procuration(s, user)))
        if user.state == UserState.REVOQUE.value:
            raise RuleViolation([field_error("state", "state_transition_invalid")])
        before = _snapshot(user)
        if body.role is not None and body.role != user.role and user.id == caller.user_id:
            raise RuleViolation([field_error("role", "cannot_act_on_self")])
        for name in ("last_name", "first_name", "email", "role"):
            value = getattr(body, name)
            if value is not None:
                setattr(user, name, value.strip())
        if body.phone is not None:
            user.phone = rules.digits_only(body.phone)
            user.phone_extension = (body.phone_extension or "").strip() or None
        elif body.phone_extension is not None:
            user.phone_extension = body.phone_extension.strip() or None
        user.version += 1
        receipt = await tx.receipt(
            "user.modify",
            user_recap("Modification du dossier d'un utilisateur", "Change of a user record", user),
        )
        await tx.audit("user.modify", "user", user.user_code, before=before, after=_snapshot(user))
        result = UserResult(user=to_model(user, await held_procuration(s, user)), receipt=receipt)
        return await tx.done(result, headers={"ETag": user_etag(user)})


_TRANSITIONS: dict[str, tuple[set[str], str | None, str, str]] = {
    # action: (states it applies to, new state, French title, English title)
    "suspend": (
        {"actif"},
        "suspendu",
        "Suspension du dossier d'un utilisateur",
        "Suspension of a user record",
    ),
    "reactivate": (
        {"suspendu"},
        "actif",
        "Réactivation du dossier d'un utilisateur",
        "Reactivation of a user record",
    ),
    "revoke": (
        {"actif", "suspendu"},
        "revoque",
        "Révocation du dossier d'un utilisateur",
        "Revocation of a user record",
    ),
    "reset-password": (
        {"actif", "suspendu"},
        None,
        "Modification du mot de passe de l'utilisateur",
        "Reset of the user's password",
    ),
}


@router.post(
    "/users/{user_code}/{action}",
    summary="Suspendre, réactiver, révoquer, réinitialiser le mot de passe",
    response_model=UserResult | PasswordResetResult,
)
async def user_action(
    user_code: str,
    action: Literal["suspend", "reactivate", "revoke", "reset-password"],
    caller: RSE,
    tx: Tx,
    config: Config,
) -> JSONResponse:
    allowed, new_state, title_fr, title_en = _TRANSITIONS[action]
    temporary = rules.new_temporary_password() if action == "reset-password" else None
    password_hash = await hash_password(temporary) if temporary else None
    now = datetime.now(UTC)
    async with tx.run(caller) as s:
        user = await load_user(s, caller.enterprise_id, user_code)
        if user.state not in allowed:
            raise RuleViolation([field_error("state", "state_transition_invalid")])
        if user.id == caller.user_id and action != "reset-password":
            raise RuleViolation([field_error("user_code", "cannot_act_on_self")])
        before = _snapshot(user)
        if new_state:
            user.state = new_state
        if password_hash:
            user.password_hash = password_hash
            user.password_is_temporary = True
            user.temporary_expires_at = now + timedelta(hours=config.temporary_password_hours)
        user.version += 1
        if action in ("suspend", "revoke", "reset-password"):
            await s.execute(
                update(SessionRow)
                .where(SessionRow.user_id == user.id, SessionRow.revoked_at.is_(None))
                .values(revoked_at=now)
            )
        if action == "revoke":
            await s.execute(
                update(AssignmentRow)
                .where(and_(AssignmentRow.user_id == user.id, AssignmentRow.active))
                .values(active=False, ended_at=now)
            )
        receipt = await tx.receipt(f"user.{action}", user_recap(title_fr, title_en, user))
        await tx.audit(
            f"user.{action}", "user", user.user_code, before=before, after=_snapshot(user)
        )
        model = to_model(user, await held_procuration(s, user))
        result: UserResult | PasswordResetResult
        if temporary:
            result = PasswordResetResult(user=model, temporary_password=temporary, receipt=receipt)
        else:
            result = UserResult(user=model, receipt=receipt)
        return await tx.done(result, headers={"ETag": user_etag(user)})
