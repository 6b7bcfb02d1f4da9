"""Object-level authorisation, generated from the app's routes: every route that takes an id
answers 404 for another enterprise's object, no list leaks another enterprise's rows, every
body refuses unknown fields, pages and bodies have a size cap.

A new route with a path parameter that has no object factory below FAILS
`test_every_path_parameter_has_an_object_factory`: add a factory (or a reasoned exemption).
"""

from __future__ import annotations

import json
import re
import typing
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from server.app import API_PREFIX, create_app
from server.config import ServerConfig
from server.testing import RunningService
from tests.server.conftest import USER, Actor, ServiceFactory, api_routes, make_actor
from tests.server.flows import create_procuration, create_user, days, register

# ---- what the routes take ----------------------------------------------------------------------


@dataclass
class World:
    """Enterprise A's objects (one of each kind), B an unrelated enterprise, C A's mandataire."""

    a: Actor
    b: Actor
    c: Actor
    a_user: str = ""
    b_user: str = ""
    internal: str = ""
    external: str = ""
    assignment: str = ""
    message: str = ""
    reference: str = ""
    markers: set[str] = field(default_factory=set)  # strings only A's data contains


# param -> the ids of A's objects to try (an enterprise-owned object: B must get 404).
OBJECT_FACTORIES: dict[str, Callable[[World], list[str]]] = {
    "user_code": lambda w: [w.a_user, w.a.user_code],
    "procuration_id": lambda w: [w.internal, w.external],
    "assignment_id": lambda w: [w.assignment],
    "message_id": lambda w: [w.message],
    "reference": lambda w: [w.reference],
}
# param -> values that pick the caller's OWN record (a catalogue code, an action name): the
# route can only ever reach the caller's enterprise; A's records must stay as they were.
SELECTORS: dict[str, Callable[[World], list[str]]] = {
    "ministry": lambda w: ["MELCC"],  # the caller's own registration to that ministry
}
# param -> values for the routes public by design (below).
PUBLIC_PARAMS: dict[str, Callable[[World], list[str]]] = {
    "enterprise_id": lambda w: [w.a.enterprise_id],
}
# (method, path) -> why another enterprise's id is meant to work there.
PUBLIC_BY_DESIGN = {
    ("GET", f"{API_PREFIX}/directory/enterprises/{{enterprise_id}}"): (
        "the name behind an identification number is public (registre des entreprises), to "
        "confirm a mandataire before naming it; answers {id, name} only"
    ),
}
# body model -> a valid body, so that validation passes and authorisation is what answers.
BODY_SAMPLES: dict[str, Callable[[World], dict[str, Any]]] = {
    "ProcurationPatch": lambda w: {"end_date": days(200)},
    "AssignmentCreate": lambda w: {"user_codes": [w.b_user]},
    "RefuseRequest": lambda w: {"reason": "Nous ne sommes pas votre cabinet."},
    "UserPatch": lambda w: {"first_name": "Pirate"},
    "UserCreate": lambda w: dict(USER),
    "ProcurationCreate": lambda w: {
        "type": "interne",
        "end_date": days(300),
        "description": "Échantillon",
        "rights": [{"ministry": "MELCC", "access": "unrestricted"}],
    },
    "RegistrationRequest": lambda w: {"ministry": "SAAQ", "answers": {}},
    "LoginRequest": lambda w: {"user_code": "ZZZ99ZZ", "password": "un mot de passe"},
    "PasswordChangeRequest": lambda w: {
        "current_password": "un mot de passe",
        "new_password": "un autre mot de passe",
    },
}


def literal_values(route: Any, name: str) -> list[str] | None:
    for param in route.dependant.path_params:
        if param.name == name and typing.get_origin(param.field_info.annotation) is typing.Literal:
            return [str(v) for v in typing.get_args(param.field_info.annotation)]
    return None


def body_model(route: Any) -> str | None:
    return route.body_field.field_info.annotation.__name__ if route.body_field else None


def uses_transaction(route: Any) -> bool:
    return any(d.call.__name__ == "get_transaction" for d in route.dependant.dependencies)


def params_of(path: str) -> list[str]:
    return re.findall(r"\{([^}]+)\}", path)


def routes_of(app: Any) -> list[tuple[str, str, Any]]:
    return api_routes(app)


def expand(path: str, route: Any, world: World) -> list[str]:
    """Every URL for this route: A's objects × selector values × literal values."""
    urls = [path.removeprefix(API_PREFIX)]
    for name in params_of(path):
        values = literal_values(route, name)
        if values is None:
            pick = OBJECT_FACTORIES.get(name) or SELECTORS.get(name) or PUBLIC_PARAMS.get(name)
            assert pick is not None, f"{path}: no fixture object for {{{name}}}"
            values = pick(world)
        urls = [u.replace("{" + name + "}", v) for u in urls for v in values]
    return urls


