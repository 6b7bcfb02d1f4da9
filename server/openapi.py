"""The published OpenAPI contract: problem+json answers, transaction headers, operation links.

FastAPI documents what the route signatures say (200/201 and its own 422 shape). The service
also answers the errors of RFC 9457 from its dependencies and middleware (401, 403, 404, 409,
412, 428...), requires `Idempotency-Key` and `If-Match` itself, and hands out identifiers that
other operations take. This module adds those facts, derived from each route's dependencies
and parameters, so that the contract third parties (and schemathesis) read is the one the
service keeps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import Any

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from server import deps, notify, transactions
from server.errors import PROBLEM

_PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}

FIELD_ERROR_SCHEMA: dict[str, Any] = {
    "title": "FieldError",
    "type": "object",
    "description": "Une erreur sur un champ; `code` est stable (le client le traduit et le place).",
    "properties": {
        "field": {"type": "string", "examples": ["phone_extension"]},
        "code": {"type": "string", "examples": ["phone_extension_too_long"]},
        "message_fr": {"type": "string"},
        "message_en": {"type": "string"},
    },
    "required": ["field", "code", "message_fr", "message_en"],
}

PROBLEM_SCHEMA: dict[str, Any] = {
    "title": "Problem",
    "type": "object",
    "description": "Détail d'une erreur (RFC 9457), en français; `detail_en` en anglais.",
    "properties": {
        "type": {
            "type": "string",
            "format": "uri",
            "examples": ["https://procura.example/problems/validation"],
        },
        "title": {"type": "string"},
        "status": {"type": "integer", "minimum": 400, "maximum": 599},
        "detail": {"type": "string"},
        "detail_en": {"type": "string"},
        "request_id": {"type": "string", "description": "À donner au soutien"},
        "errors": {
            "type": "array",
            "items": {"$ref": "#/components/schemas/FieldError"},
            "description": "Les champs à corriger (422)",
        },
        "current": {
            "type": "object",
            "description": "La version actuelle de l'objet (412), à montrer avant de réessayer",
        },
    },
    "required": ["type", "title", "status", "detail"],
    # RFC 9457 extension members may be added without breaking clients.
    "additionalProperties": True,
}

# Status code → description, in the order the service checks them.
DESCRIPTIONS = {
    "400": "Contenu illisible (pas du JSON en UTF-8), ou `Idempotency-Key` manquant ou de "
    "plus de 255 caractères",
    "401": "Session absente, expirée ou révoquée (`unauthorized`)",
    "403": "Mot de passe temporaire à changer, ou opération réservée (RSE, mandant, mandataire)",
    "404": "Introuvable, ou d'une autre entreprise (jamais 403)",
    "409": "Même `Idempotency-Key` encore en traitement (`Retry-After`), ou conflit d'état",
    "412": "`If-Match` périmé : la version actuelle est dans `current` et dans `ETag`",
    "413": "Contenu trop volumineux",
    "422": "Données invalides : `errors` liste les champs et leurs codes stables; "
    "aussi la même `Idempotency-Key` réutilisée pour une autre demande",
    "428": "`If-Match` manquant",
    "429": "Trop de tentatives de connexion (`Retry-After`)",
}

_HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "Version de l'objet, à renvoyer dans `If-Match` pour le modifier",
        "schema": {"type": "string"},
    },
    "Retry-After": {"description": "Secondes avant de réessayer", "schema": {"type": "string"}},
    "WWW-Authenticate": {"schema": {"type": "string"}},
    "Idempotent-Replayed": {
        "description": "`true` : la réponse enregistrée d'une demande déjà faite avec cette clé",
        "schema": {"type": "string", "enum": ["true"]},
    },
}

IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": True,
    "description": (
        "Clé unique de la transaction (≤ 255 caractères), générée par le client et réutilisée "
        "telle quelle pour réessayer : même clé et même contenu → la réponse enregistrée "
        "(même reçu); même clé, autre contenu → 422; première encore en cours → 409. "
        "Absente → 400."
    ),
    "schema": {"type": "string", "minLength": 1, "maxLength": 255},
    "example": "3f0c5e0e-8a43-4c4b-9a59-1a1d5f0d6f11",
}

IF_MATCH = {
    "name": "If-Match",
    "in": "header",
    "required": True,
    "description": (
        "L'`ETag` de la version lue (GET). Absent → 428; périmé → 412 avec la version actuelle."
    ),
    "schema": {"type": "string", "minLength": 1},
    "example": '"user-AB12CD3-v1"',
}


def request_examples(today: date) -> dict[str, dict[str, Any]]:
    """One valid body per request schema, from the procedure's example (Les Champions inc.):
    readers copy them, and the contract fuzzer starts its positive cases from them. Dates are
    relative to today so that the examples stay valid."""
    return {
        "UserCreate": {
            "last_name": "McReady",
            "first_name": "Sharron",
            "email": "sharron.mcready@leschampions.com",
            "email_confirmation": "sharron.mcready@leschampions.com",
            "phone": "514 522-6699",
            "phone_extension": "1234",
            "role": "utilisateur",
        },
        "UserPatch": {"phone": "514 522-6699", "phone_extension": "4321"},
        "ProcurationCreate": {
            "type": "interne",
            "start_date": today.isoformat(),
            "end_date": (today + timedelta(days=365)).isoformat(),
            "description": "Déclarations environnementales",
            "remark": "",
            "rights": [{"ministry": "MELCC", "access": "unrestricted", "services": []}],
        },
        "ProcurationPatch": {"end_date": (today + timedelta(days=180)).isoformat()},
        "AssignmentCreate": {"user_codes": ["EXG97HL"]},
        "RefuseRequest": {"reason": "Nous ne sommes plus mandataires de cette entreprise."},
        "RegistrationRequest": {"ministry": "RQ", "answers": {"deja_client": "non"}},
        "LoginRequest": {"user_code": "EXG97HL", "password": "mot de passe"},
        "PasswordChangeRequest": {
            "current_password": "mot de passe actuel",
            "new_password": "Une phrase de passe assez longue",
        },
    }


def install(app: FastAPI) -> None:
    """Make `app.openapi()` (and /openapi.json) answer the enriched contract."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            enrich(original(), app)
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]


