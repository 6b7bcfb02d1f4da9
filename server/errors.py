"""Problem details (RFC 9457) for every error the service answers, never with a stack trace."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from app.domain.errors import FieldError, RuleViolation, field_error

log = logging.getLogger(__name__)

PROBLEM = "application/problem+json"
TYPE_BASE = "https://procura.example/problems/"


class Problem(Exception):
    """An error answer: status, a stable type slug, French detail first (English in `detail_en`)."""

    def __init__(
        self,
        status: int,
        slug: str,
        title: str,
        detail: str = "",
        *,
        detail_en: str = "",
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(f"{status} {slug}")
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.detail_en = detail_en
        self.headers = headers or {}
        self.extra = extra or {}

    def body(self, request_id: str | None = None) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": TYPE_BASE + self.slug,
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
        }
        if self.detail_en:
            body["detail_en"] = self.detail_en
        if request_id:
            body["request_id"] = request_id
        body.update(self.extra)
        return body


def not_found() -> Problem:
    # Same answer for "does not exist" and "belongs to another enterprise" (OWASP API1).
    return Problem(
        404,
        "not-found",
        "Introuvable",
        "Cet élément n'existe pas ou n'est pas accessible à votre entreprise.",
        detail_en="This item does not exist or is not available to your enterprise.",
    )


def forbidden(detail: str, detail_en: str, slug: str = "forbidden") -> Problem:
    return Problem(403, slug, "Accès refusé", detail, detail_en=detail_en)


def rse_only() -> Problem:
    return forbidden(
        "Seul un ou une responsable des services électroniques (RSE) peut faire cette opération.",
        "Only an electronic services officer (RSE) can do this.",
        "rse-only",
    )


def validation(errors: list[FieldError]) -> Problem:
    return Problem(
        422,
        "validation",
        "Données invalides",
        "Corrigez les champs indiqués, puis transmettez de nouveau.",
        detail_en="Correct the fields shown, then submit again.",
        extra={"errors": [e.as_dict() for e in errors]},
    )


def conflict(slug: str, detail: str, detail_en: str) -> Problem:
    return Problem(409, slug, "Conflit", detail, detail_en=detail_en)


def _request_id(request: Request) -> str | None:
    return getattr(request.state, "request_id", None)


def problem_response(request: Request, problem: Problem) -> JSONResponse:
    return JSONResponse(
        problem.body(_request_id(request)),
        status_code=problem.status,
        media_type=PROBLEM,
        headers=problem.headers,
    )


def _loc_to_field(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    out = ""
    for p in parts:
        out += f"[{p}]" if p.isdigit() else (f".{p}" if out else p)
    return out or "body"


def install(app: FastAPI) -> None:
    @app.exception_handler(Problem)
    async def on_problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(request, exc)

    @app.exception_handler(RuleViolation)
    async def on_rules(request: Request, exc: RuleViolation) -> JSONResponse:
        return problem_response(request, validation(exc.errors))

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors: list[FieldError] = []
        for err in exc.errors():
            f = _loc_to_field(tuple(err.get("loc", ())))
            kind = err.get("type", "")
            if kind == "json_invalid":  # its loc is ("body", offset): the field is the body
                f = "body"
            if kind == "extra_forbidden":
                code = "unknown_field"
            elif kind == "missing":
                code = "required"
            elif kind.startswith("date"):
                code = "date_invalid"
            else:
                code = "invalid_value"
            errors.append(field_error(f, code))
        return problem_response(request, validation(errors))

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 404:
            return problem_response(request, not_found())
        if exc.status_code == 400:
            # FastAPI's answer to a body it cannot decode (not UTF-8, a broken form...).
            p = Problem(
                400,
                "bad-request",
                "Requête illisible",
                "Le contenu envoyé ne peut pas être lu (JSON en UTF-8 attendu).",
                detail_en="The content sent cannot be read (JSON in UTF-8 expected).",
            )
            return problem_response(request, p)
        if exc.status_code == 405:
            p = Problem(
                405,
                "method-not-allowed",
                "Méthode non permise",
                "Cette opération n'existe pas à cette adresse.",
                detail_en="This operation does not exist at this address.",
            )
            return problem_response(request, p)
        return problem_response(request, Problem(exc.status_code, "http", str(exc.detail)))

    @app.exception_handler(ClientDisconnect)
    async def on_gone(request: Request, _exc: ClientDisconnect) -> JSONResponse:
        # The client gave up while its body was being read (a timeout, a dropped connection):
        # nothing was done and nobody reads this answer; it retries with the same key. Not a
        # crash: no traceback in the log (bench/server_soak.py times requests out on purpose).
        log.info("client went away before its request was read (request %s)", _request_id(request))
        p = Problem(
            400,
            "client-disconnected",
            "Requête interrompue",
            "La connexion a été coupée avant la fin de la requête : rien n'a été fait.",
            detail_en="The connection was cut before the request was complete: nothing was done.",
        )
        return problem_response(request, p)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error (request %s)", _request_id(request), exc_info=exc)
        p = Problem(
            500,
            "internal",
            "Erreur interne",
            "Le service a rencontré une erreur. Réessayez; si elle persiste, "
            "communiquez avec le soutien en donnant le numéro de requête.",
            detail_en="The service hit an error. Try again; if it persists, contact "
            "support with the request number.",
        )
        return problem_response(request, p)
