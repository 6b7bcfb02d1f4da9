"""Request-scoped dependencies: the database, the signed-in caller, and role checks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import bindparam, select, update

from app.domain.common import Role
from server.config import ServerConfig
from server.db import Database, Prepared
from server.errors import Problem, rse_only
from server.models import EnterpriseRow, SessionRow, UserRow
from server.security import token_digest

_bearer = HTTPBearer(auto_error=False, description="Jeton de session obtenu par /auth/login")
_TOUCH_EVERY = timedelta(seconds=60)
_CALLER_KEY = "procura.caller"
_CALLER_QUERY = Prepared(
    select(
        SessionRow.id,
        SessionRow.last_seen_at,
        SessionRow.expires_at,
        SessionRow.revoked_at,
        UserRow.id,
        UserRow.user_code,
        UserRow.first_name,
        UserRow.last_name,
        UserRow.role,
        UserRow.state,
        UserRow.password_is_temporary,
        EnterpriseRow.id,
        EnterpriseRow.name,
    )
    .join(UserRow, UserRow.id == SessionRow.user_id)
    .join(EnterpriseRow, EnterpriseRow.id == UserRow.enterprise_id)
    .where(SessionRow.token_hash == bindparam("digest"))
)


# Dependencies are `async def` even when they do not await: FastAPI runs a plain `def` one in
# a worker thread, a thread hop per dependency per request (measured: most of a read's time).


async def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


async def get_config(request: Request) -> ServerConfig:
    config: ServerConfig = request.app.state.config
    return config


DB = Annotated[Database, Depends(get_db)]
Config = Annotated[ServerConfig, Depends(get_config)]


@dataclass(slots=True)
class Caller:
    """Who is calling: every query of a route is scoped by `enterprise_id`."""

    user_id: int
    user_code: str
    first_name: str
    last_name: str
    role: Role
    enterprise_id: str
    enterprise_name: str
    session_id: int
    password_is_temporary: bool
    request_id: str | None
    address: str | None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"

    @property
    def is_rse(self) -> bool:
        return self.role is Role.RSE


def unauthorized(detail: str = "", detail_en: str = "") -> Problem:
    return Problem(
        401,
        "unauthorized",
        "Session requise",
        detail or "Votre session a pris fin ou n'est pas valide : reconnectez-vous.",
        detail_en=detail_en or "Your session ended or is not valid: sign in again.",
        headers={"WWW-Authenticate": "Bearer"},
    )


async def _caller(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    # The database and settings straight from the app, not as sub-dependencies: each one
    # FastAPI solves costs about 50 µs, on every request.
    db: Database = request.app.state.db
    config: ServerConfig = request.app.state.config
    if credentials is None or not credentials.credentials:
        raise unauthorized()
    # Checked once per request: the conditional lists check the caller before the route does.
    scope_state = request.scope.setdefault("state", {})
    known = scope_state.get(_CALLER_KEY)
    if known is not None and known[0] == credentials.credentials:
        caller: Caller = known[1]
        return caller
    now = datetime.now(UTC)
    # Columns through the quick path, not ORM objects in a session: every request pays this.
    got = await db.rows(_CALLER_QUERY, {"digest": token_digest(credentials.credentials)})
    if not got:
        raise unauthorized()
    found = got[0]
    (
        session_id,
        last_seen,
        expires_at,
        revoked_at,
        user_id,
        user_code,
        first_name,
        last_name,
        role,
        state,
        password_is_temporary,
        enterprise_id,
        enterprise_name,
    ) = found
    idle_limit = last_seen + timedelta(minutes=config.session_idle_minutes)
    if revoked_at is not None or now >= expires_at or now >= idle_limit:
        raise unauthorized()
    if state != "actif":
        raise unauthorized()
    if now - last_seen >= _TOUCH_EVERY:
        async with db.write() as w:
            await w.execute(
                update(SessionRow).where(SessionRow.id == session_id).values(last_seen_at=now)
            )
    caller = Caller(
        user_id=user_id,
        user_code=user_code,
        first_name=first_name,
        last_name=last_name,
        role=Role(role),
        enterprise_id=enterprise_id,
        enterprise_name=enterprise_name,
        session_id=session_id,
        password_is_temporary=password_is_temporary,
        request_id=getattr(request.state, "request_id", None),
        address=request.client.host if request.client else None,
    )
    scope_state[_CALLER_KEY] = (credentials.credentials, caller)
    return caller


async def any_session(caller: Annotated[Caller, Depends(_caller)]) -> Caller:
    """Also a session opened with a temporary password (it may only change it or sign out)."""
    return caller


async def signed_in(caller: Annotated[Caller, Depends(_caller)]) -> Caller:
    _check_not_temporary(caller)
    return caller


def _check_not_temporary(caller: Caller) -> None:
    if caller.password_is_temporary:
        raise Problem(
            403,
            "password-change-required",
            "Changement de mot de passe requis",
            "Votre mot de passe est temporaire : choisissez-en un nouveau avant de continuer.",
            detail_en="Your password is temporary: choose a new one before going on.",
        )


async def rse(caller: Annotated[Caller, Depends(_caller)]) -> Caller:
    _check_not_temporary(caller)
    if not caller.is_rse:
        raise rse_only()
    return caller


AnySession = Annotated[Caller, Depends(any_session)]
SignedIn = Annotated[Caller, Depends(signed_in)]
RSE = Annotated[Caller, Depends(rse)]