def enrich(schema: dict[str, Any], app: FastAPI) -> None:
    """Add the service's own answers, headers and links to FastAPI's schema, in place."""
    components = schema.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    schemas["Problem"] = PROBLEM_SCHEMA
    schemas["FieldError"] = FIELD_ERROR_SCHEMA
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    bearer = components.get("securitySchemes", {}).get("HTTPBearer")
    if bearer is not None:
        bearer["bearerFormat"] = "opaque"

    examples = request_examples(notify.today())
    calls = {
        (method, path): _dependency_calls(dependant)
        for path, methods, dependant in _routes(app)
        for method in methods
    }
    operations = {}
    for path, item in schema.get("paths", {}).items():
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            _document_operation(path, op, calls.get((method.upper(), path), set()))
            _add_example(op, examples)
            operations[(method.upper(), path)] = op
    _add_links(operations)


def _document_operation(path: str, op: dict[str, Any], calls: set[Callable[..., Any]]) -> None:
    params = op.setdefault("parameters", [])
    names = {p["name"] for p in params}
    is_transaction = transactions.get_transaction in calls
    has_if_match = "If-Match" in names
    for i, p in enumerate(params):
        if p["name"] == "Idempotency-Key":
            params[i] = dict(IDEMPOTENCY_KEY)
        elif p["name"] == "If-Match":
            params[i] = dict(IF_MATCH)

    codes: set[str] = {"422"}  # every answer may be a validation problem (body, query, NUL...)
    if op.get("security") or deps.any_session in calls:
        codes.add("401")
    if deps.signed_in in calls or deps.rse in calls:
        codes.add("403")
    if any(p["in"] == "path" for p in params):
        codes.add("404")
    if is_transaction:
        codes |= {"400", "409", "413"}
    if "requestBody" in op:
        codes |= {"400", "413"}
    if has_if_match:
        codes |= {"412", "428"}
    if path.endswith("/auth/login"):
        codes |= {"401", "429"}

    responses = op["responses"]
    for code in sorted(codes):
        responses[code] = _problem_response(code)
    for code, response in responses.items():
        if not code.startswith("2"):
            continue
        headers = response.setdefault("headers", {})
        if is_transaction:
            headers["Idempotent-Replayed"] = _HEADERS["Idempotent-Replayed"]
        if has_if_match:
            headers["ETag"] = _HEADERS["ETag"]


def _add_example(op: dict[str, Any], examples: dict[str, dict[str, Any]]) -> None:
    media = op.get("requestBody", {}).get("content", {}).get("application/json")
    if media is None:
        return
    name = media.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]
    if name in examples:
        media["example"] = examples[name]


def _problem_response(code: str) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": DESCRIPTIONS[code],
        "content": {PROBLEM: {"schema": _PROBLEM_REF}},
    }
    if code in ("409", "429"):
        response["headers"] = {"Retry-After": _HEADERS["Retry-After"]}
    elif code == "401":
        response["headers"] = {"WWW-Authenticate": _HEADERS["WWW-Authenticate"]}
    elif code == "412":
        response["headers"] = {"ETag": _HEADERS["ETag"]}
    return response


# ---- links: identifiers one answer hands to the next operation ---------------------------------