# ---- the world ---------------------------------------------------------------------------------


async def build_world(service: RunningService, a: Actor, b: Actor) -> World:
    c = await make_actor(service, "3300000003", "Cabinet Comptable Tremblay")
    w = World(a, b, c)
    await register(a, "MELCC")
    await register(b, "MELCC")
    w.a_user = await create_user(a, "Zyxwabc", "Anaïs")
    w.b_user = await create_user(b, "Bcompany", "Bruno")
    w.internal = (await create_procuration(a, description="Interne de A"))["id"]
    w.external = (
        await create_procuration(
            a, type="externe", mandataire_id=c.enterprise_id, description="Externe de A"
        )
    )["id"]
    r = await a.tx(
        "POST", f"/procurations/{w.internal}/assignments", json={"user_codes": [w.a_user]}
    )
    assert r.status_code == 201, r.text
    w.assignment = r.json()["assignments"][0]["id"]
    w.reference = r.json()["receipt"]["reference"]
    messages = (await a.client.get("/messages")).json()["items"]
    assert messages, "A has no message to try"
    w.message = messages[0]["id"]
    w.markers = {
        a.enterprise_id,
        "Les Champions inc.",
        a.user_code,
        w.a_user,
        "Zyxwabc",
        w.internal,
        w.external,
        w.reference,
        "Interne de A",
        "Externe de A",
    }
    return w


@pytest.fixture
async def world(service: RunningService, rse: Actor, other_rse: Actor) -> AsyncIterator[World]:
    w = await build_world(service, rse, other_rse)
    async with w.c.client:
        yield w


A_VIEWS = [
    "/enterprise",
    "/users",
    "/users/{a_user}",
    "/users/{a_user}/assignments",
    "/procurations",
    "/procurations?received=true",
    "/procurations/{internal}",
    "/procurations/{external}",
    "/procurations/{internal}/assignments",
    "/registrations",
    "/receipts?limit=1000",
    "/messages",
    "/audit?limit=1000",
]


async def a_snapshot(w: World) -> dict[str, Any]:
    """What A sees of its own records (to prove nothing of it changed)."""
    out = {}
    for view in A_VIEWS:
        url = view.format(a_user=w.a_user, internal=w.internal, external=w.external)
        r = await w.a.client.get(url)
        assert r.status_code == 200, (url, r.text)
        out[url] = (r.json(), r.headers.get("ETag"))
    return out


def etag_for(snapshot: dict[str, Any], url: str) -> str | None:
    found = snapshot.get(url)
    return found[1] if found else None


# ---- the generated checks ----------------------------------------------------------------------


def test_every_path_parameter_has_an_object_factory() -> None:
    app = create_app(ServerConfig(database_url="sqlite+aiosqlite:///:memory:"))
    missing = []
    for method, path, route in routes_of(app):
        if (method, path) in PUBLIC_BY_DESIGN:
            continue
        for name in params_of(path):
            known = name in OBJECT_FACTORIES or name in SELECTORS
            if not known and literal_values(route, name) is None:
                missing.append(f"{method} {path}: {{{name}}}")
        model = body_model(route)
        if model is not None and model not in BODY_SAMPLES:
            missing.append(f"{method} {path}: no sample body for {model}")
    assert not missing, "add an object factory or sample in test_authz.py:\n" + "\n".join(missing)


async def test_every_route_with_an_id_answers_404_for_another_enterprises_object(
    service: RunningService, world: World
) -> None:
    w = world
    before = await a_snapshot(w)
    tried: list[str] = []
    wrong: list[str] = []
    for method, path, route in routes_of(service.app):
        if not params_of(path) or (method, path) in PUBLIC_BY_DESIGN:
            continue
        model = body_model(route)
        for url in expand(path, route, w):
            if method == "GET":
                own = await w.a.client.get(url)  # the object is real: A reaches it
                assert own.status_code == 200, (url, own.text)
            headers = {"Idempotency-Key": uuid.uuid4().hex}
            tag = etag_for(before, url)
            if tag:
                headers["If-Match"] = tag  # B even knows A's current version
            kwargs: dict[str, Any] = {"headers": headers}
            if model:
                kwargs["json"] = BODY_SAMPLES[model](w)
            r = await w.b.client.request(method, url, **kwargs)
            tried.append(f"{method} {url}")
            selector_only = all(p in SELECTORS or literal_values(route, p) for p in params_of(path))
            if selector_only:
                # It can only reach B's own record (done or refused); A's is checked below.
                ok = r.status_code < 500
            else:
                ok = r.status_code == 404 and r.json()["type"].endswith("/not-found")
            if not ok:
                wrong.append(f"{method} {url} -> {r.status_code} {r.text[:200]}")
            leaked = [m for m in w.markers if m in r.text]
            if leaked:
                wrong.append(f"{method} {url} answer mentions A's {leaked}")
    assert not wrong, "\n".join(wrong)
    assert len(tried) >= 20
    after = await a_snapshot(w)
    assert after == before  # nothing of A changed


