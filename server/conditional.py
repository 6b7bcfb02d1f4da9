"""Conditional GETs on the lists: an `ETag` on every list answer, `304 Not Modified` for a
request whose `If-None-Match` still holds.

The tag is cheap: it is computed before the route runs, from what the list depends on — the
newest change of the caller's enterprise in the change feed (`server.changes` notes every
change of anyone's view there), the day (states such as EC depend on it), the caller (a
utilisateur's receipts are their own), the service's version (labels) and the exact query. An
unchanged list therefore costs one indexed query and no rendering. A change committed while
the route renders may already be in a body whose tag predates it: the next request then gets
the new list again — never a 304 for something newer than the client has.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.security import HTTPAuthorizationCredentials
from sqlalchemy import bindparam, func, select
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server import deps, notify
from server.db import Prepared
from server.errors import Problem
from server.models import ChangeRow

log = logging.getLogger(__name__)

# The list routes (under the API prefix) that answer conditionally.
LIST_PATHS = (
    "/enterprise",
    "/registrations",
    "/users",
    "/procurations",
    "/assignments",
    "/me/assignments",
    "/receipts",
    "/messages",
)


# The newest change of an enterprise's views (an index-only read).
_HEAD = Prepared(
    select(func.max(ChangeRow.seq)).where(ChangeRow.enterprise_id == bindparam("enterprise_id"))
)


def _matches(if_none_match: str, tag: str) -> bool:
    if if_none_match.strip() == "*":
        return True
    return any(t.strip().removeprefix("W/") == tag for t in if_none_match.split(","))


class ConditionalListMiddleware:
    """Pure ASGI, around the routes: see the module docstring."""

    def __init__(self, app: ASGIApp, prefix: str = "/api/v1", version: str = "") -> None:
        self.app = app
        self.paths = frozenset(prefix + p for p in LIST_PATHS)
        self.version = version

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or scope["path"] not in self.paths:
            await self.app(scope, receive, send)
            return
        try:
            tag = await self.tag(scope)
        except Exception:  # the route answers as if there were no tag (and says what failed)
            log.warning("no list ETag for %s", scope["path"], exc_info=True)
            tag = None
        if tag is None:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        wanted = request.headers.get("if-none-match")
        if wanted and _matches(wanted, tag):
            await send(
                {
                    "type": "http.response.start",
                    "status": 304,
                    "headers": [(b"etag", tag.encode())],
                }
            )
            await send({"type": "http.response.body", "body": b""})
            return

        async def tagged(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 200:
                message["headers"] = [*message.get("headers", []), (b"etag", tag.encode())]
            await send(message)

        await self.app(scope, receive, tagged)

    async def tag(self, scope: Scope) -> str | None:
        """The list's current tag for this caller, or None when the request is not signed in
        (the route then answers its 401 or 403)."""
        request = Request(scope)
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return None
        app = scope["app"]
        db = app.state.db
        credentials = HTTPAuthorizationCredentials(scheme="Bearer", credentials=token.strip())
        try:
            # The same checks as every route's (expiry, revocation, temporary password).
            caller = await deps.signed_in(await deps._caller(request, credentials))
        except Problem:
            return None
        ((head,),) = await db.rows(_HEAD, {"enterprise_id": caller.enterprise_id})
        query = "&".join(sorted(request.url.query.split("&"))) if request.url.query else ""
        material = "|".join(
            [
                self.version,
                str(caller.user_id),
                caller.role.value,
                caller.enterprise_id,
                str(head or 0),
                notify.today().isoformat(),
                scope["path"],
                query,
            ]
        )
        return '"L' + hashlib.sha256(material.encode()).hexdigest()[:32] + '"'


_IF_NONE_MATCH = {
    "name": "If-None-Match",
    "in": "header",
    "required": False,
    "description": (
        "L'`ETag` d'une réponse précédente de cette même liste (même requête) : si rien "
        "n'a changé depuis, la réponse est 304 sans contenu."
    ),
    "schema": {"type": "string"},
}
_NOT_MODIFIED = {
    "description": "Inchangée depuis l'`ETag` donné dans `If-None-Match` (aucun contenu)",
    "headers": {"ETag": {"schema": {"type": "string"}}},
}
_LIST_ETAG = {
    "description": "Version de la liste, à renvoyer dans `If-None-Match`",
    "schema": {"type": "string"},
}
# For GET /changes' 410, should the problem schema not be published by another module.
_PROBLEM_FALLBACK = {
    "title": "Problem",
    "type": "object",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
    },
    "required": ["type", "title", "status"],
    "additionalProperties": True,
}


def document(app: FastAPI, prefix: str = "/api/v1") -> None:
    """Publish the conditional GETs in the OpenAPI contract (wraps `app.openapi`; call it
    after any other wrapper is installed)."""
    inner: Callable[[], dict[str, Any]] = app.openapi

    def openapi() -> dict[str, Any]:
        schema = inner()
        paths = schema.get("paths", {})
        for path in LIST_PATHS:
            op = paths.get(prefix + path, {}).get("get")
            if op is None:
                continue
            params = op.setdefault("parameters", [])
            if not any(p.get("name") == "If-None-Match" for p in params):
                params.append(dict(_IF_NONE_MATCH))
            responses = op.setdefault("responses", {})
            responses["304"] = _NOT_MODIFIED
            ok = responses.get("200")
            if ok is not None:
                ok.setdefault("headers", {})["ETag"] = _LIST_ETAG
        schema.setdefault("components", {}).setdefault("schemas", {}).setdefault(
            "Problem", _PROBLEM_FALLBACK
        )
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
