"""Sign-in, password change, sign-out and the caller's identity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi import APIRouter, Request, Response
from sqlalchemy import delete, func, select, update

from app.domain import rules
from app.domain.errors import RuleViolation, field_error
from app.domain.models import (
    EnterpriseRef,
    LoginRequest,
    LoginResponse,
    Me,
    PasswordChangeRequest,
)
from server import audit
from server.deps import DB, AnySession, Config, SignedIn
from server.errors import Problem
from server.models import LoginFailureRow, SessionRow, UserRow
from server.security import hash_password, new_token, token_digest, verify_password

router = APIRouter(tags=["Connexion"])


def _bad_credentials() -> Problem:
    # One answer for an unknown user code and a wrong password (no enumeration).
    return Problem(
        401,
        "bad-credentials",
        "Connexion refusée",
        "Le code d'utilisateur ou le mot de passe est incorrect.",
        detail_en="The user code or the password is incorrect.",
    )


def _throttled(seconds: int) -> Problem:
    minutes = max(1, (seconds + 59) // 60)
    return Problem(
        429,
        "throttled",
        "Trop de tentatives",
        f"Trop de tentatives de connexion : réessayez dans {minutes} minute(s).",
        detail_en=f"Too many sign-in attempts: try again in {minutes} minute(s).",
        headers={"Retry-After": str(seconds)},
    )


@router.post("/auth/login", response_model=LoginResponse, summary="Ouvrir une session")
async def login(body: LoginRequest, request: Request, db: DB, config: Config) -> LoginResponse:
    now = datetime.now(UTC)
    code = body.user_code.strip().upper()
    address = request.client.host if request.client else "unknown"
    keys = (f"user:{code}", f"addr:{address}")
    window_start = now - timedelta(seconds=config.throttle_window_seconds)

    async with db.read() as s:
        counts = dict(
            (
                await s.execute(
                    select(LoginFailureRow.key, func.count())
                    .where(LoginFailureRow.key.in_(keys), LoginFailureRow.at >= window_start)
                    .group_by(LoginFailureRow.key)
                )
            ).all()
        )
        user = await s.scalar(select(UserRow).where(UserRow.user_code == code))
    if (
        counts.get(keys[0], 0) >= config.throttle_per_user_code
        or counts.get(keys[1], 0) >= config.throttle_per_address
    ):
        raise _throttled(config.throttle_window_seconds)

    ok = await verify_password(body.password, user.password_hash if user else None)
    temp_expired = (
        user is not None
        and user.password_is_temporary
        and user.temporary_expires_at is not None
        and now >= user.temporary_expires_at
    )
    if not ok or user is None or user.state != "actif" or temp_expired:
        async with db.write() as w:
            w.add_all([LoginFailureRow(key=k, at=now) for k in keys])
            await audit.append(
                w,
                action="auth.login",
                object_type="session",
                actor=user.user_code if user else None,
                enterprise_id=user.enterprise_id if user else None,
                after={
                    "user_code": code,
                    "reason": "expired_temporary" if temp_expired else "refused",
                },
                outcome="failure",
                request_id=getattr(request.state, "request_id", None),
            )
        raise _bad_credentials()

    token = new_token()
    async with db.write() as w:
        w.add(
            SessionRow(
                token_hash=token_digest(token),
                user_id=user.id,
                created_at=now,
                last_seen_at=now,
                expires_at=now + timedelta(hours=config.session_absolute_hours),
            )
        )
        await w.execute(delete(LoginFailureRow).where(LoginFailureRow.key == keys[0]))
        await audit.append(
            w,
            action="auth.login",
            object_type="session",
            actor=user.user_code,
            enterprise_id=user.enterprise_id,
            outcome="success",
            request_id=getattr(request.state, "request_id", None),
        )
    return LoginResponse(
        token=token,
        expires_at=now + timedelta(hours=config.session_absolute_hours),
        password_change_required=user.password_is_temporary,
    )


@router.post("/auth/password", status_code=204, summary="Changer son mot de passe")
async def change_password(body: PasswordChangeRequest, caller: AnySession, db: DB) -> Response:
    async with db.read() as s:
        user = await s.get(UserRow, caller.user_id)
    assert user is not None
    if not await verify_password(body.current_password, user.password_hash):
        raise RuleViolation([field_error("current_password", "password_incorrect")])
    errors = rules.check_password(body.new_password)
    if not errors and body.new_password == body.current_password:
        errors = [field_error("new_password", "password_same_as_current")]
    if errors:
        raise RuleViolation(errors)
    new_hash = await hash_password(body.new_password)
    now = datetime.now(UTC)
    async with db.write() as w:
        await w.execute(
            update(UserRow)
            .where(UserRow.id == caller.user_id)
            .values(
                password_hash=new_hash,
                password_is_temporary=False,
                temporary_expires_at=None,
                password_changed_at=now,
                version=UserRow.version + 1,
            )
        )
        # Every other session of this person ends with the old password (ASVS 3.3.3).
        await w.execute(
            update(SessionRow)
            .where(
                SessionRow.user_id == caller.user_id,
                SessionRow.id != caller.session_id,
                SessionRow.revoked_at.is_(None),
            )
            .values(revoked_at=now)
        )
        await audit.append(
            w,
            action="auth.password_change",
            object_type="user",
            object_id=caller.user_code,
            actor=caller.user_code,
            enterprise_id=caller.enterprise_id,
            request_id=caller.request_id,
        )
    return Response(status_code=204)


@router.post("/auth/logout", status_code=204, summary="Fermer la session")
async def logout(caller: AnySession, db: DB) -> Response:
    async with db.write() as w:
        await w.execute(
            update(SessionRow)
            .where(SessionRow.id == caller.session_id)
            .values(revoked_at=datetime.now(UTC))
        )
        await audit.append(
            w,
            action="auth.logout",
            object_type="session",
            actor=caller.user_code,
            enterprise_id=caller.enterprise_id,
            request_id=caller.request_id,
        )
    return Response(status_code=204)


@router.get("/me", response_model=Me, summary="La personne connectée")
async def me(caller: SignedIn) -> Me:
    # The session check has just read the enterprise's name with the caller.
    return Me(
        user_code=caller.user_code,
        last_name=caller.last_name,
        first_name=caller.first_name,
        role=caller.role,
        enterprise=EnterpriseRef(id=caller.enterprise_id, name=caller.enterprise_name),
    )
