"""The FastAPI application: routes under /api/v1, problem+json errors, limits, lifespan."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server import errors
from server.config import ServerConfig
from server.db import Database, migrate
from server.routes import auth, enterprise, users
from server.transactions import Replay, replay_response

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
VERSION = "0.1.0"


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
        seen = 0

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise _BodyTooLarge
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


class _BodyTooLarge(Exception):
    pass


async def _too_large(send: Send, request_id: str) -> None:
    problem = errors.Problem(
        413,
        "too-large",
        "Requête trop volumineuse",
        "Le contenu envoyé dépasse la taille permise.",
        detail_en="The content sent exceeds the allowed size.",
    )
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
BACKGROUND_JOBS: list[BackgroundJob] = []


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
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.config = config
    errors.install(app)

    @app.exception_handler(Replay)
    async def on_replay(_request: Request, exc: Replay) -> JSONResponse:
        return replay_response(exc)

    api = APIRouter(prefix=API_PREFIX)

    @api.get("/health", tags=["Service"], summary="Le service répond")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "version": VERSION}

    for module in (auth, enterprise, users, *_extra_route_modules()):
        api.include_router(module.router)
    app.include_router(api)
    app.add_middleware(GuardMiddleware, max_body=config.max_body_bytes)
    return app


def _extra_route_modules() -> list[Any]:
    """Route modules that exist in this build (the service grows resource by resource)."""
    import importlib

    found = []
    for name in (
        "ministries",
        "registrations",
        "procurations",
        "assignments",
        "receipts",
        "messages",
        "audit",
        "directory",
        "changes",
    ):
        try:
            found.append(importlib.import_module(f"server.routes.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"server.routes.{name}":
                raise
    return found


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` with several workers (configuration from the environment)."""
    import os

    return create_app(ServerConfig(), run_migrations=not os.environ.get("PROCURA_SKIP_MIGRATIONS"))