async def test_the_mandataire_sees_the_procuration_it_received_and_nothing_else_of_a(
    world: World,
) -> None:
    w = world
    assert (await w.c.client.get(f"/procurations/{w.external}")).status_code == 200
    assert (await w.c.client.get(f"/procurations/{w.internal}")).status_code == 404
    assert (await w.c.client.get(f"/users/{w.a_user}")).status_code == 404
    assert (await w.c.client.get(f"/receipts/{w.reference}")).status_code == 404
    r = await w.c.tx("PATCH", f"/procurations/{w.external}", json={"end_date": days(100)})
    assert r.status_code in (403, 404, 428), r.text  # only the mandant modifies it
    assert r.status_code != 200


async def test_no_list_leaks_another_enterprises_rows(
    service: RunningService, world: World
) -> None:
    w = world
    seen_by_a = ""
    checked = []
    for method, path, route in routes_of(service.app):
        if method != "GET" or params_of(path):
            continue
        url = path.removeprefix(API_PREFIX)
        variants = [{}]
        for q in route.dependant.query_params:
            if q.field_info.annotation in (bool, bool | None):
                variants += [{q.name: "true"}, {q.name: "false"}]
        if any(q.name == "limit" for q in route.dependant.query_params):
            variants.append({"limit": "1000"})
        for params in variants:
            theirs = await w.b.client.get(url, params=params)
            assert theirs.status_code == 200, (url, params, theirs.text)
            leaked = [m for m in w.markers if m in theirs.text]
            assert not leaked, (url, params, leaked)
            mine = await w.a.client.get(url, params=params)
            seen_by_a += mine.text
            checked.append((url, params))
    # The markers are real: A's own lists do show each of them.
    assert {m for m in w.markers if m not in seen_by_a} == set()
    assert len(checked) >= 10


async def test_an_utilisateur_is_refused_every_rse_route(
    service: RunningService, world: World
) -> None:
    from tests.server.flows import signed_in_user

    w = world
    person = await signed_in_user(service, w.a.enterprise_id, w.a_user)
    async with person.client:
        refused = []
        for method, path, route in routes_of(service.app):
            if not any(d.call.__name__ == "rse" for d in route.dependant.dependencies):
                continue
            url = expand(path, route, w)[0] if params_of(path) else path.removeprefix(API_PREFIX)
            r = await person.tx(method, url, json={})
            assert r.status_code == 403, (method, url, r.status_code, r.text)
            assert r.json()["type"].endswith("/rse-only")
            refused.append(url)
        assert len(refused) >= 15
        assert (await person.client.get("/me")).status_code == 200


async def test_unknown_body_fields_are_refused_on_every_route_that_changes_something(
    service: RunningService, world: World
) -> None:
    w = world
    before = await a_snapshot(w)
    checked = []
    for method, path, route in routes_of(service.app):
        if method == "GET" or (not route.body_field and not uses_transaction(route)):
            continue
        model = body_model(route)
        body = BODY_SAMPLES[model](w) if model else {}
        body["champ_inconnu"] = "valeur"
        url = expand(path, route, w)[0] if params_of(path) else path.removeprefix(API_PREFIX)
        r = await w.a.tx(method, url, json=body)
        assert r.status_code == 422, (method, url, r.status_code, r.text)
        assert {"field": "champ_inconnu", "code": "unknown_field"}.items() <= (
            r.json()["errors"][0].items()
        ), (method, url, r.text)
        checked.append(url)
    nested = BODY_SAMPLES["ProcurationCreate"](w)
    nested["rights"][0]["admin"] = True
    r = await w.a.tx("POST", "/procurations", json=nested)
    assert r.status_code == 422
    assert r.json()["errors"][0]["field"] == "rights[0].admin"
    assert len(checked) >= 12
    assert await a_snapshot(w) == before  # none of them did anything


