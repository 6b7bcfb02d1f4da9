"""The FastAPI application: routes under /api/v1, problem+json errors, limits, lifespan."""

from __future__ import annotations

import asyncio
import gc
import logging
import re
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.domain.errors import field_error
from app.version import version
from server import conditional, errors, openapi
from server.config import ServerConfig
from server.db import Database, migrate
from server.housekeeping import housekeeping_job
from server.transactions import Replay, replay_response

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
VERSION = version()


class GuardMiddleware:
    """Pure ASGI: a request id on every answer, a cap on body size, no caching of answers."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if 0 < len(given) <= 64 and given.isprintable() else secrets.token_hex(8)
        scope.setdefault("state", {})["request_id"] = request_id
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await _too_large(send, request_id)
            return
        # A NUL character cannot be stored by PostgreSQL (the query fails: a 500) and is never
        # meaningful here: refuse it in the path (no such object), the query and the body.
        if "\x00" in scope.get("path", ""):
            await _send_problem(send, request_id, errors.not_found())
            return
        query = scope.get("query_string", b"")
        if b"%00" in query or b"\x00" in query:
            await _send_problem(send, request_id, _nul_problem("query"))
            return
        seen = 0
        tail = b""

        async def limited_receive() -> Message:
            nonlocal seen, tail
            message = await receive()
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                seen += len(chunk)
                if seen > self.max_body:
                    raise _BodyTooLarge
                window = tail + chunk
                if b"u0000" in window and _NUL_ESCAPE.search(window):
                    raise _NulInBody
                tail = window[-64:]
            return message

        async def tagged_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                extra = [
                    (b"x-request-id", request_id.encode()),
                    (b"cache-control", b"no-store"),
                    (b"x-content-type-options", b"nosniff"),
                ]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, limited_receive, tagged_send)
        except _BodyTooLarge:
            await _too_large(send, request_id)


class _BodyTooLarge(StarletteHTTPException):
    """Raised while the body streams in (no Content-Length, or a chunked one). An HTTPException
    because FastAPI turns any other error met while reading a body into a 400."""

    def __init__(self) -> None:
        super().__init__(413)


class _NulInBody(StarletteHTTPException):
    """A JSON string holding \\u0000 (see GuardMiddleware)."""

    def __init__(self) -> None:
        super().__init__(422)


# \u0000 as a JSON escape: preceded by an even number of backslashes (\\u0000 is text).
_NUL_ESCAPE = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


def _nul_problem(where: str) -> errors.Problem:
    return errors.validation([field_error(where, "invalid_value")])


async def _send_problem(send: Send, request_id: str, problem: errors.Problem) -> None:
    body = JSONResponse(problem.body(request_id), media_type=errors.PROBLEM).body
    await send(
        {
            "type": "http.response.start",
            "status": problem.status,
            "headers": [
                (b"content-type", errors.PROBLEM.encode()),
                (b"x-request-id", request_id.encode()),
                (b"cache-control", b"no-store"),
                (b"x-content-type-options", b"nosniff"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _too_large_problem() -> errors.Problem:
    return errors.Problem(
        413,
        "too-large",
        "Requête trop volumineuse",
        "Le contenu envoyé dépasse la taille permise.",
        detail_en="The content sent exceeds the allowed size.",
    )


async def _too_large(send: Send, request_id: str) -> None:
    problem = _too_large_problem()
    body = JSONResponse(problem.body(request_id), status_code=413, media_type=errors.PROBLEM).body
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", errors.PROBLEM.encode()),
                (b"x-request-id", request_id.encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


BackgroundJob = Callable[[FastAPI], Awaitable[None]]
# Jobs the service runs while it lives (registration activation, reminders); routes add theirs.
BACKGROUND_JOBS: list[BackgroundJob] = [housekeeping_job]


def create_app(config: ServerConfig | None = None, *, run_migrations: bool = True) -> FastAPI:
    config = config or ServerConfig()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if run_migrations:
            await asyncio.to_thread(migrate, config.database_url)
        app.state.db = Database(config.database_url, echo=config.echo_sql)
        tasks: list[asyncio.Future[None]] = [
            asyncio.ensure_future(job(app)) for job in BACKGROUND_JOBS
        ]
        try:
            yield
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await app.state.db.dispose()

    app = FastAPI(
        title="Procura",
        version=VERSION,
        summary="Accès délégués des entreprises aux services en ligne (clicSÉQUR – Entreprises)",
        description=(
            "Contrat public du service Procura. Toute transaction porte `Idempotency-Key`; "
            "toute modification (PATCH) porte `If-Match`. Les erreurs suivent RFC 9457 "
            "(`application/problem+json`)."
        ),
        lifespan=lifespan,
        # The documentation's reading order (the routes are added busiest first, see
        # ROUTE_MODULES).
        openapi_tags=[{"name": name} for name in DOCUMENTED_TAGS],
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.config = config
    errors.install(app)

    @app.exception_handler(_BodyTooLarge)
    async def on_too_large(request: Request, _exc: _BodyTooLarge) -> JSONResponse:
        return errors.problem_response(request, _too_large_problem())

    @app.exception_handler(_NulInBody)
    async def on_nul(request: Request, _exc: _NulInBody) -> JSONResponse:
        return errors.problem_response(request, _nul_problem("body"))

    @app.exception_handler(Replay)
    async def on_replay(_request: Request, exc: Replay) -> JSONResponse:
        return replay_response(exc)

    api = APIRouter(prefix=API_PREFIX)

    @api.get("/health", tags=["Service"], summary="Le service répond")
    async def health(request: Request, database: bool = False) -> dict[str, Any]:
        """Without parameters, the process answers (cheap, for load balancers); with
        `?database=true`, the database answers too (503 otherwise), for monitoring."""
        if database:
            from sqlalchemy import text

            try:
                async with request.app.state.db.read() as s:
                    await s.execute(text("SELECT 1"))
            except Exception as exc:
                log.warning("health check: database unreachable (%s)", type(exc).__name__)
                raise errors.Problem(
                    503,
                    "database-unreachable",
                    "Base de données injoignable",
                    "Le service ne joint pas sa base de données.",
                    detail_en="The service cannot reach its database.",
                ) from None
            return {"status": "ok", "version": VERSION, "database": "ok"}
        return {"status": "ok", "version": VERSION}

    for module in _route_modules():
        api.include_router(module.router)
    app.include_router(api)
    # Inside the guard: its request id and headers also go on a 304.
    app.add_middleware(conditional.ConditionalListMiddleware, prefix=API_PREFIX, version=VERSION)
    app.add_middleware(GuardMiddleware, max_body=config.max_body_bytes)
    openapi.install(app)
    conditional.document(app, API_PREFIX)
    return app


DOCUMENTED_TAGS = (
    "Service",
    "Connexion",
    "Dossier de l'entreprise",
    "Utilisateurs",
    "Inscription aux services électroniques",
    "Gestion des procurations",
    "Accusés de réception",
    "Messages",
    "Journal d'audit",
    "Répertoire des entreprises",
    "Synchronisation",
)

# FastAPI tries a request's path against the routes in the order they were added, a few
# microseconds each: the routers people call most come first (no two routers' paths overlap,
# so the order changes nothing else).
ROUTE_MODULES = (
    "procurations",
    "users",
    "receipts",
    "assignments",
    "messages",
    "auth",
    "enterprise",
    "registrations",
    "ministries",
    "changes",
    "directory",
    "audit",
)


def _route_modules() -> list[Any]:
    """Imported here: some route modules add background jobs to this module's list."""
    import importlib

    return [importlib.import_module(f"server.routes.{name}") for name in ROUTE_MODULES]


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` with several workers (configuration from the environment)."""
    import os

    # Each worker is its own process: give it the same log format as the parent.
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(process)d %(name)s %(message)s"
    )
    app = create_app(ServerConfig(), run_migrations=not os.environ.get("PROCURA_SKIP_MIGRATIONS"))
    freeze_startup_objects()
    return app


def freeze_startup_objects() -> None:
    """Move what exists before the first request (modules, the app, its schemas: some 140 000
    objects) out of the collector's reach, and collect young objects less often. Python's
    full collections otherwise walk all of them, 45 ms each with every request waiting,
    several times a minute under load. Called
    where a process is about to serve, not in `create_app`: the tests build many apps in one
    process, and a frozen cycle is never collected."""
    gc.collect()
    gc.freeze()
    # A young collection every 50 000 allocations instead of 700: a request allocates
    # thousands of objects (ORM states, models), most freed by their reference counts, and the
    # default threshold ran the collector several times per request. Measured with
    # bench/server_load.py: 1.80 -> 1.77 ms of CPU per request, p99 262 -> 248 ms.
    gc.set_threshold(50_000, 20, 100)