_P = "/api/v1"
# (source method, source path, status, link name, target method, target path, parameters)
_LINKS: list[tuple[str, str, str, str, str, str, dict[str, str]]] = [
    ("POST", "/users", "201", "GetUser", "GET", "/users/{user_code}",
     {"path.user_code": "$response.body#/user_code"}),
    ("POST", "/users", "201", "PatchUser", "PATCH", "/users/{user_code}",
     {"path.user_code": "$response.body#/user_code", "header.If-Match": "$response.header.ETag"}),
    ("POST", "/users", "201", "ActOnUser", "POST", "/users/{user_code}/{action}",
     {"path.user_code": "$response.body#/user_code"}),
    ("POST", "/users", "201", "GetUserAssignments", "GET", "/users/{user_code}/assignments",
     {"path.user_code": "$response.body#/user_code"}),
    ("GET", "/users/{user_code}", "200", "PatchUser", "PATCH", "/users/{user_code}",
     {"path.user_code": "$response.body#/user_code", "header.If-Match": "$response.header.ETag"}),
    ("POST", "/procurations", "201", "GetProcuration", "GET", "/procurations/{procuration_id}",
     {"path.procuration_id": "$response.body#/procuration/id"}),
    ("POST", "/procurations", "201", "PatchProcuration", "PATCH",
     "/procurations/{procuration_id}",
     {"path.procuration_id": "$response.body#/procuration/id",
      "header.If-Match": "$response.header.ETag"}),
    ("POST", "/procurations", "201", "RevokeProcuration", "POST",
     "/procurations/{procuration_id}/revoke",
     {"path.procuration_id": "$response.body#/procuration/id"}),
    ("POST", "/procurations", "201", "ListAssignments", "GET",
     "/procurations/{procuration_id}/assignments",
     {"path.procuration_id": "$response.body#/procuration/id"}),
    ("POST", "/procurations", "201", "Assign", "POST",
     "/procurations/{procuration_id}/assignments",
     {"path.procuration_id": "$response.body#/procuration/id"}),
    ("GET", "/procurations/{procuration_id}", "200", "PatchProcuration", "PATCH",
     "/procurations/{procuration_id}",
     {"path.procuration_id": "$response.body#/id", "header.If-Match": "$response.header.ETag"}),
    ("POST", "/procurations/{procuration_id}/assignments", "201", "RevokeAssignment", "DELETE",
     "/assignments/{assignment_id}",
     {"path.assignment_id": "$response.body#/assignments/0/id"}),
    ("POST", "/registrations", "201", "Unregister", "DELETE", "/registrations/{ministry}",
     {"path.ministry": "$response.body#/registration/ministry"}),
    ("GET", "/messages", "200", "MarkRead", "POST", "/messages/{message_id}/read",
     {"path.message_id": "$response.body#/items/0/id"}),
    ("GET", "/receipts", "200", "GetReceipt", "GET", "/receipts/{reference}",
     {"path.reference": "$response.body#/items/0/reference"}),
]  # fmt: skip


def _add_links(operations: dict[tuple[str, str], dict[str, Any]]) -> None:
    receipt_target = operations.get(("GET", _P + "/receipts/{reference}"))
    for source_method, source_path, status, name, target_method, target_path, params in _LINKS:
        source = operations.get((source_method, _P + source_path))
        target = operations.get((target_method, _P + target_path))
        if source is None or target is None or status not in source["responses"]:
            continue  # a route this build does not have
        links = source["responses"][status].setdefault("links", {})
        links[name] = {"operationId": target["operationId"], "parameters": params}
        if "$response.header.ETag" in params.values():
            source["responses"][status].setdefault("headers", {})["ETag"] = _HEADERS["ETag"]
    if receipt_target is None:
        return
    # Every transaction answers with its receipt: each one links to the receipt's own page.
    for (method, _path), op in operations.items():
        if method == "GET":
            continue
        for status, response in op["responses"].items():
            schema = response.get("content", {}).get("application/json", {}).get("schema", {})
            if status.startswith("2") and _has_receipt(schema):
                response.setdefault("links", {})["GetReceipt"] = {
                    "operationId": receipt_target["operationId"],
                    "parameters": {"path.reference": "$response.body#/receipt/reference"},
                }


_RECEIPT_RESULTS = (
    "UserCreated",
    "UserResult",
    "ProcurationResult",
    "AssignmentResult",
    "AssignmentRevokeResult",
    "RegistrationResult",
    "ExpressCodeResult",
)


def _has_receipt(schema: dict[str, Any]) -> bool:
    ref = schema.get("$ref", "")
    return ref.rsplit("/", 1)[-1] in _RECEIPT_RESULTS


# ---- reading the routes ----------------------------------------------------------------------


def _routes(app: FastAPI) -> Iterator[tuple[str, set[str], Dependant]]:
    """(full path, methods, dependant) of every API route."""
    try:
        from fastapi.routing import iter_route_contexts
    except ImportError:  # older FastAPI: included routes are flattened into app.routes
        for r in app.routes:
            if isinstance(r, APIRoute):
                yield r.path_format, set(r.methods or ()), r.dependant
        return
    for ctx in iter_route_contexts(app.routes):
        route = ctx.original_route
        if isinstance(route, APIRoute) and ctx.path_format:
            yield ctx.path_format, set(ctx.methods or ()), route.dependant


def _dependency_calls(dependant: Dependant) -> set[Callable[..., Any]]:
    found: set[Callable[..., Any]] = set()
    for sub in dependant.dependencies:
        if sub.call is not None:
            found.add(sub.call)
        found |= _dependency_calls(sub)
    return found