async def test_a_malformed_or_hostile_id_is_404_never_a_crash(
    service: RunningService, world: World
) -> None:
    w = world
    hostile = ["0", "' OR '1'='1", "9" * 40, "%00", "..%2F..%2Fetc", "ÉÉÉ", "-1", "1e3"]
    for method, path, route in routes_of(service.app):
        names = [p for p in params_of(path) if p in OBJECT_FACTORIES]
        if not names or (method, path) in PUBLIC_BY_DESIGN:
            continue
        model = body_model(route)
        for value in hostile:
            url = expand(path, route, w)[0]
            for name in names:
                for real in OBJECT_FACTORIES[name](w):
                    url = url.replace(real, value, 1)
            r = await w.a.tx(method, url, json=BODY_SAMPLES[model](w) if model else None)
            assert r.status_code in (404, 422), (method, url, r.status_code, r.text)


# ---- caps ----------------------------------------------------------------------------------------


async def test_page_size_is_capped_on_every_list(service_factory: ServiceFactory) -> None:
    async with service_factory(max_page_size=2, default_page_size=2) as service:
        a = await make_actor(service, "1006237700", "Les Champions inc.")
        lists = [
            (
                path.removeprefix(API_PREFIX),
                {q.name: q.field_info.annotation for q in route.dependant.query_params},
            )
            for method, path, route in routes_of(service.app)
            if method == "GET" and "limit" in {q.name for q in route.dependant.query_params}
        ]
        async with a.client:
            # A feed (a `since` cursor, not a date) lists what changed after its cursor: take
            # the cursor first.
            since = {
                url: (await a.client.get(url)).json()["next_cursor"]
                for url, params in lists
                if "since" in params and date not in typing.get_args(params["since"])
            }
            for ministry in ("MELCC", "SAAQ", "MAMH"):
                await register(a, ministry)
            for name in ("Un", "Deux", "Trois"):  # three of everything a list shows
                code = await create_user(a, f"Nom{name}", name)
                proc = await create_procuration(a, description=f"Procuration {name}")
                r = await a.tx(
                    "POST", f"/procurations/{proc['id']}/assignments", json={"user_codes": [code]}
                )
                assert r.status_code == 201, r.text
            for url, _params in lists:
                query: dict[str, Any] = {"limit": 100000}
                if url in since:
                    query["since"] = since[url]
                r = await a.client.get(url, params=query)
                assert r.status_code == 200, (url, r.text)
                page = r.json()
                # Fewer than 3 rows: seed this new list above, or the cap is not proven.
                assert len(page["items"]) == 2, (url, page)
                assert page["next_cursor"], url  # there were more: the cap is what stopped it
                assert page.get("has_more", True), url
            assert len(lists) >= 5


async def test_a_body_over_the_cap_is_refused_with_413(service: RunningService, rse: Actor) -> None:
    cap = service.config.max_body_bytes
    big = json.dumps(dict(USER, last_name="x" * (cap + 10))).encode()
    r = await rse.tx("POST", "/users", content=big, headers={"Content-Type": "application/json"})
    assert r.status_code == 413
    assert r.headers["content-type"].startswith("application/problem+json")

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it arrives
        for i in range(0, len(big), 16384):
            yield big[i : i + 16384]

    r = await rse.tx(
        "POST", "/users", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert r.status_code == 413
    small = json.dumps(dict(USER, last_name="x" * 1000)).encode()
    r = await rse.tx("POST", "/users", content=small, headers={"Content-Type": "application/json"})
    assert r.status_code == 422  # under the cap: the rules answer (name too long)
    users = (await rse.client.get("/users")).json()["items"]
    assert not any(u["last_name"].startswith("xxx") for u in users)


async def test_the_public_directory_tells_only_an_enterprises_name(world: World) -> None:
    w = world
    r = await w.b.client.get(f"/directory/enterprises/{w.a.enterprise_id}")
    assert r.status_code == 200
    assert r.json() == {"id": w.a.enterprise_id, "name": "Les Champions inc."}
    assert (await w.b.client.get("/directory/enterprises/9999999999")).status_code == 404


async def test_a_nul_character_is_refused_in_path_query_and_body(rse: Actor) -> None:
    # PostgreSQL cannot store NUL: without this the query fails and the answer is a 500.
    assert (await rse.client.get("/users/ABC%0012")).status_code == 404
    r = await rse.client.get("/users", params={"q": "Mc\x00Ready"})
    assert r.status_code == 422
    r = await rse.tx("POST", "/users", json=dict(USER, last_name="Mc\x00Ready"))
    assert r.status_code == 422, r.text
    assert r.json()["errors"][0]["field"] == "body"
    text = dict(USER, last_name="Mc\\u0000Ready")  # a backslash typed as text is fine
    created = await rse.tx("POST", "/users", json=text)
    assert created.status_code == 201, created.text
    assert created.json()["user"]["last_name"] == "Mc\\u0000Ready"
    r = await rse.tx("POST", "/auth/login", json={"user_code": "\x00", "password": "x" * 8})
    assert r.status_code == 422
